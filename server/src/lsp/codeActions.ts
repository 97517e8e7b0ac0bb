import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits } from '../core/fixes/applyFixes.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';
import { quickFix } from './convert.js';

/**
 * Code actions: each fix of each finding under the cursor, and "fix all of this kind" for
 * each rule that has more than one fixable finding in the document.
 */
export function codeActions(
  snapshot: WorkspaceSnapshot,
  document: TextDocument,
  params: CodeActionParams,
): CodeAction[] {
  const { findings } = snapshot.analyze(document);
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  const ours = params.context.diagnostics.filter((d) => d.source === 'attache');
  const actions: CodeAction[] = [];
  const codesHere = new Set<string>();
  for (const finding of findings) {
    if (finding.end < start || finding.start > end || finding.fixes.length === 0) continue;
    codesHere.add(finding.code);
    const diagnostics = matching(ours, document, finding.code, finding.start, finding.end);
    finding.fixes.forEach((fix, index) => actions.push(quickFix(fix.title, document, [fix], diagnostics, index === 0)));
  }
  for (const code of codesHere) {
    const fixable = findings.filter((f) => f.code === code && f.fixes.length > 0);
    if (fixable.length < 2) continue;
    const edits = fixAllEdits(findings, code);
    actions.push(
      quickFix(
        `Fix all ${code} problems in this document (${fixable.length})`,
        document,
        [{ title: '', edits }],
        ours.filter((d) => d.code === code),
      ),
    );
  }
  return actions;
}

function matching(
  diagnostics: Diagnostic[],
  document: TextDocument,
  code: string,
  start: number,
  end: number,
): Diagnostic[] {
  return diagnostics.filter(
    (d) => d.code === code && document.offsetAt(d.range.start) === start && document.offsetAt(d.range.end) === end,
  );
}
