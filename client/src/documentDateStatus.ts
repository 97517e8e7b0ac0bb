import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CustomMethods, type DocumentDateMessage } from '../../server/src/protocol.js';
import { documentDateLabel } from './documentDateLabel.js';

/** How long after a keystroke the date is asked for again. */
const AFTER_TYPING_MS = 400;

/**
 * A status bar item with the date the active document's titles are judged at and where it
 * was found: "Attaché · judged at 2024-06-12 (front matter)". Hidden for documents the server
 * does not check.
 */
export function showDocumentDate(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('attache.documentDate', vscode.StatusBarAlignment.Left, 9);
  item.name = 'Attaché document date';
  context.subscriptions.push(item);

  let asked = 0;
  const update = async () => {
    const editor = vscode.window.activeTextEditor;
    const ask = ++asked;
    if (!editor) {
      item.hide();
      return;
    }
    const answer = await client
      .sendRequest<DocumentDateMessage | null>(CustomMethods.documentDate, { uri: editor.document.uri.toString() })
      .catch(() => null);
    if (ask !== asked) return;
    if (!answer) {
      item.hide();
      return;
    }
    const label = documentDateLabel(answer);
    item.text = label.text;
    item.tooltip = new vscode.MarkdownString(label.tooltip);
    item.show();
  };

  let timer: NodeJS.Timeout | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), AFTER_TYPING_MS);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) later();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('attache')) later();
    }),
    { dispose: () => clearTimeout(timer) },
  );
  void update();
}
