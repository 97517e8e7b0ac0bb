import { CharKind, getCharKindTable } from '../text/fold.js';
import { RangeSet } from '../text/rangeSet.js';
import { AliasAutomaton } from './aliasAutomaton.js';
import { type Mention, type MentionIndex } from './mentionIndex.js';

/**
 * Titles that introduce a person in news and diplomatic prose, beyond the offices the
 * knowledge base lists. Longest first, so "Deputy Prime Minister" wins over "Prime Minister".
 */
const GENERIC_TITLES = [
  'Deputy Prime Minister', 'Prime Minister', 'Vice President', 'President', 'Vice Premier', 'Premier',
  'Deputy Foreign Minister', 'Foreign Minister', 'Minister of Foreign Affairs', 'Defense Minister', 'Defence Minister',
  'Minister', 'Secretary of State', 'Secretary-General', 'General Secretary', 'Secretary General',
  'Chancellor', 'King', 'Queen', 'Crown Prince', 'Sultan', 'Emperor', 'Ambassador', 'State Councilor',
  'Chairman', 'Chairwoman', 'Speaker', 'Senator', 'Governor', 'Mayor', 'Spokesperson', 'Spokesman', 'Spokeswoman',
].sort((a, b) => b.length - a.length);

const TITLE_PATTERN = GENERIC_TITLES.map((t) => t.replace(/[-\s]/g, (c) => (c === '-' ? '[-\\u2010-\\u2014]' : '\\s+'))).join('|');
/** A capitalized name word: "Hun", "Manet", "Bùi", "O'Neill", "Jean-Luc". */
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’\\-]*\\p{Ll}[\\p{Ll}\\p{M}]*|\\p{Lu}[\\p{Ll}\\p{M}]+";
const TITLED_NAME = new RegExp(`\\b(?:${TITLE_PATTERN})\\s+((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){0,3})`, 'gu');

/** Capitalized words that follow a title without being a name ("President Said", "Minister On"). */
const NOT_NAMES = new Set(['The', 'And', 'Of', 'On', 'In', 'At', 'For', 'To', 'With', 'Said', 'Says', 'Will', 'Has', 'Had', 'Was', 'Is', 'Who', 'Mr', 'Ms', 'Mrs', 'Dr']);

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
    const start = match.index! + match[0].length - match[1]!.length;
    if (occupied.overlaps(start, start + name.length)) continue;
    names.set(name, slug(name));
  }
  return recurrences(text, [...names.keys()], occupied).map(({ name, start }) => ({
    start,
    end: start + name.length,
    text: name,
    entity: { id: `new:${names.get(name)}`, name, type: 'person' },
  }));
}

/**
 * Up to this many names are each looked for with `indexOf` (a few fast passes over the text);
 * more are looked for together in one automaton pass, whose construction costs more than a
 * few passes over a paragraph.
 */
const NAMES_SEARCHED_ONE_BY_ONE = 16;

/**
 * Every occurrence of each name, exact case, standing alone (no letter, digit or mark on
 * either side), outside the occupied ranges, in text order (names in the order given where
 * two start together). Occurrences of one name do not overlap: the next one is looked for
 * after the previous one that stood alone. Linear in the text for any number of names.
 */
function recurrences(text: string, names: readonly string[], occupied: RangeSet): { name: string; start: number }[] {
  const found: { name: string; rank: number; start: number }[] = [];
  const take = (rank: number, start: number) => {
    if (!occupied.overlaps(start, start + names[rank]!.length)) found.push({ name: names[rank]!, rank, start });
  };
  if (names.length <= NAMES_SEARCHED_ONE_BY_ONE) {
    names.forEach((name, rank) => {
      for (let at = text.indexOf(name); at !== -1; ) {
        if (!standsAlone(text, at, at + name.length)) {
          at = text.indexOf(name, at + 1);
          continue;
        }
        take(rank, at);
        at = text.indexOf(name, at + name.length);
      }
    });
  } else {
    /** Per name, where its next occurrence may start. */
    const nextFrom = new Array<number>(names.length).fill(0);
    // The automaton folds case and skips matches inside words; `startsWith` keeps the exact case.
    new AliasAutomaton(names).scan(text, (rank, start, end) => {
      if (start < nextFrom[rank]! || !text.startsWith(names[rank]!, start) || !standsAlone(text, start, end)) return;
      nextFrom[rank] = end;
      take(rank, start);
    });
  }
  return found.sort((a, b) => a.start - b.start || a.rank - b.rank);
}

/** True when neither side of the range is a letter, digit or mark of any script. */
function standsAlone(text: string, start: number, end: number): boolean {
  const kinds = getCharKindTable();
  return (start === 0 || kinds[text.charCodeAt(start - 1)] === CharKind.Other) && (end === text.length || kinds[text.charCodeAt(end)] === CharKind.Other);
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
