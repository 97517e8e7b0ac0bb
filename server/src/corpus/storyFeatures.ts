/**
 * The vocabulary an article is compared on when grouping stories. Words that every diplomatic
 * report shares ("general secretary", "Central Committee") say nothing about which event is
 * reported, so comparison weights terms by rarity across the corpus (inverse document frequency),
 * and candidate pairs are found through rare terms only.
 *
 * Terms are produced as 32-bit hashes rather than strings: a corpus of 100,000 articles holds
 * tens of millions of word pairs, most of them seen once, and strings for them would dominate
 * both time and memory.
 */
import type { Article } from './types.js';
import { isHanCode } from '../core/text/scripts.js';

/** Function words and reporting verbs that carry no information about the event. */
const STOPWORDS =
  'the and for with that this from have has had was were are but not his her its their they them ' +
  'said says will would could should also been being which who whom whose what when where while ' +
  'into over under about after before between during than then there these those such other more ' +
  'most very can may might must our out all any both each few some own same too only just one two ' +
  'new year years day days time you your';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const STOP_HASHES = new Set(STOPWORDS.split(' ').map(hashWord));

/** How much article text the comparison reads; the opening of a report names its event. */
const MAX_CHARS = 6000;

/** 32-bit FNV-1a hash of a word, as `storyTerms` computes it while scanning. */
function hashWord(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/**
 * The distinct terms an article is compared on, as sorted 32-bit hashes: English words of three
 * letters or more without stopwords, pairs of adjacent such words, and for Chinese, character
 * bigrams (Chinese has no spaces, and bigrams approximate words). The title is included, since
 * outlets often share most of a headline even when the text differs.
 */
export function storyTerms(article: Article): Uint32Array {
  const hashes: number[] = [];
  addTerms(article.title, hashes);
  let budget = MAX_CHARS;
  for (const passage of article.passages) {
    if (passage.kind !== 'paragraph') continue;
    if (budget <= 0) break;
    addTerms(passage.text.length > budget ? passage.text.slice(0, budget) : passage.text, hashes);
    budget -= passage.text.length;
  }
  const sorted = Uint32Array.from(hashes).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] as number;
  }
  return sorted.slice(0, unique);
}

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Scans text once, hashing words, word pairs and Chinese character pairs as it goes. */
function addTerms(text: string, out: number[]): void {
  let hash = FNV_OFFSET;
  let length = 0;
  let previousWord = -1;
  let previousHan = -1;
  const endWord = () => {
    if (length === 0) return;
    const word = hash >>> 0;
    if (length >= 3 && !STOP_HASHES.has(word)) {
      out.push(word);
      if (previousWord >= 0) out.push(Math.imul(Math.imul(previousWord ^ 0x20, FNV_PRIME) ^ word, FNV_PRIME) >>> 0);
      previousWord = word;
    } else {
      previousWord = -1;
    }
    hash = FNV_OFFSET;
    length = 0;
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isHanCode(code)) {
      endWord();
      previousWord = -1;
      if (previousHan >= 0) out.push(Math.imul(Math.imul(0xffff ^ previousHan, FNV_PRIME) ^ code, FNV_PRIME) >>> 0);
      previousHan = code;
      continue;
    }
    previousHan = -1;
    if (code >= 65 && code <= 90) code += 32;
    else if (code >= 0xc0 && code <= 0xde && code !== 0xd7) code += 32;
    if (isWordChar(code)) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      length++;
      continue;
    }
    if ((code === 39 || code === 0x2019) && length > 0) {
      // "Laos' ", "China's": a possessive ending belongs to no term; any other apostrophe is skipped.
      const next = text.charCodeAt(i + 1) | 32;
      if (next === 115 && !isWordChar(text.charCodeAt(i + 2) | 32)) i++;
      continue;
    }
    endWord();
  }
  endWord();
}
