/**
 * Sentence boundaries inside a paragraph. `Intl.Segmenter` handles Chinese punctuation well but,
 * without locale suppressions (which Node's ICU does not apply), it ends an English sentence at
 * every "Oct. ", "Mr. " and "U.S. ". News text is full of these, so a merge step rejoins pieces
 * that end in an abbreviation.
 *
 * ICU's segmenter slows down more than linearly on long inputs (a 400,000-character paragraph
 * takes seconds), so a paragraph is handed to it in windows of a few thousand characters, each
 * window starting at a boundary the previous one found well before its end: the boundaries are
 * those of the whole paragraph, and the time is linear in its length.
 */
import type { Language, Passage } from '../articles.js';

const segmenters: Record<Language, Intl.Segmenter> = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  zh: new Intl.Segmenter('zh', { granularity: 'sentence' }),
};

/** Abbreviations always followed by a name: a sentence never ends on them. */
const TITLE_ABBREVIATION =
  /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Amb|Rev|Hon|Pres|Sec|St|Mt|Ft|H\.E)\.$/;
/** Abbreviations followed by a number ("Oct. 20", "No. 1"); a capital after them may start a sentence. */
const NUMBER_ABBREVIATION =
  /(?:^|[\s(“"])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Art|Fig|pp?)\.$/;
/** Dotted acronyms and initials: "U.S.", "U.N.", "p.m.", "J.". */
const DOTTED = /(?:^|[\s(“"])(?:[A-Za-z]\.){1,4}$/;
/**
 * Words that typically open a new sentence, so "... the U.S. The next day ..." still splits:
 * here and in the retext sentence-ends plugin.
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

/** Characters handed to the segmenter at once. */
const WINDOW = 8192;
/**
 * A boundary this close to a window's end may depend on text beyond it (the rules look past
 * spaces, quotes and digits for the next letter), so it is found again in the next window.
 */
const WINDOW_MARGIN = 512;
/**
 * A "sentence" with no boundary in this many characters (a run-on line with no full stop)
 * is cut at this length: the bound that keeps the work linear.
 */
export const LONGEST_SENTENCE = 32_768;
/** What `shouldJoin` reads of the previous piece: more than its longest abbreviation with the space before it. */
const ABBREVIATION_REACH = 16;

/** A piece of a paragraph: start and end offsets. */
export interface Piece {
  start: number;
  end: number;
}

/**
 * Splits `text.slice(start, end)` into sentence passages whose offsets index `text` directly
 * and whose `text` is the exact slice, leading and trailing spaces excluded.
 */
export function splitSentences(text: string, start: number, end: number, language: Language): Passage[] {
  const pieces: Piece[] = [];
  // A hard-wrapped paragraph has line breaks that ICU would treat as sentence ends; spaces of
  // the same length keep the offsets valid.
  const flat = text.slice(start, end).replace(/[\r\n]/g, ' ');
  for (const segment of segmentSentences(flat, language)) {
    const piece = trim(text, start + segment.start, start + segment.end);
    if (piece) pieces.push(piece);
  }
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      shouldJoin(
        text.slice(Math.max(previous.start, previous.end - ABBREVIATION_REACH), previous.end),
        text.slice(piece.start, piece.end),
      )
    ) {
      previous.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged.map((piece) => ({
    kind: 'sentence',
    start: piece.start,
    end: piece.end,
    text: text.slice(piece.start, piece.end),
  }));
}

/**
 * The segmenter's sentences of `flat` (one line), as offsets into it, before abbreviations are
 * rejoined. Found window by window: a window that ends before the text keeps only the
 * segments ending at least `WINDOW_MARGIN` before its end; when it keeps none (one long
 * sentence), it grows up to `LONGEST_SENTENCE`, and past that the sentence is cut.
 * `startingWindow` is the size of each first window; `Infinity` segments the text whole.
 */
export function* segmentSentences(flat: string, language: Language, startingWindow = WINDOW): Generator<Piece> {
  const segmenter = segmenters[language];
  let from = 0;
  let window = startingWindow;
  while (from < flat.length) {
    const to = Math.min(flat.length, from + window);
    const last = to === flat.length;
    let kept = from;
    for (const segment of segmenter.segment(flat.slice(from, to))) {
      const end = from + segment.index + segment.segment.length;
      if (!last && end > to - WINDOW_MARGIN) break;
      yield { start: from + segment.index, end };
      kept = end;
    }
    if (kept > from) {
      from = kept;
      window = startingWindow;
    } else if (window < LONGEST_SENTENCE) {
      window *= 2;
    } else {
      yield { start: from, end: to };
      from = to;
    }
  }
}

/** `previous` is the end of the previous piece, at least `ABBREVIATION_REACH` characters of it. */
function shouldJoin(previous: string, next: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(next)) return true;
  if (TITLE_ABBREVIATION.test(previous)) return true;
  const firstWord = /^[“"'‘(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  if (NUMBER_ABBREVIATION.test(previous)) return /^\d/.test(firstWord);
  if (DOTTED.test(previous)) return !SENTENCE_OPENERS.has(firstWord);
  return false;
}

function trim(text: string, start: number, end: number): Piece | undefined {
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}
