import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

/**
 * `title/wrong-system`: a title from another country's system ("Lao Premier" — Laos has a
 * Prime Minister; "Party Chairman Xi Jinping" — the CPC has had no chairman since 1982).
 * The wrong forms are data on each office in the knowledge base.
 */
export const titleWrongSystem: Check = {
  id: 'title/wrong-system',
  defaultSeverity: 'error',
  description: 'A title belongs to another country’s or party’s system of offices.',
  run(document) {
    const findings: CheckFinding[] = [];
    for (const mention of document.mentions) {
      if (mention.known?.kind !== 'office' || mention.alias?.form !== 'wrong') continue;
      const right = mention.alias.replacement ?? mention.known.entry.titles[0] ?? mention.known.name;
      const why = mention.alias.reason ? ` (${mention.alias.reason})` : '';
      findings.push({
        start: mention.start,
        end: mention.end,
        message: `"${mention.text}" is not the title of this office: the ${mention.known.name} is styled "${right}"${why}.`,
        fixes: [replaceWith(mention.start, mention.end, right)],
        evidence: [entryEvidence(mention.known)],
      });
    }
    return findings;
  },
};
