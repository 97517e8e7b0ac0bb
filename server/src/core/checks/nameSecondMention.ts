import type { NamingConvention } from '../../kb/types.js';
import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

/** The convention in a few words, for the message. */
const CONVENTION: Record<NamingConvention, string> = {
  'surname-first': 'Chinese names: surname first',
  'given-name': 'Lao names: the given name',
  'full-or-given-name': 'Vietnamese names: full or given name',
  'surname-last': 'the surname',
};

/** The convention explained, for the evidence. */
const CONVENTION_RULE: Record<NamingConvention, string> = {
  'surname-first': 'Chinese names put the surname first; on second mention use the surname',
  'given-name': 'Lao usage refers to people by their given name, which comes first',
  'full-or-given-name': 'Vietnamese usage refers to people by the full name or the given name',
  'surname-last': 'on second mention use the surname',
};

/**
 * `name/second-mention`: a second mention that breaks the person's naming convention —
 * "Mr. Siphandone" for Sonexay Siphandone (Lao: given name), "Premier Qiang" for Li Qiang
 * (Chinese: surname first).
 */
export const nameSecondMention: Check = {
  id: 'name/second-mention',
  defaultSeverity: 'warning',
  description: 'A second mention uses the wrong part of the name for the person’s naming convention.',
  documentation: `A second mention that breaks the person's naming convention: Chinese names are shortened to the
surname, which comes first ("Li", not "Qiang"); Lao names to the given name, which comes first
("Sonexay", not "Siphandone"); Vietnamese names to the full name or the given name, which comes
last. Fix: the right short form.`,
  examples: {
    flags: [{ text: 'Premier Li Qiang spoke. Qiang added that ties were strong.', flagged: 'Qiang', fix: 'Li' }],
    passes: [{ text: 'Premier Li Qiang spoke. Li added that ties were strong.' }],
  },
  run(document) {
    const findings: CheckFinding[] = [];
    for (const mention of document.mentions) {
      if (mention.alias?.form !== 'misusedShort' || mention.known?.kind !== 'person') continue;
      const person = mention.known;
      const right = mention.alias.replacement;
      if (!right) continue;
      findings.push({
        start: mention.start,
        end: mention.end,
        message: `"${mention.text}" is the wrong second mention of ${person.name}; write "${right}" (${CONVENTION[person.entry.convention]}).`,
        fixes: [replaceWith(mention.start, mention.end, right)],
        evidence: [entryEvidence(person, `${person.name}: ${CONVENTION_RULE[person.entry.convention]}, "${right}"`)],
      });
    }
    return findings;
  },
};
