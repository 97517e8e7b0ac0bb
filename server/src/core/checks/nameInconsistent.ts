import type { Mention } from '../mentions/mentionIndex.js';
import type { Check, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';

const SPELLINGS = new Set(['name', 'alias', 'romanization']);

/**
 * `name/inconsistent`: one person spelled two ways in the same document ("Sonexay
 * Siphandone" and "Sonxay Siphandone"). Each form may be accepted on its own; mixing them is
 * not. The form kept is the canonical one if the document uses it, else the first form
 * written exactly as the knowledge base spells it, else the first form used; the others are
 * flagged wherever they come. Forms that differ only in upper and lower case or spacing
 * ("SONXAY SIPHANDONE" in a headline) are one form, and a form the knowledge base lists as
 * wrong is `name/misspelled`'s, so the correct form is never the one flagged.
 */
export const nameInconsistent: Check = {
  id: 'name/inconsistent',
  defaultSeverity: 'warning',
  description: 'One person’s name is spelled two different ways in the same document.',
  documentation: `One person spelled two ways in one document. The form kept is the canonical one if the
document uses it, else the first form written as the knowledge base spells it, else the first
form used; the other is flagged wherever it comes, so the correct form is never the one
flagged. Forms that differ only in case or spacing (a headline in capitals) are one form. A
wrong form is \`name/misspelled\`'s, not this rule's. Fix: the form kept.`,
  examples: {
    flags: [
      {
        text: 'Prime Minister Sonexay Siphandone arrived. Sonxay Siphandone then spoke.',
        flagged: 'Sonxay Siphandone',
        fix: 'Sonexay Siphandone',
      },
    ],
    passes: [{ text: 'Prime Minister Sonxay Siphandone arrived. Sonxay Siphandone then spoke.' }],
  },
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
      const forms = new Set(mentions.map((m) => sameForm(m.text)));
      if (forms.size < 2) continue;
      const person = mentions[0]!.known!;
      const preferred = forms.has(sameForm(person.name))
        ? person.name
        : (mentions.find((m) => normalizeSpaces(m.text) === m.alias!.text)?.alias!.text ??
          normalizeSpaces(mentions[0]!.text));
      for (const mention of mentions) {
        if (sameForm(mention.text) === sameForm(preferred)) continue;
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

/** What two writings of one form share: the letters, whatever their case and the spaces between words. */
function sameForm(text: string): string {
  return normalizeSpaces(text).toLowerCase();
}
