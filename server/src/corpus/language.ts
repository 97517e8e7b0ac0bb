/**
 * Telling Chinese from English text. The corpus holds only these two languages, and Chinese pages
 * keep Latin names and numbers ("王沪宁 2025-12-02 Xin Hua She"), so the test is a proportion
 * rather than the mere presence of a Chinese character.
 */
import type { Language } from './types.js';
import { isHanIdeographCode } from '../core/text/scripts.js';

function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
}

/**
 * 'zh' when Chinese characters make up at least 30% of the letters. A Chinese character carries
 * about as much as a short English word, so 30% already means Chinese dominates the content.
 * An article's title and lines are given as pieces, counted as if joined without joining them.
 */
export function detectLanguage(text: string | readonly string[]): Language {
  let han = 0;
  let latin = 0;
  for (const piece of typeof text === 'string' ? [text] : text) {
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      if (isHanIdeographCode(code)) han++;
      else if (isLatin(code)) latin++;
    }
  }
  return han > 0 && han / (han + latin) >= 0.3 ? 'zh' : 'en';
}

/** Number of Chinese characters in a string, used to size Chinese text, which has no spaces. */
export function countHan(text: string): number {
  // Its own loop rather than the shared counter given a test: every line of every file is
  // counted, and a test passed as an argument is called, not inlined.
  let han = 0;
  for (let i = 0; i < text.length; i++) if (isHanIdeographCode(text.charCodeAt(i))) han++;
  return han;
}
