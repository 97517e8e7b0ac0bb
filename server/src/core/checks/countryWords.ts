import type { CountryEntity, KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';
import { LruCache } from '../text/lruCache.js';
import { plainParagraphs } from '../text/paragraphs.js';
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
 *   "Thailand nationals"), and before a delegation or an office ("the Viet Nam delegation",
 *   "Cambodia Prime Minister Hun Manet");
 * - hyphenated compounds: "Lao-based" (the name makes these: "Laos-based"), and a pair of
 *   countries mixing an adjective and a name ("China-Lao", "Lao-China": "China-Laos"). A
 *   compound is one word: the misuse covers all of it, and its fix rewrites the wrong half.
 *
 * Two passes over the text (the adjectives; the names before a noun), each word judged by the
 * few words around it; the callers leave quoted speech alone.
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
export const NOUNS_OF_EVERY_COUNTRY = [
  'side',
  'people',
  'nationals',
  'citizens',
  'language',
  'counterpart',
  'counterparts',
];

/** Portfolios a country's ministry or minister is named by: "the Lao foreign ministry", "the Lao finance minister". */
export const PORTFOLIOS = [
  'foreign',
  'foreign affairs',
  'defence',
  'defense',
  'public security',
  'security',
  'interior',
  'finance',
  'health',
  'trade',
  'commerce',
  'transport',
  'energy',
  'agriculture',
  'education',
];

/**
 * A delegation, a country's leaders and its offices: they take the adjective too ("the
 * Vietnamese delegation", "Cambodian Prime Minister Hun Manet"), but only after a name that is
 * no acronym ("the DPRK delegation" is usage) and not after a preposition, where a clause may
 * go on without a comma ("in Viet Nam leaders have...").
 */
export const NOUNS_OF_OFFICE = [
  'delegation',
  'delegations',
  'leader',
  'leaders',
  'leadership',
  'officials',
  'authorities',
  'prime minister',
  'deputy prime minister',
  'PM',
  'president',
  'vice president',
  'foreign minister',
  'defence minister',
  'defense minister',
  'ambassador',
  // A ministry or minister named by its portfolio: "the Viet Nam foreign ministry".
  ...PORTFOLIOS.flatMap((portfolio) => [`${portfolio} ministry`, `${portfolio} minister`]),
];

const OFFICE = new Set(NOUNS_OF_OFFICE.map((noun) => noun.toLowerCase()));
const ACRONYM = /^\p{Lu}+$/u;
/** A preposition right before a name: an office noun after it may begin the clause's subject. */
const CLAUSE_MAY_GO_ON = /\b(?:in|to|from|at|across|throughout|visit(?:ed|ing|s)?)\s+$/i;

/** Words after which a word cannot be a noun's adjective: verbs and the words that end a phrase. */
const NOT_A_NOUN =
  'on|in|at|since|for|to|from|with|by|as|is|are|was|were|has|have|had|will|would|can|could|should|must|' +
  'signs?|signed|agrees?|agreed|rose|fell|grew|grow|grows|said|says|reached|hold|holds|held|vows?|vowed|pledges?|pledged|' +
  'boosts?|boosted|inks?|inked|marks?|marked|opens?|opened|discuss(?:es)?|discussed|celebrates?|celebrated|seeks?|sought|' +
  'eyes?|eyed|aims?|aimed|plans?|planned|launch(?:es)?|launched|strengthens?|strengthened|deepens?|deepened|share|shared';

/** Words before which a country's adjective is its language: "translated from Chinese by". */
const LANGUAGE = /(?:translat|interpret|render|written|spoken|speak|print|publish|subtitl|dubb|language)/i;

/** After "In Lao,": words that speak of words, so that the adjective is the language ("In Lao, the word for ..."). */
const ABOUT_WORDS =
  /\b(?:words?|names?|terms?|phrases?|means?|meaning|called|spel(?:led|t)|pronounced|reads?|says?|greeting|letters?|script)\b|["“‘«]/i;
/** After "In Lao,": another language and a conjunction, a list of languages ("In Lao, Thai and English"). */
const LANGUAGE_LIST = /^\s*,\s*\p{Lu}\p{L}+\s*(?:,|and\b|or\b)/u;

/**
 * Whether the adjective after "In" opens a sentence on the country ("In Lao, the railway
 * carried ..."): a place where a clause begins, not the language a text is written in, which
 * comes inside a clause ("signed in Lao, Chinese and English") or leads to talk of words.
 */
function opensSentenceOnTheCountry(text: string, start: number, after: string): boolean {
  const lead = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - BEFORE), start));
  if (lead?.[1] !== 'In') return false;
  const prefix = text.slice(Math.max(0, start - BEFORE), start - lead[0].length).trimEnd();
  const opens = start - lead[0].length === 0 || prefix === '' || /[.!?:;]["'”’)]*$/.test(prefix);
  return opens && !LANGUAGE_LIST.test(after) && !ABOUT_WORDS.test(after) && !LANGUAGE.test(after);
}

/** How the country words of a pair read where they are wrong, and the fix. */
export interface Misuse {
  start: number;
  end: number;
  /** The country whose words are misused. */
  country: string;
  message: string;
  fix: string;
}

/** Where a name is first written as a word of its own: "Vietnamese" does not write "Vietnam"; "China-Vietnam" does. */
function wholeWordAt(text: string, name: string): number {
  // The pattern matches the name's first word as written: a text without it has no match, found faster.
  if (!text.includes(name.split(' ')[0]!)) return -1;
  let pattern = wholeWordPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u');
    wholeWordPatterns.set(name, pattern);
  }
  return pattern.exec(text)?.index ?? -1;
}

/** Each name's whole-word pattern (not global, so safe to share). */
const wholeWordPatterns = new Map<string, RegExp>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** A name's possessive: "Laos'" for a name ending in s, else "China's". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** What the rules read around each pair's words, compiled once per knowledge base. */
interface Compiled {
  /** Any pair's adjective as a word ("Lao" in "China-Lao", not in "Laos"). */
  adjectives: RegExp;
  /** Any pair's name before a noun that takes the adjective. */
  namesBeforeNouns: RegExp | undefined;
  pairByAdjective: Map<string, CountryWords>;
  pairByName: Map<string, CountryWords>;
  /** Per pair: a preposition, or another country and a conjunction, ending where the adjective starts. */
  before: Map<CountryWords, RegExp>;
  /** Per pair: "and" and another country, then a verb or the clause's end, right after the adjective. */
  coordinated: Map<CountryWords, RegExp>;
  /** Per pair: another country's name and a hyphen ending where the adjective starts, or a hyphen and one starting where it ends. */
  pairedBefore: Map<CountryWords, RegExp>;
  pairedAfter: Map<CountryWords, RegExp>;
  /** A character that the two passes' patterns can read as part of a word or name they match. */
  matchCharacter: RegExp;
  /** Each paragraph's misuses, by the paragraph and what the rules read around it. */
  paragraphs: LruCache<string, { misuses: Misuse[]; spills: boolean }>;
}

const THEN_NOT_A_NOUN = new RegExp(`^(?:\\s*(?:[.,;:!?)]|$)|\\s+(?:${NOT_A_NOUN})\\b)`, 'iu');
const POSSESSIVE_AFTER = /^['’]s\b/;
const PERSON_BEFORE = /\b(?:a|an|the|each|every|one)\s+$/i;
const PLACE_COMPOUND = /^-(based|bound)\b/i;
const PUNCTUATION_AFTER = /^\s*(?:[.,;:!?)]|$)/;

const compiledByKb = new WeakMap<KnowledgeBase, Compiled>();

function compile(kb: KnowledgeBase): Compiled {
  const cached = compiledByKb.get(kb);
  if (cached) return cached;
  const { pairs, names } = countryPairs(kb);
  const compiled: Compiled = {
    // With no pair, a pattern that never matches: an empty alternation would match the empty
    // string at every position, and the loop over the matches would never advance.
    adjectives: new RegExp(
      pairs.length > 0 ? `(?<!\\p{L})(?:${pairs.map((p) => escape(p.adjective)).join('|')})(?![\\p{L}])` : '(?!)',
      'giu',
    ),
    namesBeforeNouns: undefined,
    pairByAdjective: new Map(pairs.map((p) => [p.adjective.toLowerCase(), p])),
    pairByName: new Map(pairs.flatMap((p) => p.names.map((n) => [n.toLowerCase().replace(/\s+/g, ' '), p] as const))),
    before: new Map(),
    coordinated: new Map(),
    pairedBefore: new Map(),
    pairedAfter: new Map(),
    matchCharacter: matchCharacterOf(pairs),
    paragraphs: new LruCache(MAX_KEPT_PARAGRAPHS),
  };
  const withNouns = pairs.filter((p) => p.nouns.length > 0);
  if (withNouns.length > 0) {
    const nouns = [...new Set(withNouns.flatMap((p) => p.nouns))].map(escape).join('|');
    compiled.namesBeforeNouns = new RegExp(
      `(?<![\\p{L}-])(${withNouns
        .flatMap((p) => p.names)
        .map(escape)
        .join('|')})\\s+(?:${nouns})(?![\\p{L}'’-])`,
      'giu',
    );
  }
  for (const pair of pairs) {
    const others = names
      .filter((name) => !pair.names.includes(name))
      .map(escape)
      .join('|');
    compiled.before.set(
      pair,
      new RegExp(
        `(?:\\b(?:to|from|in|across|throughout|visit(?:ed|ing|s)?|between)|\\b(?:${others})\\s*(?:,|and|&))\\s+$`,
        'iu',
      ),
    );
    compiled.coordinated.set(
      pair,
      new RegExp(`^\\s+(?:and|&)\\s+(?:${others})(?:\\s*(?:[.,;:!?)]|$)|\\s+(?:${NOT_A_NOUN})\\b)`, 'iu'),
    );
    compiled.pairedBefore.set(pair, new RegExp(`\\b(?:${others})-$`, 'iu'));
    compiled.pairedAfter.set(pair, new RegExp(`^-(?:${others})\\b`, 'iu'));
  }
  compiledByKb.set(kb, compiled);
  return compiled;
}

/** How far around a word the rules read. */
const BEFORE = 40;
const AFTER = 40;

/** How many paragraphs' misuses are kept per knowledge base. */
const MAX_KEPT_PARAGRAPHS = 2000;

/**
 * Every character the patterns can consume: letters and marks (a letter's other case is a
 * letter), white space (a name's space matches any run of it), and the other characters the
 * words are written with.
 */
function matchCharacterOf(pairs: readonly CountryWords[]): RegExp {
  const words = pairs.flatMap((p) => [p.adjective, ...p.names, ...p.nouns]).join('');
  const others = [...new Set(words.replace(/[\p{L}\p{M}\p{N}\s]/gu, ''))].join('');
  return new RegExp(`[\\p{L}\\p{M}\\p{N}\\s${others.replace(/[\\\]^-]/g, '\\$&')}]`, 'u');
}

/**
 * Every misuse of the knowledge base's country words in the text, in order. One pass finds
 * the adjectives and one the names before a noun; each is judged by the few words around it.
 *
 * A misuse depends on its paragraph and the few words around it alone, once the name each
 * country is written with is known, so each paragraph's are kept: after an edit only the
 * edited paragraph is read again. The result is the one pass over the whole text would give;
 * a paragraph with a match running past its end (a name split by a blank line) has the whole
 * text read at once.
 */
export function countryWordMisuses(text: string, kb: KnowledgeBase): Misuse[] {
  const compiled = compile(kb);
  const names = namesWritten(text, compiled);
  const namesKey = [...names.values()].join('\u0000');
  const found: Misuse[] = [];
  for (const paragraph of plainParagraphs(text)) {
    const from = paragraph.index!;
    const to = from + paragraph[0].length;
    // The rules read `BEFORE` characters before a word and `AFTER` after it; a pattern reads on
    // through the characters it can match, and one more.
    const contextStart = Math.max(0, from - BEFORE - 2);
    const contextEnd = endOfMatchableRun(text, Math.min(text.length, to + AFTER + 2), compiled.matchCharacter);
    const key = `${namesKey}\u0001${from - contextStart}\u0001${to - contextStart}\u0001${text.slice(contextStart, contextEnd)}`;
    const local = compiled.paragraphs.get(key, () =>
      misusesBetween(text.slice(contextStart, contextEnd), from - contextStart, to - contextStart, compiled, names),
    );
    if (local.spills) return misusesBetween(text, 0, text.length, compiled, names).misuses;
    for (const misuse of local.misuses)
      found.push({ ...misuse, start: misuse.start + contextStart, end: misuse.end + contextStart });
  }
  return found;
}

/** The misuses found in one pass over the whole text, without the paragraphs kept: the reference the paragraphs are held to. */
export function countryWordMisusesInOnePass(text: string, kb: KnowledgeBase): Misuse[] {
  const compiled = compile(kb);
  return misusesBetween(text, 0, text.length, compiled, namesWritten(text, compiled)).misuses;
}

/** Where the run of characters a pattern could match, going on at `at`, ends, with the character after it. */
function endOfMatchableRun(text: string, at: number, matchCharacter: RegExp): number {
  let end = at;
  while (end < text.length) {
    const character = String.fromCodePoint(text.codePointAt(end)!);
    end += character.length;
    if (!matchCharacter.test(character)) break;
  }
  return end;
}

/** The name as the document writes it ("Vietnam" or "Viet Nam"), else the knowledge base's, for each country with several. */
function namesWritten(text: string, compiled: Compiled): Map<CountryWords, string> {
  const names = new Map<CountryWords, string>();
  for (const pair of compiled.pairByAdjective.values()) {
    if (pair.names.length < 2) continue;
    const written = pair.names.map((n) => ({ n, at: wholeWordAt(text, n) })).filter((w) => w.at >= 0);
    names.set(pair, written.sort((a, b) => a.at - b.at)[0]?.n ?? pair.names[0]!);
  }
  return names;
}

/**
 * The misuses of the words starting between `from` and `to`, in order, and whether a match
 * runs past `to`.
 */
function misusesBetween(
  text: string,
  from: number,
  to: number,
  compiled: Compiled,
  names: ReadonlyMap<CountryWords, string>,
): { misuses: Misuse[]; spills: boolean } {
  const found: Misuse[] = [];
  let spills = false;
  const adjectives = new RegExp(compiled.adjectives);
  adjectives.lastIndex = from;
  for (let m = adjectives.exec(text); m && m.index < to; m = adjectives.exec(text)) {
    if (m.index + m[0].length > to) spills = true;
    const pair = compiled.pairByAdjective.get(m[0].toLowerCase());
    if (!pair) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - BEFORE), start);
    const after = text.slice(end, end + AFTER);
    const name = names.get(pair) ?? pair.names[0]!;
    const misuse = (message: string, fix = name, length = end - start, from = start) =>
      found.push({ start: from, end: start + length, country: pair.country.id, message, fix });
    const asNoun = `"${pair.adjective}" is the adjective; the country is "${name}".`;
    const place = PLACE_COMPOUND.exec(after);
    let paired: ReturnType<typeof otherOfPair>;
    if (POSSESSIVE_AFTER.test(after)) {
      // The adjective's possessive: "Lao's economy" (not "a Lao's", a person).
      if (!PERSON_BEFORE.test(before))
        misuse(
          `"${pair.adjective}" is the adjective; the country's possessive is "${possessive(name)}".`,
          possessive(name),
          end - start + 2,
        );
    } else if (place) {
      // "Lao-based": compounds of place are made from the name. The compound is one word, and
      // the finding and its fix cover all of it.
      misuse(
        `"${pair.adjective}" is the adjective; write "${name}-${place[1]!.toLowerCase()}".`,
        `${name}${place[0]}`,
        end - start + place[0].length,
      );
    } else if ((paired = otherOfPair(compiled, pair, before, after))) {
      // A pair of countries mixing the adjective and a name: "China-Lao", "Lao-China". The
      // compound is one word: the finding covers the pair, and the fix rewrites the wrong side.
      const { other, first } = paired;
      misuse(
        `A pair of countries is written with their names: "${name}", not "${pair.adjective}".`,
        first ? `${other}${name}` : `${name}${other}`,
        end - start + (first ? 0 : other.length),
        first ? start - other.length : start,
      );
    } else if (before.endsWith('-')) {
      continue;
    } else if (compiled.before.get(pair)!.test(before) && THEN_NOT_A_NOUN.test(after)) {
      // After a preposition or beside another country, then a verb or the clause's end.
      const lead = /(\S+)\s+$/.exec(before)?.[1]?.toLowerCase();
      // "in Lao," and "translated from Chinese by" are the language; "in Lao has grown" is the country.
      if (lead === 'in' && PUNCTUATION_AFTER.test(after) && !opensSentenceOnTheCountry(text, start, after)) continue;
      if (LANGUAGE.test(before)) continue;
      misuse(asNoun);
    } else if (compiled.coordinated.get(pair)!.test(after)) {
      // "Lao and China signed": the adjective coordinated with a country's name.
      misuse(asNoun);
    }
  }
  if (compiled.namesBeforeNouns) {
    const namesBeforeNouns = new RegExp(compiled.namesBeforeNouns);
    namesBeforeNouns.lastIndex = from;
    for (let m = namesBeforeNouns.exec(text); m && m.index < to; m = namesBeforeNouns.exec(text)) {
      if (m.index + m[0].length > to) spills = true;
      const pair = compiled.pairByName.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (!pair) continue;
      const noun = m[0].slice(m[1]!.length).trim();
      if (OFFICE.has(noun.toLowerCase().replace(/\s+/g, ' '))) {
        if (ACRONYM.test(m[1]!) || CLAUSE_MAY_GO_ON.test(text.slice(Math.max(0, m.index - BEFORE), m.index))) continue;
      }
      found.push({
        start: m.index,
        end: m.index + m[1]!.length,
        country: pair.country.id,
        message: `"${m[1]}" is the country; the adjective is "${pair.adjective}" ("the ${pair.adjective} ${noun}").`,
        fix: pair.adjective,
      });
    }
  }
  return { misuses: found.sort((a, b) => a.start - b.start), spills };
}

/**
 * The other country of a hyphenated pair around an adjective, with its hyphen: "China-" before
 * the "Lao" of "China-Lao" (`first`), or "-China" after the "Lao" of "Lao-China".
 */
function otherOfPair(
  compiled: Compiled,
  pair: CountryWords,
  before: string,
  after: string,
): { other: string; first: boolean } | undefined {
  const first = compiled.pairedBefore.get(pair)!.exec(before);
  if (first) return { other: first[0], first: true };
  const second = compiled.pairedAfter.get(pair)!.exec(after);
  return second ? { other: second[0], first: false } : undefined;
}

let last: { text: string; kb: KnowledgeBase; misuses: Misuse[] } | undefined;

/** The misuses of a text, kept for the last text read: two checks read them. */
export function countryWordMisusesOf(text: string, kb: KnowledgeBase): Misuse[] {
  if (last?.text !== text || last.kb !== kb) last = { text, kb, misuses: countryWordMisuses(text, kb) };
  return last.misuses;
}

/** The misuses as findings, leaving out quoted speech and the knowledge base's own names ("Lao-China Railway"). */
export function countryWordFindings(
  misuses: readonly Misuse[],
  skip: (start: number, end: number) => boolean,
): CheckFinding[] {
  const seen = new Set<number>();
  const findings: CheckFinding[] = [];
  for (const misuse of misuses) {
    if (seen.has(misuse.start) || skip(misuse.start, misuse.end)) continue;
    seen.add(misuse.start);
    findings.push({
      start: misuse.start,
      end: misuse.end,
      message: misuse.message,
      fixes: [replaceWith(misuse.start, misuse.end, misuse.fix)],
      evidence: [],
    });
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
    if (m.start <= start && m.end >= end && (form === 'name' || form === 'alias') && m.known?.kind !== 'country')
      return true;
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
    const countryNames = [entity.name, ...(entity.entry.nameVariants ?? [])].filter(
      (n) => /^\p{L}[\p{L} ]*$/u.test(n) && n.length > 2,
    );
    names.push(...countryNames);
    const adjectives = new Set([entity.entry.adjective, ...(entity.entry.adjectiveAliases ?? [])]);
    if (countryNames.length === 0 || countryNames.some((n) => adjectives.has(n))) continue;
    // Laos's name before a noun is style/lao-laos's own rule, with more nouns.
    pairs.push({
      country: entity,
      names: countryNames,
      adjective: entity.entry.adjective,
      nouns: entity.id === 'laos' ? [] : [...NOUNS_OF_EVERY_COUNTRY, ...NOUNS_OF_OFFICE],
    });
  }
  const result = { pairs, names: names.sort((a, b) => b.length - a.length) };
  pairsByKb.set(kb, result);
  return result;
}
