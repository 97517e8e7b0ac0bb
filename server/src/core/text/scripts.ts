/**
 * Which script a character is written in, for the few scripts the checks tell apart: one
 * definition of "a Chinese character" for every module, and the wider or narrower sets some
 * of them need, each under its own name.
 *
 * - **Han** ({@link isHanCode}, {@link HAN}, {@link hasHan}): the CJK Unified Ideographs and
 *   Extension A, U+3400–U+9FFF, each one UTF-16 code unit. This is what the checks, the facts
 *   and the passage index mean by a Chinese character. (The Yijing hexagram symbols,
 *   U+4DC0–U+4DFF, fall inside the range; drafts do not use them.)
 * - **Han ideographs** ({@link isHanIdeographCode}): the same blocks without the hexagrams and
 *   with the CJK Compatibility Ideographs (U+F900–U+FAFF), which scanned and older pages use:
 *   what the corpus counts when it tells a Chinese page from an English one.
 * - **Han script** ({@link HAN_SCRIPT}, {@link hasHanScript}): Unicode's Han script, which
 *   adds the radicals, 々 〇 〆, the compatibility and supplementary-plane ideographs: for
 *   telling a Chinese name or title from a Latin one, where any of those is Chinese.
 * - **Unspaced scripts** ({@link UNSPACED_SCRIPT}): Han, kana, Lao, Thai and Khmer, written
 *   without spaces between words.
 */

/** The first code unit of the Han range (CJK Unified Ideographs Extension A). */
export const HAN_FIRST = 0x3400;
/** The last code unit of the Han range (the end of CJK Unified Ideographs). */
export const HAN_LAST = 0x9fff;

/** The Han range as the inside of a character class, for larger patterns: `new RegExp(`[${HAN}]{2,4}`, 'u')`. */
export const HAN = '\\u3400-\\u9fff';

/** One character of the Han range. Not global: safe to share for `test`. */
export const HAN_CHARACTER = new RegExp(`[${HAN}]`, 'u');

/** A run of Han characters, global: for `replace`, `matchAll` and `match` (not for a shared `exec` loop). */
export const HAN_RUN = new RegExp(`[${HAN}]+`, 'gu');

/** Whether a UTF-16 code unit is a Han character (U+3400–U+9FFF). */
export function isHanCode(code: number): boolean {
  return code >= HAN_FIRST && code <= HAN_LAST;
}

/** Whether a text has a Han character (U+3400–U+9FFF) anywhere. */
export function hasHan(text: string): boolean {
  return HAN_CHARACTER.test(text);
}

/** Whether a text is one or more Han characters and nothing else. */
export function isAllHan(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return true;
}

/** How many code units of a text pass a test: by default, how many Han characters it has. */
export function countHan(text: string, isHan: (code: number) => boolean = isHanCode): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) count++;
  return count;
}

/**
 * Whether a code unit is a Han ideograph as the corpus counts them: Extension A (U+3400–U+4DBF),
 * the Unified Ideographs (U+4E00–U+9FFF) and the Compatibility Ideographs (U+F900–U+FAFF).
 */
export function isHanIdeographCode(code: number): boolean {
  return (
    (code >= HAN_FIRST && code <= 0x4dbf) || (code >= 0x4e00 && code <= HAN_LAST) || (code >= 0xf900 && code <= 0xfaff)
  );
}

/** One character of Unicode's Han script (wider than {@link HAN}: radicals, 々 〇, astral ideographs). */
export const HAN_SCRIPT = /\p{Script=Han}/u;

/** Whether a text has a character of Unicode's Han script. */
export function hasHanScript(text: string): boolean {
  return HAN_SCRIPT.test(text);
}

/** One character of a script written without spaces between words: Han, Hiragana, Katakana, Lao, Thai, Khmer. */
export const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Lao}\p{Script=Thai}\p{Script=Khmer}]/u;
