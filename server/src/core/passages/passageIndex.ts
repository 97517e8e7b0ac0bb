import type { Article, Corpus, Language } from '../../corpus/types.js';
import { findMentions } from '../mentions/findMentions.js';
import type { MentionIndex } from '../mentions/mentionIndex.js';
import { alignmentScore } from './alignment.js';
import { entityTerm, passageTerms } from './terms.js';

/** The article fields a search result shows. */
export interface IndexedArticle {
  id: string;
  path: string;
  title: string;
  date?: string;
  outlet?: string;
  language: Language;
  storyId: string;
}

/**
 * The passage index as plain data (typed arrays and lists), so that it can be written to disk
 * and read back without rebuilding. One entry per corpus paragraph; each term's postings are
 * the paragraphs containing it, in increasing order, with the term's frequency there.
 */
export interface PassageIndexData {
  articles: IndexedArticle[];
  passageArticle: Int32Array;
  passageStart: Int32Array;
  passageEnd: Int32Array;
  passageLength: Uint16Array;
  terms: string[];
  postingOffsets: Int32Array;
  postingPassages: Int32Array;
  postingFrequencies: Uint16Array;
}

/** A growable Int32Array: postings for a large corpus do not fit in plain arrays of numbers. */
class IntBuffer {
  data = new Int32Array(1 << 16);
  length = 0;
  push(a: number, b: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
}

/**
 * Builds the index from an ingested corpus. Each paragraph is indexed by its words (Chinese by
 * character pairs) and by the knowledge-base entities it mentions, so that an English sentence
 * about To Lam also finds the Chinese paragraph about 苏林.
 */
export function buildPassageIndex(corpus: Corpus, mentionIndex: MentionIndex): PassageIndexData {
  const articles: IndexedArticle[] = [];
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const pairs = new IntBuffer();
  const passageBounds: number[] = [0];
  const passageArticle: number[] = [];
  const passageStart: number[] = [];
  const passageEnd: number[] = [];
  const passageLength: number[] = [];
  const frequencies = new Map<number, number>();
  corpus.articles.forEach((article: Article) => {
    const articleIndex = articles.length;
    articles.push({ id: article.id, path: article.path, title: article.title, date: article.eventDate ?? article.date, outlet: article.outlet, language: article.language, storyId: article.storyId });
    for (const passage of article.passages) {
      if (passage.kind !== 'paragraph') continue;
      frequencies.clear();
      const words = passageTerms(passage.text);
      const entities = findMentions(passage.text, mentionIndex).flatMap((m) => (m.known ? [entityTerm(m.known.id)] : []));
      for (const term of [...words, ...entities]) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
        }
        frequencies.set(id, (frequencies.get(id) ?? 0) + 1);
      }
      for (const [id, count] of frequencies) pairs.push(id, Math.min(count, 0xffff));
      passageBounds.push(pairs.length);
      passageArticle.push(articleIndex);
      passageStart.push(passage.start);
      passageEnd.push(passage.end);
      passageLength.push(Math.min(words.length + entities.length, 0xffff));
    }
  });

  // Invert: count each term's postings, then fill them in passage order.
  const documentFrequency = new Int32Array(terms.length);
  for (let k = 0; k < pairs.length; k += 2) documentFrequency[pairs.data[k]!]!++;
  const postingOffsets = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) postingOffsets[t + 1] = postingOffsets[t]! + documentFrequency[t]!;
  const postingPassages = new Int32Array(postingOffsets[terms.length]!);
  const postingFrequencies = new Uint16Array(postingPassages.length);
  const fill = postingOffsets.slice(0, terms.length);
  for (let p = 0; p + 1 < passageBounds.length; p++) {
    for (let k = passageBounds[p]!; k < passageBounds[p + 1]!; k += 2) {
      const term = pairs.data[k]!;
      const at = fill[term]!++;
      postingPassages[at] = p;
      postingFrequencies[at] = pairs.data[k + 1]!;
    }
  }
  return {
    articles,
    passageArticle: Int32Array.from(passageArticle),
    passageStart: Int32Array.from(passageStart),
    passageEnd: Int32Array.from(passageEnd),
    passageLength: Uint16Array.from(passageLength),
    terms,
    postingOffsets,
    postingPassages,
    postingFrequencies,
  };
}

/** A corpus passage that matches a query. */
export interface PassageMatch {
  article: IndexedArticle;
  /** The best-matching sentence's offsets in the corpus file. */
  start: number;
  end: number;
  /** The paragraph's offsets in the file. */
  paragraphStart: number;
  paragraphEnd: number;
  /** Combined score, 0 to 1: lexical (BM25, relative to the best candidate) and word-order alignment. */
  score: number;
  bm25: number;
  alignment: number;
}

export interface SearchOptions {
  limit?: number;
  /** The text of a paragraph of the corpus, for reranking by alignment (read from the file). */
  textOf(path: string, start: number, end: number): string | undefined;
}

const K1 = 1.2;
const B = 0.75;
/** How many candidates the alignment reranks. */
const RERANK = 100;
/** Query words this common (share of passages) only score candidates, they do not generate them. */
const COMMON = 0.05;
/** At most this many postings are read to generate candidates (beyond the two rarest terms). */
const MAX_CANDIDATE_POSTINGS = 20_000;

/**
 * Searches the index: candidates come from the query's entities and its rarest words; every
 * query word then scores them with BM25; the best are reranked by how much of the query's
 * wording they reproduce in order, and the best sentence in each paragraph is reported.
 */
export class PassageIndex {
  private readonly termIds: Map<string, number>;
  /** Average passage length per language: Chinese character pairs outnumber English words. */
  private readonly averageLength: Record<Language, number>;

  constructor(
    readonly data: PassageIndexData,
    private readonly mentionIndex: MentionIndex,
  ) {
    this.termIds = new Map(data.terms.map((term, id) => [term, id]));
    const totals = { en: 0, zh: 0 };
    const counts = { en: 0, zh: 0 };
    data.passageLength.forEach((length, passage) => {
      const language = data.articles[data.passageArticle[passage]!]!.language;
      totals[language] += length;
      counts[language]++;
    });
    this.averageLength = { en: totals.en / Math.max(1, counts.en) || 1, zh: totals.zh / Math.max(1, counts.zh) || 1 };
  }

  get passageCount(): number {
    return this.data.passageArticle.length;
  }

  search(text: string, options: SearchOptions): PassageMatch[] {
    const words = passageTerms(text);
    const entities = findMentions(text, this.mentionIndex).flatMap((m) => (m.known ? [entityTerm(m.known.id)] : []));
    const queryTerms = [...new Set([...words, ...entities])]
      .map((term) => this.termIds.get(term))
      .filter((id): id is number => id !== undefined)
      .map((id) => ({ id, df: this.df(id) }));
    if (queryTerms.length === 0) return [];
    // Candidates come from the rarest terms, entities included, up to a bounded number of
    // postings: a leader named in half the corpus generates nothing, it only scores.
    const byRarity = [...queryTerms].sort((a, b) => a.df - b.df);
    const generators: typeof queryTerms = [];
    let postings = 0;
    for (const term of byRarity) {
      if (generators.length >= 8 || (generators.length >= 2 && (postings + term.df > MAX_CANDIDATE_POSTINGS || term.df > this.passageCount * COMMON))) break;
      generators.push(term);
      postings += term.df;
    }
    const scores = new Map<number, number>();
    for (const term of generators) {
      const idf = this.idf(term.df);
      for (let k = this.data.postingOffsets[term.id]!; k < this.data.postingOffsets[term.id + 1]!; k++) {
        const passage = this.data.postingPassages[k]!;
        scores.set(passage, (scores.get(passage) ?? 0) + idf * this.saturate(this.data.postingFrequencies[k]!, passage));
      }
    }
    const others = queryTerms.filter((t) => !generators.includes(t));
    for (const [passage, score] of scores) {
      let total = score;
      for (const term of others) {
        const tf = this.frequencyIn(term.id, passage);
        if (tf > 0) total += this.idf(term.df) * this.saturate(tf, passage);
      }
      scores.set(passage, total);
    }
    const candidates = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, RERANK);
    if (candidates.length === 0) return [];
    const best = candidates[0]![1];
    const language: Language = /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
    const matches = candidates.map(([passage, bm25]) => this.rerank(passage, bm25, best, words, language, options));
    return matches.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10);
  }

  private rerank(passage: number, bm25: number, best: number, queryWords: string[], language: Language, options: SearchOptions): PassageMatch {
    const article = this.data.articles[this.data.passageArticle[passage]!]!;
    const paragraphStart = this.data.passageStart[passage]!;
    const paragraphEnd = this.data.passageEnd[passage]!;
    const text = options.textOf(article.path, paragraphStart, paragraphEnd) ?? '';
    let start = paragraphStart;
    let end = paragraphEnd;
    let alignment = 0;
    for (const sentence of sentencesOf(text)) {
      const score = alignmentScore(queryWords, passageTerms(sentence.text));
      if (score > alignment) {
        alignment = score;
        start = paragraphStart + sentence.start;
        end = paragraphStart + sentence.end;
      }
    }
    // Across languages word order says nothing; the shared entities, numbers and names do.
    const score = article.language === language ? 0.5 * (bm25 / best) + 0.5 * alignment : 0.9 * (bm25 / best);
    return { article, start, end, paragraphStart, paragraphEnd, bm25, alignment, score };
  }

  private df(term: number): number {
    return this.data.postingOffsets[term + 1]! - this.data.postingOffsets[term]!;
  }

  private idf(df: number): number {
    return Math.log(1 + (this.passageCount - df + 0.5) / (df + 0.5));
  }

  private saturate(tf: number, passage: number): number {
    const length = this.data.passageLength[passage]!;
    const average = this.averageLength[this.data.articles[this.data.passageArticle[passage]!]!.language];
    return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average));
  }

  /** A term's frequency in a passage: binary search in its postings. */
  private frequencyIn(term: number, passage: number): number {
    let low = this.data.postingOffsets[term]!;
    let high = this.data.postingOffsets[term + 1]! - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = this.data.postingPassages[mid]!;
      if (value === passage) return this.data.postingFrequencies[mid]!;
      if (value < passage) low = mid + 1;
      else high = mid - 1;
    }
    return 0;
  }
}

/** Sentences of a paragraph with offsets relative to it (full stops, Chinese stops). */
function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  const sentences: { start: number; end: number; text: string }[] = [];
  const pattern = /[^.!?。！？]+(?:[.!?。！？]+|$)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    sentences.push({ start: match.index! + lead, end: match.index! + lead + trimmed.length, text: trimmed });
  }
  return sentences.length > 0 ? sentences : [{ start: 0, end: text.length, text }];
}
