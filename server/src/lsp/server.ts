import { watch, type FSWatcher } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { yamlFilesIn } from '../kb/readKnowledgeBase.js';
import { CustomMethods, type CorpusStatusMessage } from '../protocol.js';
import { openWorkspace, type WorkspaceHost } from '../workspace/host.js';
import { codeActions } from './codeActions.js';
import { codeLenses } from './codeLens.js';
import { completion } from './completion.js';
import { toDiagnostic } from './convert.js';
import { hover } from './hover.js';
import { definition, passages, references, REFERENCES_PAGE } from './navigation.js';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens.js';
import { DEFAULT_SETTINGS, readSettings, type AttacheSettings } from './settings.js';
import { exceedsSizeLimit, sizeLimitNotice } from './sizeLimit.js';
import { documentSymbols, workspaceSymbols } from './symbols.js';

export { CustomMethods } from '../protocol.js';

/** Corpus file extensions the watcher reports. */
const CORPUS_GLOB = '**/*.{txt,md,html,htm,jsonl}';
/** How often, at most, indexing progress goes to the client. */
const PROGRESS_INTERVAL_MS = 250;

/** An LSP cancellation token as an `AbortSignal`, for the host's calls. */
function signalOf(token: CancellationToken | undefined): AbortSignal | undefined {
  if (!token) return undefined;
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  else token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}

/** Whether an error is a cancellation, which answers nothing rather than failing. */
function isAbort(error: unknown): boolean {
  return (error as Error | undefined)?.name === 'AbortError';
}

/**
 * Wires the language server onto a connection: protocol in, the workspace host's answers out.
 * Every handler takes the host's current snapshot, converts to and from protocol types, and
 * does nothing else; indexing runs in the host's worker threads.
 */
export function startLanguageServer(connection: Connection, today: () => string = () => new Date().toISOString().slice(0, 10)): void {
  const documents = new TextDocuments(TextDocument);
  // A request the client refuses or a failed notification costs that one thing, not the server.
  process.on('unhandledRejection', (reason) => connection.console.error(`unexpected failure: ${reason instanceof Error ? reason.message : String(reason)}`));
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

  const resolvePath = (path: string) => (isAbsolute(path) ? path : resolve(workspaceFolders[0] ?? process.cwd(), path));
  const corpusFolders = () => settings.corpusFolders.map(resolvePath);
  const knowledgeBaseFiles = () => [...workspaceFolders.flatMap((folder) => yamlFilesIn(join(folder, '.attache', 'kb'))), ...settings.knowledgeBaseFiles.map(resolvePath)];

  const checked = (uri: string): TextDocument | undefined => {
    const document = documents.get(uri);
    return document && settings.languages.includes(document.languageId) && !exceedsSizeLimit(document, settings.maxDocumentSize) ? document : undefined;
  };

  /** Publishes a document's diagnostics, unless it changed again meanwhile (then the newer version publishes). */
  const publish = (document: TextDocument) => {
    if (!settings.languages.includes(document.languageId)) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return;
    }
    if (exceedsSizeLimit(document, settings.maxDocumentSize)) {
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [sizeLimitNotice(document, settings.maxDocumentSize)] });
      return;
    }
    const snapshot = host.snapshot();
    const { findings } = snapshot.analyze(document);
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: findings.map((finding) => toDiagnostic(document, finding, snapshot.readFile)),
    });
  };
  /** Analysis after a keystroke waits for the event loop, so a burst of edits analyses only the last version. */
  const schedulePublish = (document: TextDocument) => {
    setImmediate(() => {
      const current = documents.get(document.uri);
      if (current && current.version === document.version) publish(current);
    });
  };

  /** Asks the client to ask again for code lenses and coloring, when it says it can (a refusal is not an error). */
  const refreshViews = () => {
    if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh().catch(() => undefined);
  };

  const sendStatus = (status: CorpusStatusMessage) => void connection.sendNotification(CustomMethods.status, status);

  const reportProblems = () => {
    for (const problem of host.snapshot().kb.problems) connection.console.warn(`${problem.path}:${problem.line}: knowledge base: ${problem.message}`);
  };

  const reportCorpusProblems = () => {
    for (const problem of host.snapshot().corpus?.generation.problems ?? []) {
      connection.console.warn(`${problem.path}${problem.line ? `:${problem.line}` : ''}: corpus: ${problem.message}`);
    }
  };

  /** Brings the corpus up to date in the host's workers, reporting progress; features keep answering meanwhile. */
  const updateCorpus = async (rebuild = false) => {
    const progress: WorkDoneProgressServerReporter | undefined = canReportProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin('Attaché: indexing the corpus', 0, 'listing files', true);
    const cancel = signalOf(progress?.token);
    let last = 0;
    const status = await host.updateCorpus({
      rebuild,
      signal: cancel,
      onProgress: (status) => {
        const now = Date.now();
        if (now - last < PROGRESS_INTERVAL_MS) return;
        last = now;
        sendStatus(status);
        const p = status.progress;
        if (p && progress) {
          const message = p.phase === 'reading' ? `${p.done} of ${p.total} files` : p.phase === 'merging' ? 'merging' : 'listing files';
          progress.report(p.total > 0 ? Math.round((100 * p.done) / p.total) : 0, message);
        }
      },
    });
    progress?.done();
    if (status.state === 'ready') reportCorpusProblems();
    else if (status.state === 'failed') connection.console.error(`corpus: ${status.message}`);
    sendStatus(status);
    return status;
  };

  const watchCorpus = async () => {
    watcherRegistration?.dispose();
    watcherRegistration = undefined;
    for (const watcher of fsWatchers) watcher.close();
    fsWatchers = [];
    const folders = host.corpusFolders;
    if (canWatchRelative) {
      watcherRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          ...folders.map((folder) => ({ globPattern: { baseUri: pathToFileURL(folder).href, pattern: CORPUS_GLOB } })),
          ...workspaceFolders.map((folder) => ({ globPattern: { baseUri: pathToFileURL(folder).href, pattern: '.attache/kb/*.{yaml,yml}' } })),
        ],
      });
      return;
    }
    // A client that cannot watch folders outside the workspace: watch them here.
    for (const folder of folders) {
      try {
        fsWatchers.push(watch(folder, { recursive: true }, () => host.corpusChanged(afterCorpusChange)));
      } catch (error) {
        connection.console.warn(`corpus: cannot watch ${folder} (${(error as Error).message}); use "Attaché: Reindex the corpus" after changes`);
      }
    }
  };
  const afterCorpusChange = (status: CorpusStatusMessage) => {
    sendStatus(status);
    if (status.state === 'ready') reportCorpusProblems();
  };

  const loadSettings = async () => {
    if (canConfigure) settings = readSettings(await connection.workspace.getConfiguration('attache'));
    const { corpusChanged } = host.configure({
      settings: { houseStyle: settings.houseStyle, documentDate: settings.documentDate, severity: settings.severity },
      knowledgeBase: { files: knowledgeBaseFiles() },
      corpusFolders: corpusFolders(),
    });
    reportProblems();
    return corpusChanged;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceFolders = (params.workspaceFolders ?? []).map((folder) => fileURLToPath(folder.uri));
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders.push(fileURLToPath(params.rootUri));
    const storage = (params.initializationOptions as { storagePath?: unknown } | undefined)?.storagePath;
    storagePath = typeof storage === 'string' ? storage : undefined;
    host = openWorkspace({
      knowledgeBase: { files: knowledgeBaseFiles() },
      corpusFolders: corpusFolders(),
      ...(storagePath ? { storeRoot: storagePath } : {}),
      today,
    });
    canConfigure = !!params.capabilities.workspace?.configuration;
    canReportProgress = !!params.capabilities.window?.workDoneProgress;
    const watching = params.capabilities.workspace?.didChangeWatchedFiles;
    canWatchRelative = !!watching?.dynamicRegistration && !!watching.relativePatternSupport;
    canRefreshLenses = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    canRefreshTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
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
      documents.all().forEach(publish);
      refreshViews();
    });
    await loadSettings();
    documents.all().forEach(publish);
    // What was indexed before answers at once; then only what changed since is read again.
    if (await host.openStored().catch(() => false)) sendStatus(host.status);
    await watchCorpus();
    await updateCorpus();
  });

  connection.onDidChangeConfiguration(async () => {
    const corpusChanged = await loadSettings();
    documents.all().forEach(publish);
    refreshViews();
    if (corpusChanged) {
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
      if (corpusChanged) await updateCorpus();
      return;
    }
    host.corpusChanged(afterCorpusChange);
  });

  documents.onDidChangeContent((change) => schedulePublish(change.document));
  documents.onDidClose((event) => {
    host.snapshot().forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  /** Runs a request on the current snapshot; a cancelled one answers `fallback`. */
  const answer = <T>(token: CancellationToken, fallback: T, run: (signal: AbortSignal | undefined) => T): T => {
    try {
      return run(signalOf(token));
    } catch (error) {
      if (isAbort(error)) return fallback;
      throw error;
    }
  };

  connection.onHover((params, token) => {
    const document = checked(params.textDocument.uri);
    return document ? answer(token, null, (signal) => hover(host.snapshot(), document, params.position, signal)) : null;
  });
  connection.onDefinition((params) => {
    const document = checked(params.textDocument.uri);
    return document ? definition(host.snapshot(), document, params.position) : null;
  });
  connection.onReferences((params, token, _workDone, resultProgress) => {
    const document = checked(params.textDocument.uri);
    if (!document) return [];
    return answer(token, [], (signal) => {
      const snapshot = host.snapshot();
      const first = references(snapshot, document, params.position, params.context.includeDeclaration, { limit: REFERENCES_PAGE }, signal);
      if (!resultProgress || first.total <= REFERENCES_PAGE) return first.locations;
      // The first page now, the rest as partial results while the client shows the first.
      resultProgress.report(first.locations);
      for (let offset = REFERENCES_PAGE; offset < first.total && !token.isCancellationRequested; offset += REFERENCES_PAGE) {
        resultProgress.report(references(snapshot, document, params.position, false, { offset, limit: REFERENCES_PAGE }).locations);
      }
      return [];
    });
  });
  connection.onCodeAction((params) => {
    const document = checked(params.textDocument.uri);
    return document ? codeActions(host.snapshot(), document, params) : [];
  });
  connection.onCodeLens((params, token) => {
    const document = checked(params.textDocument.uri);
    return document ? answer(token, [], (signal) => codeLenses(host.snapshot(), document, signal)) : [];
  });
  connection.onCompletion((params) => {
    const document = checked(params.textDocument.uri);
    return document ? completion(host.snapshot(), document) : [];
  });
  connection.onDocumentSymbol((params) => {
    const document = checked(params.textDocument.uri);
    return document ? documentSymbols(host.snapshot(), document) : [];
  });
  connection.onWorkspaceSymbol((params) => workspaceSymbols(host.snapshot(), params.query));
  connection.languages.semanticTokens.on((params) => {
    const document = checked(params.textDocument.uri);
    return document ? semanticTokens(host.snapshot(), document) : { data: [] };
  });
  connection.onRequest(CustomMethods.reindex, (params: { rebuild?: unknown } | undefined) => updateCorpus(params?.rebuild === true));
  connection.onRequest(CustomMethods.passages, (params: { text?: unknown; uri?: unknown }) => {
    if (typeof params?.text !== 'string') return [];
    const snapshot = host.snapshot();
    const document = typeof params.uri === 'string' ? documents.get(params.uri) : undefined;
    // The document only dates the query; one over the size limit is not analysed for that.
    const date = document && !exceedsSizeLimit(document, settings.maxDocumentSize) ? snapshot.analyze(document).document.date.date : undefined;
    return passages(snapshot, params.text, 10, date);
  });
  connection.onRequest(CustomMethods.knowledgeBaseFiles, () => [...new Set([...host.snapshot().kb.entities.values()].map((e) => e.source.path))]);
  connection.onShutdown(() => host?.dispose());

  documents.listen(connection);
  connection.listen();
}
