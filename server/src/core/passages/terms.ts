import { getFoldTable } from '../text/fold.js';
import { isHanCode } from '../text/scripts.js';

const STOPWORDS = new Set(
  'the of and to in a on for with at by from as is was are were be been that this it its their his her he she they we our an or not but also has have had will would should can could said says two both sides side which who whom than then there these those into over more such'.split(
    ' ',
  ),
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

/** Folded code units of the text being read, grown as needed and reused. */
let units = new Uint16Array(1024);

/** Folds a text into {@link units} (see `foldText`); returns its length. */
function foldInto(text: string, fold: Uint16Array): number {
  if (units.length < text.length) units = new Uint16Array(Math.max(text.length, 2 * units.length));
  for (let i = 0; i < text.length; i++) units[i] = fold[text.charCodeAt(i)]!;
  return text.length;
}

/**
 * The words of a folded text (in {@link units}), in order: each as its start, its end and
 * whether it has a Chinese character. A word is the longest run of letters and digits, a
 * surrogate pair counting as its code point.
 */
function forEachWord(length: number, onWord: (start: number, end: number, han: boolean) => void): void {
  const letters = getLetterOrDigitTable();
  let i = 0;
  while (i < length) {
    const start = i;
    let han = false;
    while (i < length) {
      const code = units[i]!;
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        const low = units[i + 1]!;
        if (low >= 0xdc00 && low <= 0xdfff && LETTER_OR_DIGIT.test(String.fromCharCode(code, low))) {
          i += 2;
          continue;
        }
      }
      if (letters[code] !== 1) break;
      if (isHanCode(code)) han = true;
      i++;
    }
    if (i > start) onWord(start, i, han);
    else i++;
  }
}

/** A word of a text, as the passage terms cut them (see {@link textWords}). */
export interface TextWord {
  start: number;
  end: number;
  /** Whether it has a Han character. */
  han: boolean;
}

/**
 * The words of a text, in order, as the passage index cuts them: each the longest run of
 * letters and digits (a surrogate pair counting as its code point), with its offsets in the
 * text. Folding keeps every letter and digit one (and everything else not one), so these are
 * the words of the text as written.
 */
export function textWords(text: string): TextWord[] {
  const length = foldInto(text, getFoldTable());
  const words: TextWord[] = [];
  forEachWord(length, (start, end, han) => words.push({ start, end, han }));
  return words;
}

/**
 * Calls `onTerm` with each term of a text (see {@link passageTerms}) and the offset of the word
 * it comes from, in order. `onTerm` must not cut terms itself: the folded text is shared.
 */
export function forEachPassageTerm(text: string, onTerm: (term: string, at: number) => void): void {
  const length = foldInto(text, getFoldTable());
  let folded = '';
  for (let from = 0; from < length; from += 8192)
    folded += String.fromCharCode.apply(
      null,
      units.subarray(from, Math.min(length, from + 8192)) as unknown as number[],
    );
  const slice = (from: number, to: number) => folded.slice(from, to);
  forEachWord(length, (start, end, han) => {
    if (han) {
      for (let k = start; k + 1 < end; k++) onTerm(slice(k, k + 2), start);
      if (end - start === 1) onTerm(slice(start, end), start);
    } else if (end - start > 1) {
      const word = slice(start, end);
      if (!STOPWORDS.has(word)) onTerm(word, start);
    }
  });
}

/** FNV-1a over some code units. */
function hashUnits(codes: ArrayLike<number>, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ codes[i]!, 0x01000193);
  return hash >>> 0;
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A term table: the number of each term of a list (its place in it), found from a string or
 * straight from folded code units, so that a paragraph's terms are numbered without making a
 * string of each. An open-addressing table of 32-bit slots: for a million terms, under a
 * third of the memory of a `Map` from the terms, built in a third of the time.
 */
export class TermTable {
  /** Term number + 1 per slot; 0 is empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly terms: readonly string[]) {
    let size = 16;
    while (size < terms.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    terms.forEach((term, id) => {
      let slot = hashString(term) & this.mask;
      // A term listed twice keeps its last number, as a Map built from the list would.
      while (this.slots[slot] !== 0 && this.terms[this.slots[slot]! - 1] !== term) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    });
  }

  /** A term's number, if listed. */
  get(term: string): number | undefined {
    for (let slot = hashString(term) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot]! - 1;
      if (this.terms[id] === term) return id;
    }
    return undefined;
  }

  /** Whether a listed term is a stopword (a passage index lists none). */
  isStopword(id: number): boolean {
    return STOPWORDS.has(this.terms[id]!);
  }

  /** The number of the term spelled by `codes[from .. to)`, or -1. */
  find(codes: Uint16Array, from: number, to: number): number {
    for (let slot = hashUnits(codes, from, to) & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot]! - 1;
      const term = this.terms[id]!;
      if (term.length !== to - from) continue;
      let i = 0;
      while (i < term.length && term.charCodeAt(i) === codes[from + i]) i++;
      if (i === term.length) return id;
    }
    return -1;
  }
}

/**
 * Calls `onTerm` with the number in `table` of each term of a text that the table lists, and
 * the offset of the word it comes from, in order: the terms of {@link passageTerms} that the
 * table lists, without making strings of them. `onTerm` must not cut terms itself.
 */
export function forEachListedTerm(text: string, table: TermTable, onTerm: (id: number, at: number) => void): void {
  const length = foldInto(text, getFoldTable());
  forEachWord(length, (start, end, han) => {
    if (han) {
      for (let k = start; k + 1 < end; k++) {
        const id = table.find(units, k, k + 2);
        if (id >= 0) onTerm(id, start);
      }
      if (end - start === 1) {
        const id = table.find(units, start, end);
        if (id >= 0) onTerm(id, start);
      }
    } else if (end - start > 1) {
      const id = table.find(units, start, end);
      if (id >= 0 && !table.isStopword(id)) onTerm(id, start);
    }
  });
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
