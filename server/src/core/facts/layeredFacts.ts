import { compareKeys, dayKey, spanOf, type Dated, type DaySpan } from './daySpans.js';
import { addDays } from './eventDates.js';
import { familyOf } from './eventFamilies.js';
import type { FactLookup } from './factLookup.js';
import type { CorpusEvent, TitleSighting } from './types.js';

/**
 * The facts of a corpus as they stand while a few changed files wait for the next full merge:
 * the committed facts without what those files said ({@link eventsWithoutArticles}), with the
 * facts read from their new text laid over them ({@link layerFacts}). The full merge regroups
 * every report and replaces this a few seconds later; until then a report of an event already
 * in the corpus joins that event, so that a second outlet's report counts as a second source
 * at once.
 *
 * Facts are read per entity, as the checks and the card ask for them: what a layer costs is
 * the lists of the people asked about, not the size of the corpus.
 */

/**
 * Lays the facts of a few files over the corpus's, entity by entity: their title sightings
 * join each person's, and each of their events joins the corpus event it reports (same family
 * of format, dates at most a day apart, the same people) or stands as a new one. Each entity's
 * lists are laid once and kept. Neither input is changed.
 */
export function layerFacts(base: FactLookup, layer: FactLookup): FactLookup {
  const titles = new Map<string, TitleSighting[] | undefined>();
  const events = new Map<string, CorpusEvent[] | undefined>();
  const laidTitles = (id: string) => {
    if (!titles.has(id))
      titles.set(id, nonEmpty(mergeByDay(base.titlesByEntity.get(id) ?? [], layer.titlesByEntity.get(id) ?? [])));
    return titles.get(id);
  };
  const laidEvents = (id: string) => {
    if (!events.has(id))
      events.set(
        id,
        nonEmpty(layerEntityEvents(base.eventsByEntity.get(id) ?? [], layer.eventsByEntity.get(id) ?? [])),
      );
    return events.get(id);
  };
  return {
    titlesByEntity: { get: laidTitles },
    eventsByEntity: { get: laidEvents },
    eventsBetween: (id, from, to) =>
      events.has(id)
        ? (events.get(id) ?? [])
        : layerEntityEvents(
            base.eventsBetween ? base.eventsBetween(id, from, to) : (base.eventsByEntity.get(id) ?? []),
            layer.eventsByEntity.get(id) ?? [],
          ),
  };
}

/**
 * One entity's events with those of a layer laid over them: each layer event joins the event
 * it reports (same family of format, dates at most a day apart, the same people) or stands as
 * a new one, in day order.
 */
export function layerEntityEvents(base: readonly CorpusEvent[], layer: readonly CorpusEvent[]): CorpusEvent[] {
  if (layer.length === 0) return [...base];
  const joined = new Map<CorpusEvent, CorpusEvent>();
  const added: CorpusEvent[] = [];
  for (const event of layer) {
    const span = spanOf(event);
    // The days a dated event of the corpus must touch to be this one: a day either side.
    const near = span && { from: addDays(span.from, -1), to: addDays(span.to, 1) };
    const same = candidatesFor(base, near).find((candidate) =>
      sameEvent(joined.get(candidate) ?? candidate, event, near),
    );
    if (same) joined.set(same, joinEvents(joined.get(same) ?? same, event));
    else added.push(event);
  }
  return mergeByDay(joined.size > 0 ? base.map((event) => joined.get(event) ?? event) : base, added);
}

/** One entity's events without the reports of some articles; an event left with no report is gone. */
export function eventsWithoutArticles(events: readonly CorpusEvent[], articleIds: ReadonlySet<string>): CorpusEvent[] {
  const kept: CorpusEvent[] = [];
  for (const event of events) {
    if (!event.reports.some((report) => articleIds.has(report.source.articleId))) {
      kept.push(event);
      continue;
    }
    const reports = event.reports.filter((report) => !articleIds.has(report.source.articleId));
    if (reports.length > 0) kept.push({ ...event, reports, outlets: outletsOf(reports) });
  }
  return kept;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** How long before a dated event another may start and still touch it (a visit of several weeks). */
const LONGEST_SPAN_DAYS = 60;

/**
 * The events of a list in day order that can be the same as a layer event: those starting
 * from a little before its first day up to a day after its last (found by binary search), or,
 * for an event with no full date, the undated ones at the end of the list.
 */
function candidatesFor(list: readonly CorpusEvent[], near: DaySpan | undefined): readonly CorpusEvent[] {
  const from = near ? addDays(near.from, -LONGEST_SPAN_DAYS) : '~';
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareKeys(dayKey(list[mid]!), from) < 0) low = mid + 1;
    else high = mid;
  }
  if (!near) return list.slice(low);
  let end = low;
  while (end < list.length && list[end]!.date !== undefined && list[end]!.date! <= near.to) end++;
  return list.slice(low, end);
}

/**
 * Whether an event of the corpus and one of the layer are one: the same family of format,
 * dates at most a day apart (`near` is the layer event's days widened by one), and the same
 * people.
 */
function sameEvent(candidate: CorpusEvent, event: CorpusEvent, near: DaySpan | undefined): boolean {
  if (familyOf(candidate.format) !== familyOf(event.format)) return false;
  const span = spanOf(candidate);
  const datesAgree =
    span && near
      ? span.from <= near.to && near.from <= span.to
      : !span && !near && !!event.partialDate && event.partialDate === candidate.partialDate;
  if (!datesAgree) return false;
  const common = candidate.participants.filter((id) => event.participants.includes(id)).length;
  return common >= 2 || (common === 1 && (candidate.participants.length === 1 || event.participants.length === 1));
}

/** Two lists each in day order, merged in day order; on the same day the first list's come first. */
function mergeByDay<T extends Dated>(first: readonly T[], second: readonly T[]): T[] {
  if (second.length === 0) return [...first];
  const later = [...second].sort((a, b) => compareKeys(dayKey(a), dayKey(b)));
  const merged: T[] = [];
  let j = 0;
  for (const item of first) {
    const key = dayKey(item);
    while (j < later.length && compareKeys(dayKey(later[j]!), key) < 0) merged.push(later[j++]!);
    merged.push(item);
  }
  while (j < later.length) merged.push(later[j++]!);
  return merged;
}

function joinEvents(event: CorpusEvent, other: CorpusEvent): CorpusEvent {
  const reports = [...event.reports, ...other.reports];
  return {
    ...event,
    participants: unique([...event.participants, ...other.participants]),
    documents: unique([...event.documents, ...other.documents]),
    reports,
    outlets: outletsOf(reports),
  };
}

function outletsOf(reports: CorpusEvent['reports']): string[] {
  return unique(reports.map((report) => report.source.outlet).filter((outlet): outlet is string => !!outlet));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
