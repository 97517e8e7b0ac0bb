import type { ReportDraft } from './articleEvents.js';
import { compareKeys, dayKey, spanOf, spansTouch, type DaySpan } from './daySpans.js';
import { addDays } from './eventDates.js';
import { disagreementsOf, hasStatedDate } from './disagreements.js';
import { familyOf, isGenericFormat, REMOTE_FAMILIES } from './eventFamilies.js';
import type { ReportCluster } from './groupReports.js';
import type { CorpusEvent, DateBasis, EventFormat, EventReport } from './types.js';
import { findVenues, venueByName } from './venues.js';

/**
 * Turns clusters of reports into events: each field takes the value most reports state (ties
 * go to the earliest date, or the first report), and the fields they differ on become
 * disagreements. Events are returned in date order, undated last, with stable ids.
 */
export function eventsOf(clusters: readonly ReportCluster[]): CorpusEvent[] {
  const heldInAnUnknownTown = new Set<CorpusEvent>();
  const events = clusters.map((cluster) => {
    const event = eventOf(cluster.drafts);
    if (namesOnlyAnUnknownTown(cluster.drafts)) heldInAnUnknownTown.add(event);
    return event;
  });
  events.sort((a, b) => compareKeys(sortKey(a), sortKey(b)));
  const used = new Map<string, number>();
  for (const event of events) {
    const base = [
      event.date ?? event.partialDate ?? 'undated',
      event.format.replace(/\s+/g, '-'),
      ...event.participants.slice(0, 3),
    ].join(':');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    event.id = n === 1 ? base : `${base}#${n}`;
  }
  placeFromVisits(events, heldInAnUnknownTown);
  return events;
}

/**
 * "The two leaders had held talks on Thursday evening at a hot spring inn in Nagato": every report
 * names, for a place, a site in a town the reader does not know, and no city it knows. The event was held
 * there, so a visit's city is not where it was: its place is left open rather than made wrong. A
 * sentence that also names a known city ("at his residence in Novo-Ogaryovo on the outskirts of
 * Moscow") is not such a report.
 */
function namesOnlyAnUnknownTown(drafts: readonly ReportDraft[]): boolean {
  return drafts.every(
    (d) =>
      d.report.place === undefined &&
      d.namedPlace !== undefined &&
      venueByName(d.namedPlace) === undefined &&
      siteInTown(d.report.text, d.namedPlace) &&
      findVenues(d.report.text).length === 0,
  );
}

/** "a hot spring inn in ", "his residence in ": a site of a kind that stands in a town, then "in". */
const SITE_BEFORE_TOWN =
  /\b(?:inn|hotel|resort|residence|villa|guest\s?house|lodge|retreat|estate|dacha|ranch)\s+in\s+$/i;
/** How far before the town its site's words are looked for. */
const SITE_REACH = 30;

/** Whether `text` names `town` right after a site in it ({@link SITE_BEFORE_TOWN}). */
function siteInTown(text: string, town: string): boolean {
  const at = text.indexOf(town);
  return at > 0 && SITE_BEFORE_TOWN.test(text.slice(Math.max(0, at - SITE_REACH), at));
}

/** How long after an event a look back ("不久前", "recently") may still be about it. */
const LOOK_BACK_DAYS = 183;

/**
 * Gives each look back ("不久前，习近平总书记在北京亲切会见总书记同志") to the latest event of
 * its family between two of its people that ended before its article's day, within half a
 * year, and not reported by the same article: it is listed among the event's mentions, and its
 * place is the event's when no report gave one. It never makes an event, dates one or counts
 * as a source.
 */
export function attachLookBacks(
  lookBacks: readonly ReportDraft[],
  byEntity: ReadonlyMap<string, readonly CorpusEvent[]>,
): void {
  for (const look of lookBacks) {
    const day = look.articleDay;
    if (!day || look.persons.length < 2) continue;
    const earliest = addDays(day, -LOOK_BACK_DAYS);
    let best: CorpusEvent | undefined;
    for (const event of new Set(look.persons.flatMap((p) => byEntity.get(p) ?? []))) {
      const span = spanOf(event);
      if (!span || span.to >= day || span.to < earliest || familyOf(event.format) !== look.family) continue;
      if (look.persons.filter((p) => event.participants.includes(p)).length < 2) continue;
      if (event.reports.some((r) => r.source.articleId === look.report.source.articleId)) continue;
      if (!best || compareKeys(span.to, spanOf(best)!.to) > 0) best = event;
    }
    if (!best) continue;
    (best.mentions ??= []).push(look.report.source);
    if (!best.place && look.report.place) {
      best.place = look.report.place;
      if (look.report.venue) best.venue = look.report.venue;
      best.placeFromMention = true;
    }
  }
}

function sortKey(event: CorpusEvent): string {
  return `${dayKey(event)}|${event.format}|${event.participants.join(',')}`;
}

function eventOf(all: readonly ReportDraft[]): CorpusEvent {
  const drafts = withoutCopies(all);
  const reports = drafts.map((d) => d.report);
  const stated = reports.filter(hasStatedDate);
  const dated = (stated.some((r) => r.date) ? stated : reports).filter((r) => r.date);
  const date = mostCommon(
    dated.map((r) => r.date!),
    compareKeys,
  );
  const endDate = dated.find((r) => r.date === date && r.endDate)?.endDate;
  const basis = bestBasis(reports.filter((r) => (date ? r.date === date : r.partialDate)));
  const partialDate = date
    ? undefined
    : mostCommon(
        reports.map((r) => r.partialDate).filter((p): p is string => !!p),
        compareKeys,
      );
  const specific = reports.filter((r) => !isGenericFormat(r.format)).map((r) => r.format);
  const format: EventFormat = mostCommon(specific, () => 0) ?? reports[0]!.format;
  const placed = drafts.filter((d) => d.report.place && d.placeFromText);
  const pool = placed.length > 0 ? placed : drafts.filter((d) => d.report.place);
  // A city beats the country it is in: "arrived in Hanoi" says more than "a state visit to Viet Nam".
  const cities = pool.filter((d) => !d.placeIsCountry);
  const place = mostCommon(
    (cities.length > 0 ? cities : pool).map((d) => d.report.place!),
    () => 0,
  );
  const venue = drafts.find((d) => d.report.place === place && d.report.venue)?.report.venue;
  const persons = uniqueOf(drafts, (d) => d.persons);
  return {
    id: '',
    format,
    ...(date ? { date } : {}),
    ...(endDate ? { endDate } : {}),
    ...(partialDate ? { partialDate } : {}),
    ...(basis && (date || partialDate) ? { dateBasis: basis } : {}),
    planned: reports.every((r) => r.planned),
    ...(place ? { place } : {}),
    ...(venue ? { venue } : {}),
    participants: uniqueOf(reports, (r) => r.participants, persons),
    documents: uniqueOf(reports, (r) => r.documents),
    reports: [...reports].sort(byDate),
    ...(all.length > drafts.length ? { copies: all.length - drafts.length } : {}),
    outlets: outletsOf(drafts),
    disagreements: disagreementsOf(drafts),
  };
}

/**
 * The independent sources of an event: its distinct outlets, and each story no outlet is named
 * for (a page with no byline, source or URL) that none of the named outlets carries, by the
 * file it was read from. Such a page is a source of its own — the announcement of a visit on a
 * site the corpus cannot name and the agency's report of it are two — while a copy of a named
 * outlet's story is not.
 */
function outletsOf(drafts: readonly ReportDraft[]): string[] {
  const named = unique(drafts.map((d) => d.report.source.outlet).filter((o): o is string => !!o));
  const namedStories = new Set(drafts.filter((d) => d.report.source.outlet).map((d) => d.storyId));
  const unnamed = new Map<string, string>();
  for (const draft of drafts) {
    if (draft.report.source.outlet || namedStories.has(draft.storyId) || unnamed.has(draft.storyId)) continue;
    const path = draft.report.source.path;
    unnamed.set(draft.storyId, `${path.slice(path.lastIndexOf('/') + 1)} (no outlet named)`);
  }
  return [...named, ...unnamed.values()];
}

const BASIS_ORDER: readonly DateBasis[] = ['explicit', 'relative', 'dateline', 'other-report', 'published'];

/** The most trusted basis among the reports that give the event's date. */
function bestBasis(reports: readonly EventReport[]): DateBasis | undefined {
  for (const basis of BASIS_ORDER) if (reports.some((r) => r.dateBasis === basis)) return basis;
  return undefined;
}

/**
 * The drafts less copies: the same sentence from the same outlet is one item, whether the page
 * was scraped twice or the outlet printed it again ("VIENTIANE, April 23 (Xinhua) -- ..." twice
 * in one dump). Distinct outlets are what count as sources.
 */
function withoutCopies(drafts: readonly ReportDraft[]): ReportDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.report.source.outlet ?? d.report.source.articleId}\u0000${lettersOf(d.report.text)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What copies of a sentence share: white space, punctuation and symbols removed, lower case. */
const NOT_LETTERS = /[\s\p{P}\p{S}]/u;

/** Per ASCII code unit: 1 when {@link NOT_LETTERS} matches it. */
const ASCII_NOT_LETTER = Uint8Array.from({ length: 128 }, (_, code) =>
  NOT_LETTERS.test(String.fromCharCode(code)) ? 1 : 0,
);

/** Code points above ASCII already tested against {@link NOT_LETTERS}. */
const wideNotLetter = new Map<number, boolean>();

/**
 * A sentence with white space, punctuation and symbols removed, in lower case: the same as
 * `text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase()`. The corpus merge keys every report
 * so, and the Unicode classes, tried at every character, were a quarter of grouping the
 * corpus's facts: here a table answers for ASCII and each other code point is tested once.
 */
export function lettersOf(text: string): string {
  return asciiLettersOf(text) ?? anyLettersOf(text);
}

/** Code units of {@link asciiLettersOf}'s answer, reused. */
let keptUnits = new Uint16Array(256);

/**
 * {@link lettersOf} of an all-ASCII text in one pass, lower-cased as it is read (in ASCII that
 * is A–Z to a–z alone); undefined as soon as the text has another character.
 */
function asciiLettersOf(text: string): string | undefined {
  if (keptUnits.length < text.length) keptUnits = new Uint16Array(Math.max(text.length, 2 * keptUnits.length));
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return undefined;
    if (ASCII_NOT_LETTER[code] === 1) continue;
    keptUnits[length++] = code >= 65 && code <= 90 ? code + 32 : code;
  }
  let out = '';
  for (let from = 0; from < length; from += 8192)
    out += String.fromCharCode.apply(
      null,
      keptUnits.subarray(from, Math.min(length, from + 8192)) as unknown as number[],
    );
  return out;
}

/** {@link lettersOf} of any text: each code point above ASCII tested once, the whole lower-cased at the end. */
function anyLettersOf(text: string): string {
  let kept = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let width = 1;
    let drop: boolean;
    if (code < 128) drop = ASCII_NOT_LETTER[code] === 1;
    else {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      let known = wideNotLetter.get(point);
      if (known === undefined) {
        known = NOT_LETTERS.test(String.fromCodePoint(point));
        wideNotLetter.set(point, known);
      }
      drop = known;
    }
    if (drop) {
      if (i > runStart) kept += text.slice(runStart, i);
      runStart = i + width;
    }
    i += width - 1;
  }
  kept = runStart === 0 ? text : kept + text.slice(runStart);
  return kept.toLowerCase();
}

function byDate(a: EventReport, b: EventReport): number {
  return compareKeys(dayKey(a), dayKey(b)) || compareKeys(a.source.articleId, b.source.articleId);
}

/** The value given most often; ties broken by `order` (stable: the first seen wins when it returns 0). */
function mostCommon<T extends string>(values: readonly T[], order: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  for (const [value, count] of counts) {
    if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && order(value, best) < 0))
      best = value;
  }
  return best;
}

/**
 * Talks held during a state visit to Hanoi were held in Hanoi, even when the readout only says
 * "at the headquarters of the CPV Central Committee" or nothing at all. An event with no place
 * takes the city of a visit one of its participants was making that day. A visit known only by
 * its first day ("于7日抵达万象…进行正式访问") was still under way for the events the same
 * article reports in the days after it. An event `heldElsewhere`, in a town its reports name and
 * the reader does not know, takes no visit's city; nor does a call or a letter, which joins two
 * places.
 */
function placeFromVisits(events: CorpusEvent[], heldElsewhere: ReadonlySet<CorpusEvent>): void {
  const visitsByPerson = new Map<string, PersonVisits>();
  events.forEach((event, order) => {
    const span = spanOf(event);
    if (familyOf(event.format) !== 'visit' || !event.place || venueByName(event.place)?.city !== event.place || !span)
      return;
    for (const person of event.participants) {
      let visits = visitsByPerson.get(person);
      if (!visits) visitsByPerson.set(person, (visits = { list: [], reach: [] }));
      visits.list.push({ event, span, order, reachTo: reachOf(event, span) });
    }
  });
  for (const visits of visitsByPerson.values()) {
    visits.list.sort((a, b) => (a.span.from < b.span.from ? -1 : a.span.from > b.span.from ? 1 : a.order - b.order));
    let most = '';
    visits.reach = visits.list.map((visit) => (most = visit.reachTo > most ? visit.reachTo : most));
  }
  for (const event of events) {
    const span = spanOf(event);
    const family = familyOf(event.format);
    // A call or a letter joins two places; a visit one side was making places only that side.
    if (event.place || !span || family === 'visit' || REMOTE_FAMILIES.has(family)) continue;
    if (heldElsewhere.has(event)) continue;
    for (const person of event.participants) {
      const visits = visitsByPerson.get(person);
      const visit = visits && firstVisitDuring(visits, event, span);
      if (!visit) continue;
      event.place = visit.place!;
      event.placeFromVisit = visit.id;
      break;
    }
  }
}

/** One person's dated visits to a city, by their first day, with the latest day any of the first n reaches. */
interface PersonVisits {
  list: { event: CorpusEvent; span: DaySpan; order: number; reachTo: string }[];
  /** `reach[i]`: the latest `reachTo` among `list[0..i]`, which never decreases. */
  reach: string[];
}

/** The last day a visit can account for an event: its span's end, or a week after a first day known alone. */
function reachOf(visit: CorpusEvent, span: DaySpan): string {
  const open = !visit.endDate && visit.date?.length === 10 ? addDays(visit.date, OPEN_VISIT_DAYS) : span.to;
  return open > span.to ? open : span.to;
}

/**
 * The person's visit an event happened during: of those whose span touches the event's, or that
 * were still under way, the first in the corpus's event order (as a scan of every visit in that
 * order would find). Only the visits that begin by the event's last day and reach its first day
 * can qualify, so the scan starts at the first visit whose reach (or an earlier one's) gets there
 * and stops at the first visit beginning after the event: a person's thousands of visits are
 * not all looked at for each of their events.
 */
function firstVisitDuring(visits: PersonVisits, event: CorpusEvent, span: DaySpan): CorpusEvent | undefined {
  let low = 0;
  let high = visits.reach.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (visits.reach[middle]! < span.from) low = middle + 1;
    else high = middle;
  }
  let found: { event: CorpusEvent; order: number } | undefined;
  for (let i = low; i < visits.list.length; i++) {
    const visit = visits.list[i]!;
    if (visit.span.from > span.to) break;
    if (found && visit.order > found.order) continue;
    if (spansTouch(visit.span, span, 0) || stillUnderWay(visit.event, event, span)) found = visit;
  }
  return found?.event;
}

/** How long a visit known only by its first day is taken to last for events its own article reports. */
const OPEN_VISIT_DAYS = 6;

function stillUnderWay(visit: CorpusEvent, event: CorpusEvent, span: DaySpan): boolean {
  if (visit.endDate || !visit.date || visit.date.length !== 10) return false;
  if (!spansTouch({ from: visit.date, to: addDays(visit.date, OPEN_VISIT_DAYS) }, span, 0) || span.from < visit.date)
    return false;
  const articles = new Set(visit.reports.map((r) => r.source.articleId));
  return event.reports.some((r) => articles.has(r.source.articleId));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * The distinct values of `first` and then of each item's list, in the order first seen: what
 * `unique([...first, ...items.flatMap(listOf)])` gives, without the intermediate arrays (the
 * corpus merge makes an event of every cluster of reports).
 */
function uniqueOf<T, V>(items: readonly T[], listOf: (item: T) => readonly V[], first: readonly V[] = []): V[] {
  const seen = new Set<V>();
  const out: V[] = [];
  const add = (value: V) => {
    if (seen.has(value)) return;
    seen.add(value);
    out.push(value);
  };
  for (const value of first) add(value);
  for (const item of items) for (const value of listOf(item)) add(value);
  return out;
}
