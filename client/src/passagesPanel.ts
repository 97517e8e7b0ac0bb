import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { PassageMatchMessage } from '../../server/src/protocol.js';
import { passagesHtml, type OpenPassageMessage } from './passagesHtml.js';

/**
 * The one view of the corpus passages matching a text: a webview beside the draft, reused for
 * each search, listing each passage readable (wrapped, its sentence marked, outlet, title,
 * date, language and score); choosing one opens its corpus file at the sentence.
 */
export class PassagesPanel {
  private panel: vscode.WebviewPanel | undefined;
  private matches: readonly PassageMatchMessage[] = [];
  /** The column of the draft the search came from: passages open there, the view stays beside. */
  private draftColumn = vscode.ViewColumn.One;

  constructor(private readonly openUri: (uri: vscode.Uri) => vscode.Uri) {}

  show(query: string, matches: readonly PassageMatchMessage[], draftColumn: vscode.ViewColumn | undefined): void {
    this.matches = matches;
    this.draftColumn = draftColumn ?? vscode.ViewColumn.One;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'attache.passages',
        'Passages',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: Partial<OpenPassageMessage>) => {
        if (typeof message.open === 'number') void this.open(message.open);
      });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.panel.title = matches.length === 0 ? 'Passages: no close match' : `Passages: ${matches.length}`;
    this.panel.webview.html = passagesHtml({ query, matches, nonce: randomBytes(16).toString('base64') });
  }

  /** Opens a passage's corpus file with its sentence selected and in the middle of the editor. */
  private async open(index: number): Promise<void> {
    const match = this.matches[index];
    if (!match) return;
    const { start, end } = match.range;
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    const editor = await vscode.window.showTextDocument(this.openUri(vscode.Uri.parse(match.uri)), {
      viewColumn: this.draftColumn,
      selection,
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
