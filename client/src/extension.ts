import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  TransportKind,
  type CancellationToken,
  type ConfigurationParams,
  type ConfigurationRequest,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { corpusStatusView, REINDEX_COMMAND } from './corpusStatus.js';
import { showDocumentDate } from './documentDateStatus.js';
import { DossierPanel, hoverWithDossierLink } from './dossierPanel.js';
import {
  ARCHIVE_PASSWORD_ENV,
  CustomMethods,
  type CorpusStatusMessage,
  type PassageMatchMessage,
} from '../../server/src/protocol.js';
import { applySuggestion, KnowledgeBaseUpdateActions, suggestKnowledgeBaseUpdates } from './kbSuggestions.js';
import { PassagesPanel } from './passagesPanel.js';
import { REFERENCE_SCHEME, ReferenceDocuments } from './referenceDocuments.js';
import {
  archiveAddressProblem,
  connectToSharedArchive,
  serverEnvironment,
  storedArchivePassword,
} from './sharedArchive.js';

let client: LanguageClient | undefined;
/** The extension's own files (knowledge base, documentation, sample corpus), opened read-only. */
let referenceDocuments: ReferenceDocuments | undefined;
/** The passages view the command and the code lens open. */
let passagesPanel: PassagesPanel | undefined;

/**
 * Starts the language server over IPC and adds what LSP has no place for: a status bar item
 * with the corpus size and indexing state, and five commands. Everything else — diagnostics,
 * hovers, fixes, highlighting — comes from the server.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  referenceDocuments = new ReferenceDocuments(context.extensionUri);
  passagesPanel = new PassagesPanel(readOnlyIfShipped);
  context.subscriptions.push(passagesPanel);
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(REFERENCE_SCHEME, referenceDocuments),
  );
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  // The archive's password reaches the server in its environment alone; a new one restarts it.
  const archive = { address: storeSetting(), env: process.env };
  const passwordFor = (address: string) => storedArchivePassword((key) => context.secrets.get(key), address);
  archive.env = serverEnvironment(process.env, archive.address, await passwordFor(archive.address));
  const serverOptions: ServerOptions = {
    run: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: {
        get env() {
          return archive.env;
        },
      },
    },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: {
        execArgv: ['--nolazy', '--inspect=6011'],
        get env() {
          return archive.env;
        },
      },
    },
  };
  /** Starts the server again when the archive's password it should have is not the one it has. */
  const passArchivePassword = async (address: string) => {
    const env = serverEnvironment(process.env, address, await passwordFor(address));
    const before = archive.env;
    archive.address = address;
    archive.env = env;
    if (
      env[ARCHIVE_PASSWORD_ENV.password] !== before[ARCHIVE_PASSWORD_ENV.password] ||
      env[ARCHIVE_PASSWORD_ENV.address] !== before[ARCHIVE_PASSWORD_ENV.address]
    )
      await client?.restart();
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'attache' },
    initializationOptions: { storagePath: context.globalStorageUri.fsPath },
    middleware: {
      ...referenceDocuments.middleware(),
      provideHover: hoverWithDossierLink,
      workspace: { configuration: withPathOrigins },
    },
  };
  client = new LanguageClient('attache', 'Attaché', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('attache.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Attaché corpus';
  status.command = REINDEX_COMMAND;
  status.text = '$(sync~spin) Attaché: starting';
  status.show();
  context.subscriptions.push(status);

  const dossier = new DossierPanel(() => client, readOnlyIfShipped);
  context.subscriptions.push(
    vscode.commands.registerCommand('attache.reindexCorpus', () => client?.sendRequest(CustomMethods.reindex, {})),
    dossier,
    vscode.commands.registerCommand('attache.showEntityCard', (at?: unknown) => dossier.show(at)),
    vscode.commands.registerCommand('attache.openKnowledgeBase', openKnowledgeBase),
    vscode.commands.registerCommand('attache.findPassagesForSelection', findPassagesForSelection),
    vscode.commands.registerCommand('attache.suggestKnowledgeBaseUpdates', () => suggestKnowledgeBaseUpdates(client)),
    vscode.commands.registerCommand('attache.connectToSharedArchive', () =>
      connectWithVsCode(context, passArchivePassword),
    ),
    // An address typed into the settings by hand gets the password stored for it, if there is one.
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('attache.corpus.store') && storeSetting() !== archive.address)
        void passArchivePassword(storeSetting());
    }),
    vscode.commands.registerCommand('attache.applyKnowledgeBaseUpdate', applySuggestion),
  );
  const kbUpdates = new KnowledgeBaseUpdateActions(() => client, readOnlyIfShipped);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: 'yaml' }, kbUpdates, {
      providedCodeActionKinds: KnowledgeBaseUpdateActions.kinds,
    }),
    vscode.workspace.onDidSaveTextDocument((document) => document.languageId === 'yaml' && kbUpdates.invalidate()),
  );

  // Leaving Restricted Mode makes the workspace's own path settings count: have the server read them again.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(
      () => void client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null }),
    ),
  );

  await client.start();
  showDocumentDate(context, client);
  client.onNotification(CustomMethods.status, (corpus: CorpusStatusMessage) => {
    kbUpdates.invalidate();
    const view = corpusStatusView(corpus);
    status.text = view.text;
    status.tooltip = view.tooltip;
    status.command = view.command;
  });
}

/** The shared archive the settings name, if any. */
function storeSetting(): string {
  return vscode.workspace.getConfiguration('attache').get<string>('corpus.store', '').trim();
}

/** "Attaché: Connect to a shared archive" (see `connectToSharedArchive`) with VS Code's input boxes, secret storage and settings. */
async function connectWithVsCode(
  context: vscode.ExtensionContext,
  passArchivePassword: (address: string) => Promise<void>,
): Promise<void> {
  const title = 'Attaché: Connect to a shared archive';
  await connectToSharedArchive({
    askAddress: (current) =>
      vscode.window.showInputBox({
        title,
        prompt: 'The PostgreSQL server of the archive, with the read-only role (the password comes next)',
        value: current,
        validateInput: archiveAddressProblem,
        ignoreFocusOut: true,
      }),
    askPassword: (address, typed) =>
      vscode.window.showInputBox({
        title,
        prompt: `The password for ${address}, kept in VS Code's secret storage (empty: PGPASSWORD or ~/.pgpass)`,
        password: true,
        value: typed ?? '',
        ignoreFocusOut: true,
      }),
    secrets: context.secrets,
    currentAddress: storeSetting(),
    passPassword: passArchivePassword,
    writeSetting: async (address) => {
      const configuration = vscode.workspace.getConfiguration('attache');
      const origin = configuration.inspect<string>('corpus.store');
      const target =
        origin?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await configuration.update('corpus.store', address, target);
    },
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * Adds to the `attache` settings sent to the server whether each path setting comes from the
 * user's own settings: those may name paths anywhere, while a workspace's may only name paths
 * inside it (unless the user allows more with `attache.allowPathsOutsideWorkspace`). And
 * whether the workspace is trusted: only then may retext plugins load from its node_modules.
 */
const withPathOrigins: ConfigurationRequest.MiddlewareSignature = async (
  params: ConfigurationParams,
  token: CancellationToken,
  next,
) => {
  const result = await next(params, token);
  if (!Array.isArray(result)) return result;
  return result.map((settings: unknown, index) => {
    const item = params.items[index];
    if (item?.section !== 'attache' || !settings || typeof settings !== 'object') return settings;
    const configuration = vscode.workspace.getConfiguration(
      'attache',
      item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined,
    );
    const fromUser = (key: string) => {
      const origin = configuration.inspect(key);
      return (
        origin?.workspaceValue === undefined &&
        origin?.workspaceFolderValue === undefined &&
        origin?.globalValue !== undefined
      );
    };
    return {
      ...settings,
      pathsFromUserSettings: {
        corpusFolders: fromUser('corpus.folders'),
        knowledgeBaseFiles: fromUser('knowledgeBase.files'),
      },
      workspaceTrusted: vscode.workspace.isTrusted,
    };
  });
};

async function openKnowledgeBase(): Promise<void> {
  const files = (await client?.sendRequest<string[]>('attache/knowledgeBaseFiles')) ?? [];
  const picked = await vscode.window.showQuickPick(
    files.map((file) => ({ label: file.split(/[\\/]/).pop() ?? file, description: file })),
    {
      placeHolder: 'Open a knowledge-base file',
    },
  );
  if (picked) await vscode.window.showTextDocument(readOnlyIfShipped(vscode.Uri.file(picked.description)));
}

/**
 * Shows the passages matching the selection (or the paragraph a code lens passes, with its
 * document) in the passages view: the same request the lens counted, so the view lists as many.
 */
async function findPassagesForSelection(given?: { text?: string; uri?: string }): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!client) return;
  const selection =
    given?.text ??
    (editor
      ? editor.document.getText(
          editor.selection.isEmpty ? editor.document.lineAt(editor.selection.active.line).range : editor.selection,
        )
      : '');
  if (!selection.trim()) return;
  const uri = given?.uri ?? editor?.document.uri.toString();
  const matches = await client.sendRequest<PassageMatchMessage[]>(CustomMethods.passages, { text: selection, uri });
  passagesPanel?.show(selection, matches, editor?.viewColumn);
}

/** A file the extension ships opens read-only; the workspace's own files stay editable. */
function readOnlyIfShipped(uri: vscode.Uri): vscode.Uri {
  return referenceDocuments?.readOnly(uri) ?? uri;
}
