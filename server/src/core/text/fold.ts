import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import { isHanCode, UNSPACED_SCRIPT } from './scripts.js';

/**
 * Character folding for matching: one UTF-16 code unit in, one code unit out, so that an
 * offset in folded text is the same offset in the original. Folding lower-cases, strips
 * diacritics (Tô Lâm → to lam, Đ → d), unifies quotes, dashes and spaces, and maps
 * traditional Chinese characters to simplified ones (習 → 习).
 */

const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D';
const SINGLE_QUOTES = '\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\uFF07';
const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\uFF02';
const SPACES =
  '\t\n\v\f\r\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000';
const ONLY_COMBINING_MARKS = /^\p{M}+$/u;

let foldTable: Uint16Array | undefined;

/**
 * Blocks whose code units fold to themselves (no case, no diacritics to strip): Han with the
 * hexagrams between, Yi, Hangul syllables (which decompose into letters, not marks) and
 * private use. The table is built at every start; not asking Unicode about these 45,000 code
 * units saves most of that (a test holds the table to the one asking about every code unit).
 */
const FOLDED_AS_THEY_ARE: readonly (readonly [number, number])[] = [
  [0x3400, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xe000, 0xf8ff],
];

/**
 * The fold table, built (use `getFoldTable`, which builds it once). `askingEveryCodeUnit`
 * asks Unicode about the blocks known to fold to themselves too: what the tests compare with.
 */
export function buildFoldTable(options: { askingEveryCodeUnit?: boolean } = {}): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  const skipped = options.askingEveryCodeUnit ? [] : FOLDED_AS_THEY_ARE;
  let nextSkipped = 0;
  for (let code = 0; code < 0x10000; code++) {
    const block = skipped[nextSkipped];
    if (block && code >= block[0]) {
      code = block[1];
      nextSkipped++;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) continue; // Surrogates: half a character each.
    const char = String.fromCharCode(code);
    const decomposed = char.normalize('NFD');
    const base = decomposed.length > 1 && ONLY_COMBINING_MARKS.test(decomposed.slice(1)) ? decomposed[0]! : char;
    const lower = base.toLowerCase();
    if (lower.length === 1) table[code] = lower.charCodeAt(0);
  }
  table[0x0110] = 0x64; // Đ: Vietnamese D with stroke has no decomposition.
  table[0x0111] = 0x64;
  for (const c of DASHES) table[c.charCodeAt(0)] = 0x2d;
  for (const c of SINGLE_QUOTES) table[c.charCodeAt(0)] = 0x27;
  for (const c of DOUBLE_QUOTES) table[c.charCodeAt(0)] = 0x22;
  for (const c of SPACES) table[c.charCodeAt(0)] = 0x20;
  addTraditionalToSimplified(table);
  return table;
}

/**
 * Maps each traditional Chinese character to the simplified one OpenCC's character dictionary
 * gives first (its traditional → simplified conversion does the same for a lone character),
 * when both are one code unit of the Han blocks the table covers. Read from the dictionary
 * itself: running the converter over every character took most of the start-up.
 */
function addTraditionalToSimplified(table: Uint16Array): void {
  for (const entry of traditionalToSimplified.split('|')) {
    const [traditional, simplified] = entry.split(' ');
    if (traditional?.length !== 1 || simplified?.length !== 1) continue;
    const code = traditional.charCodeAt(0);
    if (isHanCode(code)) table[code] = simplified.charCodeAt(0);
  }
}

/** The fold table: `table[codeUnit]` is the folded code unit. Built once, on first use. */
export function getFoldTable(): Uint16Array {
  foldTable ??= buildFoldTable();
  return foldTable;
}

/** Folds a string code unit by code unit; the result has the same length as the input. */
export function foldText(text: string): string {
  const table = getFoldTable();
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(table[text.charCodeAt(i)]!);
  return out;
}

/** Kinds of character for word-boundary decisions. */
export const enum CharKind {
  Other = 0,
  /** Letters and digits of scripts that separate words with spaces. */
  Word = 1,
  /** Scripts written without spaces (Han, kana, Lao, Thai): every position is a boundary. */
  Unspaced = 2,
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

let kindTable: ArrayLike<CharKind> | undefined;

/** `table[codeUnit]` is its {@link CharKind}. Surrogates count as word characters. */
export function getCharKindTable(): ArrayLike<CharKind> {
  if (kindTable) return kindTable;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code] = CharKind.Word;
      continue;
    }
    const char = String.fromCharCode(code);
    if (UNSPACED_SCRIPT.test(char)) table[code] = CharKind.Unspaced;
    else if (WORD.test(char)) table[code] = CharKind.Word;
  }
  kindTable = table;
  return table;
}
