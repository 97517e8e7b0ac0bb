import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { CustomMethods, type DossierLinkMessage, type EntityDossierMessage } from '../../server/src/protocol.js';
import { dossierHtml } from './dossierHtml.js';

/**
 * The dossier panel: one webview beside the editor, showing the entity under the cursor —
 * names, roles over time, corpus events, titles, disagreements and every article. Asking for
 * another entity replaces its content; a link opens the corpus file at the passage.
 */
export class DossierPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private links: DossierLinkMessage[] = [];

  constructor(
    private readonly client: () => LanguageClient | undefined,
    /** How a corpus file is opened (the extension's own files read-only). */
    private readonly openUri: (uri: vscode.Uri) => vscode.Uri,
  ) {}

  /** Shows the dossier of the entity at the editor's cursor (or at a given place); says so when nothing known is there. */
  async show(at?: unknown): Promise<void> {
    const client = this.client();
    const editor = vscode.window.activeTextEditor;
    const given = isPlace(at) ? at : undefined;
    const place =
      given ?? (editor ? { uri: editor.document.uri.toString(), position: editor.selection.active } : undefined);
    if (!place) {
      void vscode.window.showInformationMessage('Attaché: open a draft and put the cursor on a name first.');
      return;
    }
    if (!client) {
      void vscode.window.showWarningMessage(
        'Attaché: the language server is not running; the dossier cannot be shown.',
      );
      return;
    }
    let dossier: EntityDossierMessage | null;
    try {
      dossier = await client.sendRequest<EntityDossierMessage | null>(CustomMethods.entityDossier, {
        uri: place.uri,
        position: { line: place.position.line, character: place.position.character },
      });
    } catch (error) {
      // A failed request is said, never swallowed: the writer asked for something and should know why nothing came.
      void vscode.window.showErrorMessage(
        `Attaché: the dossier could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    if (!dossier) {
      void vscode.window.showInformationMessage('Attaché: no known name, title or organization at the cursor.');
      return;
    }
    const panel = this.panel ?? this.createPanel();
    panel.title = `Dossier: ${dossier.name}`;
    const page = dossierHtml(dossier, {
      nonce: randomBytes(16).toString('base64'),
      cspSource: panel.webview.cspSource,
    });
    this.links = page.links;
    panel.webview.html = page.html;
    panel.reveal(panel.viewColumn ?? vscode.ViewColumn.Beside, true);
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      'attache.dossier',
      'Dossier',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      },
    );
    panel.webview.onDidReceiveMessage((message: { open?: unknown }) => {
      const link = typeof message?.open === 'number' ? this.links[message.open] : undefined;
      if (link) void this.open(link);
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.links = [];
    });
    this.panel = panel;
    return panel;
  }

  private async open(link: DossierLinkMessage): Promise<void> {
    const { start, end } = link.range;
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    await vscode.window.showTextDocument(this.openUri(vscode.Uri.parse(link.uri)), {
      selection,
      viewColumn: vscode.ViewColumn.One,
    });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** Whether a command argument names a document and a position (the hover's link passes one). */
function isPlace(value: unknown): value is { uri: string; position: { line: number; character: number } } {
  if (!value || typeof value !== 'object') return false;
  const { uri, position } = value as { uri?: unknown; position?: { line?: unknown; character?: unknown } };
  return typeof uri === 'string' && typeof position?.line === 'number' && typeof position.character === 'number';
}

/**
 * Adds "Open the dossier" under an entity card hover. The link sits in a Markdown string of its
 * own, trusted for this one command only; the card from the server stays untrusted, so nothing
 * the corpus or the knowledge base says can become a live command.
 */
export const hoverWithDossierLink: NonNullable<Middleware['provideHover']> = async (
  document,
  position,
  token,
  next,
) => {
  const hover = await next(document, position, token);
  if (!hover) return hover;
  // Only a known entity's card has a dossier; it opens with its link to the knowledge base.
  const isEntityCard = hover.contents.some((part) =>
    (typeof part === 'string' ? part : part.value).includes('[knowledge base]('),
  );
  if (!isEntityCard) return hover;
  const args = encodeURIComponent(
    JSON.stringify([
      { uri: document.uri.toString(), position: { line: position.line, character: position.character } },
    ]),
  );
  const link = new vscode.MarkdownString(
    `[Open the dossier](command:attache.showEntityCard?${args} "Roles over time, every event and article")`,
  );
  link.isTrusted = { enabledCommands: ['attache.showEntityCard'] };
  return new vscode.Hover([...hover.contents, link], hover.range);
};
