import { quotedRanges } from '../text/quotations.js';
import type { Check, CheckFinding } from './check.js';
import { countryWordFindings, countryWordMisusesOf, insideListedName, PORTFOLIOS } from './countryWords.js';
import { replaceWith } from './evidence.js';
import { choiceSetting } from './ruleSettings.js';

/** Whether "Laotian" is accepted beside "Lao". */
export const laoAdjective = choiceSetting({
  key: 'laoAdjective',
  values: ['Lao or Laotian', 'Lao'],
  default: 'Lao or Laotian',
  description: 'Whether "Laotian" is accepted beside "Lao".',
  valueDescriptions: [
    'Both adjectives are accepted.',
    'Only "Lao": "Laotian" is flagged (and not offered in completions).',
  ],
});

/** Nouns that take the adjective: "the Lao government", not "the Laos government". */
const NOUNS_AFTER_ADJECTIVE = [
  'government',
  'side',
  'people',
  'delegation',
  'official',
  'officials',
  'leader',
  'leaders',
  'leadership',
  'economy',
  'president',
  'vice president',
  'prime minister',
  'deputy prime minister',
  // Headlines abbreviate: "Laos PM Visits Hanoi".
  'pm',
  'fm',
  'capital',
  'party',
  'state',
  'national assembly',
  'army',
  'ambassador',
  'foreign minister',
  'minister',
  'ministry',
  'counterpart',
  'counterparts',
  'authorities',
  'embassy',
  'company',
  'companies',
  'firms',
  'workers',
  'students',
  'farmers',
  'partners',
  'territory',
  'nationals',
  'citizens',
  'military',
  'police',
  'media',
  'news agency',
  'language',
  'culture',
  'kip',
  // A ministry or minister named by its portfolio: "the Laos foreign ministry".
  ...PORTFOLIOS.flatMap((portfolio) => [`${portfolio} ministry`, `${portfolio} minister`]),
];
/** The noun after "Laos" is captured whole ("foreign ministry", not "foreign"): the longest first. */
const LAOS_AS_ADJECTIVE = new RegExp(
  `\\bLaos\\s+(?=(${[...NOUNS_AFTER_ADJECTIVE]
    .sort((a, b) => b.length - a.length)
    .join('|')
    .replace(/ /g, '\\s+')})\\b)`,
  'gi',
);
/** "Lao" standing for the country: "a visit to Lao.", "arrived from Lao on Monday". */
const LAO_AS_NOUN =
  /\b(?:visit(?:ed|ing|s)?|to|from|across|throughout)\s+(Lao)(?=\s*[.,;:!?)]|\s+(?:on|next|last|this|in \d{4})\b)/g;
const LAOTIAN = /\bLaotian\b/g;

/**
 * `style/lao-laos`: "Laos" is the country, "Lao" the adjective. Flags "the Laos government"
 * and "a visit to Lao.", and "Laotian" where the house style keeps to "Lao"; and, by the rules
 * every country's words follow (countryWords.ts), "Lao's economy", "China and Lao signed",
 * "Lao-based", "China-Lao". A compound that puts Laos first ("Laos-China Railway", as a Lao
 * speaker says it) is correct usage; quoted speech keeps the speaker's usage.
 */
export const styleLaoLaos: Check = {
  id: 'style/lao-laos',
  defaultSeverity: 'warning',
  description: '“Laos” (the country) and “Lao” (the adjective) are used in each other’s place.',
  documentation: `"Laos" is the country, "Lao" the adjective: "the Laos government", "Laos nationals" and a
headline's "Laos Government Approves" are flagged, and so are "a visit to Lao.", "Lao's
economy", "China and Lao signed", "investment in Lao has grown", "Lao-based", "China-Lao"
("China-Laos") and a sentence opening "In Lao, the railway ..."; "in Lao," inside a clause or
before other languages (the language), "Laos-China Railway" and the names the knowledge
base lists are correct, and quoted speech keeps the speaker's usage. With the house style's
\`laoAdjective\` at \`Lao\`, "Laotian" is flagged too.`,
  examples: {
    flags: [
      { text: 'The Laos government welcomed the visit.', flagged: 'Laos', fix: 'Lao' },
      {
        text: 'Laotian President Thongloun Sisoulith spoke.',
        houseStyle: { laoAdjective: 'Lao' },
        flagged: 'Laotian',
        fix: 'Lao',
      },
      { text: 'Foreign investment in Lao has grown since the railway opened.', flagged: 'Lao', fix: 'Laos' },
    ],
    passes: [
      { text: 'The Lao government and the people of Laos welcomed the Lao delegation.' },
      { text: 'Thongloun Sisoulith said the Laos-China Railway has become a golden route.' },
      { text: 'The agreement was signed in Lao, Chinese and English.' },
    ],
  },
  settings: [laoAdjective],
  run(document, context) {
    const text = document.text;
    const findings: CheckFinding[] = [];
    for (const match of text.matchAll(LAOS_AS_ADJECTIVE)) {
      const start = match.index;
      findings.push({
        start,
        end: start + 4,
        message: `"Laos" is the country; the adjective is "Lao" ("the Lao ${match[1]!.replace(/\s+/g, ' ')}").`,
        fixes: [replaceWith(start, start + 4, 'Lao')],
        evidence: [],
      });
    }
    for (const match of text.matchAll(LAO_AS_NOUN)) {
      const start = match.index + match[0].lastIndexOf('Lao');
      findings.push({
        start,
        end: start + 3,
        message: '"Lao" is the adjective; the country is "Laos".',
        fixes: [replaceWith(start, start + 3, 'Laos')],
        evidence: [],
      });
    }
    if (laoAdjective.of(context.houseStyle) === 'Lao') {
      for (const match of text.matchAll(LAOTIAN)) {
        findings.push({
          start: match.index,
          end: match.index + 7,
          message: 'House style uses "Lao" as the adjective, not "Laotian".',
          fixes: [replaceWith(match.index, match.index + 7, 'Lao')],
          evidence: [],
        });
      }
    }
    const flagged = new Set(findings.map((f) => f.start));
    const misuses = countryWordMisusesOf(text, context.kb).filter((misuse) => misuse.country === 'laos');
    findings.push(
      ...countryWordFindings(
        misuses,
        (start, end) => flagged.has(start) || insideListedName(document.mentions, start, end),
      ),
    );
    if (findings.length === 0) return findings;
    const quoted = quotedRanges(text);
    return findings.filter((f) => !quoted.overlaps(f.start, f.end)).sort((a, b) => a.start - b.start);
  },
};
