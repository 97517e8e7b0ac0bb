/**
 * Facts read from the corpus: the titles published articles give people, and the events they
 * report (meetings, talks, calls, visits, signings). A reviewer checks a draft against what
 * the press actually printed, so every fact keeps the article and passage it came from.
 */

/** Where a fact was read: the article and the exact passage offsets in the corpus file. */
export interface SourceRef {
  articleId: string;
  path: string;
  outlet?: string;
  /** The article's date (`eventDate ?? date`), so that evidence can be weighed by age. */
  date?: string;
  /** Offsets of the sentence the fact was read from, in the corpus file. */
  start: number;
  end: number;
}

/** A title seen beside a name: "Thongloun Sisoulith, general secretary of the LPRP Central Committee and Lao president". */
export interface TitleSighting {
  entityId: string;
  /** The title as printed, one office per sighting ("Lao president"), spaces collapsed. */
  title: string;
  /** The knowledge-base office the title names, when it could be told. */
  officeId?: string;
  /** The article's date; absent when the article carries none. */
  date?: string;
  /** Month and day (`--MM-DD`) when the article's dateline had no year. */
  partialDate?: string;
  /** Whether the title stood before the name ("Lao President Thongloun") or after it, set off by a comma. */
  position: 'before' | 'after';
  /**
   * A title the person held before ("then-Vice President Joe Biden", "former President",
   * "时任"): it says nothing about the article's day, so it carries no date.
   */
  retrospective?: boolean;
  /** Offsets of the title text itself in the corpus file. */
  start: number;
  end: number;
  source: SourceRef;
}

/** What kind of encounter a report describes. */
export type EventFormat =
  | 'talks'
  | 'meeting'
  | 'phone call'
  | 'virtual meeting'
  | 'state visit'
  | 'official visit'
  | 'working visit'
  | 'visit'
  | 'signing'
  | 'letter'
  | 'banquet'
  | 'welcome ceremony';

/** A figure printed in a report, with what it counts ("45 bilateral cooperation documents"). */
export interface ReportedNumber {
  /** The figure as a normalized string: "45", "1.5 billion", "10 million". */
  value: string;
  /** What it counts, singular head noun in English ("document", "ton"); absent for a bare figure. */
  unit?: string;
  /** The words around the figure, for the reader. */
  context: string;
}

/** An agreement named in a report, with the years printed beside it when any ("2024-2028"). */
export interface ReportedDocument {
  id: string;
  years?: string;
}

/**
 * How a report's date was found, most trusted first. `explicit`: the sentence names the day (a
 * missing year comes from the article's date, or from a weekday and the titles' tenure when the
 * article has none). `relative`: a weekday, "yesterday", "last month", "本月" read against the
 * article's date. `dateline`: the article's dateline or lead names the day and the sentence
 * none. `other-report`: the sentence names only a weekday and the article no date; the day is
 * the one with that weekday inside a visit another report dates. `published`: only the
 * publication date; the event happened on or before it (a page's time of day is never an event
 * time). Only the first three count when reports are compared: a publication date is a day late
 * often enough that it would make disagreements out of nothing.
 */
export type DateBasis = 'explicit' | 'relative' | 'dateline' | 'other-report' | 'published';

/** One article's report of an event. */
export interface EventReport {
  format: EventFormat;
  /** ISO day (`YYYY-MM-DD`), or month (`YYYY-MM`) for a plan such as "next month". */
  date?: string;
  /** Last day of a span the text gives ("from Nov. 29 to Dec. 1", "12月1日至3日"). */
  endDate?: string;
  /** Month and day (`--MM-DD`) when neither the text nor the article gave a year. */
  partialDate?: string;
  dateBasis?: DateBasis;
  /** True for an announced event still to come ("will pay a state visit", "将于"). */
  planned: boolean;
  /** City in English ("Beijing"), or the country when no city is named. */
  place?: string;
  /** The building, when named ("Great Hall of the People"). */
  venue?: string;
  /** Person ids first, then parties; for visits, the visitor. */
  participants: string[];
  /** Ids of the agreements named in the report's signing sentences. */
  documents: string[];
  documentDetails: ReportedDocument[];
  numbers: ReportedNumber[];
  source: SourceRef;
  /** The sentence the report was read from (its first sentence when several contributed). */
  text: string;
}

/** An event as reported by one or more articles; a field on which they differ is a disagreement. */
export interface CorpusEvent {
  id: string;
  format: EventFormat;
  /** The date most reports state (the earliest when tied). */
  date?: string;
  endDate?: string;
  partialDate?: string;
  /** How the date was found: the basis of the report it was taken from. */
  dateBasis?: DateBasis;
  /** True only when every report announces it as still to come. */
  planned: boolean;
  place?: string;
  venue?: string;
  /**
   * Set when no report names the place and it was taken from a visit by one of the
   * participants on the same day (talks held during a state visit to Hanoi took place in
   * Hanoi): the id of that visit event.
   */
  placeFromVisit?: string;
  participants: string[];
  documents: string[];
  /** One report per item: a page scraped twice, or an outlet's item printed again, counts once. */
  reports: EventReport[];
  /** How many reports were copies of one already counted (same outlet, same sentence). */
  copies?: number;
  /**
   * Later articles that look back at the event ("不久前…在北京会见"): not reports of it, but they
   * may say where it was (then `placeFromMention` is set).
   */
  mentions?: SourceRef[];
  placeFromMention?: boolean;
  /** Distinct outlets among the reports: the count of independent sources. */
  outlets: string[];
  disagreements: Disagreement[];
}

/** A field on which the reports of one event differ, with each value's sources. */
export interface Disagreement {
  field: 'date' | 'place' | 'format' | 'years' | 'number';
  /** For `years`, the agreement id; for `number`, the unit counted. */
  subject?: string;
  values: { value: string; sources: SourceRef[] }[];
}

/** Everything read from a corpus, indexed by the entities it concerns. */
export interface FactIndex {
  /** Title sightings per person id, oldest first (undated last). */
  titlesByEntity: ReadonlyMap<string, TitleSighting[]>;
  /** Events in date order (undated last). */
  events: CorpusEvent[];
  /** Events per participant or document id, in date order. */
  eventsByEntity: ReadonlyMap<string, CorpusEvent[]>;
}
