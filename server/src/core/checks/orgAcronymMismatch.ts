import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

const PARENTHESIZED = /^\s*\(\s*([\p{Lu}][\p{L}&.-]{1,11})\s*\)/u;

/**
 * `org/acronym-mismatch`: an acronym in parentheses that is not the organization's own
 * ("Communist Party of Viet Nam (VPC)" — the acronym is CPV).
 */
export const orgAcronymMismatch: Check = {
  id: 'org/acronym-mismatch',
  defaultSeverity: 'error',
  description: 'The acronym given in parentheses does not match the name it follows.',
  documentation: `The acronym in parentheses is not the organization's own ("Communist Party of Viet Nam
(VPC)"). Fix: the right acronym.`,
  examples: {
    flags: [{ text: 'The Communist Party of Viet Nam (VPC) Central Committee met.', flagged: 'VPC', fix: 'CPV' }],
    passes: [{ text: 'The Communist Party of Viet Nam (CPV) Central Committee met.' }],
  },
  // "(VCP)" is also a non-official acronym, with the same fix: the mismatch says more.
  supersedes: ['org/non-official-name'],
  run(document) {
    const findings: CheckFinding[] = [];
    for (const mention of document.mentions) {
      if (mention.known?.kind !== 'organization' || mention.alias?.form === 'acronym') continue;
      const acronym = mention.known.entry.acronym;
      if (!acronym) continue;
      const after = PARENTHESIZED.exec(document.text.slice(mention.end, mention.end + 24));
      if (!after || after[1] === acronym) continue;
      // "Chinese Communist Party (CCP)" matches the words it follows; org/non-official-name
      // reports the name and the acronym.
      if (after[1] === initials(mention.text)) continue;
      const start = mention.end + after[0].indexOf(after[1]!);
      const end = start + after[1]!.length;
      findings.push({
        start,
        end,
        message: `"${after[1]}" is not the acronym of the ${mention.known.name}; write "${acronym}".`,
        fixes: [replaceWith(start, end, acronym)],
        evidence: [entryEvidence(mention.known, `${mention.known.name}: acronym ${acronym}`)],
      });
    }
    return findings;
  },
};

/** The initials of a name's capitalized words: "Chinese Communist Party" → "CCP". */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}
