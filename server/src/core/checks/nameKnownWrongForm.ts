import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

/**
 * `name/misspelled`, part one: a person's name in a form the knowledge base records as
 * wrong (a misspelling, or a machine translation of the Chinese name such as "Su Lin" for
 * To Lam). Near misses that the knowledge base does not list are {@link nameNearMiss}.
 */
export const nameKnownWrongForm: Check = {
  id: 'name/misspelled',
  defaultSeverity: 'error',
  description: 'A person’s name is misspelled or carried over from a machine translation.',
  run(document) {
    const findings: CheckFinding[] = [];
    for (const mention of document.mentions) {
      if (mention.alias?.form !== 'wrong' || mention.known?.kind !== 'person') continue;
      const right = mention.alias.replacement ?? mention.known.name;
      const why = mention.alias.reason ? ` (${mention.alias.reason})` : '';
      findings.push({
        start: mention.start,
        end: mention.end,
        message: `"${mention.text}" is not a standard form of ${mention.known.name}'s name${why}; write "${right}".`,
        fixes: [replaceWith(mention.start, mention.end, right)],
        evidence: [entryEvidence(mention.known)],
      });
    }
    return findings;
  },
};
