import type { CorpusEvent, TitleSighting } from './types.js';

/**
 * What the checks, the entity card, the dossier and `attache facts` read of the corpus's facts:
 * one entity's title sightings and events, looked up by its id. A `FactIndex` (types.ts) is one;
 * so is the corpus view of a stored generation, which reads an entity's facts from the store the
 * first time they are asked for rather than holding every entity's in memory.
 */
export interface FactLookup {
  /** Title sightings of a person, oldest first (undated last); undefined when there are none. */
  readonly titlesByEntity: { get(entityId: string): TitleSighting[] | undefined };
  /** Events an entity takes part in or is signed in, in date order; undefined when there are none. */
  readonly eventsByEntity: { get(entityId: string): CorpusEvent[] | undefined };
  /**
   * The entity's events whose date is a full day (`YYYY-MM-DD`, the day `Date.parse` reads in
   * it) from `from` to `to`, both included — at least those: others may come along — in the
   * order of `eventsByEntity`. A store reads only the part of a long list that holds those days.
   * Absent: use `eventsByEntity`.
   */
  eventsBetween?(entityId: string, from: string, to: string): CorpusEvent[];
}
