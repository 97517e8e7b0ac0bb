import { RangeSet } from './rangeSet.js';

/**
 * Quoted speech: the text between curly double quotes (“…”), straight double quotes, or
 * Chinese corner brackets (「…」), never across a blank line. A quotation left open ends at the
 * paragraph's end. What a speaker said keeps the speaker's usage, so style checks skip it.
 */
export function quotedRanges(text: string): RangeSet {
  const ranges: { start: number; end: number }[] = [];
  const QUOTE = /[“”"「」]|\n[ \t]*\n/g;
  let open = -1;
  let closer = '';
  for (const match of text.matchAll(QUOTE)) {
    const mark = match[0];
    const at = match.index;
    if (mark.startsWith('\n')) {
      if (open >= 0) ranges.push({ start: open, end: at });
      open = -1;
      continue;
    }
    if (open < 0) {
      if (mark === '”' || mark === '」') continue;
      open = at;
      closer = mark === '“' ? '”' : mark === '「' ? '」' : '"';
    } else if (mark === closer) {
      ranges.push({ start: open, end: at + 1 });
      open = -1;
    }
  }
  if (open >= 0) ranges.push({ start: open, end: text.length });
  return new RangeSet(ranges);
}
