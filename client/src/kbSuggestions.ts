import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { hunkLines, patchInsertion } from '../../server/src/core/kbPatchEdit.js';
import { CustomMethods, type KbSuggestionMessage } from '../../server/src/protocol.js';
import { outletLabel } from '../../server/src/core/outlets.js';

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
    void vscode.window.showInformationMessage(
      "Attaché: no corpus article after the knowledge base's verifiedThrough date prints a title it does not record.",
    );
    return;
  }
  const picked = await vscode.window.showQuickPick(
    suggestions.map((suggestion) => ({
      label: suggestion.summary,
      detail: suggestion.sources.map((s) => `${outletLabel(s.outlet)} ${s.date}: "${s.title}"`).join('; '),
      suggestion,
    })),
    {
      placeHolder: 'Pick a knowledge-base update to apply (the change opens unsaved in its file)',
      matchOnDetail: true,
    },
  );
  if (picked) await applySuggestion(picked.suggestion);
}

/**
 * The same suggestions as code actions on the knowledge-base entries they patch: in a
 * knowledge-base file (the workspace's, or a shipped one opened read-only), the cursor on a
 * person's entry offers "Update the knowledge base: …" for each suggestion that patches it, and
 * on the `people:` list each new person. Choosing one applies it as the command does. The
 * suggestions are asked for once and kept until the corpus or the knowledge base changes.
 */
export class KnowledgeBaseUpdateActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private suggestions: Promise<KbSuggestionMessage[]> | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    /** The URI a file has when opened in the editor (shipped files open read-only, under their own scheme). */
    private readonly asOpened: (uri: vscode.Uri) => vscode.Uri,
  ) {}

  /** Forgets the suggestions: the corpus was indexed again, or a knowledge-base file changed. */
  invalidate(): void {
    this.suggestions = undefined;
  }

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
  ): Promise<vscode.CodeAction[]> {
    const client = this.client();
    if (!client) return [];
    this.suggestions ??= Promise.resolve(client.sendRequest<KbSuggestionMessage[]>(CustomMethods.kbSuggestions)).catch(
      () => [],
    );
    const opened = document.uri.with({ fragment: '' }).toString();
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];
    for (const suggestion of await this.suggestions) {
      const here = suggestion.hunks.some((hunk) => {
        if (this.asOpened(vscode.Uri.parse(hunk.uri)).with({ fragment: '' }).toString() !== opened) return false;
        const span = hunkLines(text, hunk);
        return !!span && range.start.line <= span.last && range.end.line >= span.first;
      });
      if (!here) continue;
      const action = new vscode.CodeAction(
        `Update the knowledge base: ${suggestion.summary}`,
        vscode.CodeActionKind.QuickFix,
      );
      action.command = { title: action.title, command: 'attache.applyKnowledgeBaseUpdate', arguments: [suggestion] };
      actions.push(action);
    }
    return actions;
  }
}

/** Applies one suggestion (the code action's command). */
export async function applySuggestion(suggestion: KbSuggestionMessage): Promise<void> {
  if (suggestion.hunks.some((hunk) => hunk.shipped)) {
    return showPatch(
      suggestion,
      'The bundled knowledge base is not edited in place: copy the entry into a file in .attache/kb (an entry there overrides the bundled one) and apply the patch to it.',
    );
  }
  const edit = new vscode.WorkspaceEdit();
  let first: vscode.Location | undefined;
  // Every position is read from the files' current text, before any part is applied: one edit holds them all.
  for (const hunk of suggestion.hunks) {
    const uri = vscode.Uri.parse(hunk.uri);
    const document = await vscode.workspace.openTextDocument(uri);
    const insertion = patchInsertion(document.getText(), hunk);
    if (!insertion)
      return showPatch(
        suggestion,
        `${vscode.workspace.asRelativePath(uri)} no longer has ${hunk.entryId} as the patch expects: apply it by hand.`,
      );
    const at = document.positionAt(insertion.offset);
    edit.insert(uri, at, insertion.text);
    first ??= new vscode.Location(uri, at);
  }
  if (!(await vscode.workspace.applyEdit(edit)))
    return showPatch(suggestion, 'The change could not be applied: apply the patch by hand.');
  if (first) await vscode.window.showTextDocument(first.uri, { selection: first.range });
}

async function showPatch(suggestion: KbSuggestionMessage, why: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: suggestion.text });
  await vscode.window.showTextDocument(document, { preview: false });
  void vscode.window.showWarningMessage(`Attaché: ${why}`);
}
