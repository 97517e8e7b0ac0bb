import { foldText } from '../text/fold.js';

const STOPWORDS = new Set(
  'the of and to in a on for with at by from as is was are were be been that this it its their his her he she they we our an or not but also has have had will would should can could said says two both sides side which who whom than then there these those into over more such'.split(' '),
);
const HAN = /[\u3400-\u9fff]/;

/**
 * The words of a text for the passage index and for alignment: folded Latin words (no
 * stopwords) and, for Chinese, which has no spaces, overlapping character pairs. Numbers stay
 * as words, so figures and years match.
 */
export function passageTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    if (HAN.test(token)) {
      for (let i = 0; i + 1 < token.length; i++) terms.push(token.slice(i, i + 2));
      if (token.length === 1) terms.push(token);
    } else if (token.length > 1 && !STOPWORDS.has(token)) {
      terms.push(token);
    }
  }
  return terms;
}

/** The index term for an entity: the same for every language and spelling of its name. */
export function entityTerm(entityId: string): string {
  return `@${entityId}`;
}
