import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

/** A span of years: "2023-2027", "2023–2027", "2023 to 2027". */
const YEAR_RANGE = /\b((?:19|20)\d{2})(\s*(?:-|–|—|to)\s*)((?:19|20)\d{2})\b/g;
/** How far from the agreement's name a span of years is taken to qualify it. */
const REACH = 40;

/**
 * `agreement/details`: a known agreement given the wrong span of years ("the 2023-2027
 * Action Plan" for the 2024–2028 one). Looks for a span of years next to the agreement's
 * name, inside the same sentence.
 */
export const agreementDetails: Check = {
  id: 'agreement/details',
  defaultSeverity: 'error',
  description: 'An agreement is given the wrong years or title.',
  run(document) {
    const findings: CheckFinding[] = [];
    const seen = new Set<number>();
    for (const mention of document.mentions) {
      if (mention.known?.kind !== 'agreement' || !mention.known.entry.years) continue;
      const [first, last] = mention.known.entry.years;
      const from = Math.max(0, mention.start - REACH);
      const to = Math.min(document.text.length, mention.end + REACH);
      const windowText = document.text.slice(from, to);
      for (const match of windowText.matchAll(YEAR_RANGE)) {
        const start = from + match.index!;
        const end = start + match[0].length;
        if (seen.has(start) || crossesSentence(document.text, Math.min(start, mention.start), Math.max(end, mention.end))) continue;
        if (Number(match[1]) === first && Number(match[3]) === last) continue;
        seen.add(start);
        const right = `${first}${match[2]}${last}`;
        findings.push({
          start,
          end,
          message: `The ${mention.known.name} covers ${first}–${last}, not ${match[1]}–${match[3]}.`,
          fixes: [replaceWith(start, end, right)],
          evidence: [entryEvidence(mention.known)],
        });
      }
    }
    return findings;
  },
};

function crossesSentence(text: string, start: number, end: number): boolean {
  return /[.!?。]\s|\n\s*\n/.test(text.slice(start, end));
}
