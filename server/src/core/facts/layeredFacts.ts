import { compareKeys, dayKey, spanOf, type Dated, type DaySpan } from './daySpans.js';
import { addDays } from './eventDates.js';
import { familyOf } from './eventFamilies.js';
import type { CorpusEvent, FactIndex } from './types.js';

/**
 * The facts of a corpus as they stand while a few changed files wait for the next full merge:
 * the merged facts without what those files said ({@link withoutArticles}), with the facts read
 * from their new text laid over them ({@link layerFacts}). The full merge regroups every
 * report and replaces this a few seconds later; until then a report of an event already in the
 * corpus joins that event, so that a second outlet's report counts as a second source at once.
 *
 * Both cost what the change touches (its events, and the lists of the people in them), not
 * the size of the corpus: the maps are copied, never rebuilt, and only touched lists change.
 */

/** Where each article's facts are in a corpus's facts, so that leaving an article out touches only those. */
export interface FactsByArticle {
  /** Article id → the events with a report from it. */
  events: Map<string, CorpusEvent[]>;
  /** Article id → the people with a title sighting from it. */
  titleEntities: Map<string, string[]>;
}

/** Finds, once per corpus, the events and title sightings of each article. */
export function factsByArticle(facts: FactIndex): FactsByArticle {
  const events = new Map<string, CorpusEvent[]>();
  for (const event of facts.events) {
    for (const id of new Set(event.reports.map((report) => report.source.articleId))) push(events, id, event);
  }
  const titleEntities = new Map<string, string[]>();
  for (const [entityId, sightings] of facts.titlesByEntity) {
    for (const id of new Set(sightings.map((sighting) => sighting.source.articleId))) push(titleEntities, id, entityId);
  }
  return { events, titleEntities };
}

/**
 * The facts without the title sightings and reports read from some articles (those of changed
 * files, copies of articles already counted); an event left with no report is gone.
 */
export function withoutArticles(facts: FactIndex, articleIds: ReadonlySet<string>, where: FactsByArticle): FactIndex {
  if (articleIds.size === 0) return facts;
  const titlesByEntity = new Map(facts.titlesByEntity);
  const entities = new Set([...articleIds].flatMap((id) => where.titleEntities.get(id) ?? []));
  for (const entityId of entities) {
    const kept = (titlesByEntity.get(entityId) ?? []).filter((sighting) => !articleIds.has(sighting.source.articleId));
    if (kept.length > 0) titlesByEntity.set(entityId, kept);
    else titlesByEntity.delete(entityId);
  }
  const replaced = new Map<CorpusEvent, CorpusEvent | undefined>();
  for (const event of new Set([...articleIds].flatMap((id) => where.events.get(id) ?? []))) {
    const reports = event.reports.filter((report) => !articleIds.has(report.source.articleId));
    replaced.set(event, reports.length > 0 ? { ...event, reports, outlets: outletsOf(reports) } : undefined);
  }
  return { titlesByEntity, ...withEvents(facts, replaced, []) };
}

/**
 * Lays the facts of a few files over the corpus's: their title sightings join each person's,
 * and each of their events joins the corpus event it reports (same family of format, dates at
 * most a day apart, the same people) or stands as a new one. Neither input is changed.
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
      same = candidatesFor(base.eventsByEntity.get(id) ?? [], near).find((candidate) => sameEvent(joined.get(candidate) ?? candidate, event, near));
      if (same) break;
    }
    if (same) joined.set(same, joinEvents(joined.get(same) ?? same, event));
    else added.push(event);
  }
  return { titlesByEntity, ...withEvents(base, joined, added) };
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
 * The events with some replaced (by another event, or by nothing: gone) and some added, and
 * the per-entity lists of only the entities they involve redone, in day order.
 */
function withEvents(facts: FactIndex, replaced: ReadonlyMap<CorpusEvent, CorpusEvent | undefined>, added: readonly CorpusEvent[]): Pick<FactIndex, 'events' | 'eventsByEntity'> {
  if (replaced.size === 0 && added.length === 0) return facts;
  const swap = (list: readonly CorpusEvent[]) => {
    const swapped: CorpusEvent[] = [];
    for (const event of list) {
      const after = replaced.has(event) ? replaced.get(event) : event;
      if (after) swapped.push(after);
    }
    return swapped;
  };
  const events = mergeByDay(replaced.size > 0 ? swap(facts.events) : facts.events, added);
  const eventsByEntity = new Map(facts.eventsByEntity);
  const touched = new Set<string>();
  for (const [before, after] of replaced) for (const id of [...entitiesOf(before), ...(after ? entitiesOf(after) : [])]) touched.add(id);
  for (const event of added) for (const id of entitiesOf(event)) touched.add(id);
  for (const id of touched) {
    const list = mergeByDay(swap(eventsByEntity.get(id) ?? []), added.filter((event) => entitiesOf(event).includes(id)));
    // An event that now involves the entity through its replacement (a joined report naming it) is listed too.
    for (const after of replaced.values()) if (after && entitiesOf(after).includes(id) && !list.includes(after)) list.splice(insertionPoint(list, after), 0, after);
    if (list.length > 0) eventsByEntity.set(id, list);
    else eventsByEntity.delete(id);
  }
  return { events, eventsByEntity };
}

/** The entities an event is listed under: its participants and the documents signed in it. */
function entitiesOf(event: CorpusEvent): string[] {
  return [...new Set([...event.participants, ...event.documents])];
}

/** Where an event goes in a list in day order: after every event of the same day or earlier. */
function insertionPoint(list: readonly CorpusEvent[], event: CorpusEvent): number {
  const key = dayKey(event);
  let at = list.length;
  while (at > 0 && compareKeys(dayKey(list[at - 1]!), key) > 0) at--;
  return at;
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

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
