/**
 * Scores the events read from a corpus against a gold set written by hand
 * (`test/fixtures/facts-gold/`): precision, recall, exact dates, counterparts, duplicates,
 * plans, places, outlets, and the sentences that look like events and are not.
 *
 * An extracted event matches a gold event when it is of the same family of format (talks and
 * meetings are one family, as are the visit formats), one of its reports comes from an article
 * the gold event lists, and it names the gold event's people (both sides of an encounter; the
 * visitor of a visit, going to the same country). Each extracted event counts for the gold
 * event it shares most people with; a second extracted event for the same gold event is a
 * duplicate. Only extracted events naming someone the gold set names are scored.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Article, Corpus } from '../../server/src/corpus/types.js';
import type { CorpusEvent, FactIndex } from '../../server/src/core/facts/types.js';
import { venueByName } from '../../server/src/core/facts/venues.js';
import type { KnowledgeBase } from '../../server/src/kb/knowledgeBase.js';

export interface GoldReport {
  article: string;
  basis: string;
  quote: string;
  planned?: boolean;
  copy?: boolean;
  note?: string;
}

export interface GoldEvent {
  id: string;
  format: string;
  date: string | null;
  endDate?: string;
  window?: [string, string];
  planned?: boolean;
  participants: string[];
  counterpart?: string;
  place?: string;
  country?: string;
  outlets: number;
  reports: GoldReport[];
  mentions?: { article: string; quote: string }[];
  note?: string;
}

export interface GoldSet {
  corpus: string;
  events: GoldEvent[];
  notEvents: { article: string; why: string; quote: string }[];
}

export function readGold(path: string): GoldSet {
  return parse(readFileSync(path, 'utf8')) as GoldSet;
}

/** The figures a gold set gives an extraction. Ratios are in [0, 1]. */
export interface GoldScore {
  goldEvents: number;
  extracted: number;
  matched: number;
  precision: number;
  /**
   * Extracted events that match a gold event with every field right (the date or honest
   * undatedness, the people, the place when the gold gives one), over all extracted events.
   */
  precisionAllFields: number;
  recall: number;
  duplicates: number;
  /** Extracted events naming a gold person that match no gold event. */
  spurious: number;
  /** Matched gold events with a date: the extracted date (and last day) is the same. */
  exactDates: { right: number; of: number };
  /** Matched gold events without a date: the extraction claims none, or only a publication day inside the window. */
  honestUndated: { right: number; of: number };
  counterparts: { right: number; of: number };
  planned: { right: number; of: number };
  places: { right: number; of: number };
  outlets: { right: number; of: number };
  /** Sentences listed as not events that still made an event of their own. */
  notEventsTaken: number;
  /** One line per problem, for reading. */
  problems: string[];
}

const FAMILY: Record<string, string> = {
  talks: 'meeting',
  meeting: 'meeting',
  'phone call': 'remote',
  'virtual meeting': 'remote',
  'state visit': 'visit',
  'official visit': 'visit',
  'working visit': 'visit',
  visit: 'visit',
  letter: 'letter',
  banquet: 'banquet',
  signing: 'signing',
  'welcome ceremony': 'ceremony',
};

function family(format: string): string {
  return FAMILY[format] ?? format;
}

/** Article ids end with the file name and index the gold set names them by. */
function articleOf(id: string): string {
  const slash = id.lastIndexOf('/');
  return slash >= 0 ? id.slice(slash + 1) : id;
}

function squash(text: string): string {
  return text.replace(/\s+/gu, '').toLowerCase();
}

function basisOf(event: CorpusEvent): string | undefined {
  const withBasis = event as CorpusEvent & { dateBasis?: string };
  if (withBasis.dateBasis) return withBasis.dateBasis;
  const sources = event.reports
    .filter((r) => r.date === event.date)
    .map((r) => (r as { dateSource?: string }).dateSource);
  return sources.includes('published') && sources.every((s) => s === 'published') ? 'published' : sources[0];
}

/** Checks that every quote is in its article: a gold set citing text that is not there is wrong. */
export function checkQuotes(gold: GoldSet, corpus: Corpus): string[] {
  const texts = new Map<string, string>();
  for (const article of corpus.articles) texts.set(articleOf(article.id), squash(articleText(article)));
  const bad: string[] = [];
  const check = (article: string, quote: string, what: string) => {
    const text = texts.get(article);
    if (text === undefined) bad.push(`${what}: no article ${article}`);
    else if (!text.includes(squash(quote))) bad.push(`${what}: quote not in ${article}: ${quote}`);
  };
  for (const event of gold.events) {
    for (const report of event.reports) check(report.article, report.quote, event.id);
    for (const mention of event.mentions ?? []) check(mention.article, mention.quote, `${event.id} (mention)`);
  }
  for (const not of gold.notEvents) check(not.article, not.quote, 'not an event');
  return bad;
}

function articleText(article: Article): string {
  return [article.title, ...article.passages.filter((p) => p.kind === 'paragraph').map((p) => p.text)].join('\n');
}

export function scoreFacts(gold: GoldSet, facts: FactIndex, kb: KnowledgeBase): GoldScore {
  const tracked = new Set(gold.events.flatMap((g) => g.participants));
  const isPerson = (id: string) => id.startsWith('new:') || kb.entities.get(id)?.kind === 'person';
  const persons = (event: CorpusEvent) => [...new Set(event.participants.filter(isPerson))];
  const countryOf = (place: string | undefined): string | undefined => {
    if (!place) return undefined;
    const venue = venueByName(place);
    if (venue) return venue.country;
    return countryNamed(place, kb);
  };
  // An announcement the extractor lists as planned is what the product is asked to do with it
  // (announced events are "planned" until a report says they happened): neither a false event nor
  // a non-event taken, whichever way a gold set files the sentence. Listed as held, it is both.
  const announcements = gold.notEvents
    .filter((not) => not.why === 'announcement')
    .map((not) => ({ article: not.article, quote: squash(not.quote) }));
  const announcedAsPlanned = (event: CorpusEvent) =>
    event.planned &&
    event.reports.every((r) => {
      const text = squash(r.text);
      return announcements.some(
        ({ article, quote }) =>
          article === articleOf(r.source.articleId) && (text.includes(quote) || quote.includes(text)),
      );
    });
  const listedAsPlanned = new Set(facts.events.filter(announcedAsPlanned));
  const extracted = facts.events.filter((e) => e.participants.some((p) => tracked.has(p)) && !listedAsPlanned.has(e));

  const overlap = (event: CorpusEvent, g: GoldEvent) =>
    g.participants.filter((p) => event.participants.includes(p)).length;
  const matches = (event: CorpusEvent, g: GoldEvent): boolean => {
    if (family(event.format) !== family(g.format)) return false;
    const articles = new Set(g.reports.map((r) => r.article));
    if (!event.reports.some((r) => articles.has(articleOf(r.source.articleId)))) return false;
    if (overlap(event, g) < Math.min(2, g.participants.length)) return false;
    if (family(g.format) === 'visit' && g.country) {
      const country = countryOf(event.place);
      if (country && country !== g.country) return false;
    }
    return true;
  };

  const assigned = new Map<GoldEvent, CorpusEvent[]>();
  let spurious = 0;
  const problems: string[] = [];
  const taken = new Set<CorpusEvent>();
  for (const event of extracted) {
    const candidates = gold.events.filter((g) => matches(event, g));
    if (candidates.length === 0) {
      spurious++;
      problems.push(`spurious: ${describe(event)}`);
      continue;
    }
    // Among gold events with as many of its people, the one it leaves no one of (a bilateral
    // meeting beside a trilateral one), then the one of its day (a dinner and the next day's
    // talks between the same two leaders), then the one of its format and place (a meeting in Abu
    // Dhabi and talks in Riyadh the same day, with only the visitor known): each gold event
    // extracted once.
    const sameDay = (g: GoldEvent) => Number(g.date !== null && g.date === event.date);
    const sameFormat = (g: GoldEvent) => Number(g.format === event.format);
    const samePlace = (g: GoldEvent) => Number(g.place !== undefined && g.place === event.place);
    const closeness = (g: GoldEvent) => [
      overlap(event, g),
      overlap(event, g) - g.participants.length,
      sameDay(g),
      sameFormat(g),
      samePlace(g),
    ];
    const closer = (a: GoldEvent, b: GoldEvent) => {
      const [x, y] = [closeness(a), closeness(b)];
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i]! > x[i]!;
      return false;
    };
    const best = candidates.reduce((a, b) => (closer(a, b) ? b : a));
    const list = assigned.get(best) ?? [];
    list.push(event);
    assigned.set(best, list);
    taken.add(event);
  }

  const score: GoldScore = {
    goldEvents: gold.events.length,
    extracted: extracted.length,
    matched: assigned.size,
    precision: 0,
    precisionAllFields: 0,
    recall: 0,
    duplicates: 0,
    spurious,
    exactDates: { right: 0, of: 0 },
    honestUndated: { right: 0, of: 0 },
    counterparts: { right: 0, of: 0 },
    planned: { right: 0, of: 0 },
    places: { right: 0, of: 0 },
    outlets: { right: 0, of: 0 },
    notEventsTaken: 0,
    problems,
  };

  let allFieldsRight = 0;
  for (const g of gold.events) {
    const found = assigned.get(g);
    if (!found) {
      problems.push(`missing: ${g.id}`);
      continue;
    }
    if (found.length > 1) {
      score.duplicates += found.length - 1;
      problems.push(`duplicate: ${g.id} → ${found.map(describe).join(' | ')}`);
    }
    const event = [...found].sort((a, b) => b.reports.length - a.reports.length)[0]!;
    const wrongBefore = problems.length;
    if (g.date) {
      score.exactDates.of++;
      if (sameDate(event, g)) score.exactDates.right++;
      else
        problems.push(
          `date: ${g.id} is ${g.date}${g.endDate ? `..${g.endDate}` : ''}, read ${dateOf(event)} (${basisOf(event) ?? 'no basis'})`,
        );
    } else {
      score.honestUndated.of++;
      if (honest(event, g, basisOf(event))) score.honestUndated.right++;
      else
        problems.push(
          `undated: ${g.id} has no date${g.window ? ` (within ${g.window.join('..')})` : ''}, read ${dateOf(event)} (${basisOf(event) ?? 'no basis'})`,
        );
    }
    score.counterparts.of++;
    const people = persons(event).sort();
    if (people.join() === [...g.participants].sort().join()) score.counterparts.right++;
    else problems.push(`people: ${g.id} is ${g.participants.join(', ')}, read ${people.join(', ')}`);
    score.planned.of++;
    if ((g.planned ?? false) === event.planned) score.planned.right++;
    else
      problems.push(
        `planned: ${g.id} is ${g.planned ? 'planned' : 'held'}, read ${event.planned ? 'planned' : 'held'}`,
      );
    if (g.place) {
      score.places.of++;
      // A gold country is matched by any city in it; a gold city only by that city.
      const right =
        event.place === g.place ||
        venueByName(event.place ?? '')?.city === g.place ||
        // A gold set may spell a city as its outlet does ("Nay Pyi Taw" for Naypyidaw).
        (event.place !== undefined && venueByName(g.place)?.city === event.place) ||
        (isCountryName(g.place, kb) &&
          countryOf(event.place) !== undefined &&
          countryOf(event.place) === countryOf(g.place));
      if (right) score.places.right++;
      else problems.push(`place: ${g.id} is ${g.place}, read ${event.place ?? 'none'}`);
    }
    // The fields a writer reads first: when, who, where. Outlets and plans are scored apart.
    const wrongFields = problems.slice(wrongBefore).filter((p) => /^(?:date|undated|people|place):/.test(p)).length;
    if (wrongFields === 0) allFieldsRight++;
    score.outlets.of++;
    const outlets = Math.max(event.outlets.length, event.reports.some((r) => !r.source.outlet) ? 1 : 0);
    if (outlets === g.outlets) score.outlets.right++;
    else
      problems.push(
        `outlets: ${g.id} has ${g.outlets}, read ${outlets} (${event.outlets.join(', ')}; ${event.reports.length} reports)`,
      );
  }

  for (const not of gold.notEvents) {
    const quote = squash(not.quote);
    const events = facts.events.filter(
      (e) =>
        !taken.has(e) &&
        !listedAsPlanned.has(e) &&
        e.reports.some(
          (r) =>
            articleOf(r.source.articleId) === not.article &&
            (squash(r.text).includes(quote) || quote.includes(squash(r.text))),
        ),
    );
    if (events.length > 0) {
      score.notEventsTaken++;
      problems.push(`not an event (${not.why}): ${not.quote} → ${events.map(describe).join(' | ')}`);
    }
  }

  score.precision = extracted.length === 0 ? 0 : score.matched / extracted.length;
  score.precisionAllFields = extracted.length === 0 ? 0 : allFieldsRight / extracted.length;
  score.recall = gold.events.length === 0 ? 0 : score.matched / gold.events.length;
  return score;
}

function isCountryName(place: string, kb: KnowledgeBase): boolean {
  return countryNamed(place, kb) !== undefined;
}

/**
 * The country a place names, by its name or one of its accepted variants: a gold set writing
 * "Vietnam" means the country the knowledge base calls "Viet Nam", and a visit read in Hanoi is
 * in it.
 */
export function countryNamed(place: string, kb: KnowledgeBase): string | undefined {
  const wanted = place.toLowerCase();
  for (const entity of kb.entities.values()) {
    if (entity.kind !== 'country') continue;
    const names = [entity.name, ...(entity.entry.nameVariants ?? [])];
    if (names.some((name) => name.toLowerCase() === wanted)) return entity.id;
  }
  return undefined;
}

function dateOf(event: CorpusEvent): string {
  if (event.date) return event.endDate ? `${event.date}..${event.endDate}` : event.date;
  return event.partialDate ?? 'undated';
}

function sameDate(event: CorpusEvent, g: GoldEvent): boolean {
  const date = g.date!;
  if (date.startsWith('--')) return !event.date && event.partialDate === date;
  if (event.date !== date) return false;
  // A span of one day is that day: "a one-day official visit" may be written either way.
  return (g.endDate ?? date) === (event.endDate ?? event.date);
}

/** An undated gold event is read honestly when no day is claimed, or only one the window allows and the basis admits. */
function honest(event: CorpusEvent, g: GoldEvent, basis: string | undefined): boolean {
  if (!event.date && !event.partialDate) return true;
  if (!event.date || !g.window) return false;
  const [from, to] = g.window;
  const end = event.endDate ?? event.date;
  const inside = event.date >= from && end <= to;
  if (!inside) return false;
  return basis === 'published' || (event.date === from && end === to);
}

function describe(event: CorpusEvent): string {
  return `${dateOf(event)} ${event.planned ? 'planned ' : ''}${event.format} [${event.participants.join(', ')}]${event.place ? ` in ${event.place}` : ''} (${event.reports.length} reports)`;
}

/** The score as a few lines of text. */
export function formatScore(name: string, s: GoldScore): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const of = (r: { right: number; of: number }) => `${r.right}/${r.of}`;
  return [
    `${name}: ${s.goldEvents} gold events, ${s.extracted} extracted (naming a gold person)`,
    `  precision ${pct(s.precision)} (every field right ${pct(s.precisionAllFields)})  recall ${pct(s.recall)}  duplicates ${s.duplicates}  spurious ${s.spurious}`,
    `  exact dates ${of(s.exactDates)}  honest undated ${of(s.honestUndated)}  counterparts ${of(s.counterparts)}`,
    `  planned ${of(s.planned)}  places ${of(s.places)}  outlets ${of(s.outlets)}  not-events taken ${s.notEventsTaken}`,
  ].join('\n');
}
