import type { TextEdit } from '../../server/src/core/checks/finding.js';

/** A text with non-overlapping edits applied: what a fix makes of a draft. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}
