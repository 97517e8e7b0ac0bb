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
export const KEYS_PER_ARTICLE = 24;
/**
 * A term found in more articles than this is too common to single out an event, and leaving it
 * out of the index bounds every posting list, hence the cost of candidate generation.
 */
export const MAX_KEY_DF = 64;
/** Shared index terms needed before two articles are compared at all. */
export const MIN_SHARED_KEYS = 2;
/**
 * Similarity needed to merge, as idf-weighted Jaccard. Independent reports of one meeting score
 * about 0.25-0.3; different meetings reported in the same template score below 0.12.
 */
export const MIN_JACCARD = 0.2;
/** A short item almost contained in a longer one (a brief and the full report) also merges. */
export const MIN_CONTAINMENT = 0.55;
export const MIN_JACCARD_WHEN_CONTAINED = 0.05;
/** One outlet rarely runs the same story twice except as a copy, so it needs a closer match. */
export const SAME_OUTLET_JACCARD = 0.25;
export const SAME_OUTLET_CONTAINMENT = 0.8;
/** A story spans at most this many days between its earliest and latest dated article. */
export const MAX_STORY_SPAN_DAYS = 2;

/** Id of the story made of one article; grouping reuses the id of a story's first article. */
export function storyIdFor(articleId: string): string {
  return `story:${articleId}`;
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
  const offsets = new Uint32Array(terms.length + 1);
  terms.forEach((list, n) => (offsets[n + 1] = offsets[n]! + list.length));
  const packed = new Uint32Array(offsets[terms.length]!);
  terms.forEach((list, n) => packed.set(list, offsets[n]));
  return groupStoriesOfPackedTerms(articles, packed, offsets);
}

/**
 * {@link groupStoriesByTerms} over terms packed in one array, article n's at
 * `terms[offsets[n] .. offsets[n + 1]]`: what a corpus merge keeps, a few hundred bytes per
 * article. What grouping holds per article is numbers in typed arrays too.
 */
export function groupStoriesOfPackedTerms(
  articles: readonly StoryArticle[],
  terms: Uint32Array,
  offsets: Uint32Array,
): Story[] {
  const count = articles.length;
  const df = new FrequencyTable(terms);
  const idfByCount = Float64Array.from({ length: count + 1 }, (_, n) => (n > 0 ? Math.log((count + 1) / n) : 0));
  const idf = (term: number) => idfByCount[Math.min(df.count(term), count)] ?? 0;
  const profiles = new Profiles(articles, terms, offsets, idf);

  const scored: { a: number; b: number; score: number }[] = [];
  forEachCandidate(terms, offsets, df, (a, b) => {
    if (!profiles.datesCompatible(a, b)) return;
    const { jaccard, containment } = profiles.similarity(a, b, idf);
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

  constructor(terms: Uint32Array) {
    let size = 1 << 16;
    while (size < terms.length * 4 && size < 1 << 23) size <<= 1;
    this.mask = size - 1;
    this.counts = new Int32Array(size);
    for (let i = 0; i < terms.length; i++) this.counts[terms[i]! & this.mask]!++;
  }

  count(term: number): number {
    return this.counts[term & this.mask]!;
  }
}

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** Month and day as a day number in the leap year 2000, so that 29 February has a place. */
export function monthDayNumber(monthDay: string): number {
  return dayNumber(`2000-${monthDay}`);
}

/**
 * What grouping compares of each article, in typed arrays: where its terms are in the packed
 * array, the sum of their idf, the full dates known for it (page date and event date) as day
 * numbers, their month and day (or a year-less dateline's) as a day of a leap year, and the day
 * used for a story's span: the page date, else the event date. A date that cannot be read is
 * NaN, as `Date.parse` gives it, and is near no other.
 */
class Profiles {
  private readonly weight: Float64Array;
  /** Up to two per article (`dayCount` of them), at 2n and 2n + 1. */
  private readonly days: Float64Array;
  private readonly dayCount: Uint8Array;
  private readonly monthDays: Float64Array;
  private readonly monthDayCount: Uint8Array;
  /** The day of a story's span; undefined for an article with neither date. */
  readonly spanDay: (number | undefined)[];

  constructor(
    articles: readonly StoryArticle[],
    private readonly terms: Uint32Array,
    private readonly offsets: Uint32Array,
    idf: (term: number) => number,
  ) {
    const count = articles.length;
    this.weight = new Float64Array(count);
    this.days = new Float64Array(2 * count);
    this.dayCount = new Uint8Array(count);
    this.monthDays = new Float64Array(2 * count);
    this.monthDayCount = new Uint8Array(count);
    this.spanDay = new Array<number | undefined>(count);
    // Few dates occur among many articles: each is parsed once.
    const dayNumbers = new Map<string, number>();
    const monthDayNumbers = new Map<string, number>();
    const dayOf = (iso: string) => known(dayNumbers, iso, dayNumber);
    const monthDayOf = (monthDay: string) => known(monthDayNumbers, monthDay, monthDayNumber);
    articles.forEach((article, n) => {
      let weight = 0;
      for (let i = offsets[n]!; i < offsets[n + 1]!; i++) weight += idf(terms[i]!);
      this.weight[n] = weight;
      for (const day of [article.date, article.eventDate]) {
        if (day === undefined) continue;
        this.days[2 * n + this.dayCount[n]!] = dayOf(day);
        this.monthDays[2 * n + this.dayCount[n]!] = monthDayOf(day.slice(5));
        this.dayCount[n]!++;
      }
      this.monthDayCount[n] = this.dayCount[n]!;
      if (this.dayCount[n] === 0 && article.partialDate) {
        this.monthDays[2 * n] = monthDayOf(article.partialDate.slice(2));
        this.monthDayCount[n] = 1;
      }
      const primary = article.date ?? article.eventDate;
      this.spanDay[n] = primary ? dayOf(primary) : undefined;
    });
  }

  get length(): number {
    return this.weight.length;
  }

  /** Idf-weighted Jaccard, and the weighted share of the smaller article found in the larger. */
  similarity(a: number, b: number, idf: (term: number) => number): { jaccard: number; containment: number } {
    const terms = this.terms;
    let inter = 0;
    let i = this.offsets[a]!;
    let j = this.offsets[b]!;
    const iEnd = this.offsets[a + 1]!;
    const jEnd = this.offsets[b + 1]!;
    while (i < iEnd && j < jEnd) {
      const u = terms[i]!;
      const v = terms[j]!;
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
    const union = this.weight[a]! + this.weight[b]! - inter;
    const smaller = Math.min(this.weight[a]!, this.weight[b]!);
    return { jaccard: union > 0 ? inter / union : 0, containment: smaller > 0 ? inter / smaller : 0 };
  }

  /**
   * Whether two articles can report the same event: same or adjacent day, or a date unknown on
   * either side. A dateline without a year ("--10-20") is compared on month and day.
   */
  datesCompatible(a: number, b: number): boolean {
    if (this.dayCount[a]! > 0 && this.dayCount[b]! > 0)
      return near(this.days, a, this.dayCount[a]!, b, this.dayCount[b]!);
    if (this.monthDayCount[a] === 0 || this.monthDayCount[b] === 0) return true;
    return near(this.monthDays, a, this.monthDayCount[a]!, b, this.monthDayCount[b]!);
  }
}

/** The value `compute` gives for a key, computed the first time the key is asked for and kept in `values`. */
function known(values: Map<string, number>, key: string, compute: (key: string) => number): number {
  let value = values.get(key);
  if (value === undefined) {
    value = compute(key);
    values.set(key, value);
  }
  return value;
}

/** Whether one of article a's days (two per article in `days`) and one of b's are at most a day apart. */
function near(days: Float64Array, a: number, aCount: number, b: number, bCount: number): boolean {
  for (let x = 0; x < aCount; x++)
    for (let y = 0; y < bCount; y++) if (Math.abs(days[2 * a + x]! - days[2 * b + y]!) <= 1) return true;
  return false;
}

/**
 * Calls `visit(a, b)` (a < b, in that order) for each pair of articles sharing at least two of
 * their rarest terms. A term seen in only one article cannot link anything, and one seen in
 * more than `MAX_KEY_DF` articles is too common to single out an event, so only terms in
 * between are indexed; this bounds every posting list. The posting lists are filed by their
 * term's slot in a hash table, in typed arrays (each entry keeps its term, so that terms
 * sharing a slot are told apart), and co-occurrences are counted per article in a reused
 * array: memory stays linear in the number of articles, with no object per term.
 */
function forEachCandidate(
  terms: Uint32Array,
  offsets: Uint32Array,
  df: FrequencyTable,
  visit: (a: number, b: number) => void,
): void {
  const count = offsets.length - 1;
  // Each article's keys, packed: its rarest eligible terms, rarest first.
  const keyOffsets = new Uint32Array(count + 1);
  const keys = new Uint32Array(count * KEYS_PER_ARTICLE);
  const eligible: number[] = [];
  for (let n = 0; n < count; n++) {
    eligible.length = 0;
    for (let i = offsets[n]!; i < offsets[n + 1]!; i++) {
      const frequency = df.count(terms[i]!);
      if (frequency >= 2 && frequency <= MAX_KEY_DF) eligible.push(terms[i]!);
    }
    eligible.sort((x, y) => df.count(x) - df.count(y) || x - y);
    const taken = Math.min(eligible.length, KEYS_PER_ARTICLE);
    for (let k = 0; k < taken; k++) keys[keyOffsets[n]! + k] = eligible[k]!;
    keyOffsets[n + 1] = keyOffsets[n]! + taken;
  }
  // Posting lists by slot (a table sized to the keys), articles ascending within each.
  const keyCount = keyOffsets[count]!;
  let slots = 1 << 10;
  while (slots < keyCount) slots <<= 1;
  const mask = slots - 1;
  const slotStart = new Int32Array(slots + 1);
  for (let k = 0; k < keyCount; k++) slotStart[(keys[k]! & mask) + 1]!++;
  for (let slot = 0; slot < slots; slot++) slotStart[slot + 1]! += slotStart[slot]!;
  const postingArticle = new Int32Array(keyCount);
  const postingTerm = new Uint32Array(keyCount);
  const fill = slotStart.slice(0, slots);
  for (let n = 0; n < count; n++) {
    for (let k = keyOffsets[n]!; k < keyOffsets[n + 1]!; k++) {
      const at = fill[keys[k]! & mask]!++;
      postingArticle[at] = n;
      postingTerm[at] = keys[k]!;
    }
  }
  const shared = new Int32Array(count);
  const touched: number[] = [];
  for (let a = 0; a < count; a++) {
    for (let k = keyOffsets[a]!; k < keyOffsets[a + 1]!; k++) {
      const key = keys[k]!;
      const slot = key & mask;
      for (let at = slotStart[slot]!; at < slotStart[slot + 1]!; at++) {
        const b = postingArticle[at]!;
        if (b <= a || postingTerm[at] !== key) continue;
        if (shared[b] === 0) touched.push(b);
        shared[b]!++;
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      if (shared[b]! >= MIN_SHARED_KEYS) visit(a, b);
      shared[b] = 0;
    }
    touched.length = 0;
  }
}

/** Union-find over article indexes that refuses merges stretching a story over too many days. */
class Clusters {
  private readonly parent: number[];
  private readonly earliest: (number | undefined)[];
  private readonly latest: (number | undefined)[];

  constructor(profiles: Profiles) {
    this.parent = Array.from({ length: profiles.length }, (_, index) => index);
    this.earliest = [...profiles.spanDay];
    this.latest = [...profiles.spanDay];
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

export function extreme(
  a: number | undefined,
  b: number | undefined,
  pick: (x: number, y: number) => number,
): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return pick(a, b);
}
