import type { Article } from '../../corpus/types.js';
import { findMentions } from '../mentions/findMentions.js';
import type { MentionIndex } from '../mentions/mentionIndex.js';
import type { IndexedArticle, PassageIndexData } from './passageIndex.js';
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
  articles.forEach((article, articleIndex) => {
    for (const passage of article.passages) {
      if (passage.kind !== 'paragraph') continue;
      counts.clear();
      const words = passageTerms(passage.text);
      const entities = findMentions(passage.text, mentionIndex).flatMap((m) => (m.known ? [entityTerm(m.known.id)] : []));
      for (const term of [...words, ...entities]) {
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, count] of counts) {
        pairTerms.push(id);
        pairCounts.push(Math.min(count, 0xffff));
      }
      pairOffsets.push(pairTerms.length);
      paragraphArticle.push(articleIndex);
      paragraphStart.push(passage.start);
      paragraphEnd.push(passage.end);
      paragraphLength.push(Math.min(words.length + entities.length, 0xffff));
    }
  });
  return {
    articles: articles.map(indexedArticleOf),
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
 * Merges segments into the corpus's passage index: articles renumbered in segment order
 * (skipping those `keep` refuses, such as a second copy of an article), terms unified, and
 * each term's postings filled in paragraph order by a counting pass, so the cost is linear in
 * the number of (paragraph, term) pairs. `storyOf` gives each kept article its corpus story.
 */
export function mergeIndexSegments(
  segments: readonly IndexSegment[],
  keep: (segment: number, article: number) => boolean = () => true,
  storyOf: (articleId: string) => string | undefined = () => undefined,
): PassageIndexData {
  const articles: IndexedArticle[] = [];
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  let paragraphs = 0;
  let pairs = 0;
  // First pass: global article and term numbers, and the sizes of the arrays.
  const articleMaps: Int32Array[] = [];
  const termMaps: Int32Array[] = [];
  segments.forEach((segment, s) => {
    const articleMap = new Int32Array(segment.articles.length).fill(-1);
    segment.articles.forEach((article, a) => {
      if (!keep(s, a)) return;
      articleMap[a] = articles.length;
      articles.push({ ...article, storyId: storyOf(article.id) ?? article.storyId });
    });
    const termMap = new Int32Array(segment.terms.length);
    segment.terms.forEach((term, t) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
      }
      termMap[t] = id;
    });
    for (let p = 0; p < segment.paragraphArticle.length; p++) {
      if (articleMap[segment.paragraphArticle[p]!]! < 0) continue;
      paragraphs++;
      pairs += segment.pairOffsets[p + 1]! - segment.pairOffsets[p]!;
    }
    articleMaps.push(articleMap);
    termMaps.push(termMap);
  });

  const passageArticle = new Int32Array(paragraphs);
  const passageStart = new Int32Array(paragraphs);
  const passageEnd = new Int32Array(paragraphs);
  const passageLength = new Uint16Array(paragraphs);
  const documentFrequency = new Int32Array(terms.length);
  const forEachKeptParagraph = (visit: (segment: IndexSegment, s: number, p: number, passage: number) => void) => {
    let passage = 0;
    segments.forEach((segment, s) => {
      for (let p = 0; p < segment.paragraphArticle.length; p++) {
        if (articleMaps[s]![segment.paragraphArticle[p]!]! < 0) continue;
        visit(segment, s, p, passage++);
      }
    });
  };
  forEachKeptParagraph((segment, s, p, passage) => {
    passageArticle[passage] = articleMaps[s]![segment.paragraphArticle[p]!]!;
    passageStart[passage] = segment.paragraphStart[p]!;
    passageEnd[passage] = segment.paragraphEnd[p]!;
    passageLength[passage] = segment.paragraphLength[p]!;
    for (let k = segment.pairOffsets[p]!; k < segment.pairOffsets[p + 1]!; k++) documentFrequency[termMaps[s]![segment.pairTerms[k]!]!]!++;
  });
  const postingOffsets = new Int32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) postingOffsets[t + 1] = postingOffsets[t]! + documentFrequency[t]!;
  const postingPassages = new Int32Array(pairs);
  const postingFrequencies = new Uint16Array(pairs);
  const fill = postingOffsets.slice(0, terms.length);
  forEachKeptParagraph((segment, s, p, passage) => {
    for (let k = segment.pairOffsets[p]!; k < segment.pairOffsets[p + 1]!; k++) {
      const at = fill[termMaps[s]![segment.pairTerms[k]!]!]!++;
      postingPassages[at] = passage;
      postingFrequencies[at] = segment.pairCounts[k]!;
    }
  });
  return { articles, passageArticle, passageStart, passageEnd, passageLength, terms, postingOffsets, postingPassages, postingFrequencies };
}
