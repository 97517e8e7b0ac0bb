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
  run(document, context) {
    const misuses = countryWordMisusesOf(document.text, context.kb).filter((misuse) => misuse.country !== 'laos');
    if (misuses.length === 0) return [];
    const quoted = quotedRanges(document.text);
    return countryWordFindings(misuses, (start, end) => quoted.overlaps(start, end) || insideListedName(document.mentions, start, end));
  },
};
