import { frontMatter, headingLines, onHeadingLine } from '../text/markdown.js';
import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';
import { listSetting } from './ruleSettings.js';

/** Acronyms a reader knows without their expansion. */
export const wellKnownAcronyms = listSetting({
  key: 'wellKnownAcronyms',
  default: ['ASEAN', 'UN', 'U.S.', 'US', 'EU', 'APEC', 'BRICS', 'G20', 'WTO', 'NATO', 'COVID-19'],
  description: 'Acronyms that need no expansion before first use.',
});

/**
 * `org/acronym-undefined`: an organization's acronym used before the document spells out
 * its name ("the CPC" in the first paragraph, "Communist Party of China (CPC)" only later).
 * Headings, front matter and parenthesized acronyms (an outlet's credit in a dateline, a
 * definition) do not count as first use; well-known acronyms (house style) need no expansion.
 */
export const orgAcronymUndefined: Check = {
  id: 'org/acronym-undefined',
  defaultSeverity: 'warning',
  description: 'An acronym is used before the name it stands for is spelled out.',
  documentation: `An acronym used before the name it stands for is spelled out. Headings, front matter, outlet
credits in datelines ("(VNA)") and the house style's well-known acronyms (ASEAN, UN, ...) are
exempt. Fix: spell it out at first use.`,
  examples: {
    flags: [
      {
        text: 'The CPC met. The Communist Party of China (CPC) said so.',
        flagged: 'CPC',
        fix: 'Communist Party of China (CPC)',
      },
    ],
    passes: [
      { text: 'The Communist Party of China (CPC) met. The CPC said so. ASEAN agreed.' },
      { text: 'HANOI, May 2 (VNA) – Vietnamese officials met Chinese counterparts.' },
    ],
  },
  settings: [wellKnownAcronyms],
  run(document, context) {
    const wellKnown = new Set(wellKnownAcronyms.of(context.houseStyle));
    const bodyStart = frontMatter(document.text)?.end ?? 0;
    const introduced = new Set<string>();
    const findings: CheckFinding[] = [];
    const headings = headingLines(document.text);
    for (const mention of document.mentions) {
      if (mention.known?.kind !== 'organization' || mention.start < bodyStart || onHeadingLine(headings, mention.start))
        continue;
      const id = mention.known.id;
      if (introduced.has(id)) continue;
      introduced.add(id);
      const acronym = mention.known.entry.acronym;
      if (mention.alias?.form !== 'acronym' || !acronym || wellKnown.has(acronym)) continue;
      // "(VNA)" in "HANOI, May 2 (VNA) –" credits an outlet; "(CPC)" after a name defines it.
      if (isParenthesized(document.text, mention.start, mention.end)) continue;
      const expansion = `${mention.known.name} (${acronym})`;
      findings.push({
        start: mention.start,
        end: mention.end,
        message: `${acronym} is used before it is spelled out; write "${expansion}" at first use.`,
        fixes: [replaceWith(mention.start, mention.end, expansion, `Spell out: ${expansion}`)],
        evidence: [entryEvidence(mention.known, `${acronym}: ${mention.known.name}`)],
      });
    }
    return findings;
  },
};

function isParenthesized(text: string, start: number, end: number): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, start - 3), start)) && /^\s*\)/.test(text.slice(end, end + 3));
}
