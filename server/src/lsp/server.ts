import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AttacheWorkspace } from './attacheWorkspace.js';
import { codeActions } from './codeActions.js';
import { codeLenses } from './codeLens.js';
import { completion } from './completion.js';
import { toDiagnostic } from './convert.js';
import { hover } from './hover.js';
import { definition, passages, references } from './navigation.js';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './semanticTokens.js';
import { readSettings } from './settings.js';
import { documentSymbols, workspaceSymbols } from './symbols.js';

/** Requests and notifications beyond LSP that the VS Code client uses. */
export const CustomMethods = {
  /** Server → client: the corpus status for the status bar. */
  status: 'attache/status',
  /** Client → server: read and index the corpus again. */
  reindex: 'attache/reindex',
  /** Client → server: the knowledge-base files in use. */
  knowledgeBaseFiles: 'attache/knowledgeBaseFiles',
  /** Client → server: corpus passages matching a text (`{ text }`). */
  passages: 'attache/passages',
} as const;

/**
 * Wires the language server onto a connection: a row of thin handlers, each finding the
 * document, returning nothing if it is missing or not checked, and calling the feature.
 */
export function startLanguageServer(connection: Connection, today: () => string = () => new Date().toISOString().slice(0, 10)): void {
  const documents = new TextDocuments(TextDocument);
  let workspace: AttacheWorkspace;
  let canConfigure = false;
  let canReportProgress = false;

  const checked = (uri: string): TextDocument | undefined => {
    const document = documents.get(uri);
    return document && workspace.checks(document.languageId) ? document : undefined;
  };

  const publish = (document: TextDocument) => {
    if (!workspace.checks(document.languageId)) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return;
    }
    const { findings } = workspace.analyze(document);
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: findings.map((finding) => toDiagnostic(document, finding, workspace.readFile)),
    });
  };

  const reportKnowledgeBaseProblems = () => {
    for (const problem of workspace.kb.problems) connection.console.warn(`${problem.path}:${problem.line}: knowledge base: ${problem.message}`);
  };

  const reindex = async () => {
    const progress = canReportProgress ? await connection.window.createWorkDoneProgress() : undefined;
    progress?.begin('Attaché: indexing the corpus', undefined, 'reading files');
    void connection.sendNotification(CustomMethods.status, { ...workspace.status, state: 'indexing' });
    const status = await workspace.reindexCorpus((message) => progress?.report(message));
    progress?.done();
    if (status.state === 'ready') {
      documents.all().forEach(publish);
      void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    }
    for (const problem of workspace.corpus.problems) connection.console.warn(`${problem.path}${problem.line ? `:${problem.line}` : ''}: corpus: ${problem.message}`);
    void connection.sendNotification(CustomMethods.status, status);
    return status;
  };

  const loadSettings = async () => {
    if (!canConfigure) return;
    const raw: unknown = await connection.workspace.getConfiguration('attache');
    workspace.settings = readSettings(raw);
    workspace.reloadKnowledgeBase();
    reportKnowledgeBaseProblems();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = (params.workspaceFolders ?? []).map((folder) => fileURLToPath(folder.uri));
    if (folders.length === 0 && params.rootUri) folders.push(fileURLToPath(params.rootUri));
    const storage = (params.initializationOptions as { storagePath?: unknown } | undefined)?.storagePath;
    workspace = new AttacheWorkspace(folders, today, typeof storage === 'string' ? storage : undefined);
    canConfigure = !!params.capabilities.workspace?.configuration;
    canReportProgress = !!params.capabilities.window?.workDoneProgress;
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
    await loadSettings();
    reportKnowledgeBaseProblems();
    documents.all().forEach(publish);
    await reindex();
  });

  connection.onDidChangeConfiguration(async () => {
    const before = JSON.stringify(workspace.corpusFolders());
    await loadSettings();
    documents.all().forEach(publish);
    connection.languages.semanticTokens.refresh();
    if (JSON.stringify(workspace.corpusFolders()) !== before) await reindex();
  });

  documents.onDidChangeContent((change) => publish(change.document));
  documents.onDidClose((event) => {
    workspace.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover((params) => {
    const document = checked(params.textDocument.uri);
    return document ? hover(workspace, document, params.position) : null;
  });
  connection.onDefinition((params) => {
    const document = checked(params.textDocument.uri);
    return document ? definition(workspace, document, params.position) : null;
  });
  connection.onReferences((params) => {
    const document = checked(params.textDocument.uri);
    return document ? references(workspace, document, params.position, params.context.includeDeclaration) : [];
  });
  connection.onCodeAction((params) => {
    const document = checked(params.textDocument.uri);
    return document ? codeActions(workspace, document, params) : [];
  });
  connection.onCodeLens((params) => {
    const document = checked(params.textDocument.uri);
    return document ? codeLenses(workspace, document) : [];
  });
  connection.onCompletion((params) => {
    const document = checked(params.textDocument.uri);
    return document ? completion(workspace, document) : [];
  });
  connection.onDocumentSymbol((params) => {
    const document = checked(params.textDocument.uri);
    return document ? documentSymbols(workspace, document) : [];
  });
  connection.onWorkspaceSymbol((params) => workspaceSymbols(workspace, params.query));
  connection.languages.semanticTokens.on((params) => {
    const document = checked(params.textDocument.uri);
    return document ? semanticTokens(workspace, document) : { data: [] };
  });
  connection.onRequest(CustomMethods.reindex, () => reindex());
  connection.onRequest(CustomMethods.passages, (params: { text?: unknown }) =>
    typeof params?.text === 'string' ? passages(workspace, params.text) : [],
  );
  connection.onRequest(CustomMethods.knowledgeBaseFiles, () => [...new Set([...workspace.kb.entities.values()].map((e) => e.source.path))]);

  documents.listen(connection);
  connection.listen();
}
