import type { CountryEntity, KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';
import type { CheckFinding } from './check.js';
import { replaceWith } from './evidence.js';

/**
 * A country's name and its adjective in each other's place, in every grammatical form the
 * knowledge base's pairs allow (Laos / Lao, China / Chinese, Viet Nam / Vietnamese, Thailand
 * / Thai…):
 *
 * - the adjective as a noun: a possessive ("Lao's economy"), after a preposition or in a
 *   coordination with another country, followed by a verb or the end of a clause ("China and
 *   Lao signed", "investment in Lao has grown", a headline's "China, Lao Sign Deals");
 * - the name as an adjective: before the nouns that take the adjective ("the Viet Nam side",
 *   "Thailand nationals");
 * - hyphenated compounds: "Lao-based" (the name makes these: "Laos-based"), and a pair of
 *   countries mixing an adjective and a name ("China-Lao", "Lao-China": "China-Laos").
 *
 * Pure text rules, one regular-expression pass each; the callers leave quoted speech alone.
 */

/** One pair: how a country is named and what its adjective is. */
export interface CountryWords {
  country: CountryEntity;
  /** The names of the country as a noun ("Viet Nam", "Vietnam"). */
  names: readonly string[];
  /** The adjective ("Vietnamese"). */
  adjective: string;
  /** Nouns before which the name stands for the adjective. */
  nouns: readonly string[];
}

/** Nouns that take the adjective whatever the country: a side, a people, its nationals. */
export const NOUNS_OF_EVERY_COUNTRY = ['side', 'people', 'nationals', 'citizens', 'language', 'counterpart', 'counterparts'];

/** Words after which a word cannot be a noun's adjective: verbs and the words that end a phrase. */
const NOT_A_NOUN =
  'on|in|at|since|for|to|from|with|by|as|is|are|was|were|has|have|had|will|would|can|could|should|must|' +
  'signs?|signed|agrees?|agreed|rose|fell|grew|grow|grows|said|says|reached|hold|holds|held|vows?|vowed|pledges?|pledged|' +
  'boosts?|boosted|inks?|inked|marks?|marked|opens?|opened|discuss(?:es)?|discussed|celebrates?|celebrated|seeks?|sought|' +
  'eyes?|eyed|aims?|aimed|plans?|planned|launch(?:es)?|launched|strengthens?|strengthened|deepens?|deepened|share|shared';

/** Words before which a country's adjective is its language: "translated from Chinese by". */
const LANGUAGE = /(?:translat|interpret|render|written|spoken|speak|print|publish|subtitl|dubb|language)/i;

/** How the country words of a pair read where they are wrong, and the fix. */
interface Misuse {
  start: number;
  end: number;
  message: string;
  fix: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** A name's possessive: "Laos'" for a name ending in s, else "China's". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Every misuse of the pair's words in the text, in order. */
export function countryWordMisuses(text: string, pair: CountryWords, otherCountries: readonly string[]): Misuse[] {
  const found: Misuse[] = [];
  const adjective = escape(pair.adjective);
  const name = pair.names[0]!;
  const names = pair.names.map(escape).join('|');
  const others = otherCountries.map(escape).join('|');
  const asNoun = (start: number, length: number, fix = name): Misuse => ({
    start,
    end: start + length,
    message: `"${pair.adjective}" is the adjective; the country is "${name}".`,
    fix,
  });
  // The adjective's possessive: "Lao's economy" (not "a Lao's", a person).
  for (const m of text.matchAll(new RegExp(`(?<!\\b(?:a|an|the|each|every|one)\\s+)\\b${adjective}['’]s\\b`, 'giu'))) {
    found.push({ ...asNoun(m.index!, m[0].length, possessive(name)), message: `"${pair.adjective}" is the adjective; the country's possessive is "${possessive(name)}".` });
  }
  // The adjective after a preposition or in a coordination with a country, then a verb or the clause's end.
  if (others) {
    const before = `(?:\\b(?:to|from|in|across|throughout|visit(?:ed|ing|s)?|between)|\\b(?:${others})\\s*(?:,|and|&))\\s+`;
    const after = `(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:${NOT_A_NOUN})\\b)`;
    for (const m of text.matchAll(new RegExp(`(${before})(${adjective})${after}`, 'giu'))) {
      const lead = m[1]!.trim().toLowerCase();
      const start = m.index! + m[1]!.length;
      // "in Lao," and "translated from Chinese by" are the language; "in Lao has grown" is the country.
      if (lead === 'in' && /^\s*(?:[.,;:!?)]|$)/.test(text.slice(start + m[2]!.length, start + m[2]!.length + 2))) continue;
      if (LANGUAGE.test(text.slice(Math.max(0, m.index! - 40), start))) continue;
      found.push(asNoun(start, m[2]!.length));
    }
    // "Lao and China signed": the adjective coordinated with a country's name.
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])(${adjective})\\s+(?:and|&)\\s+(?:${others})(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:${NOT_A_NOUN})\\b)`, 'giu'))) {
      found.push(asNoun(m.index!, m[1]!.length));
    }
    // A pair of countries mixing the adjective and a name: "China-Lao", "Lao-China".
    for (const m of text.matchAll(new RegExp(`(?<=\\b(?:${others})-)${adjective}(?![\\p{L}-])|(?<![\\p{L}-])${adjective}(?=-(?:${others})\\b)`, 'giu'))) {
      found.push({ ...asNoun(m.index!, m[0].length), message: `A pair of countries is written with their names: "${name}", not "${pair.adjective}".` });
    }
  }
  // "Lao-based": compounds of place are made from the name.
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])${adjective}(?=-(?:based|bound)\\b)`, 'giu'))) {
    found.push({ ...asNoun(m.index!, m[0].length), message: `"${pair.adjective}" is the adjective; write "${name}-${/bound/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 7)) ? 'bound' : 'based'}".` });
  }
  // The name before a noun that takes the adjective: "the Viet Nam side" (not "Vietnam People's Army").
  if (pair.nouns.length > 0) {
    const nouns = pair.nouns.map(escape).join('|');
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}-])(${names})\\s+(?:${nouns})(?![\\p{L}'’-])`, 'giu'))) {
      const noun = m[0].slice(m[1]!.length).trim();
      found.push({ start: m.index!, end: m.index! + m[1]!.length, message: `"${m[1]}" is the country; the adjective is "${pair.adjective}" ("the ${pair.adjective} ${noun}").`, fix: pair.adjective });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The misuses as findings, leaving out quoted speech and the knowledge base's own names ("Lao-China Railway"). */
export function countryWordFindings(misuses: readonly Misuse[], skip: (start: number, end: number) => boolean): CheckFinding[] {
  const seen = new Set<number>();
  const findings: CheckFinding[] = [];
  for (const misuse of misuses) {
    if (seen.has(misuse.start) || skip(misuse.start, misuse.end)) continue;
    seen.add(misuse.start);
    findings.push({ start: misuse.start, end: misuse.end, message: misuse.message, fixes: [replaceWith(misuse.start, misuse.end, misuse.fix)], evidence: [] });
  }
  return findings;
}

/** Whether an offset range lies inside a mention of a name the knowledge base lists as right (an agreement's accepted name). */
export function insideListedName(mentions: readonly Mention[], start: number, end: number): boolean {
  // Mentions are in document order: a binary search finds the last starting at or before `start`.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.start <= start) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0 && i >= low - 4; i--) {
    const m = mentions[i]!;
    const form = m.alias?.form;
    if (m.start <= start && m.end >= end && (form === 'name' || form === 'alias') && m.known?.kind !== 'country') return true;
  }
  return false;
}

const pairsByKb = new WeakMap<KnowledgeBase, { pairs: CountryWords[]; names: string[] }>();

/**
 * Every pair of the knowledge base whose adjective differs from its names (not Myanmar's),
 * with the names of all countries (a coordination or compound's other side).
 */
export function countryPairs(kb: KnowledgeBase): { pairs: CountryWords[]; names: string[] } {
  const cached = pairsByKb.get(kb);
  if (cached) return cached;
  const pairs: CountryWords[] = [];
  const names: string[] = [];
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'country') continue;
    const countryNames = [entity.name, ...(entity.entry.nameVariants ?? [])].filter((n) => /^\p{L}[\p{L} ]*$/u.test(n) && n.length > 2);
    names.push(...countryNames);
    const adjectives = new Set([entity.entry.adjective, ...(entity.entry.adjectiveAliases ?? [])]);
    if (countryNames.length === 0 || countryNames.some((n) => adjectives.has(n))) continue;
    pairs.push({ country: entity, names: countryNames, adjective: entity.entry.adjective, nouns: NOUNS_OF_EVERY_COUNTRY });
  }
  const result = { pairs, names: names.sort((a, b) => b.length - a.length) };
  pairsByKb.set(kb, result);
  return result;
}
