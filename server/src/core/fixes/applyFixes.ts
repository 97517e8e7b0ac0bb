import type { Finding, TextEdit } from '../checks/finding.js';

/**
 * The edits that fix every finding of one rule at once ("fix all of this kind"): each
 * finding's first fix, keeping only edits that do not overlap an earlier one.
 */
export function fixAllEdits(findings: readonly Finding[], code: string): TextEdit[] {
  const edits = findings
    .filter((finding) => finding.code === code && finding.fixes.length > 0)
    .flatMap((finding) => finding.fixes[0]!.edits)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let reached = -1;
  for (const edit of edits) {
    if (edit.start < reached) continue;
    kept.push(edit);
    reached = Math.max(edit.end, edit.start + 1);
  }
  return kept;
}
