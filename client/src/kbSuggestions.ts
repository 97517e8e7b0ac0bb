import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { patchInsertion } from '../../server/src/core/kbPatchEdit.js';
import { CustomMethods, type KbSuggestionMessage } from '../../server/src/protocol.js';

/**
 * "Attaché: Suggest knowledge-base updates": the suggestions `attache kb suggest` prints, in a
 * quick pick with their sources; the one picked is applied to the current text of the
 * workspace's knowledge-base files as an edit the user reviews, saves or undoes. A patch to a
 * file the extension ships, or to a file that no longer matches it, opens as text instead.
 */
export async function suggestKnowledgeBaseUpdates(client: LanguageClient | undefined): Promise<void> {
  if (!client) return;
  const suggestions = await client.sendRequest<KbSuggestionMessage[]>(CustomMethods.kbSuggestions);
  if (suggestions.length === 0) {
    void vscode.window.showInformationMessage("Attaché: no corpus article after the knowledge base's verifiedThrough date prints a title it does not record.");
    return;
  }
  const picked = await vscode.window.showQuickPick(
    suggestions.map((suggestion) => ({
      label: suggestion.summary,
      detail: suggestion.sources.map((s) => `${s.outlet ?? 'unknown outlet'} ${s.date}: "${s.title}"`).join('; '),
      suggestion,
    })),
    { placeHolder: 'Pick a knowledge-base update to apply (the change opens unsaved in its file)', matchOnDetail: true },
  );
  if (picked) await applySuggestion(picked.suggestion);
}

async function applySuggestion(suggestion: KbSuggestionMessage): Promise<void> {
  if (suggestion.hunks.some((hunk) => hunk.shipped)) {
    return showPatch(suggestion, 'The bundled knowledge base is not edited in place: copy the entry into a file in .attache/kb (an entry there overrides the bundled one) and apply the patch to it.');
  }
  const edit = new vscode.WorkspaceEdit();
  let first: vscode.Location | undefined;
  // Every position is read from the files' current text, before any part is applied: one edit holds them all.
  for (const hunk of suggestion.hunks) {
    const uri = vscode.Uri.parse(hunk.uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const insertion = patchInsertion(document.getText(), hunk);
    if (!insertion) return showPatch(suggestion, `${vscode.workspace.asRelativePath(uri)} no longer has ${hunk.entryId} as the patch expects: apply it by hand.`);
    const at = document.positionAt(insertion.offset);
    edit.insert(uri, at, insertion.text);
    first ??= new vscode.Location(uri, at);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return showPatch(suggestion, 'The change could not be applied: apply the patch by hand.');
  if (first) await vscode.window.showTextDocument(first.uri, { selection: first.range });
}

async function showPatch(suggestion: KbSuggestionMessage, why: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: suggestion.text });
  await vscode.window.showTextDocument(document, { preview: false });
  void vscode.window.showWarningMessage(`Attaché: ${why}`);
}
