import { watch, type FSWatcher } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  DiagnosticSeverity,
  MessageType,
  ShowMessageRequest,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { yamlFilesIn } from '../kb/readKnowledgeBase.js';
import { CustomMethods, type CorpusStatusMessage } from '../protocol.js';
import { findMentions } from '../core/mentions/findMentions.js';
import { PostgresGeneration } from '../store/postgres/postgresGeneration.js';
import { PostgresCorpusStore } from '../store/postgres/postgresStore.js';
import { ArchiveReader, type ArchiveState } from '../workspace/archiveReader.js';
import { openWorkspace, type WorkspaceHost } from '../workspace/host.js';
import { loadWorkspaceRetextPlugins } from '../workspace/workspaceRetextPlugins.js';
import { codeActions } from './codeActions.js';
import { codeLenses } from './codeLens.js';
import { isReferenceMaterial, type ReferencePlaces } from './referenceMaterial.js';
import { completion } from './completion.js';
import { documentDateOf } from './documentDate.js';
import { dossierAt } from './dossier.js';
import { indexingSummary } from './indexingSummary.js';
import { kbSuggestionMessages } from './kbSuggestions.js';
import { toDiagnostic } from './convert.js';
import { hover, primeHoverCards } from './hover.js';
import { ServerLifecycle, signalOf } from './lifecycle.js';
import { definition, passages, references, REFERENCES_PAGE } from './navigation.js';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens.js';
import {
  archiveConnectionString,
  DEFAULT_SETTINGS,
  readSettings,
  resolveSettingPaths,
  type AttacheSettings,
  type RefusedPath,
} from './settings.js';
import { exceedsSizeLimit, sizeLimitNotice } from './sizeLimit.js';
import { documentSymbols, workspaceSymbols } from './symbols.js';

export { CustomMethods } from '../protocol.js';

/** Corpus file extensions the watcher reports. */
const CORPUS_GLOB = '**/*.{txt,md,html,htm,jsonl}';
/** Knowledge-base problems as diagnostics on the knowledge-base files. */
const KB_SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
} as const;
/** How often, at most, indexing progress goes to the client. */
const PROGRESS_INTERVAL_MS = 250;

/**
 * Wires the language server onto a connection: protocol in, the workspace host's answers out.
 * Every handler takes the host's current snapshot, converts to and from protocol types, and
 * does nothing else; indexing runs in the host's worker threads.
 */
export function startLanguageServer(
  connection: Connection,
  today: () => string = () => new Date().toISOString().slice(0, 10),
): void {
  const documents = new TextDocuments(TextDocument);
  const lifecycle = new ServerLifecycle();
  // A request the client refuses or a failed notification costs that one thing, not the server.
  process.on('unhandledRejection', (reason) =>
    connection.console.error(`unexpected failure: ${reason instanceof Error ? reason.message : String(reason)}`),
  );
  let host: WorkspaceHost;
  let settings: AttacheSettings = DEFAULT_SETTINGS;
  let workspaceFolders: string[] = [];
  let storagePath: string | undefined;
  let canConfigure = false;
  let canReportProgress = false;
  let canWatchRelative = false;
  let canRefreshLenses = false;
  let canRefreshTokens = false;
  let fsWatchers: FSWatcher[] = [];
  let watcherRegistration: { dispose(): void } | undefined;

  /** A message the user should see; a client that cannot show it has it in the output. */
  const warnUser = (message: string) => {
    connection
      .sendRequest(ShowMessageRequest.type, { type: MessageType.Warning, message })
      .then(undefined, () => connection.console.warn(message));
  };

  /** Paths from settings, kept inside the workspace unless the user allows more; what was refused is reported. */
  let refusedPaths: RefusedPath[] = [];
  const settingPaths = (setting: string, paths: readonly string[], fromUserSettings = false) => {
    const { allowed, refused } = resolveSettingPaths(setting, paths, {
      workspaceFolders,
      allowOutside: settings.allowPathsOutsideWorkspace || fromUserSettings,
    });
    refusedPaths.push(...refused);
    return allowed;
  };
  const corpusFolders = () =>
    settingPaths('attache.corpus.folders', settings.corpusFolders, settings.pathsFromUserSettings.corpusFolders);
  const knowledgeBaseFiles = () => [
    ...workspaceFolders.flatMap((folder) => settingPaths('.attache/kb', yamlFilesIn(join(folder, '.attache', 'kb')))),
    ...settingPaths(
      'attache.knowledgeBase.files',
      settings.knowledgeBaseFiles,
      settings.pathsFromUserSettings.knowledgeBaseFiles,
    ),
  ];
  const corpusLimits = () => ({ maxFiles: settings.corpusMaxFiles, maxBytes: settings.corpusMaxSizeMB * 1024 * 1024 });
  /** Resolves the paths of the current settings, and tells the user about any refused since the last time. */
  const workspaceSources = () => {
    const before = refusedPaths.map((r) => r.message).join('\n');
    refusedPaths = [];
    const sources = {
      knowledgeBase: { files: knowledgeBaseFiles() },
      corpusFolders: corpusFolders(),
      corpusLimits: corpusLimits(),
    };
    settingKnowledgeBaseFiles = sources.knowledgeBase.files;
    const now = refusedPaths.map((r) => r.message).join('\n');
    for (const refusal of refusedPaths) connection.console.warn(refusal.message);
    if (now && now !== before) warnUser(`Attaché: ${refusedPaths.map((r) => r.message).join('; ')}`);
    return sources;
  };

  /** The knowledge-base files in use, from `.attache/kb` and the settings. */
  let settingKnowledgeBaseFiles: readonly string[] = [];
  /** The corpus, the knowledge base and the documentation are read, never checked (unless the corpus is opted in). */
  const referencePlaces = (): ReferencePlaces => ({
    corpusFolders: host.corpusFolders,
    workspaceFolders,
    knowledgeBaseFiles: settingKnowledgeBaseFiles,
    corpusCheckedAsDrafts: settings.corpusCheckedAsDrafts,
  });
  /** Whether a document is a draft the features apply to. */
  const isDraft = (document: TextDocument) =>
    settings.languages.includes(document.languageId) && !isReferenceMaterial(document.uri, referencePlaces());

  const checked = (uri: string): TextDocument | undefined => {
    const document = documents.get(uri);
    return document && isDraft(document) && !exceedsSizeLimit(document, settings.maxDocumentSize)
      ? document
      : undefined;
  };

  /** Publishes a document's diagnostics, unless it changed again meanwhile (then the newer version publishes). */
  const publish = (document: TextDocument) => {
    if (!isDraft(document)) {
      // Nothing to say about it, except the problems of a knowledge-base file.

      if (!knowledgeBaseDiagnostics.has(document.uri))
        void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return;
    }
    if (exceedsSizeLimit(document, settings.maxDocumentSize)) {
      void connection.sendDiagnostics({
        uri: document.uri,
        version: document.version,
        diagnostics: [sizeLimitNotice(document, settings.maxDocumentSize)],
      });
      return;
    }
    const snapshot = host.snapshot();
    const { findings } = snapshot.analyze(document);
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: findings.map((finding) => toDiagnostic(document, finding, snapshot.corpusLocation)),
    });
    // The cards of the names in the draft, made before they are hovered.
    void primeHoverCards(
      snapshot,
      document,
      () => host.snapshot() !== snapshot || documents.get(document.uri)?.version !== document.version,
    );
  };
  /**
   * From a shared archive that is reached, the facts of the entities a draft names not fetched
   * yet, in one query, before the analysis reads them one at a time (each a round trip the
   * server's only thread would wait for).
   */
  const prefetchNamedFacts = async (document: TextDocument) => {
    const generation = host.committedCorpus?.generation;
    if (archive?.state.state !== 'online' || !(generation instanceof PostgresGeneration)) return;
    const ids = new Set<string>();
    for (const mention of findMentions(document.getText(), host.snapshot().mentionIndex))
      if (mention.known) ids.add(mention.known.id);
    await generation.prefetchFacts(ids).catch(() => undefined);
  };
  /** Analysis after a keystroke waits for the event loop, so a burst of edits analyses only the last version. */
  const schedulePublish = (document: TextDocument) => {
    setImmediate(() => {
      const current = documents.get(document.uri);
      if (!current || current.version !== document.version) return;
      if (!archive) return publish(current);
      void prefetchNamedFacts(current).then(() => {
        if (documents.get(document.uri)?.version === document.version) publish(current);
      });
    });
  };

  /**
   * A new snapshot (a corpus generation swapped in, new settings) changes every open draft's
   * diagnostics: each is analysed again in steps, one check per turn of the event loop
   * (`analyzeInSteps`), so hovers and keystrokes arriving meanwhile are answered between two
   * checks. A newer snapshot starts the round again; a newer version of a draft leaves its
   * analysis to the keystroke's own.
   */
  const republishAll = () => {
    const snapshot = host.snapshot();
    const waiting = documents.all();
    const next = () => {
      if (host.snapshot() !== snapshot) return;
      const document = waiting.shift();
      if (!document) return;
      const current = documents.get(document.uri);
      if (!current || !isDraft(current) || exceedsSizeLimit(current, settings.maxDocumentSize)) {
        if (current) publish(current);
        setImmediate(next);
        return;
      }
      const stale = () => host.snapshot() !== snapshot || documents.get(current.uri)?.version !== current.version;
      void snapshot
        .analyzeInSteps(current, stale)
        .then((analysis) => {
          if (analysis && !stale()) publish(current);
        })
        .finally(() => setImmediate(next));
    };
    setImmediate(next);
  };

  /** Asks the client to ask again for code lenses and coloring, when it says it can (a refusal is not an error). */
  const refreshViews = () => {
    if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
  };

  /** The shared archive the settings name (`attache.corpus.store`), while the corpus is read from one. */
  let archive: ArchiveReader | undefined;
  let archiveAddress = '';
  const sendStatus = (status: CorpusStatusMessage) =>
    void connection.sendNotification(CustomMethods.status, archive ? { ...status, archive: archive.state } : status);

  /**
   * The archive reached, lost or back: the status bar follows; the output gets one line per
   * change of state (not one per try), and an archive down at start is also said once to the user.
   */
  let archiveStarting = false;
  const archiveChanged = (state: ArchiveState, previous: ArchiveState) => {
    // Refused for want of a password and then unreachable (or the other way) is news: the user's remedy differs.
    const newlyOffline =
      state.state === 'offline' &&
      (previous.state !== 'offline' || Boolean(state.needsPassword) !== Boolean(previous.needsPassword));
    if (newlyOffline) {
      const message = state.needsPassword
        ? `Attaché: ${state.reason ?? `the shared archive ${state.location} asks for a password`}; run "Attaché: Connect to a shared archive" to give it. The knowledge-base checks go on meanwhile`
        : `Attaché: ${state.reason ?? `the shared archive ${state.location} cannot be reached`}; the knowledge-base checks go on, corpus features answer from what was read before, and it reconnects by itself`;
      connection.console.warn(message);
      if (archiveStarting) warnUser(message);
    } else if (state.state === 'online' && previous.state === 'offline') {
      connection.console.info(`Attaché: the shared archive ${state.location} is back`);
    }
    if (state.state === 'online' && state.reason && state.reason !== previous.reason)
      connection.console.warn(`Attaché: ${state.reason}`);
    // Another failed try for the same cause changes nothing the status bar shows.
    if (state.state !== 'offline' || newlyOffline) sendStatus(host.status);
  };

  /**
   * Reads the corpus from the store the settings name: the shared archive (read-only: the
   * workspace's corpus folders are not indexed into it), or, when none is named, the embedded
   * store of the corpus folders. Returns whether the store changed.
   */
  const chooseStore = async (): Promise<boolean> => {
    if (settings.corpusStore === archiveAddress) return false;
    await archive?.dispose();
    archive = undefined;
    archiveAddress = settings.corpusStore;
    if (!archiveAddress) {
      host.useStore(undefined);
      return true;
    }
    const store = new PostgresCorpusStore(archiveConnectionString(archiveAddress));
    host.useStore(store, { readOnly: true });
    archive = new ArchiveReader(host, store, archiveChanged);
    return true;
  };
  /** Connects to the archive and opens its current generation (when it cannot be reached, it says so once and retries by itself). */
  const startArchive = async (reader: ArchiveReader, atStart: boolean) => {
    archiveStarting = atStart;
    sendStatus(host.status);
    await reader.start();
    archiveStarting = false;
  };

  /** Knowledge-base problems: in the output, and as diagnostics on the files themselves (cleared when fixed). */
  let knowledgeBaseDiagnostics = new Set<string>();
  let knowledgeBaseSummary = '';
  const reportProblems = () => {
    const problems = host.snapshot().kb.problems;
    for (const problem of problems)
      connection.console.warn(
        `${problem.path}:${problem.line}: knowledge base: ${problem.severity}: ${problem.message}`,
      );
    const byFile = new Map<string, Diagnostic[]>();
    for (const problem of problems) {
      const uri = pathToFileURL(problem.path).href;
      if (!byFile.has(uri)) byFile.set(uri, []);
      const line = Math.max(0, problem.line - 1);
      byFile.get(uri)!.push({
        range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
        severity: KB_SEVERITY[problem.severity],
        source: 'attache',
        message: problem.message,
      });
    }
    for (const uri of knowledgeBaseDiagnostics)
      if (!byFile.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, diagnostics] of byFile) void connection.sendDiagnostics({ uri, diagnostics });
    knowledgeBaseDiagnostics = new Set(byFile.keys());
    // Errors cost entries: say so once per change, not at every reload.
    const errors = problems.filter((problem) => problem.severity === 'error');
    const summary = errors.map((problem) => `${problem.path}:${problem.line}: ${problem.message}`).join('\n');
    if (summary && summary !== knowledgeBaseSummary) {
      const first = errors[0]!;
      warnUser(
        `Attaché: ${errors.length === 1 ? 'a knowledge-base problem' : `${errors.length} knowledge-base problems`} (see Problems): ${first.path}:${first.line}: ${first.message}`,
      );
    }
    knowledgeBaseSummary = summary;
  };

  /** Corpus problems go to the output channel (the status bar shows their count). */
  const reportCorpusProblems = () => {
    for (const problem of host.corpusProblems) {
      connection.console.warn(`${problem.path}${problem.line ? `:${problem.line}` : ''}: corpus: ${problem.message}`);
    }
  };

  let lastLimitMessage = '';
  /** A corpus over its size limit: the user learns what was left out, and which settings raise the limit. */
  const reportCorpusLimit = () => {
    const leftOut = host.lastUpdate?.leftOut;
    const message = leftOut
      ? `Attaché: the corpus folders hold more than the corpus limit (attache.corpus.maxFiles: ${settings.corpusMaxFiles}, attache.corpus.maxSizeMB: ${settings.corpusMaxSizeMB}); ${host.status.files} files were indexed and ${leftOut.files} files (${(leftOut.bytes / 1024 / 1024).toFixed(1)} MB) were left out. Raise the limits in your user settings to index them.`
      : '';
    if (message && message !== lastLimitMessage) {
      connection.console.warn(message);
      warnUser(message);
    }
    lastLimitMessage = message;
  };

  /** Brings the corpus up to date in the host's workers, reporting progress; features keep answering meanwhile. */
  const updateCorpus = async (rebuild = false) => {
    const progress: WorkDoneProgressServerReporter | undefined = canReportProgress
      ? await connection.window.createWorkDoneProgress().catch(() => undefined)
      : undefined;
    progress?.begin('Attaché: indexing the corpus', 0, 'listing files', true);
    const cancel = signalOf(progress?.token);
    let last = 0;
    const started = Date.now();
    const status = await host.updateCorpus({
      rebuild,
      signal: cancel,
      onProgress: (status) => {
        // The final status goes out below, after the log lines it sums up.
        if (status.state !== 'indexing') return;
        const now = Date.now();
        if (now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        sendStatus(status);
        const p = status.progress;
        if (p && progress) {
          const message =
            p.phase === 'reading'
              ? `${p.done} of ${p.total} files`
              : p.phase === 'merging'
                ? 'merging'
                : 'listing files';
          progress.report(p.total > 0 ? Math.round((100 * p.done) / p.total) : 0, message);
        }
      },
    });
    progress?.done();
    if (status.state === 'ready') {
      reportCorpusProblems();
      reportCorpusLimit();
      connection.console.info(
        indexingSummary(status, host.lastUpdate?.changed.length ?? 0, host.corpusProblems.length, Date.now() - started),
      );
    } else if (status.state === 'failed') connection.console.error(`corpus: ${status.message}`);
    sendStatus(status);
    return status;
  };

  const watchCorpus = async () => {
    watcherRegistration?.dispose();
    watcherRegistration = undefined;
    for (const watcher of fsWatchers) watcher.close();
    fsWatchers = [];
    // A shared archive is kept by its ingest job: the corpus folders are not watched.
    const folders = archive ? [] : host.corpusFolders;
    if (canWatchRelative) {
      watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          ...folders.map((folder) => ({ globPattern: { baseUri: pathToFileURL(folder).href, pattern: CORPUS_GLOB } })),
          ...workspaceFolders.map((folder) => ({
            globPattern: { baseUri: pathToFileURL(folder).href, pattern: '.attache/kb/*.{yaml,yml}' },
          })),
        ],
      });
      return;
    }
    // A client that cannot watch folders outside the workspace: watch them here.
    for (const folder of folders) {
      try {
        fsWatchers.push(watch(folder, { recursive: true }, () => host.corpusChanged(afterCorpusChange)));
      } catch (error) {
        connection.console.warn(
          `corpus: cannot watch ${folder} (${(error as Error).message}); use "Attaché: Reindex the corpus" after changes`,
        );
      }
    }
  };
  const afterCorpusChange = (status: CorpusStatusMessage) => {
    sendStatus(status);
    if (status.state === 'ready') reportCorpusProblems();
  };

  /**
   * The retext plugins of the settings: bundled ones as they are, others loaded from the
   * workspace's node_modules when it is trusted. What was left out is logged, and shown once
   * per change.
   */
  let retextProblems = '';
  const retextPlugins = async () => {
    const { loaded, problems } = await loadWorkspaceRetextPlugins(settings.retextPlugins, {
      folders: workspaceFolders,
      trusted: settings.workspaceTrusted,
      setting: 'attache.retext.plugins',
    });
    const all = [...settings.retextProblems, ...problems];
    for (const problem of all) connection.console.warn(problem);
    const summary = all.join('\n');
    if (summary && summary !== retextProblems) warnUser(`Attaché: ${all.join('; ')}`);
    retextProblems = summary;
    return { plugins: settings.retextPlugins, loaded };
  };

  const loadSettings = async () => {
    if (canConfigure) settings = readSettings(await connection.workspace.getConfiguration('attache'));
    const retext = await retextPlugins();
    const { corpusChanged } = host.configure({
      settings: {
        houseStyle: settings.houseStyle,
        documentDate: settings.documentDate,
        severity: settings.severity,
        retext,
      },
      ...workspaceSources(),
    });
    reportProblems();
    return corpusChanged;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceFolders = (params.workspaceFolders ?? []).map((folder) => fileURLToPath(folder.uri));
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders.push(fileURLToPath(params.rootUri));
    const storage = (params.initializationOptions as { storagePath?: unknown } | undefined)?.storagePath;
    storagePath = typeof storage === 'string' ? storage : undefined;
    const store = storagePath ? { storeRoot: storagePath } : {};
    try {
      host = openWorkspace({ ...workspaceSources(), ...store, today });
    } catch (error) {
      // Nothing in a workspace may keep the server from starting: fall back to the bundled knowledge base and corpus.
      warnUser(
        `Attaché: the workspace's knowledge base or corpus could not be opened (${(error as Error).message}); using the bundled ones`,
      );
      host = openWorkspace({ ...store, today });
    }
    canConfigure = !!params.capabilities.workspace?.configuration;
    canReportProgress = !!params.capabilities.window?.workDoneProgress;
    const watching = params.capabilities.workspace?.didChangeWatchedFiles;
    canWatchRelative = !!watching?.dynamicRegistration && !!watching.relativePatternSupport;
    canRefreshLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    canRefreshTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    lifecycle.markInitialized();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        completionProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        codeLensProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      },
      serverInfo: { name: 'attache' },
    };
  });

  connection.onInitialized(async () => {
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'attache' });
    host.onDidChange(() => {
      republishAll();
      refreshViews();
    });
    await loadSettings();
    await chooseStore();
    documents.all().forEach(publish);
    if (archive) {
      await watchCorpus();
      await startArchive(archive, true);
      return;
    }
    // What was indexed before answers at once; then only what changed since is read again.
    if (await host.openStored().catch(() => false)) sendStatus(host.status);
    await watchCorpus();
    await updateCorpus();
  });

  connection.onDidChangeConfiguration(async () => {
    const corpusChanged = await loadSettings();
    const storeChanged = await chooseStore();
    documents.all().forEach(publish);
    refreshViews();
    if (archive) {
      if (storeChanged) {
        await watchCorpus();
        await startArchive(archive, true);
      } else if (corpusChanged) await archive.refresh();
      return;
    }
    if (corpusChanged || storeChanged) {
      await watchCorpus();
      if (!(await host.openStored().catch(() => false))) sendStatus({ ...host.status, state: 'indexing' });
      await updateCorpus();
    }
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    const paths = params.changes.map((change) => fileURLToPath(change.uri));
    if (paths.some((path) => /[\\/]\.attache[\\/]kb[\\/]/.test(path))) {
      const corpusChanged = await loadSettings();
      documents.all().forEach(publish);
      if (corpusChanged) await (archive ? archive.refresh() : updateCorpus());
      return;
    }
    if (!archive) host.corpusChanged(afterCorpusChange);
  });

  documents.onDidChangeContent((change) => schedulePublish(change.document));
  documents.onDidClose((event) => {
    host.snapshot().forget(event.document.uri);
    // A knowledge-base file keeps its problems when closed.
    if (!knowledgeBaseDiagnostics.has(event.document.uri))
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover((params, token) =>
    lifecycle.serve(token, (signal) => {
      const document = checked(params.textDocument.uri);
      return document ? hover(host.snapshot(), document, params.position, signal) : null;
    }),
  );
  connection.onDefinition((params, token) =>
    lifecycle.serve(token, () => {
      const document = checked(params.textDocument.uri);
      return document ? definition(host.snapshot(), document, params.position) : null;
    }),
  );
  connection.onReferences((params, token, _workDone, resultProgress) =>
    lifecycle.serve(token, async (signal) => {
      const document = checked(params.textDocument.uri);
      if (!document) return [];
      const snapshot = host.snapshot();
      const first = references(
        snapshot,
        document,
        params.position,
        params.context.includeDeclaration,
        { limit: REFERENCES_PAGE },
        signal,
      );
      if (!resultProgress || first.total <= REFERENCES_PAGE) return first.locations;
      // The first page now, the rest as partial results while the client shows the first; a
      // turn of the event loop between pages lets a cancellation in.
      resultProgress.report(first.locations);
      for (let offset = REFERENCES_PAGE; offset < first.total; offset += REFERENCES_PAGE) {
        await nextTurn();
        signal?.throwIfAborted();
        resultProgress.report(
          references(snapshot, document, params.position, false, { offset, limit: REFERENCES_PAGE }).locations,
        );
      }
      return [];
    }),
  );
  connection.onCodeAction((params, token) =>
    lifecycle.serve(token, () => {
      const document = checked(params.textDocument.uri);
      return document ? codeActions(host.snapshot(), document, params) : [];
    }),
  );
  connection.onCodeLens((params, token) =>
    lifecycle.serve(token, (signal) => {
      const document = checked(params.textDocument.uri);
      return document ? codeLenses(host.snapshot(), document, signal) : [];
    }),
  );
  connection.onCompletion((params, token) =>
    lifecycle.serve(token, () => {
      const document = checked(params.textDocument.uri);
      return document ? completion(host.snapshot(), document, params.position) : [];
    }),
  );
  connection.onDocumentSymbol((params, token) =>
    lifecycle.serve(token, () => {
      const document = checked(params.textDocument.uri);
      return document ? documentSymbols(host.snapshot(), document) : [];
    }),
  );
  connection.onWorkspaceSymbol((params, token) =>
    lifecycle.serve(token, () => workspaceSymbols(host.snapshot(), params.query)),
  );
  connection.languages.semanticTokens.on((params, token) =>
    lifecycle.serve(token, () => {
      const document = checked(params.textDocument.uri);
      return document ? semanticTokens(host.snapshot(), document) : { data: [] };
    }),
  );
  connection.onRequest(CustomMethods.reindex, (params: { rebuild?: unknown } | undefined, token: CancellationToken) =>
    lifecycle.serve(token, async () => {
      // A shared archive is indexed by its ingest job: here, its current generation is opened again.
      if (!archive) return updateCorpus(params?.rebuild === true);
      await archive.refresh();
      return { ...host.status, archive: archive.state };
    }),
  );
  connection.onRequest(
    CustomMethods.passages,
    (params: { text?: unknown; uri?: unknown } | undefined, token: CancellationToken) =>
      lifecycle.serve(token, () => {
        if (typeof params?.text !== 'string') return [];
        const snapshot = host.snapshot();
        const document = typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
        // The document only dates the query; one over the size limit is not analysed for that.
        const date =
          document && !exceedsSizeLimit(document, settings.maxDocumentSize)
            ? snapshot.analyze(document).document.date.date
            : undefined;
        return passages(snapshot, params.text, date);
      }),
  );
  connection.onRequest(CustomMethods.documentDate, (params: { uri?: unknown } | undefined, token: CancellationToken) =>
    lifecycle.serve(token, (signal) => {
      const document = typeof params?.uri === 'string' ? checked(params.uri) : undefined;
      return document ? documentDateOf(host.snapshot(), document, signal) : null;
    }),
  );
  connection.onRequest(
    CustomMethods.entityDossier,
    (
      params: { uri?: unknown; position?: { line?: unknown; character?: unknown } } | undefined,
      token: CancellationToken,
    ) =>
      lifecycle.serve(token, (signal) => {
        const document = typeof params?.uri === 'string' ? checked(params.uri) : undefined;
        const line = params?.position?.line;
        const character = params?.position?.character;
        if (!document || typeof line !== 'number' || typeof character !== 'number') return null;
        return dossierAt(host.snapshot(), document, { line, character }, signal);
      }),
  );
  connection.onRequest(CustomMethods.kbSuggestions, (token: CancellationToken) =>
    lifecycle.serve(token, () => kbSuggestionMessages(host.snapshot())),
  );
  connection.onRequest(CustomMethods.knowledgeBaseFiles, (token: CancellationToken) =>
    lifecycle.serve(token, () => [...new Set([...host.snapshot().kb.entities.values()].map((e) => e.source.path))]),
  );
  connection.onShutdown(() => {
    lifecycle.markShutDown();
    host?.dispose();
    void archive?.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
