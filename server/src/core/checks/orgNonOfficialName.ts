import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

/**
 * `org/non-official-name`: a party or organization under a name it does not use for itself
 * ("Chinese Communist Party", "CCP" for the Communist Party of China / CPC). Off when the
 * house style accepts any party name.
 */
export const orgNonOfficialName: Check = {
  id: 'org/non-official-name',
  defaultSeverity: 'warning',
  description: 'A party or organization is named by a non-official name or acronym.',
  run(document, context) {
    if (context.houseStyle.partyNames === 'any') return [];
    const findings: CheckFinding[] = [];
    for (const mention of document.mentions) {
      if (mention.known?.kind !== 'organization' || mention.alias?.form !== 'wrong') continue;
      const right = mention.alias.replacement ?? mention.known.name;
      findings.push({
        start: mention.start,
        end: mention.end,
        message: `"${mention.text}" is not the official name: write "${right}"${mention.alias.reason ? ` (${mention.alias.reason})` : ''}.`,
        fixes: [replaceWith(mention.start, mention.end, right)],
        evidence: [entryEvidence(mention.known)],
      });
    }
    return findings;
  },
};
