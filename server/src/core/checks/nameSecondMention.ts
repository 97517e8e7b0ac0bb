import type { KnowledgeBase, PersonEntity } from '../../kb/knowledgeBase.js';
import type { NamingConvention } from '../../kb/types.js';
import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

/** The short form the convention asks for, in a few words, for the message. */
const CONVENTION: Record<NamingConvention, string> = {
  'surname-first': 'surname first',
  'given-name': 'the given name',
  'full-or-given-name': 'full or given name',
  'surname-last': 'the surname',
};

/** The convention explained, for the evidence. */
const CONVENTION_RULE: Record<NamingConvention, string> = {
  'surname-first': 'names put the surname first; on second mention use the surname',
  'given-name': 'usage refers to people by their given name, which comes first',
  'full-or-given-name': 'usage refers to people by the full name or the given name',
  'surname-last': 'on second mention use the surname',
};

/**
 * The adjective of the person's country ("Korean", "Lao"), which names whose convention the
 * message gives: the same convention is shared by several countries (Chinese, Korean and
 * Cambodian names put the surname first), so the message never names another country's.
 */
function countryAdjective(kb: KnowledgeBase, person: PersonEntity): string | undefined {
  const country = kb.entities.get(person.entry.country);
  return country?.kind === 'country' ? country.entry.adjective : undefined;
}

/** "Korean names: surname first"; "the surname" for a convention that needs no country. */
function conventionInBrief(convention: NamingConvention, adjective: string | undefined): string {
  if (convention === 'surname-last' || !adjective) return CONVENTION[convention];
  return `${adjective} names: ${CONVENTION[convention]}`;
}

/** "Korean names put the surname first; …" — the rule the evidence states. */
function conventionRule(convention: NamingConvention, adjective: string | undefined): string {
  const rule = CONVENTION_RULE[convention];
  if (convention === 'surname-last') return rule;
  return adjective ? `${adjective} ${rule}` : rule.charAt(0).toUpperCase() + rule.slice(1);
}

/**
 * `name/second-mention`: a second mention that breaks the person's naming convention —
 * "Mr. Siphandone" for Sonexay Siphandone (Lao: given name), "Premier Qiang" for Li Qiang
 * (Chinese: surname first), "Mr. Suk Yeol" for Yoon Suk Yeol (Korean: surname first). The message
 * names the convention by the person's own country.
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
  run(document, context) {
    const findings: CheckFinding[] = [];
    for (const mention of document.mentions) {
      if (mention.alias?.form !== 'misusedShort' || mention.known?.kind !== 'person') continue;
      const person = mention.known;
      const right = mention.alias.replacement;
      if (!right) continue;
      const convention = person.entry.convention;
      const adjective = countryAdjective(context.kb, person);
      findings.push({
        start: mention.start,
        end: mention.end,
        message: `"${mention.text}" is the wrong second mention of ${person.name}; write "${right}" (${conventionInBrief(convention, adjective)}).`,
        fixes: [replaceWith(mention.start, mention.end, right)],
        evidence: [entryEvidence(person, `${person.name}: ${conventionRule(convention, adjective)}, "${right}"`)],
      });
    }
    return findings;
  },
};
