import { quotedRanges } from '../text/quotations.js';
import type { Check, CheckFinding } from './check.js';
import { countryPairs, countryWordFindings, countryWordMisuses, insideListedName } from './countryWords.js';

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
    const { pairs, names } = countryPairs(context.kb);
    let quoted: ReturnType<typeof quotedRanges> | undefined;
    const findings: CheckFinding[] = [];
    for (const pair of pairs) {
      if (pair.country.id === 'laos') continue;
      const misuses = countryWordMisuses(document.text, pair, names.filter((name) => !pair.names.includes(name)));
      if (misuses.length === 0) continue;
      quoted ??= quotedRanges(document.text);
      findings.push(...countryWordFindings(misuses, (start, end) => quoted!.overlaps(start, end) || insideListedName(document.mentions, start, end)));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
