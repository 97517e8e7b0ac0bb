import { bilateralWithin, onDifferentDays, visitsToTwoPlaces, type ReportDraft } from './articleEvents.js';
import { compareKeys, monthDayOf, spanOf, widen, type DaySpan } from './daySpans.js';
import { addDays } from './eventDates.js';

/** Reports believed to describe one event. */
export interface ReportCluster {
  drafts: ReportDraft[];
  /** Days covered by the dated reports; absent while none has a full date. */
  span?: DaySpan;
  /** Countries of the places visits were reported in: a visit to two countries is two visits. */
  countries: Set<string>;
}

/** At most this many people of one report form grouping pairs; a readout listing twenty attendees still costs little. */
const MAX_KEYED_PERSONS = 8;

/**
 * How far back a bucket is searched for a dated cluster to join. Dated reports arrive in date
 * order, so older clusters can only touch a new report through a span longer than this (a
 * plan for "next month" is a month long): the scan stops there, and each report looks at a
 * handful of clusters however many years of meetings a pair of leaders has.
 */
const LOOKBACK_DAYS = 40;

/**
 * Groups reports of the same event across articles: same family of format, a pair of people
 * in common (or the same single person, for visits and letters), and dates at most a day
 * apart, or one of them unknown. Reports are bucketed by family and pair of people, and every
 * lookup is keyed, so each report costs the same however large the corpus: one linear pass.
 *
 * Dated reports are placed first, in date order. A report without a year ("Oct. 20") joins the
 * cluster of the same bucket within a day of that month and day, when exactly one is. An
 * undated report joins a cluster holding a report of the same story (as ingestion grouped
 * articles), or the dated event its article is anchored to (see `anchorUndatedArticles`), or
 * else an undated cluster of the same bucket placed in the same country, and otherwise stands
 * alone: nothing in time ties it to one dated event rather than another.
 */
export function groupReports(drafts: readonly ReportDraft[]): ReportCluster[] {
  const clusters: ReportCluster[] = [];
  /** Bucket key → clusters, in creation order (date order for dated ones). */
  const buckets = new Map<string, number[]>();
  /** `key|--MM-DD` → clusters with a report on that month and day. */
  const byMonthDay = new Map<string, Set<number>>();
  /** `key|story` → the cluster holding a report of that story. */
  const byStory = new Map<string, number>();
  /** `key|country` → the undated cluster placed in that country. */
  const undatedByCountry = new Map<string, number>();
  /**
   * Per cluster, its span widened by a day either side, as `spansTouch` widens it: worked out
   * when the span changes, not at each of the many reports compared with the cluster.
   */
  const reach: (DaySpan | undefined)[] = [];
  const touches = (c: number, span: DaySpan): boolean => {
    const own = clusters[c]!.span!;
    const widened = (reach[c] ??= { from: addDays(own.from, -1), to: addDays(own.to, 1) });
    return widened.from <= span.to && span.from <= widened.to;
  };

  const place = (draft: ReportDraft, keys: readonly string[], into: number | undefined): number => {
    const index = into ?? clusters.push({ drafts: [], countries: new Set() }) - 1;
    const cluster = clusters[index]!;
    cluster.drafts.push(draft);
    const span = spanOf(draft.report);
    if (span) {
      cluster.span = cluster.span ? widen(cluster.span, span) : span;
      reach[index] = undefined;
    }
    if (draft.placeCountry && draft.family === 'visit') cluster.countries.add(draft.placeCountry);
    const monthDay = monthDayOf(draft.report);
    for (const key of keys) {
      if (into === undefined) push(buckets, key, index);
      if (monthDay) {
        const monthDayKey = `${key}|${monthDay}`;
        const set = byMonthDay.get(monthDayKey);
        if (set) set.add(index);
        else byMonthDay.set(monthDayKey, new Set([index]));
      }
      const storyKey = `${key}|${draft.storyId}`;
      if (!byStory.has(storyKey)) byStory.set(storyKey, index);
    }
    return index;
  };

  // Each dated report's span and bucket keys are worked out once, not at every comparison of
  // the sort and again when it is placed; the sort is stable, so reports of one day keep
  // their order.
  const dated = datedInOrder(drafts);
  for (const { draft, span, keys } of dated) {
    const limit = addDays(span.from, -LOOKBACK_DAYS);
    let into: number | undefined;
    for (const key of keys) {
      const list = buckets.get(key) ?? [];
      for (let i = list.length - 1; i >= 0; i--) {
        const c = list[i]!;
        const cluster = clusters[c]!;
        if (cluster.span && cluster.span.from < limit) break;
        if (
          cluster.span &&
          touches(c, span) &&
          countriesAgree(cluster, draft) &&
          !toldApart(cluster, draft) &&
          (into === undefined || c < into)
        )
          into = c;
      }
    }
    place(draft, keys, into);
  }

  for (const draft of drafts.filter((d) => !spanOf(d.report) && d.report.partialDate)) {
    const near = new Set<number>();
    const keys = keysOf(draft);
    for (const key of keys) {
      for (const monthDay of neighbours(draft.report.partialDate!)) {
        for (const c of byMonthDay.get(`${key}|${monthDay}`) ?? [])
          if (countriesAgree(clusters[c]!, draft)) near.add(c);
      }
    }
    place(draft, keys, near.size === 1 ? [...near][0] : undefined);
  }

  const undated = drafts.filter((d) => !spanOf(d.report) && !d.report.partialDate);
  const anchored = anchorUndatedArticles(undated, clusters, buckets);
  for (const draft of undated) {
    const keys = keysOf(draft);
    const sameStory = keys
      .map((key) => byStory.get(`${key}|${draft.storyId}`))
      .find((c) => c !== undefined && countriesAgree(clusters[c]!, draft));
    const sameCountry = draft.placeCountry
      ? keys.map((key) => undatedByCountry.get(`${key}|${draft.placeCountry}`)).find((c) => c !== undefined)
      : undefined;
    const index = place(draft, keys, sameStory ?? anchored.get(draft) ?? sameCountry);
    const cluster = clusters[index]!;
    if (draft.placeCountry && !cluster.span && !cluster.drafts.some((d) => d.report.partialDate)) {
      for (const key of keys)
        if (!undatedByCountry.has(`${key}|${draft.placeCountry}`))
          undatedByCountry.set(`${key}|${draft.placeCountry}`, index);
    }
  }
  return clusters;
}

/** A dated report with its span and bucket keys. */
interface DatedDraft {
  draft: ReportDraft;
  span: DaySpan;
  keys: string[];
}

/** The reports that have a span, in the order their spans start (reports starting the same day in the order given). */
function datedInOrder(drafts: readonly ReportDraft[]): DatedDraft[] {
  const dated: DatedDraft[] = [];
  for (const draft of drafts) {
    const span = spanOf(draft.report);
    if (span) dated.push({ draft, span, keys: keysOf(draft) });
  }
  return dated.sort((a, b) => compareKeys(a.span.from, b.span.from));
}

/** The days an undated article's events may spread over and still be read as one trip: a visit and its meetings. */
const MAX_ANCHOR_SPREAD_DAYS = 7;

/**
 * Undated reports placed in the dated events they describe, when their article gives enough to
 * tell which. One undated report that fits one dated event says little: the corpus may simply
 * lack the other time the same two people met in the same city. But an article whose reports
 * of two different events each fit exactly one dated event of the corpus — the same people,
 * the same family of format, no place that contradicts — and those dated events fall within a
 * week of each other ("concluded his visit to China with a meeting with Xi Jinping": a visit
 * and a meeting on its last day) is about that week. Its fitting reports then join those events.
 * A report that fits two dated events, or a trip that does not hold together, joins nothing.
 * Each report looks at most at two clusters of its buckets, so the cost stays per report.
 */
function anchorUndatedArticles(
  undated: readonly ReportDraft[],
  clusters: readonly ReportCluster[],
  buckets: ReadonlyMap<string, number[]>,
): Map<ReportDraft, number> {
  const byArticle = new Map<string, ReportDraft[]>();
  for (const draft of undated) push(byArticle, draft.report.source.articleId, draft);
  const out = new Map<ReportDraft, number>();
  for (const articleDrafts of byArticle.values()) {
    if (articleDrafts.length < 2) continue;
    const fits = new Map<ReportDraft, number>();
    for (const draft of articleDrafts) {
      const fit = onlyFit(draft, clusters, buckets);
      if (fit !== undefined) fits.set(draft, fit);
    }
    const chosen = new Set(fits.values());
    if (chosen.size < 2) continue;
    const spans = [...chosen].map((c) => clusters[c]!.span!);
    const from = spans.reduce((a, b) => (a.from < b.from ? a : b)).from;
    const to = spans.reduce((a, b) => (a.to > b.to ? a : b)).to;
    if (addDays(from, MAX_ANCHOR_SPREAD_DAYS) < to) continue;
    for (const [draft, c] of fits) out.set(draft, c);
  }
  return out;
}

/** The one dated cluster (days, not a month) an undated report can belong to, if there is exactly one. */
function onlyFit(
  draft: ReportDraft,
  clusters: readonly ReportCluster[],
  buckets: ReadonlyMap<string, number[]>,
): number | undefined {
  const found = new Set<number>();
  for (const key of keysOf(draft)) {
    for (const c of buckets.get(key) ?? []) {
      const cluster = clusters[c]!;
      if (!cluster.span || found.has(c) || addDays(cluster.span.from, MAX_ANCHOR_SPREAD_DAYS) < cluster.span.to)
        continue;
      if (!countriesAgree(cluster, draft) || !placesAgree(cluster, draft)) continue;
      found.add(c);
      if (found.size > 1) return undefined;
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** No place the report states contradicts the places the cluster's reports state (a country holds its cities). */
function placesAgree(cluster: ReportCluster, draft: ReportDraft): boolean {
  const place = draft.report.place;
  if (!place || !draft.placeFromText) return true;
  const stated = cluster.drafts.filter((d) => d.report.place && d.placeFromText);
  if (stated.length === 0) return true;
  return stated.some(
    (d) =>
      d.report.place === place ||
      (draft.placeCountry !== undefined &&
        d.placeCountry === draft.placeCountry &&
        (d.placeIsCountry || draft.placeIsCountry)),
  );
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The month-day and the days either side of it (`--10-20` → `--10-19`, `--10-20`, `--10-21`). */
function neighbours(monthDay: string): string[] {
  const day = `2000-${monthDay.slice(2)}`;
  return [addDays(day, -1), day, addDays(day, 1)].map((d) => `--${d.slice(5)}`);
}

/** Bucket keys: family plus each pair of people (or the one person, or the parties of a party-to-party signing). */
function keysOf(draft: ReportDraft): string[] {
  const people = [...new Set(draft.persons)].slice(0, MAX_KEYED_PERSONS).sort();
  if (people.length === 1) return [`${draft.family}|${people[0]}`];
  const keys: string[] = [];
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) keys.push(`${draft.family}|${people[i]}|${people[j]}`);
  return keys;
}

/**
 * Whether the report's own article dates another report of the cluster to another day (the
 * day's slack allowed between outlets, a time zone or a late wire, is not for one text that told
 * a dinner last night and talks today), or sends a visit of the cluster to another place than
 * this one, as two stops of one tour ("landed in Abu Dhabi ... The last stop was Riyadh"), or one
 * is a bilateral meeting of two of the other's people.
 */
function toldApart(cluster: ReportCluster, draft: ReportDraft): boolean {
  const article = draft.report.source.articleId;
  return cluster.drafts.some(
    (d) =>
      (d.report.source.articleId === article &&
        (onDifferentDays(d.report, draft.report) ||
          (d.family === 'visit' && draft.family === 'visit' && visitsToTwoPlaces(d, draft)))) ||
      bilateralWithin(d, draft),
  );
}

/** Visits to different countries are different visits, even by the same person on the same day. */
function countriesAgree(cluster: ReportCluster, draft: ReportDraft): boolean {
  if (draft.family !== 'visit' || !draft.placeCountry || cluster.countries.size === 0) return true;
  return cluster.countries.has(draft.placeCountry);
}
