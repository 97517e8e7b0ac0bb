import { quotedRanges } from '../text/quotations.js';
import type { Check } from './check.js';
import { countryWordFindings, countryWordMisusesOf, insideListedName } from './countryWords.js';

/**
 * `style/country-adjective`: a country's name and its adjective in each other's place ("the
 * Viet Nam side", "Thailand nationals", "China and Vietnamese signed", "Chinese's"), for every
 * country the knowledge base gives an adjective, but Laos, which `style/lao-laos` covers with
 * the same rules. Quoted speech keeps the speaker's usage.
 */
export const styleCountryAdjective: Check = {
  id: 'style/country-adjective',
  defaultSeverity: 'warning',
  description: 'A country’s name is used as its adjective, or its adjective as the country.',
  documentation: `A country's name where its adjective belongs, or the adjective where the name belongs, for
every country the knowledge base gives an adjective (Laos has \`style/lao-laos\`): "the Viet
Nam side", "Thailand nationals" (the adjective: "Vietnamese", "Thai"); "China and Vietnamese
signed", "Chinese's" (the name); a pair of countries mixing the two ("China-Vietnamese");
"Chinese-based". Quoted speech is left as the speaker said it. Fix: the other word.`,
  examples: {
    flags: [
      { text: 'The Viet Nam side expressed its thanks for the warm welcome.', flagged: 'Viet Nam', fix: 'Vietnamese' },
      { text: 'Thailand nationals were evacuated from the border area.', flagged: 'Thailand', fix: 'Thai' },
    ],
    passes: [
      { text: 'The Vietnamese side and the Thai delegation met in Bangkok.' },
      { text: 'The minister said: "The Viet Nam side is ready to cooperate."' },
    ],
  },
  run(document, context) {
    const misuses = countryWordMisusesOf(document.text, context.kb).filter((misuse) => misuse.country !== 'laos');
    if (misuses.length === 0) return [];
    const quoted = quotedRanges(document.text);
    return countryWordFindings(
      misuses,
      (start, end) => quoted.overlaps(start, end) || insideListedName(document.mentions, start, end),
    );
  },
};
