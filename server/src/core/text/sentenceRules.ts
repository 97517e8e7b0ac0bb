/**
 * Where diplomatic prose ends its sentences, beyond what retext's English parser knows: the
 * rules both sentence splitters follow — the draft's (the retext plugin `retextSentenceEnds`,
 * which moves the parser's sentence ends) and the corpus's (`splitSentences`, which reads the
 * same boundaries without building a syntax tree). Defined here once, so the two agree.
 *
 * - Chinese ends sentences with 。！？ (and ｡), with the closing quotes and brackets after them.
 * - Lao is written without spaces between words: a full stop between two Lao words ends a
 *   sentence, unless it belongs to a dotted abbreviation of single letters ("ສ.ປ.ປ. ລາວ").
 * - After an abbreviation and its full stop: an honorific ("H.E.", "Mr.", "Adm.") never ends a
 *   sentence; a month or number abbreviation ("Oct.", "No.") and a lower-case one ("etc.") end
 *   one before a capital; a dotted initialism ("U.S.", "a.m.") or a capitalized abbreviation
 *   ("Inc.") only before a word that opens sentences ("The", "He", "However"), so "the
 *   U.S. President" is one sentence and "the U.S. The next day" two.
 */

/** Chinese (and half-width) sentence-final punctuation: a run of one of these characters. */
export const CJK_TERMINAL = /^[。！？｡]+$/;
/** What may close a sentence after its final punctuation: quotes and closing brackets. */
export const CLOSING = /^[”’"'」』）)》〉】\]]+$/;
/** What may open a sentence before its first word: quotes and opening brackets. */
export const OPENING = /^[“‘"'「『（(《〈【[]+$/;

/** Honorifics and titles, always followed by a name: a sentence never ends on them (lower case, no full stop). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'sen',
  'rep',
  'gov',
  'amb',
  'rev',
  'hon',
  'pres',
  'sec',
  'st',
  'mt',
  'ft',
  'h.e',
]);
/** Abbreviations followed by a number ("Oct. 20", "No. 1"): a capital after them starts a sentence. */
const NUMBER_ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'vol',
  'art',
  'fig',
  'p',
  'pp',
]);
/** The longest honorific or number abbreviation: a longer word before a full stop is none of them. */
export const LONGEST_ABBREVIATION = Math.max(...[...TITLES, ...NUMBER_ABBREVIATIONS].map((word) => word.length));

/**
 * Words that typically open a new sentence, so "... the U.S. The next day ..." still splits
 * while "the U.S. President" does not.
 */
export const SENTENCE_OPENERS = new Set([
  'A',
  'An',
  'The',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'But',
  'And',
  'In',
  'On',
  'At',
  'As',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'However',
  'Meanwhile',
  'Earlier',
  'Later',
  'Both',
  'China',
  'Chinese',
]);

/** Dotted initialisms and initials: "U.S.", "U.N.", "a.m.", "e.g.", "R.". */
const DOTTED = /^(?:\p{L}\.)+$/u;
const UPPER_INITIAL = /^\p{Lu}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const LAO_LETTER = /[\u0E81-\u0EDF]/;
/** A piece of a Lao word before or after a dot that is an abbreviation's letter (a consonant, perhaps with a mark), not a word. */
const LONGEST_LAO_ABBREVIATION_LETTER = 2;

/**
 * Whether a word the parser left apart from the full stop after it ("Adm" + ".") is an
 * abbreviation: an honorific, a month or number abbreviation, or a capital initial.
 */
export function isAbbreviationBeforeFullStop(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLES.has(lower) || NUMBER_ABBREVIATIONS.has(lower) || SINGLE_CAPITAL.test(word);
}

/** Whether a sentence ends after an abbreviation (without its full stop) that the word `next` follows. */
export function endsSentence(abbreviation: string, next: string): boolean {
  const lower = abbreviation.toLowerCase();
  if (TITLES.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower)) return UPPER_INITIAL.test(next);
  if (DOTTED.test(`${abbreviation}.`) || UPPER_INITIAL.test(abbreviation)) return SENTENCE_OPENERS.has(next);
  return UPPER_INITIAL.test(next);
}

/**
 * Whether a full stop between two runs of letters with no space ("ໄດ້ພົບປະ.ທັງສອງ") ends a
 * sentence: both are Lao words, not the single letters of a dotted abbreviation ("ສ.ປ.ປ").
 */
export function isLaoSentenceStop(before: string, after: string): boolean {
  return (
    before.length > LONGEST_LAO_ABBREVIATION_LETTER &&
    after.length > LONGEST_LAO_ABBREVIATION_LETTER &&
    LAO_LETTER.test(before.at(-1)!) &&
    LAO_LETTER.test(after[0]!)
  );
}
