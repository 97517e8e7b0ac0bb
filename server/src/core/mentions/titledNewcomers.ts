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
  const occupied = (start: number, end: number) => known.some((m) => m.start < end && start < m.end);
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
    if (occupied(start, start + name.length)) continue;
    names.set(name, slug(name));
  }
  const mentions: Mention[] = [];
  for (const [name, id] of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (!isWordBounded(text, at, at + name.length) || occupied(at, at + name.length)) continue;
      mentions.push({ start: at, end: at + name.length, text: name, entity: { id: `new:${id}`, name, type: 'person' } });
    }
  }
  return mentions;
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
