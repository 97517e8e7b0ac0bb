import type { Article } from '../articles.js';
import { mentionsOfArticle, type ArticleMentions } from '../facts/articleView.js';
import type { MentionIndex } from '../mentions/mentionIndex.js';
import type { IndexedArticle, IndexedArticles, PassageIndexData } from './passageIndex.js';
import { entityTerm, passageTerms } from './terms.js';

/**
 * The passage index of a few articles (one corpus file's), before it is merged with the rest
 * of the corpus: a local term table and, per paragraph, its distinct terms with their counts.
 * A corpus store keeps one segment per file, so that a changed file is indexed again alone and
 * the corpus index is merged from the stored segments without reading any article text.
 */
export interface IndexSegment {
  articles: IndexedArticle[];
  terms: string[];
  /** Per paragraph: its article (index into `articles`), offsets in the file, length in terms. */
  paragraphArticle: Int32Array;
  paragraphStart: Int32Array;
  paragraphEnd: Int32Array;
  paragraphLength: Uint16Array;
  /** Paragraph p's (term, count) pairs are at `pairOffsets[p] .. pairOffsets[p + 1]`. */
  pairOffsets: Int32Array;
  pairTerms: Int32Array;
  pairCounts: Uint16Array;
}

/** A segment with no paragraphs (a file that holds no article). */
export function emptyIndexSegment(): IndexSegment {
  return {
    articles: [],
    terms: [],
    paragraphArticle: new Int32Array(0),
    paragraphStart: new Int32Array(0),
    paragraphEnd: new Int32Array(0),
    paragraphLength: new Uint16Array(0),
    pairOffsets: new Int32Array(1),
    pairTerms: new Int32Array(0),
    pairCounts: new Uint16Array(0),
  };
}

/** The fields of an article a search result shows. */
export function indexedArticleOf(article: Omit<Article, 'passages'>): IndexedArticle {
  return {
    id: article.id,
    path: article.path,
    title: article.title,
    date: article.eventDate ?? article.date,
    outlet: article.outlet,
    language: article.language,
    storyId: article.storyId,
  };
}

/**
 * Indexes the paragraphs of some articles by their words (Chinese by character pairs) and by
 * the knowledge-base entities they mention, so that an English sentence about To Lam also
 * finds the Chinese paragraph about 苏林.
 */
export function indexSegmentOf(articles: readonly Article[], mentionIndex: MentionIndex): IndexSegment {
  return indexSegmentOfViews(articles.map((article) => mentionsOfArticle(article, mentionIndex)));
}

/**
 * The same from the articles' mentions (their views, which the facts read too): the mentions
 * are found once per article, with the whole article as context, so a paragraph that says "Xi"
 * after an earlier one said "Xi Jinping" is filed under him as well.
 */
export function indexSegmentOfViews(views: readonly ArticleMentions[]): IndexSegment {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const paragraphArticle: number[] = [];
  const paragraphStart: number[] = [];
  const paragraphEnd: number[] = [];
  const paragraphLength: number[] = [];
  const pairOffsets: number[] = [0];
  const pairTerms: number[] = [];
  const pairCounts: number[] = [];
  // A paragraph's count of each term, by term id, and its terms in the order first met: a typed
  // array read and written by position rather than a map hashing the id at every word.
  let counts = new Uint32Array(256);
  const met: number[] = [];
  const count = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      if (id >= counts.length) {
        const larger = new Uint32Array(counts.length * 2);
        larger.set(counts);
        counts = larger;
      }
    }
    if (counts[id]!++ === 0) met.push(id);
  };
  views.forEach((view, articleIndex) => {
    const entities = entitiesInFile(view);
    let next = 0;
    for (const passage of view.article.passages) {
      if (passage.kind !== 'paragraph') continue;
      const words = passageTerms(passage.text);
      for (const term of words) count(term);
      // Both lists are in file order: one merge pass gives each paragraph the mentions inside it.
      while (next < entities.length && entities[next]!.start < passage.start) next++;
      let inside = 0;
      for (let k = next; k < entities.length && entities[k]!.start < passage.end; k++) {
        if (entities[k]!.end > passage.end) continue;
        count(entities[k]!.term);
        inside++;
      }
      for (const id of met) {
        pairTerms.push(id);
        pairCounts.push(Math.min(counts[id]!, 0xffff));
        counts[id] = 0;
      }
      met.length = 0;
      pairOffsets.push(pairTerms.length);
      paragraphArticle.push(articleIndex);
      paragraphStart.push(passage.start);
      paragraphEnd.push(passage.end);
      paragraphLength.push(Math.min(words.length + inside, 0xffff));
    }
  });
  return {
    articles: views.map((view) => indexedArticleOf(view.article)),
    terms,
    paragraphArticle: Int32Array.from(paragraphArticle),
    paragraphStart: Int32Array.from(paragraphStart),
    paragraphEnd: Int32Array.from(paragraphEnd),
    paragraphLength: Uint16Array.from(paragraphLength),
    pairOffsets: Int32Array.from(pairOffsets),
    pairTerms: Int32Array.from(pairTerms),
    pairCounts: Uint16Array.from(pairCounts),
  };
}

/**
 * The view's mentions of knowledge-base entities as index terms, placed in the file. A mention
 * in the headline (before the first paragraph) or across two paragraphs lies inside none.
 */
function entitiesInFile(view: ArticleMentions): { start: number; end: number; term: string }[] {
  const out: { start: number; end: number; term: string }[] = [];
  for (const mention of view.mentions) {
    if (!mention.known) continue;
    out.push({ start: view.toFile(mention.start), end: view.toFile(mention.end), term: entityTerm(mention.known.id) });
  }
  return out;
}

/** Articles held in an array, as a merge or a corpus given in memory makes them. */
export function indexedArticleList(articles: readonly IndexedArticle[]): IndexedArticles {
  return {
    length: articles.length,
    at: (article) => articles[article]!,
    language: (article) => articles[article]!.language,
  };
}

/**
 * Merges segments into the corpus's passage index (see {@link IndexMerge}): articles `keep`
 * refuses (a second copy of an article) are left out; `storyOf` gives each its corpus story.
 */
export function mergeIndexSegments(
  segments: readonly IndexSegment[],
  keep: (segment: number, article: number) => boolean = () => true,
  storyOf: (articleId: string) => string | undefined = () => undefined,
): PassageIndexData {
  const merge = new IndexMerge();
  const articles: IndexedArticle[] = [];
  segments.forEach((segment, s) => {
    const kept = merge.add(segment, (a) => keep(s, a));
    for (const a of kept) articles.push(segment.articles[a]!);
  });
  return merge.finish((added) => {
    const indexed = articles[added]!;
    return { ...indexed, storyId: storyOf(indexed.id) ?? indexed.storyId };
  });
}

/**
 * The corpus's passage index, merged one segment at a time, so that a merge holds one file's
 * segment at a time rather than all of them. Each segment's terms join the corpus's term table
 * as it is added, and of its kept paragraphs only numbers are kept (offsets, lengths, term ids
 * and counts, in growing typed arrays): its term strings, which each segment holds again, and
 * its articles are dropped with it.
 *
 * `finish` numbers the articles newest first (by the date a search result shows, undated last,
 * ties in the order added), and so their paragraphs, so every posting list is in that order
 * too: the newest articles mentioning an entity are the first postings of its term, with no
 * sorting at read time. Postings are filled by counting passes, so the cost is linear in the
 * number of (paragraph, term) pairs.
 */
export class IndexMerge {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per article added: the date a search result shows ('' when undated), and its first paragraph. */
  private readonly dates: string[] = [];
  private readonly articleFirst = new GrowingInt32Array();
  /** Per paragraph kept: offsets in its file, length in terms, and its first pair. */
  private readonly paragraphStart = new GrowingInt32Array();
  private readonly paragraphEnd = new GrowingInt32Array();
  private readonly paragraphLength = new GrowingUint16Array();
  private readonly paragraphPairs = new GrowingInt32Array();
  /** Per (paragraph, term) pair kept: the term's id in the corpus's table, and its count. */
  private readonly pairTerms = new GrowingInt32Array();
  private readonly pairCounts = new GrowingUint16Array();

  /** How many articles were added. */
  get length(): number {
    return this.dates.length;
  }

  /**
   * Adds the articles of a segment that `keep` accepts, numbered on from those added before;
   * returns their numbers in the segment.
   */
  add(segment: IndexSegment, keep: (article: number) => boolean = () => true): number[] {
    // Every term of the segment joins the table, in the segment's order, even one only a
    // refused article has: the table comes out the same whichever copies are kept.
    const termMap = new Int32Array(segment.terms.length);
    for (let t = 0; t < segment.terms.length; t++) {
      const term = segment.terms[t]!;
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.termIds.set(term, id);
        this.terms.push(term);
      }
      termMap[t] = id;
    }
    // An article's paragraphs, in text order, wherever they are in the segment.
    const articleCount = segment.articles.length;
    const firstOf = new Int32Array(articleCount + 1);
    for (const a of segment.paragraphArticle) firstOf[a + 1]!++;
    for (let a = 0; a < articleCount; a++) firstOf[a + 1]! += firstOf[a]!;
    const byArticle = new Int32Array(segment.paragraphArticle.length);
    const fill = firstOf.slice(0, articleCount);
    for (let p = 0; p < segment.paragraphArticle.length; p++) byArticle[fill[segment.paragraphArticle[p]!]!++] = p;

    const kept: number[] = [];
    for (let a = 0; a < articleCount; a++) {
      if (!keep(a)) continue;
      kept.push(a);
      this.dates.push(segment.articles[a]!.date ?? '');
      this.articleFirst.push(this.paragraphStart.length);
      for (let k = firstOf[a]!; k < firstOf[a + 1]!; k++) {
        const p = byArticle[k]!;
        this.paragraphStart.push(segment.paragraphStart[p]!);
        this.paragraphEnd.push(segment.paragraphEnd[p]!);
        this.paragraphLength.push(segment.paragraphLength[p]!);
        this.paragraphPairs.push(this.pairTerms.length);
        for (let pair = segment.pairOffsets[p]!; pair < segment.pairOffsets[p + 1]!; pair++) {
          this.pairTerms.push(termMap[segment.pairTerms[pair]!]!);
          this.pairCounts.push(segment.pairCounts[pair]!);
        }
      }
    }
    return kept;
  }

  /**
   * The index of the articles added; `articleAt` gives the fields a search result shows of the
   * one added `added`-th (with its corpus story), asked for when the index's article of that
   * rank first is. The merge is empty afterwards.
   */
  finish(articleAt: (added: number) => IndexedArticle): PassageIndexData {
    const count = this.dates.length;
    const dates = this.dates;
    const order = Int32Array.from({ length: count }, (_, k) => k).sort((x, y) => {
      const dx = dates[x]!;
      const dy = dates[y]!;
      return dx === dy ? x - y : dx === '' ? 1 : dy === '' ? -1 : dx < dy ? 1 : -1;
    });
    const articleFirst = this.articleFirst.take();
    const start = this.paragraphStart.take();
    const end = this.paragraphEnd.take();
    const length = this.paragraphLength.take();
    const paragraphs = start.length;
    const pairStart = this.paragraphPairs.take();
    const pairTerms = this.pairTerms.take();
    const pairCounts = this.pairCounts.take();
    const firstParagraph = (k: number) => (k + 1 < count ? articleFirst[k + 1]! : paragraphs);
    const pairEnd = (p: number) => (p + 1 < paragraphs ? pairStart[p + 1]! : pairTerms.length);

    // Passages in rank order; within an article, in text order.
    const passageArticle = new Int32Array(paragraphs);
    const passageStart = new Int32Array(paragraphs);
    const passageEnd = new Int32Array(paragraphs);
    const passageLength = new Uint16Array(paragraphs);
    const fromParagraph = new Int32Array(paragraphs);
    let q = 0;
    for (let rank = 0; rank < count; rank++) {
      const k = order[rank]!;
      for (let p = articleFirst[k]!; p < firstParagraph(k); p++, q++) {
        fromParagraph[q] = p;
        passageArticle[q] = rank;
        passageStart[q] = start[p]!;
        passageEnd[q] = end[p]!;
        passageLength[q] = length[p]!;
      }
    }

    const terms = this.terms;
    const documentFrequency = new Int32Array(terms.length);
    for (let pair = 0; pair < pairTerms.length; pair++) documentFrequency[pairTerms[pair]!]!++;
    const postingOffsets = new Int32Array(terms.length + 1);
    for (let t = 0; t < terms.length; t++) postingOffsets[t + 1] = postingOffsets[t]! + documentFrequency[t]!;
    const postingPassages = new Int32Array(pairTerms.length);
    const postingFrequencies = new Uint16Array(pairTerms.length);
    const fill = documentFrequency;
    fill.set(postingOffsets.subarray(0, terms.length));
    for (let passage = 0; passage < paragraphs; passage++) {
      const p = fromParagraph[passage]!;
      const pairsEnd = pairEnd(p);
      for (let pair = pairStart[p]!; pair < pairsEnd; pair++) {
        const at = fill[pairTerms[pair]!]!++;
        postingPassages[at] = passage;
        postingFrequencies[at] = pairCounts[pair]!;
      }
    }
    this.termIds.clear();
    this.dates.length = 0;
    // Made when first asked for: writing a generation reads only their ids, once.
    const made: (IndexedArticle | undefined)[] = [];
    const at = (rank: number) => (made[rank] ??= articleAt(order[rank]!));
    return {
      articles: { length: count, at, language: (rank) => at(rank).language },
      passageArticle,
      passageStart,
      passageEnd,
      passageLength,
      terms,
      postingOffsets,
      postingPassages,
      postingFrequencies,
    };
  }
}

/** A typed array filled one value at a time, its storage doubled as it fills. */
class GrowingInt32Array {
  private values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Int32Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }

  /** The values pushed (a view of the storage, not a copy); the growing array is empty afterwards. */
  take(): Int32Array {
    const values = this.values.subarray(0, this.length);
    this.values = new Int32Array(0);
    this.length = 0;
    return values;
  }
}

class GrowingUint16Array {
  private values = new Uint16Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Uint16Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }

  take(): Uint16Array {
    const values = this.values.subarray(0, this.length);
    this.values = new Uint16Array(0);
    this.length = 0;
    return values;
  }
}
