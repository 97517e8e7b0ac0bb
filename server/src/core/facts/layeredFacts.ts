import { compareKeys, dayKey, spanOf, type Dated, type DaySpan } from './daySpans.js';
import { addDays } from './eventDates.js';
import { familyOf } from './eventFamilies.js';
import { indexByEntity } from './extractFacts.js';
import type { CorpusEvent, FactIndex, SourceRef, TitleSighting } from './types.js';

/**
 * The facts of a corpus as they stand while a few changed files wait for the next full merge:
 * the merged facts without what those files said ({@link withoutSources}), with the facts read
 * from their new text laid over them ({@link layerFacts}). The full merge regroups every
 * report and replaces this a few seconds later; until then a report of an event already in the
 * corpus joins that event, so that a second outlet's report counts as a second source at once.
 */

/**
 * The facts without the title sightings and reports read from some sources (the articles of
 * changed files, copies of articles already counted); an event left with no report is gone.
 */
export function withoutSources(facts: FactIndex, drop: (source: SourceRef) => boolean): FactIndex {
  const titlesByEntity = new Map<string, TitleSighting[]>();
  for (const [entityId, sightings] of facts.titlesByEntity) {
    const kept = sightings.filter((sighting) => !drop(sighting.source));
    if (kept.length > 0) titlesByEntity.set(entityId, kept);
  }
  const events: CorpusEvent[] = [];
  for (const event of facts.events) {
    if (!event.reports.some((report) => drop(report.source))) {
      events.push(event);
      continue;
    }
    const reports = event.reports.filter((report) => !drop(report.source));
    if (reports.length > 0) events.push({ ...event, reports, outlets: outletsOf(reports) });
  }
  return { titlesByEntity, events, eventsByEntity: indexByEntity(events) };
}

/**
 * Lays the facts of a few files over the corpus's: their title sightings join each person's,
 * and each of their events joins the corpus event it reports (same family of format, dates at
 * most a day apart, the same people) or stands as a new one. Neither input is changed. The
 * cost is in the layer's size and the events of its people, never a sort of the whole corpus.
 */
export function layerFacts(base: FactIndex, layer: FactIndex): FactIndex {
  const titlesByEntity = new Map(base.titlesByEntity);
  for (const [entityId, sightings] of layer.titlesByEntity) titlesByEntity.set(entityId, mergeByDay(titlesByEntity.get(entityId) ?? [], sightings));
  const joined = new Map<CorpusEvent, CorpusEvent>();
  const added: CorpusEvent[] = [];
  for (const event of layer.events) {
    const span = spanOf(event);
    // The days a dated event of the corpus must touch to be this one: a day either side.
    const near = span && { from: addDays(span.from, -1), to: addDays(span.to, 1) };
    let same: CorpusEvent | undefined;
    for (const id of event.participants) {
      same = base.eventsByEntity.get(id)?.find((candidate) => sameEvent(joined.get(candidate) ?? candidate, event, near));
      if (same) break;
    }
    if (same) joined.set(same, joinEvents(joined.get(same) ?? same, event));
    else added.push(event);
  }
  const events = mergeByDay(joined.size > 0 ? base.events.map((event) => joined.get(event) ?? event) : base.events, added);
  return { titlesByEntity, events, eventsByEntity: indexByEntity(events) };
}

/**
 * Whether an event of the corpus and one of the layer are one: the same family of format,
 * dates at most a day apart (`near` is the layer event's days widened by one), and the same
 * people.
 */
function sameEvent(candidate: CorpusEvent, event: CorpusEvent, near: DaySpan | undefined): boolean {
  if (familyOf(candidate.format) !== familyOf(event.format)) return false;
  const span = spanOf(candidate);
  const datesAgree = span && near ? span.from <= near.to && near.from <= span.to : !span && !near && !!event.partialDate && event.partialDate === candidate.partialDate;
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
