import { nearMissOf } from '../mentions/nearMiss.js';
import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

/** A capitalized word: "Tran", "Jinpin". */
const CAPITALIZED_WORD = /\p{Lu}[\p{Ll}\p{M}'’-]*/gu;

/**
 * `name/misspelled`, part two: capitalized words that come within a typo of a known
 * person's full name ("Xi Jinpin", "Tran Thanh Mann", "Nguyen Phu Trung") but are not a
 * name or accepted romanization the knowledge base lists.
 */
export const nameNearMiss: Check = {
  id: 'name/misspelled',
  defaultSeverity: 'error',
  description: 'A person’s name is misspelled or carried over from a machine translation.',
  run(document, context) {
    const text = document.text;
    // Text already recognized as a known entity's full name is not a typo of another.
    const covered = new Uint8Array(text.length);
    for (const m of document.mentions) {
      if (m.known && m.alias?.form !== 'short' && m.alias?.form !== 'misusedShort') covered.fill(1, m.start, m.end);
    }
    const words = [...text.matchAll(CAPITALIZED_WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const findings: CheckFinding[] = [];
    let taken = -1;
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.start < taken) continue;
      // Longest window first, so "Nguyen Phu Trung" is judged whole.
      for (let size = 4; size >= 2; size--) {
        const last = words[i + size - 1];
        if (!last || !singleSpaced(text, words, i, size)) continue;
        const start = words[i]!.start;
        const end = last.end;
        if (covered.subarray(start, end).includes(1)) continue;
        const match = nearMissOf(text.slice(start, end), context.kb);
        if (!match) continue;
        findings.push({
          start,
          end,
          message: `"${text.slice(start, end)}" looks like a misspelling of ${match.person.name}; write "${match.text}".`,
          fixes: [replaceWith(start, end, match.text)],
          evidence: [entryEvidence(match.person)],
        });
        taken = end;
        break;
      }
    }
    return findings;
  },
};

function singleSpaced(text: string, words: { start: number; end: number }[], from: number, size: number): boolean {
  for (let k = from; k < from + size - 1; k++) {
    if (text.slice(words[k]!.end, words[k + 1]!.start) !== ' ') return false;
  }
  return true;
}
