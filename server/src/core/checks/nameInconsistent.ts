import type { Mention } from '../mentions/mentionIndex.js';
import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

const SPELLINGS = new Set(['name', 'alias', 'romanization']);

/**
 * `name/inconsistent`: one person spelled two ways in the same document ("Sonexay
 * Siphandone" and "Sonxay Siphandone", "To Lam" and "Tô Lâm"). Each form may be accepted on
 * its own; mixing them is not. The canonical form wins if the document uses it, else the
 * first form used.
 */
export const nameInconsistent: Check = {
  id: 'name/inconsistent',
  defaultSeverity: 'warning',
  description: 'One person’s name is spelled two different ways in the same document.',
  run(document) {
    const byEntity = new Map<string, Mention[]>();
    for (const mention of document.mentions) {
      if (mention.known?.kind !== 'person' || !mention.alias || !SPELLINGS.has(mention.alias.form)) continue;
      const list = byEntity.get(mention.known.id) ?? [];
      list.push(mention);
      byEntity.set(mention.known.id, list);
    }
    const findings: CheckFinding[] = [];
    for (const mentions of byEntity.values()) {
      const forms = new Set(mentions.map((m) => normalizeSpaces(m.text)));
      if (forms.size < 2) continue;
      const person = mentions[0]!.known!;
      const preferred = forms.has(person.name) ? person.name : normalizeSpaces(mentions[0]!.text);
      for (const mention of mentions) {
        if (normalizeSpaces(mention.text) === preferred) continue;
        findings.push({
          start: mention.start,
          end: mention.end,
          message: `"${normalizeSpaces(mention.text)}" and "${preferred}" are both used in this document; write "${preferred}".`,
          fixes: [replaceWith(mention.start, mention.end, preferred)],
          evidence: [entryEvidence(person, `${person.name}: the standard form of the name`)],
        });
      }
    }
    return findings;
  },
};

function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}
