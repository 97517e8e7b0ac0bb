import MiniSearch from 'minisearch';
import type { Article, Corpus, Passage } from '../corpus/types.js';
import { foldText } from './text/fold.js';

/** A corpus paragraph that matches a query, with its article and score. */
export interface PassageHit {
  article: Article;
  passage: Passage;
  score: number;
}

const STOPWORDS = new Set(
  'the of and to in a on for with at by from as is was are were be been that this it its their his her he she they we our an or not but also has have had will would should can could said says two both sides side'.split(' '),
);
const HAN = /[\u3400-\u9fff]/;

/**
 * Words for the lexical index: folded Latin words (no stopwords), and overlapping character
 * pairs for Chinese, which has no spaces to split on.
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

/**
 * Lexical (BM25) search over the corpus's paragraphs with MiniSearch: the corpus passages that
 * share the most distinctive words with a sentence or selection, best first.
 */
export class PassageSearch {
  private readonly index: MiniSearch<{ id: number; text: string }>;
  private readonly entries: { article: Article; passage: Passage }[] = [];

  constructor(corpus: Corpus) {
    this.index = new MiniSearch<{ id: number; text: string }>({
      fields: ['text'],
      tokenize: passageTerms,
      processTerm: (term) => term,
    });
    const documents: { id: number; text: string }[] = [];
    for (const article of corpus.articles) {
      for (const passage of article.passages) {
        if (passage.kind !== 'paragraph') continue;
        documents.push({ id: this.entries.length, text: passage.text });
        this.entries.push({ article, passage });
      }
    }
    this.index.addAll(documents);
  }

  /** The best `limit` paragraphs for a text; none when it has no searchable words. */
  search(text: string, limit = 10): PassageHit[] {
    if (passageTerms(text).length === 0) return [];
    return this.index
      .search(text, { combineWith: 'OR' })
      .slice(0, limit)
      .map((result) => ({ ...this.entries[result.id as number]!, score: result.score }));
  }
}
