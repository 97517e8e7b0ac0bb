import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

/**
 * `name/non-standard`: an agreement, initiative, country or place under a form the
 * knowledge base records as wrong ("One Belt One Road" for the Belt and Road Initiative).
 * People, organizations and titles have checks of their own.
 */
export const nameNonStandard: Check = {
  id: 'name/non-standard',
  defaultSeverity: 'warning',
  description: 'An agreement, initiative, country or place is named by a non-standard form.',
  run(document) {
    const findings: CheckFinding[] = [];
    for (const mention of document.mentions) {
      const kind = mention.known?.kind;
      if (mention.alias?.form !== 'wrong' || !mention.known || kind === 'person' || kind === 'organization' || kind === 'office') continue;
      const right = mention.alias.replacement ?? mention.known.name;
      findings.push({
        start: mention.start,
        end: mention.end,
        message: `"${mention.text}" is not the standard name: write "${right}"${mention.alias.reason ? ` (${mention.alias.reason})` : ''}.`,
        fixes: [replaceWith(mention.start, mention.end, right)],
        evidence: [entryEvidence(mention.known)],
      });
    }
    return findings;
  },
};
