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
 * Every occurrence of each name, whole words and exact case, outside the occupied ranges,
 * in text order (names in the order given where two start together). Occurrences of one name
 * do not overlap: the search for the next starts after the previous one. One pass over the
 * text for all the names.
 */
function recurrences(text: string, names: readonly string[], occupied: RangeSet): { name: string; start: number }[] {
  if (names.length === 0) return [];
  const found: { name: string; rank: number; start: number }[] = [];
  /** Per name, where its next occurrence may start. */
  const nextFrom = new Array<number>(names.length).fill(0);
  // The automaton folds case and matches at word boundaries only; `startsWith` keeps the exact case.
  new AliasAutomaton(names).scan(text, (rank, start, end) => {
    const name = names[rank]!;
    if (start < nextFrom[rank]! || !text.startsWith(name, start)) return;
    nextFrom[rank] = end;
    if (!isWordBounded(text, start, end) || occupied.overlaps(start, end)) return;
    found.push({ name, rank, start });
  });
  return found.sort((a, b) => a.start - b.start || a.rank - b.rank);
}

function isWordBounded(text: string, start: number, end: number): boolean {
  const letter = /[\p{L}\p{N}]/u;
  return !(start > 0 && letter.test(text[start - 1]!)) && !(end < text.length && letter.test(text[end]!));
}

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
