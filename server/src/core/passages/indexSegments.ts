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
  const counts = new Map<number, number>();
  const count = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  views.forEach((view, articleIndex) => {
    const entities = entitiesInFile(view);
    let next = 0;
    for (const passage of view.article.passages) {
      if (passage.kind !== 'paragraph') continue;
      counts.clear();
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
      for (const [id, count] of counts) {
        pairTerms.push(id);
        pairCounts.push(Math.min(count, 0xffff));
      }
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
 * Merges segments into the corpus's passage index. Articles are numbered newest first (by the
 * date a search result shows, undated last, ties in segment order), and so are their
 * paragraphs, so every posting list is in that order too: the newest articles mentioning an
 * entity are the first postings of its term, with no sorting at read time. Articles `keep`
 * refuses (a second copy of an article) are left out; `storyOf` gives each its corpus story.
 * Terms are unified and postings filled by counting passes, so the cost is linear in the
 * number of (paragraph, term) pairs.
 */
export function mergeIndexSegments(
  segments: readonly IndexSegment[],
  keep: (segment: number, article: number) => boolean = () => true,
  storyOf: (articleId: string) => string | undefined = () => undefined,
): PassageIndexData {
  // Kept articles, newest first.
  const kept: { segment: number; article: number; date: string }[] = [];
  segments.forEach((segment, s) =>
    segment.articles.forEach(
      (article, a) => keep(s, a) && kept.push({ segment: s, article: a, date: article.date ?? '' }),
    ),
  );
  const order = kept
    .map((_, i) => i)
    .sort((x, y) => {
      const dx = kept[x]!.date;
      const dy = kept[y]!.date;
      return dx === dy ? x - y : dx === '' ? 1 : dy === '' ? -1 : dx < dy ? 1 : -1;
    });
  const articleMaps = segments.map((segment) => new Int32Array(segment.articles.length).fill(-1));
  const articles: IndexedArticle[] = order.map((k, rank) => {
    const { segment, article } = kept[k]!;
    articleMaps[segment]![article] = rank;
    const indexed = segments[segment]!.articles[article]!;
    return { ...indexed, storyId: storyOf(indexed.id) ?? indexed.storyId };
  });

  // Terms unified; paragraphs listed by article rank (within an article, in text order).
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const termMaps = segments.map((segment) =>
    Int32Array.from(segment.terms, (term) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
      }
      return id;
    }),
  );
  const firstParagraph = segments.map(() => new Int32Array(0));
  const paragraphCount = new Int32Array(articles.length);
  segments.forEach((segment, s) => {
    const starts = new Int32Array(segment.articles.length).fill(-1);
    for (let p = 0; p < segment.paragraphArticle.length; p++) {
      const a = segment.paragraphArticle[p]!;
      const rank = articleMaps[s]![a]!;
      if (rank < 0) continue;
      if (starts[a] === -1) starts[a] = p;
      paragraphCount[rank]!++;
    }
    firstParagraph[s] = starts;
  });
  const paragraphs = paragraphCount.reduce((sum, n) => sum + n, 0);
  /** For each passage in the merged order: its segment and its paragraph there. */
  const fromSegment = new Int32Array(paragraphs);
  const fromParagraph = new Int32Array(paragraphs);
  let passage = 0;
  order.forEach((k) => {
    const { segment, article } = kept[k]!;
    const first = firstParagraph[segment]![article]!;
    const rank = articleMaps[segment]![article]!;
    for (let p = first, n = 0; n < paragraphCount[rank]!; p++) {
      if (segments[segment]!.paragraphArticle[p] !== article) continue;
      fromSegment[passage] = segment;
      fromParagraph[passage++] = p;
      n++;
    }
  });

  const passageArticle = new Int32Array(paragraphs);
  const passageStart = new Int32Array(paragraphs);
  const passageEnd = new Int32Array(paragraphs);
  const passageLength = new Uint16Array(paragraphs);
  const documentFrequency = new Int32Array(terms.length);
  let pairs = 0;
  for (let q = 0; q < paragraphs; q++) {
    const s = fromSegment[q]!;
    const p = fromParagraph[q]!;
    const segment = segments[s]!;
    passageArticle[q] = articleMaps[s]![segment.paragraphArticle[p]!]!;
    passageStart[q] = segment.paragraphStart[p]!;
    passageEnd[q] = segment.paragraphEnd[p]!;
    passageLength[q] = segment.paragraphLength[p]!;
    for (let k = segment.pairOffsets[p]!; k < segment.pairOffsets[p + 1]!; k++)
      documentFrequency[termMaps[s]![segment.pairTerms[k]!]!]!++;
    pairs += segment.pairOffsets[p + 1]! - segment.pairOffsets[p]!;
  }
  const postingOffsets = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) postingOffsets[t + 1] = postingOffsets[t]! + documentFrequency[t]!;
  const postingPassages = new Int32Array(pairs);
  const postingFrequencies = new Uint16Array(pairs);
  const fill = postingOffsets.slice(0, terms.length);
  for (let q = 0; q < paragraphs; q++) {
    const s = fromSegment[q]!;
    const p = fromParagraph[q]!;
    const segment = segments[s]!;
    for (let k = segment.pairOffsets[p]!; k < segment.pairOffsets[p + 1]!; k++) {
      const at = fill[termMaps[s]![segment.pairTerms[k]!]!]!++;
      postingPassages[at] = q;
      postingFrequencies[at] = segment.pairCounts[k]!;
    }
  }
  return {
    articles: indexedArticleList(articles),
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
