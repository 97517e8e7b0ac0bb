import type { CountryEntity } from '../../kb/knowledgeBase.js';
import type { Check, CheckContext, CheckFinding } from './check.js';
import { entryEvidence, replaceWith } from './evidence.js';
import { choiceSetting } from './ruleSettings.js';

/** How the house writes Viet Nam. */
export const vietNam = choiceSetting({
  key: 'vietNam',
  values: ['consistent', 'Viet Nam', 'Vietnam'],
  default: 'consistent',
  description: 'How to write Viet Nam: either form used consistently, or always one.',
  valueDescriptions: [
    'Either form, as long as a document does not mix them.',
    'Always "Viet Nam".',
    'Always "Vietnam".',
  ],
});

interface Occurrence {
  start: number;
  end: number;
  form: string;
}

/**
 * `style/country-name`: a country written two ways in one document ("Viet Nam" and
 * "Vietnam"), or against the house style when it prescribes one form. Every occurrence
 * counts, inside longer names too ("Communist Party of Vietnam", "China-Vietnam").
 */
export const styleCountryName: Check = {
  id: 'style/country-name',
  defaultSeverity: 'warning',
  description: 'A country’s name is written in two ways, or not in the house style.',
  documentation: `"Viet Nam" and "Vietnam" mixed in one document, or either against the house style when it
prescribes one. Fix: the form first used, or the prescribed one.`,
  examples: {
    flags: [
      { text: 'Viet Nam and China met. Vietnam said so.', flagged: 'Vietnam', fix: 'Viet Nam' },
      { text: 'Vietnam and China met.', houseStyle: { vietNam: 'Viet Nam' }, flagged: 'Vietnam', fix: 'Viet Nam' },
    ],
    passes: [{ text: 'Vietnam and China met. Vietnam said so.' }],
  },
  settings: [vietNam],
  run(document, context) {
    const findings: CheckFinding[] = [];
    for (const country of countriesWithVariants(context)) {
      const forms = [country.name, ...(country.entry.nameVariants ?? [])];
      const occurrences = findForms(document.text, forms);
      if (occurrences.length === 0) continue;
      const prescribed = prescribedForm(country, context);
      const preferred = prescribed ?? occurrences[0]!.form;
      const used = new Set(occurrences.map((o) => o.form));
      if (!prescribed && used.size < 2) continue;
      for (const occurrence of occurrences) {
        if (occurrence.form === preferred) continue;
        findings.push({
          start: occurrence.start,
          end: occurrence.end,
          message: prescribed
            ? `House style writes "${preferred}", not "${occurrence.form}".`
            : `"${occurrence.form}" and "${preferred}" are both used in this document; keep to "${preferred}" as first used.`,
          fixes: [replaceWith(occurrence.start, occurrence.end, preferred)],
          evidence: [
            entryEvidence(
              country,
              `${country.name}: also written ${listed(forms.filter((form) => form !== country.name))}`,
            ),
          ],
        });
      }
    }
    return findings;
  },
};

function listed(forms: string[]): string {
  return forms.map((form) => `"${form}"`).join(', ');
}

function countriesWithVariants(context: CheckContext): CountryEntity[] {
  const countries: CountryEntity[] = [];
  for (const entity of context.kb.entities.values()) {
    if (entity.kind === 'country' && (entity.entry.nameVariants?.length ?? 0) > 0) countries.push(entity);
  }
  return countries;
}

function prescribedForm(country: CountryEntity, context: CheckContext): string | undefined {
  const forms = [country.name, ...(country.entry.nameVariants ?? [])];
  const style = vietNam.of(context.houseStyle);
  return style !== 'consistent' && forms.includes(style) ? style : undefined;
}

/** Whole-word occurrences of any of the forms, exact case, in text order. */
function findForms(text: string, forms: string[]): Occurrence[] {
  const escaped = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, form: m[0] }));
}
