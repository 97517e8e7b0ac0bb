/**
 * The corpus merge as it was before it read records one at a time: every record held at once,
 * segments merged together, stories grouped over per-article term arrays. Kept as the
 * reference the streamed merge (corpusGeneration.ts) must match byte for byte.
 */
import type { ReportDraft } from '../../server/src/core/facts/articleEvents.js';
import { combineFacts } from '../../server/src/core/facts/extractFacts.js';
import type { TitleSighting } from '../../server/src/core/facts/types.js';
import { indexedArticleList, type IndexSegment } from '../../server/src/core/passages/indexSegments.js';
import type { IndexedArticle, PassageIndexData } from '../../server/src/core/passages/passageIndex.js';
import { GENERATION_VERSION, type CorpusGeneration } from '../../server/src/corpus/corpusGeneration.js';
import { copyKeyOf, type FileRecord, type StoredArticle } from '../../server/src/corpus/fileRecord.js';
import {
  dayNumber,
  extreme,
  KEYS_PER_ARTICLE,
  MAX_KEY_DF,
  MAX_STORY_SPAN_DAYS,
  MIN_CONTAINMENT,
  MIN_JACCARD,
  MIN_JACCARD_WHEN_CONTAINED,
  MIN_SHARED_KEYS,
  monthDayNumber,
  SAME_OUTLET_CONTAINMENT,
  SAME_OUTLET_JACCARD,
  storyIdFor,
  type StoryArticle,
} from '../../server/src/corpus/stories.js';
import type { Story } from '../../server/src/corpus/types.js';

export function mergeRecordsWhole(records: readonly FileRecord[], kbKey: string): CorpusGeneration {
  const sorted = [...records].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const firstOf = new Map<string, string>();
  const kept: boolean[][] = [];
  const articles: StoredArticle[] = [];
  const terms: Uint32Array[] = [];
  const duplicates: CorpusGeneration['duplicates'] = [];
  for (const record of sorted) {
    kept.push(
      record.articles.map((article, a) => {
        const key = copyKeyOf(article);
        const original = firstOf.get(key);
        if (original !== undefined) {
          duplicates.push({ id: article.id, path: article.path, of: original });
          return false;
        }
        firstOf.set(key, article.id);
        articles.push(article);
        terms.push(record.storyTerms[a]!);
        return true;
      }),
    );
  }
  const stories = groupStoriesWhole(articles, terms);
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articleIds) storyOf.set(id, story.id);
  const titles: TitleSighting[] = [];
  const drafts: ReportDraft[] = [];
  sorted.forEach((record, r) => {
    record.facts.forEach((facts, a) => {
      if (!kept[r]![a]) return;
      titles.push(...facts.titles);
      for (const draft of facts.drafts)
        drafts.push({ ...draft, storyId: storyOf.get(draft.report.source.articleId) ?? draft.storyId });
    });
  });
  return {
    version: GENERATION_VERSION,
    kbKey,
    files: sorted.map((record) => ({
      path: record.path,
      fingerprint: record.fingerprint,
      articles: record.articles.length,
      ...(record.recordSpans ? { recordSpans: record.recordSpans } : {}),
    })),
    articles: articles.map((article) => ({ ...article, storyId: storyOf.get(article.id) ?? article.storyId })),
    duplicates,
    stories,
    index: mergeIndexSegmentsWhole(
      sorted.map((record) => record.index),
      (s, a) => kept[s]![a]!,
      (id) => storyOf.get(id),
    ),
    titles,
    events: combineFacts([], drafts).events,
    problems: sorted.flatMap((record) => record.problems),
  };
}

function mergeIndexSegmentsWhole(
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

interface Profile {
  /** Hashes of the article's terms, ascending, for merge-style intersection. */
  terms: Uint32Array;
  /** Sum of the idf of its terms. */
  weight: number;
  /** Full dates known for the article (page date and event date), as day numbers. */
  days: number[];
  /** Month and day of those dates, or of a year-less dateline, as day of a leap year. */
  monthDays: number[];
  /** The day used for a story's span: the page date, else the event date. */
  day?: number;
}

function groupStoriesWhole(articles: readonly StoryArticle[], terms: readonly Uint32Array[]): Story[] {
  const df = new FrequencyTable(terms);
  const idfByCount = Float64Array.from({ length: articles.length + 1 }, (_, count) =>
    count > 0 ? Math.log((articles.length + 1) / count) : 0,
  );
  const idf = (term: number) => idfByCount[Math.min(df.count(term), articles.length)] ?? 0;
  const profiles = articles.map((article, index) => profile(article, terms[index] as Uint32Array, idf));

  const scored: { a: number; b: number; score: number }[] = [];
  forEachCandidate(profiles, df, (a, b) => {
    const pa = profiles[a] as Profile;
    const pb = profiles[b] as Profile;
    if (!datesCompatible(pa, pb)) return;
    const { jaccard, containment } = similarity(pa, pb, idf);
    const sameOutlet = articles[a]?.outlet !== undefined && articles[a]?.outlet === articles[b]?.outlet;
    const merge = sameOutlet
      ? jaccard >= SAME_OUTLET_JACCARD || containment >= SAME_OUTLET_CONTAINMENT
      : jaccard >= MIN_JACCARD || (containment >= MIN_CONTAINMENT && jaccard >= MIN_JACCARD_WHEN_CONTAINED);
    if (merge) scored.push({ a, b, score: jaccard });
  });
  scored.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);

  const clusters = new Clusters(profiles);
  for (const { a, b } of scored) clusters.mergeIfCompact(a, b);
  return clusters.stories(articles);
}

/**
 * Document frequencies of term hashes, counted in a table sized to the corpus rather than in a
 * dictionary: most terms (word pairs) occur once, and a dictionary entry per term would dominate
 * memory for a large corpus. Two terms sharing a slot only nudges a frequency; the terms
 * themselves are still compared by their full hash.
 */
class FrequencyTable {
  private readonly counts: Int32Array;
  private readonly mask: number;

  constructor(termSets: readonly Uint32Array[]) {
    let total = 0;
    for (const terms of termSets) total += terms.length;
    let size = 1 << 16;
    while (size < total * 4 && size < 1 << 23) size <<= 1;
    this.mask = size - 1;
    this.counts = new Int32Array(size);
    for (const terms of termSets) {
      for (const term of terms) this.counts[term & this.mask] = (this.counts[term & this.mask] ?? 0) + 1;
    }
  }

  count(term: number): number {
    return this.counts[term & this.mask] ?? 0;
  }
}

function profile(article: StoryArticle, terms: Uint32Array, idf: (term: number) => number): Profile {
  let weight = 0;
  for (const id of terms) weight += idf(id);
  const isoDays = [article.date, article.eventDate].filter((day): day is string => day !== undefined);
  const monthDays =
    isoDays.length > 0
      ? isoDays.map((day) => monthDayNumber(day.slice(5)))
      : article.partialDate
        ? [monthDayNumber(article.partialDate.slice(2))]
        : [];
  const primary = article.date ?? article.eventDate;
  return { terms, weight, days: isoDays.map(dayNumber), monthDays, ...(primary ? { day: dayNumber(primary) } : {}) };
}

/**
 * Calls `visit(a, b)` (a < b) for each pair of articles sharing at least two of their rarest
 * terms. A term seen in only one article cannot link anything, and one seen in more than
 * `MAX_KEY_DF` articles is too common to single out an event, so only terms in between are
 * indexed; this bounds every posting list. Co-occurrences are counted per article in a reused
 * array, so memory stays linear in the number of articles.
 */
function forEachCandidate(
  profiles: readonly Profile[],
  df: FrequencyTable,
  visit: (a: number, b: number) => void,
): void {
  const keysOf = profiles.map(({ terms }) => {
    const eligible: number[] = [];
    for (const term of terms) {
      const count = df.count(term);
      if (count >= 2 && count <= MAX_KEY_DF) eligible.push(term);
    }
    return eligible.sort((x, y) => df.count(x) - df.count(y) || x - y).slice(0, KEYS_PER_ARTICLE);
  });
  const postings = new Map<number, number[]>();
  keysOf.forEach((keys, index) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const counts = new Int32Array(profiles.length);
  const touched: number[] = [];
  keysOf.forEach((keys, a) => {
    for (const key of keys) {
      for (const b of postings.get(key) ?? []) {
        if (b <= a) continue;
        if (counts[b] === 0) touched.push(b);
        counts[b] = (counts[b] ?? 0) + 1;
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      if ((counts[b] ?? 0) >= MIN_SHARED_KEYS) visit(a, b);
      counts[b] = 0;
    }
    touched.length = 0;
  });
}

/** Idf-weighted Jaccard, and the weighted share of the smaller article found in the larger. */
function similarity(a: Profile, b: Profile, idf: (term: number) => number): { jaccard: number; containment: number } {
  let inter = 0;
  let i = 0;
  let j = 0;
  const x = a.terms;
  const y = b.terms;
  while (i < x.length && j < y.length) {
    const u = x[i] as number;
    const v = y[j] as number;
    if (u === v) {
      inter += idf(u);
      i++;
      j++;
    } else if (u < v) {
      i++;
    } else {
      j++;
    }
  }
  const union = a.weight + b.weight - inter;
  const smaller = Math.min(a.weight, b.weight);
  return { jaccard: union > 0 ? inter / union : 0, containment: smaller > 0 ? inter / smaller : 0 };
}

/**
 * Whether two articles can report the same event: same or adjacent day, or a date unknown on
 * either side. A dateline without a year ("--10-20") is compared on month and day.
 */
function datesCompatible(a: Profile, b: Profile): boolean {
  if (a.days.length > 0 && b.days.length > 0) return a.days.some((x) => b.days.some((y) => Math.abs(x - y) <= 1));
  if (a.monthDays.length === 0 || b.monthDays.length === 0) return true;
  return a.monthDays.some((x) => b.monthDays.some((y) => Math.abs(x - y) <= 1));
}

/** Union-find over article indexes that refuses merges stretching a story over too many days. */
class Clusters {
  private readonly parent: number[];
  private readonly earliest: (number | undefined)[];
  private readonly latest: (number | undefined)[];

  constructor(profiles: readonly Profile[]) {
    this.parent = profiles.map((_, index) => index);
    this.earliest = profiles.map((p) => p.day);
    this.latest = profiles.map((p) => p.day);
  }

  private root(index: number): number {
    let node = index;
    while (this.parent[node] !== node) {
      const up = this.parent[node] as number;
      this.parent[node] = this.parent[up] as number;
      node = up;
    }
    return node;
  }

  /** Joins the clusters of `a` and `b` unless the joined story would span too many days. */
  mergeIfCompact(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return;
    const earliest = extreme(this.earliest[ra], this.earliest[rb], Math.min);
    const latest = extreme(this.latest[ra], this.latest[rb], Math.max);
    if (earliest !== undefined && latest !== undefined && latest - earliest > MAX_STORY_SPAN_DAYS) return;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[drop] = keep;
    this.earliest[keep] = earliest;
    this.latest[keep] = latest;
  }

  stories(articles: readonly StoryArticle[]): Story[] {
    const byRoot = new Map<number, Story>();
    const stories: Story[] = [];
    articles.forEach((article, index) => {
      const root = this.root(index);
      let story = byRoot.get(root);
      if (!story) {
        story = { id: storyIdFor(article.id), articleIds: [], outlets: [] };
        byRoot.set(root, story);
        stories.push(story);
      }
      story.articleIds.push(article.id);
      if (article.outlet && !story.outlets.includes(article.outlet)) story.outlets.push(article.outlet);
    });
    return stories;
  }
}
