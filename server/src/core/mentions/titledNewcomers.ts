import { CharKind, getCharKindTable } from '../text/fold.js';
import { RangeSet } from '../text/rangeSet.js';
import { findChineseTitledNewcomers } from './chineseNewcomers.js';
import { type Mention, type MentionIndex } from './mentionIndex.js';

/**
 * Titles that introduce a person in news and diplomatic prose, beyond the offices the
 * knowledge base lists. Longest first, so "Deputy Prime Minister" wins over "Prime Minister".
 */
const GENERIC_TITLES = [
  'Deputy Prime Minister',
  'Prime Minister',
  'Vice President',
  'President',
  'Vice Premier',
  'Premier',
  'Deputy Foreign Minister',
  'Foreign Minister',
  'Minister of Foreign Affairs',
  'Defense Minister',
  'Defence Minister',
  'Minister',
  'Secretary of State',
  'Secretary-General',
  'General Secretary',
  'Secretary General',
  'Chancellor',
  'King',
  'Queen',
  'Crown Prince',
  'Sultan',
  'Emperor',
  'Ambassador',
  'State Councilor',
  'Chairman',
  'Chairwoman',
  'Speaker',
  'Senator',
  'Governor',
  'Mayor',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
].sort((a, b) => b.length - a.length);

const TITLE_PATTERN = GENERIC_TITLES.map((t) =>
  t.replace(/[-\s]/g, (c) => (c === '-' ? '[-\\u2010-\\u2014]' : '\\s+')),
).join('|');
/** A capitalized name word: "Hun", "Manet", "Bùi", "O'Neill", "Jean-Luc". */
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’\\-]*\\p{Ll}[\\p{Ll}\\p{M}]*|\\p{Lu}[\\p{Ll}\\p{M}]+";
/**
 * The lower-case links of Arabic names ("Mohammed bin Salman", "Haitham bin Tarik", "Abdullah ibn
 * Hussein"): inside a name after a title they join its words, so that "Crown Prince Mohammed bin
 * Salman" is one person, not a "Mohammed".
 */
const NAME_LINK = '(?:bin|bint|ibn|al|el)';
const TITLED_NAME = new RegExp(
  `\\b(?:${TITLE_PATTERN})\\s+((?:${NAME_WORD})(?:\\s+(?:${NAME_LINK}\\s+)?(?:${NAME_WORD})){0,3})`,
  'gu',
);

/** No person's name is longer; a longer run of capitalized words after a title is not taken for one. */
const LONGEST_NAME = 100;

/** Capitalized words that follow a title without being a name ("President Said", "Minister On"). */
const NOT_NAMES = new Set([
  'The',
  'And',
  'Of',
  'On',
  'In',
  'At',
  'For',
  'To',
  'With',
  'Said',
  'Says',
  'Will',
  'Has',
  'Had',
  'Was',
  'Is',
  'Who',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
]);

/**
 * People the knowledge base does not know, recognized because a title introduces them
 * ("Cambodian Prime Minister Hun Manet", "U.S. Secretary of State Antony Blinken"), and every
 * later occurrence of the same full name. Skips names that overlap a known mention.
 */
export function findTitledNewcomers(text: string, known: readonly Mention[], index: MentionIndex): Mention[] {
  const occupied = new RangeSet(known);
  const names = new Map<string, string>();
  for (const match of text.matchAll(TITLED_NAME)) {
    let name = match[1]!;
    const words = name.split(/\s+/);
    while (words.length > 0 && NOT_NAMES.has(words[words.length - 1]!)) words.pop();
    if (words.length === 0 || NOT_NAMES.has(words[0]!)) continue;
    // A country adjective or name directly after the title belongs to the title ("President of Laos").
    if (index.countryByWord.has(words[0]!.toLowerCase())) continue;
    name = words.join(' ');
    if (name.length > LONGEST_NAME) continue;
    const start = match.index + match[0].length - match[1]!.length;
    if (occupied.overlaps(start, start + name.length)) continue;
    if (!names.has(name)) names.set(name, slug(fullNameEndingIn(name, names) ?? name));
  }
  // "Mukherjee" is also found inside "Pranab Mukherjee": only the longer name stands there. In
  // text order, longer first where two start together, an occurrence ending inside the reach of
  // those before it lies within one of them.
  const found = recurrences(text, [...names.keys()], occupied).sort(
    (a, b) => a.start - b.start || b.name.length - a.name.length,
  );
  let reach = -1;
  const english: Mention[] = found
    .filter(({ name, start }) => {
      const end = start + name.length;
      if (end <= reach) return false;
      reach = end;
      return true;
    })
    .map(({ name, start }) => ({
      start,
      end: start + name.length,
      text: name,
      entity: { id: `new:${names.get(name)}`, name, type: 'person' },
    }));
  const chinese = findChineseTitledNewcomers(text, occupied, index);
  return chinese.length === 0 ? english : [...english, ...chinese].sort((a, b) => a.start - b.start);
}

/**
 * "President Pranab Mukherjee ... President Mukherjee": a one-word name after a title that is the
 * last word of exactly one fuller name already introduced is that person, named by surname (or,
 * in Vietnamese, by given name), not a second newcomer.
 */
function fullNameEndingIn(name: string, earlier: ReadonlyMap<string, string>): string | undefined {
  if (/\s/u.test(name)) return undefined;
  const fuller = [...earlier.keys()].filter((other) => other.endsWith(` ${name}`));
  return fuller.length === 1 ? fuller[0] : undefined;
}

/**
 * Every occurrence of each name, exact case, standing alone (no letter, digit or mark on
 * either side), outside the occupied ranges, in text order (names in the order given where
 * two start together). Occurrences of one name do not overlap: the next one is looked for
 * after the previous one that stood alone.
 *
 * One pass: at each word start, the text up to each length some name has is looked up in the
 * set of names. Names are at most `LONGEST_NAME` long, so the work per word start is bounded
 * and the pass is linear in the text whatever the number of names.
 */
function recurrences(text: string, names: readonly string[], occupied: RangeSet): { name: string; start: number }[] {
  if (names.length === 0) return [];
  const kinds = getCharKindTable();
  const rankOf = new Map(names.map((name, rank) => [name, rank]));
  const lengths = [...new Set(names.map((name) => name.length))].sort((a, b) => a - b);
  const firstLetters = new Set(names.map((name) => name.charCodeAt(0)));
  /** Per name, where its next occurrence may start. */
  const nextFrom = new Array<number>(names.length).fill(0);
  const found: { name: string; rank: number; start: number }[] = [];
  for (let start = 0; start < text.length; start++) {
    if (
      !firstLetters.has(text.charCodeAt(start)) ||
      (start > 0 && kinds[text.charCodeAt(start - 1)] !== CharKind.Other)
    )
      continue;
    for (const length of lengths) {
      const end = start + length;
      if (end > text.length) break;
      if (end < text.length && kinds[text.charCodeAt(end)] !== CharKind.Other) continue;
      const rank = rankOf.get(text.slice(start, end));
      if (rank === undefined || start < nextFrom[rank]!) continue;
      nextFrom[rank] = end;
      if (!occupied.overlaps(start, end)) found.push({ name: names[rank]!, rank, start });
    }
  }
  return found.sort((a, b) => a.start - b.start || a.rank - b.rank);
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
