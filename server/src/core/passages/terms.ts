import { getFoldTable } from '../text/fold.js';

const STOPWORDS = new Set(
  'the of and to in a on for with at by from as is was are were be been that this it its their his her he she they we our an or not but also has have had will would should can could said says two both sides side which who whom than then there these those into over more such'.split(' '),
);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

let letterOrDigitTable: Uint8Array | undefined;

/** `table[codeUnit]` is 1 for a letter or digit of the Basic Multilingual Plane (surrogates: 0, they are read in pairs). */
function getLetterOrDigitTable(): Uint8Array {
  if (letterOrDigitTable) return letterOrDigitTable;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code < 0xd800 || code > 0xdfff) table[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 0;
  }
  letterOrDigitTable = table;
  return table;
}

/** Folds a text into a string (see `foldText`), a chunk of code units at a time. */
function folded(text: string, fold: Uint16Array): string {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = fold[text.charCodeAt(i)]!;
  let out = '';
  for (let from = 0; from < units.length; from += 8192) out += String.fromCharCode.apply(null, units.subarray(from, from + 8192) as unknown as number[]);
  return out;
}

/**
 * Calls `onTerm` with each term of a text (see {@link passageTerms}) and the offset of the word
 * it comes from, in order.
 */
export function forEachPassageTerm(text: string, onTerm: (term: string, at: number) => void): void {
  const fold = getFoldTable();
  const letters = getLetterOrDigitTable();
  const folds = folded(text, fold);
  const length = folds.length;
  let i = 0;
  while (i < length) {
    // A word: the longest run of letters and digits (a surrogate pair counts as its code point).
    const start = i;
    let han = false;
    while (i < length) {
      const code = folds.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        const low = folds.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff && LETTER_OR_DIGIT.test(folds.slice(i, i + 2))) {
          i += 2;
          continue;
        }
      }
      if (letters[code] !== 1) break;
      if (code >= 0x3400 && code <= 0x9fff) han = true;
      i++;
    }
    if (i > start) {
      if (han) {
        for (let k = start; k + 1 < i; k++) onTerm(folds.slice(k, k + 2), start);
        if (i - start === 1) onTerm(folds.slice(start, i), start);
      } else if (i - start > 1) {
        const word = folds.slice(start, i);
        if (!STOPWORDS.has(word)) onTerm(word, start);
      }
    } else {
      i++;
    }
  }
}

/**
 * The words of a text for the passage index and for alignment: folded Latin words (no
 * stopwords) and, for Chinese, which has no spaces, overlapping character pairs. Numbers stay
 * as words, so figures and years match. A word is a run of letters and digits; a word with a
 * Chinese character in it is read as character pairs.
 */
export function passageTerms(text: string): string[] {
  const terms: string[] = [];
  forEachPassageTerm(text, (term) => terms.push(term));
  return terms;
}

/** The index term for an entity: the same for every language and spelling of its name. */
export function entityTerm(entityId: string): string {
  return `@${entityId}`;
}
