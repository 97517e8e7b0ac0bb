/**
 * Line endings: a document saved with CR LF (Windows) or a lone CR (old Mac) says the same as
 * one saved with LF, so it is analysed as its LF form and the offsets are mapped back. And a
 * message is one line whatever text it quotes.
 */

/** A text with every line ending written as LF, and the way back to the original's offsets. */
export interface LineFeedText {
  /** The text with `\r\n` and lone `\r` written as `\n`. */
  text: string;
  /** The offset in the original text of an offset in `text`; never between a CR and its LF. */
  toOriginal: (offset: number) => number;
}

/**
 * The LF form of a text. A lone CR becomes an LF in place; a CR LF pair becomes its LF, so an
 * offset after it moves back by one for every pair before it.
 */
export function withLineFeeds(original: string): LineFeedText {
  if (!original.includes('\r')) return { text: original, toOriginal: (offset) => offset };
  /** Offsets in the LF text of each LF that stands for a CR LF pair, in order. */
  const pairs: number[] = [];
  const text = original.replace(/\r\n?/g, (ending, at: number) => {
    if (ending.length === 2) pairs.push(at - pairs.length);
    return '\n';
  });
  return {
    text,
    toOriginal(offset) {
      // Pairs whose LF comes before the offset: each adds its CR back.
      let low = 0;
      let high = pairs.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (pairs[mid]! < offset) low = mid + 1;
        else high = mid;
      }
      return offset + low;
    },
  };
}

/** Any line break: CR, LF, NEL and the Unicode line and paragraph separators, with the spaces around it. */
const LINE_BREAK = /[ \t]*(?:\r\n|[\r\n\u0085\u2028\u2029])[ \t]*/g;

/** A message or excerpt on one line: each line break, with the spaces around it, becomes one space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, ' ');
}
