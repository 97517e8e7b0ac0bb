/**
 * Grouping articles that carry the same story: one event reported by Xinhua and by the foreign
 * ministry, or one wire item saved twice in a file. The count of distinct outlets in a story is
 * the count of independent sources a reviewer can cite.
 *
 * Comparing all pairs would be quadratic, so candidates come from an inverted index over each
 * article's rarest shared terms; only articles that share at least two such terms are compared,
 * and a candidate must also be dated within a day of the other (or be undated).
 */
import { storyTerms } from './storyFeatures.js';
import type { Article, Story } from './types.js';

/** What grouping reads of an article besides its terms. */
export type StoryArticle = Pick<Article, 'id' | 'outlet' | 'date' | 'eventDate' | 'partialDate'>;

/** Rare terms per article that go into the candidate index. */
const KEYS_PER_ARTICLE = 24;
/**
 * A term found in more articles than this is too common to single out an event, and leaving it
 * out of the index bounds every posting list, hence the cost of candidate generation.
 */
const MAX_KEY_DF = 64;
/** Shared index terms needed before two articles are compared at all. */
const MIN_SHARED_KEYS = 2;
/**
 * Similarity needed to merge, as idf-weighted Jaccard. Independent reports of one meeting score
 * about 0.25-0.3; different meetings reported in the same template score below 0.12.
 */
const MIN_JACCARD = 0.2;
/** A short item almost contained in a longer one (a brief and the full report) also merges. */
const MIN_CONTAINMENT = 0.55;
const MIN_JACCARD_WHEN_CONTAINED = 0.05;
/** One outlet rarely runs the same story twice except as a copy, so it needs a closer match. */
const SAME_OUTLET_JACCARD = 0.25;
const SAME_OUTLET_CONTAINMENT = 0.8;
/** A story spans at most this many days between its earliest and latest dated article. */
const MAX_STORY_SPAN_DAYS = 2;

/** Id of the story made of one article; grouping reuses the id of a story's first article. */
export function storyIdFor(articleId: string): string {
  return `story:${articleId}`;
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

/**
 * Groups articles into stories. Every article belongs to exactly one story, listed in input
 * order; a story's id is derived from its first article's id, so ids are stable as long as that
 * article keeps its id. The function does not modify the articles.
 */
export function groupStories(articles: readonly Article[]): Story[] {
  return groupStoriesByTerms(articles, articles.map(storyTerms));
}

/** {@link groupStories} over articles whose {@link storyTerms} a store kept, without their text. */
export function groupStoriesByTerms(articles: readonly StoryArticle[], terms: readonly Uint32Array[]): Story[] {
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

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** Month and day as a day number in the leap year 2000, so that 29 February has a place. */
function monthDayNumber(monthDay: string): number {
  return dayNumber(`2000-${monthDay}`);
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

function extreme(
  a: number | undefined,
  b: number | undefined,
  pick: (x: number, y: number) => number,
): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return pick(a, b);
}
