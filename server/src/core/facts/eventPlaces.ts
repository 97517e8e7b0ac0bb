import { findDateline } from '../text/dates.js';
import type { KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { Mention } from '../mentions/mentionIndex.js';
import type { ArticleView, SentenceView } from './articleView.js';
import { DAY_OF_THE_TRIP, pluperfectOfTheTrip, type EventCue } from './eventCues.js';
import { familyOf, REMOTE_FAMILIES } from './eventFamilies.js';
import { FRENCH_BEFORE_PLACE, FRENCH_TO_COUNTRY } from './frenchForms.js';
import { VIETNAMESE_BEFORE_PLACE } from './vietnameseForms.js';
import { capitalOf, findVenues, venueByName, VENUES_WITH_SHORT_FORMS, type Venue } from './venues.js';
import { HAN, hasHan } from '../text/scripts.js';

/** Where a report places its event. */
export interface ReportPlace {
  /** City (English), or the country when no city is named. */
  place?: string;
  /** Building, when named. */
  venue?: string;
  /** Knowledge-base id of the country the place is in, when known. */
  country?: string;
  /** True when the sentence names the place; false when it is the dateline's city. */
  stated: boolean;
  /** True when the place is a country, not a city in it. */
  isCountry?: boolean;
  /**
   * True when the sentence names the country the event was in and the dateline's city, in that
   * country, is the place ("YANGON, Myanmar -- ... to visit Myanmar"): not the dateline's guess.
   */
  countryStated?: boolean;
}

/** A city read from the dateline ("BEIJING, Oct. 20 --", "新华社万象12月3日电"). */
export interface DatelinePlace {
  city: string;
  /** Country id, when the city is a known venue. */
  country?: string;
}

const EN_BEFORE_PLACE = /\b(?:in|at|into)\s+(?:the\s+)?$/i;
const ZH_BEFORE_PLACE = /(?:在|于|抵达|到达|抵|赴)\s*$/u;
/**
 * "Vientiane - Vietnamese Prime Minister ...", "WASHINGTON: US President ...", "HANOI. The
 * ...", "Hanoï (AFP) - Emmanuel Macron ...": a dateline of a city alone, in title case or
 * capitals, perhaps with the agency in brackets, ended by a spaced dash, a colon or a full stop.
 * Only a city the venue list knows counts: "Kim Jong Un - the leader" and "UPDATE:" are no place.
 */
const CITY_DASH =
  /^(\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,2})(?:\s+\(\p{Lu}[\p{L}./ -]{1,20}\))?(?:\s+[-–—]|\s*:|\.)\s+/u;
const EN_DATELINE_CITY = /^([A-Z][A-Za-z.'’ -]*?)\s*(?:,|\(|--|—|–)/;
const ZH_DATELINE_CITY = new RegExp(
  String.raw`^(?:[${HAN}]{2,4}社|[${HAN}]{2,3}网|本报)?([${HAN}]{2,8}?)(?:\d|[一二三四五六七八九十]+月)`,
  'u',
);

/**
 * The city of the article's dateline, looked for in its first two paragraphs; for a page with
 * no dateline, the city its first sentence places its story in ("The President of Laos ...
 * visited a senior official ... in Kunming, China on Thursday"), which then places the lead's
 * events as a dateline would.
 */
export function datelinePlace(view: ArticleView): DatelinePlace | undefined {
  const paragraphs = view.article.passages.filter((p) => p.kind === 'paragraph').slice(0, 2);
  for (const paragraph of paragraphs) {
    const dateline = findDateline(paragraph.text);
    if (!dateline) {
      const dashed = venueByName(CITY_DASH.exec(paragraph.text)?.[1] ?? '');
      if (dashed) return { city: dashed.city, country: dashed.country };
      continue;
    }
    const raw = (EN_DATELINE_CITY.exec(dateline.text)?.[1] ?? ZH_DATELINE_CITY.exec(dateline.text)?.[1])?.trim();
    if (!raw) continue;
    const venue = venueByName(raw);
    if (venue) return { city: venue.city, country: venue.country };
    if (hasHan(raw)) continue;
    return { city: raw.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (s) => s.toUpperCase()) };
  }
  const first = view.sentences.find((s) => !s.headline);
  const lead = first ? namedVenue(first) : undefined;
  return lead ? { city: lead.city, ...(lead.country ? { country: lead.country } : {}) } : undefined;
}

/** What an article says about where things happened: its dateline's city and where its occasion was held. */
export interface ArticlePlaces {
  dateline?: DatelinePlace;
  /** Where the occasion the article reports was held ("the festival ... was held in Xi'an", "在西安举行"). */
  occasion?: Venue;
}

/** The places an article states once for all its events. */
export function articlePlaces(view: ArticleView): ArticlePlaces {
  const dateline = datelinePlace(view);
  const occasion = occasionPlace(view);
  return { ...(dateline ? { dateline } : {}), ...(occasion ? { occasion } : {}) };
}

/** "was held in Xi'an", "took place at the Great Hall", "在西安举行", "在万象开幕". */
const EN_HELD_IN = /\b(?:held|opened|took place|staged|hosted)\s+(?:in|at)\s+(?:the\s+)?$/i;
const ZH_HELD_AFTER = /^\s*(?:隆重)?(?:举行|举办|开幕|召开|落幕|闭幕)/u;
/**
 * The words each of those holds, sought in the whole sentence first: a sentence without them
 * places no occasion, and most are not looked through for venues at all.
 */
const EN_HELD_WORDS = /held|opened|took place|staged|hosted/i;
const ZH_HELD_WORDS = /举行|举办|开幕|召开|落幕|闭幕/u;

/**
 * Where the article's occasion (a festival, a forum, a ceremony) was held, from the first
 * sentence of the headline or the text that says so; meetings "prior to the event" or "on the
 * sidelines of the forum" took place there.
 */
function occasionPlace(view: ArticleView): Venue | undefined {
  for (const sentence of view.sentences) {
    if (!(sentence.chinese ? ZH_HELD_WORDS : EN_HELD_WORDS).test(sentence.text)) continue;
    for (const match of findVenues(sentence.text)) {
      const held = sentence.chinese
        ? ZH_BEFORE_PLACE.test(sentence.text.slice(Math.max(0, match.start - 3), match.start)) &&
          ZH_HELD_AFTER.test(sentence.text.slice(match.end, match.end + 6))
        : EN_HELD_IN.test(sentence.text.slice(Math.max(0, match.start - 30), match.start));
      if (held) return match.venue;
    }
  }
  return undefined;
}

/**
 * A sentence that places itself by the article's occasion: "Prior to the event, X met Y", "on
 * the sidelines of the forum", "在活动前".
 */
const AT_THE_OCCASION =
  /\b(?:prior to|before|ahead of|after|during|at|on the (?:sidelines|margins) of)\s+the\s+(?:event|ceremony|festival|forum|conference|expo|exhibition|fair|opening|celebrations?|gala|performances?|summit)\b|(?:活动|仪式|论坛|开幕式|演出|博览会|峰会|会议|艺术节)(?:前|期间|间隙)/iu;

function isVisit(cue: EventCue): boolean {
  return familyOf(cue.format) === 'visit';
}

/**
 * "a constructive role in Myanmar's peace process": a country owning what follows it is not where
 * the event was, unless what it owns is a place ("in Myanmar's capital").
 */
const OWNED_NOT_PLACE = /^['’]s\s+(?!(?:capital|city|border|north|south|east|west|province)\b)/u;

/**
 * "discussed trade and the war in Ukraine", "la situation en Birmanie": a place named as what was
 * discussed, right after the matter it is the place of, is not where the event was.
 */
const MATTER_BEFORE_PLACE =
  /\b(?:war|conflict|situation|crisis|fighting|tensions?|peace(?:\s+process)?|developments|stability|violence|unrest|invasion|occupation|hostilities|ceasefire|reconstruction)\s+(?:in|on|inside)\s+(?:the\s+)?$|(?<!\p{L})(?:guerre|conflit|situation|crise|paix)\s+(?:en|au|aux|dans)\s+(?:l['’]|la\s+|le\s+)?$/iu;

/** Whether the place at `at` in `text` is named as a matter discussed ({@link MATTER_BEFORE_PLACE}). */
function namedAsMatter(text: string, at: number, from = 0): boolean {
  return MATTER_BEFORE_PLACE.test(text.slice(Math.max(from, at - 40), at));
}

/**
 * "tại Phủ Chủ tịch ở thủ đô Viêng Chăn", "at the Presidential Palace in Vientiane": a building
 * whose city the sentence names right after it is placed by that city (the name of the building
 * may be any country's: every capital has a Presidential Palace).
 */
const CITY_OF_BUILDING = /^,?\s*(?:ở|tại|in|at|à)\s+(?:(?:thủ\s+đô|the\s+capital|the\s+city\s+of)\s+)?$/iu;

function cityNamedAfter(
  text: string,
  match: { venue: Venue; end: number },
  venues: readonly { venue: Venue; start: number }[],
): boolean {
  if (match.venue.name === match.venue.city) return false;
  return venues.some(
    (next) =>
      next.start > match.end &&
      next.venue.name === next.venue.city &&
      next.venue.city !== match.venue.city &&
      CITY_OF_BUILDING.test(text.slice(match.end, next.start)),
  );
}

/** "in Kazakhstan", "at Woodside": a place is named, though not one this reader knows. */
const UNKNOWN_PLACE = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
/**
 * "at Chinggis Square", "at the State Palace", "at the Union Buildings", "at Nur Khan airbase": a square,
 * a building or an airport, which stands in a city rather than naming another; the dateline's city
 * still places the event. The site's word may be in lower case after its name ("at the Parliament
 * building", "at the Party Central Committee's headquarters"); a head of government's seat may be
 * named by its office alone ("at the Chancellery"). A monument where guests are welcomed or lay a
 * wreath is such a site too ("at the Brandenburg Gate", "at the Arc de Triomphe", "at the
 * Invalides").
 */
const SITE_IN_TOWN =
  /\bat\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:[Ss]quare|[Pp]alace|[Hh]all|[Hh]ouse|[Rr]esidence|[Bb]uildings?|[Hh]otel|[Gg]uesthouse|[Cc]ent(?:re|er)|[Ss]tadium|[Mm]useum|[Oo]ffice|[Tt]emple|[Pp]agoda|[Vv]illa|[Gg]ardens?|[Pp]avilion|[Aa]uditorium|[Hh]eadquarters|[Aa]irport|[Aa]ir\s?(?:[Ff]orce\s+)?[Bb]ase|[Aa]irfield|[Mm]emorial|[Mm]onument|[Mm]ausoleum|[Cc]enotaph|[Gg]ate)\b|\b(?:at|in)\s+the\s+(?:Chancellery|Arc\s+de\s+Triomphe|Invalides)\b/gu;

/**
 * Whether an English sentence names a site in a town ("at the Government Office", "at the Hubei
 * Provincial Museum") and no city: its event was held in the city the article's story is in.
 */
export function namesSiteOnly(sentence: string): boolean {
  return sentence.includes('at ') && SITE_NAMED.test(sentence) && placeNamedIn(sentence) === undefined;
}
const SITE_NAMED = new RegExp(SITE_IN_TOWN.source, 'u');

/** "in Ahmedabad", "at his hotel in Ahmedabad": the first place a sentence names after "in" or "at", other than a site in a town. */
const PLACE_NAMED = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})(?![\p{L}'’-])/gu;

/**
 * The place an English sentence names by its own words, whether this reader knows it or not
 * ("Modi received Xi at his hotel in Ahmedabad"): what tells two encounters in two cities apart,
 * and a day in the city of an arrival. A site in a town ("at Hyderabad House") is no city, nor is
 * an owner ("in Myanmar's peace process"), nor a place the people were at before or go to after
 * ("right after attending the APEC meeting in Da Nang").
 */
export function placeNamedIn(sentence: string): string | undefined {
  if (!UNKNOWN_PLACE.test(sentence)) return undefined;
  const blanked = sentence.replace(SITE_IN_TOWN, (site) => ' '.repeat(site.length));
  for (const match of blanked.matchAll(PLACE_NAMED)) {
    if (DISTRICT.test(match[1]!)) continue;
    if (!ELSEWHERE_BEFORE.test(blanked.slice(Math.max(0, match.index - ELSEWHERE_REACH), match.index))) return match[1];
  }
  return undefined;
}

/**
 * "at the presidential residence in Hannam-dong", "in Minato-ku": a Korean neighbourhood or a
 * Japanese ward is a part of a city, not another city; the event is in the city of its stay.
 */
const DISTRICT = /-(?:dong|gu|ku|ward)$/iu;

/** Whether a sentence names a place this reader does not know, other than a site in a town. */
function namesUnknownPlace(sentence: string): boolean {
  if (!UNKNOWN_PLACE.test(sentence)) return false;
  return UNKNOWN_PLACE.test(sentence.replace(SITE_IN_TOWN, (site) => ' '.repeat(site.length)));
}

/**
 * Where a sentence places its event: a known city or building after "in"/"at" (or "在"), else
 * a country after "in", else the dateline's city. The dateline places only the events of the
 * article's opening sentences, and not when the sentence names a place this reader does not
 * know (an AP story filed from Beijing also reports a meeting in Astana); calls, virtual
 * meetings and letters, which have two places or none, are never placed by it. A visit goes
 * where the visitor went: the city named, else the dateline city when it lies in the country
 * visited, else that country ("a state visit to Cambodia" filed from Vientiane happened in
 * Cambodia). Visits get no building: the one named is where a meeting during it took place.
 */
export function placeOfReport(
  view: ArticleView,
  sentence: SentenceView,
  cue: EventCue,
  places: ArticlePlaces,
  kb: KnowledgeBase,
  lead: boolean,
  stop?: Destination,
): ReportPlace {
  // "Modi had telephoned Nawaz from Kabul ... and asked whether he could stop in Lahore": a call,
  // a meeting by video or a letter joins two places, and the one a sentence names is a side's.
  if (REMOTE_FAMILIES.has(familyOf(cue.format))) return { stated: false };
  const { dateline, occasion } = places;
  const visit = isVisit(cue);
  const earlierStop = visit ? undefined : earlierStopOf(sentence, cue, kb);
  if (earlierStop) return earlierStop;
  const pointed = visit ? undefined : placePointedAt(view, sentence, cue, dateline);
  if (pointed) return pointed;
  // A visit's "where" clause names a city of the country it went to, which places the visit no
  // better than the country: only other events take their place from the clause.
  const named = visit
    ? namedVenue(sentence, openingPhraseEnd(sentence.text, cue))
    : (namedVenue(sentence, undefined, cue.start) ?? venueNamedShort(view, sentence));
  const destination = visit ? (stop ?? destinationsOf(view.text, sentence, cue)[0]) : undefined;
  if (named && (visit ? !destination || named.country === destination.id : true)) {
    return visit ? { place: named.city, country: named.country, stated: true } : asPlace(named);
  }
  const city = visit && !named && !destination ? cityVisitedBy(sentence, cue) : undefined;
  if (city) return { place: city.city, ...(city.country ? { country: city.country } : {}), stated: true };
  if (destination) {
    if (dateline && dateline.country === destination.id && !cue.planned)
      return { place: dateline.city, country: destination.id, stated: false, countryStated: true };
    return { place: destination.name, country: destination.id, stated: true, isCountry: true };
  }
  const elsewhere = visit && cue.planned ? countryNotKnownVisitedBy(sentence, cue) : undefined;
  if (elsewhere) return { place: elsewhere, stated: true, isCountry: true };
  if (visit && cue.planned) return { stated: false };
  const country = sentence.mentions.find(
    (m) =>
      !m.nested &&
      m.known?.kind === 'country' &&
      placeBefore(sentence, view.text.slice(Math.max(sentence.start, m.start - 12), m.start)) &&
      !namedAsMatter(view.text, m.start, sentence.start) &&
      !OWNED_NOT_PLACE.test(view.text.slice(m.end, Math.min(sentence.end, m.end + 40))),
  );
  if (country?.known)
    return {
      place: kb.entities.get(country.known.id)?.name ?? country.text,
      country: country.known.id,
      stated: true,
      isCountry: true,
    };
  if (visit && dateline?.country && arrivesAtASite(sentence.text, cue)) {
    return { place: dateline.city, country: dateline.country, stated: false };
  }
  const remote = cue.format === 'phone call' || cue.format === 'virtual meeting' || cue.format === 'letter';
  if (occasion && !remote && !visit && AT_THE_OCCASION.test(sentence.text))
    return { ...asPlace(occasion), stated: false };
  if (dateline && lead && !remote && (sentence.chinese || !namesUnknownPlace(sentence.text))) {
    return { place: dateline.city, ...(dateline.country ? { country: dateline.country } : {}), stated: false };
  }
  return { stated: false };
}

/** "arrived at ", "landed at ": a visit's cue told by an arrival at a site. */
const ARRIVAL_AT = /^(?:arriv|land)\w*\s+at\s*$/i;

/**
 * Whether a visit is told by an arrival at an airport or an air base the sentence names, with no
 * city or country besides ("arrived at Waterkloof Air Force Base late on Thursday from
 * Mozambique"): the site is in the dateline's country, and the arrival opens a visit to it, in
 * whatever paragraph it is told.
 */
function arrivesAtASite(sentence: string, cue: EventCue): boolean {
  return ARRIVAL_AT.test(sentence.slice(cue.start, cue.end)) && namesSiteOnly(sentence);
}

/**
 * "held summit talks here on Monday", "hosted a dinner for him at the State Guest House there that
 * evening": "here" or "there" right after the event's words, in its clause, points at its place.
 * "Here" is the dateline's city, whatever country the sentence names besides ("investment in
 * India"); "there" is the last known city named before the event's words, in its own sentence or
 * else in the one before. "There was", "here is" point at nothing.
 */
const HERE_AFTER_CUE = /^[^,;.]{0,60}?\bhere\b(?!\s+(?:is|are|was|were)\b)/i;
const THERE_AFTER_CUE =
  /^[^,;.]{0,60}?\bthere\b(?!\s+(?:is|are|was|were|will|would|has|have|had|could|can|may|might|should|must|seems?|remains?)\b)/i;

function placePointedAt(
  view: ArticleView,
  sentence: SentenceView,
  cue: EventCue,
  dateline: DatelinePlace | undefined,
): ReportPlace | undefined {
  if (sentence.chinese) return undefined;
  const after = sentence.text.slice(cue.end);
  if (dateline && HERE_AFTER_CUE.test(after))
    return { place: dateline.city, ...(dateline.country ? { country: dateline.country } : {}), stated: true };
  if (!THERE_AFTER_CUE.test(after)) return undefined;
  const lastCity = (text: string) =>
    findVenues(text)
      .filter((match) => match.venue.name === match.venue.city)
      .at(-1);
  const own = lastCity(sentence.text.slice(0, cue.start));
  const previous = view.sentences[view.sentences.indexOf(sentence) - 1];
  const named = own ?? (previous && !previous.headline ? lastCity(previous.text) : undefined);
  return named ? asPlace(named.venue) : undefined;
}

/**
 * "arrived in Beijing on Tuesday morning from Tashkent, where he had held talks with Karimov on
 * Monday", "flying in from Brunei, where he had met Sultan Hassanal Bolkiah on Monday": an event
 * told in the pluperfect inside a "where" clause that names a day of the trip is the trip's
 * earlier stop, held in the known city or country the clause hangs on, not in a place the
 * sentence named before it. A clause that looks back ("where he had attended the summit last
 * year") places nothing here.
 */
const WHERE_TO_CUE = /,\s*where\b[^,;]*$/;
const HAD = /\bhad\b/i;

/**
 * Whether the "where" clause `where` (up to the cue; `clause` from "where" on, `afterCue` after
 * the cue) tells a step of the trip: a pluperfect naming a day of it, or the simple past with such
 * a day after its cue ("where he held talks with Prime Minister Shinzo Abe on Monday").
 */
function ofTheTrip(where: string, clause: string, afterCue: string): boolean {
  return HAD.test(where) ? pluperfectOfTheTrip(clause) : DAY_OF_THE_TRIP.test(afterCue);
}

function earlierStopOf(sentence: SentenceView, cue: EventCue, kb: KnowledgeBase): ReportPlace | undefined {
  if (sentence.chinese) return undefined;
  const before = sentence.text.slice(0, cue.start);
  const where = before.includes('where') ? WHERE_TO_CUE.exec(before) : null;
  if (!where || !ofTheTrip(where[0], sentence.text.slice(where.index), sentence.text.slice(cue.end))) return undefined;
  // "flew in from Kuala Lumpur, where he held talks with Najib in Putrajaya on Sunday": the place
  // the clause names itself, not the one it hangs on.
  const inClause = placeInClause(sentence, cue.start);
  if (inClause) return asPlace(inClause);
  const antecedentEnd = where.index;
  for (const match of findVenues(sentence.text)) {
    if (match.end === antecedentEnd && match.venue.name === match.venue.city) return asPlace(match.venue);
  }
  const country = sentence.mentions.find(
    (m) => !m.nested && m.known?.kind === 'country' && m.end - sentence.start === antecedentEnd,
  );
  if (!country?.known) return undefined;
  return {
    place: kb.entities.get(country.known.id)?.name ?? country.text,
    country: country.known.id,
    stated: true,
    isCountry: true,
  };
}

/** "after a visit to New Delhi of barely six hours": a known city right after a visit's "to" is where the visit went. */
function cityVisitedBy(sentence: SentenceView, cue: EventCue): Venue | undefined {
  for (const match of findVenues(sentence.text)) {
    if (match.start < cue.end) continue;
    const between = sentence.text.slice(cue.end, match.start);
    return /^\s*(?:to\s+)?$/.test(between) && match.venue.name === match.venue.city ? match.venue : undefined;
  }
  return undefined;
}

/** "对孟加拉国进行国事访问": the country a Chinese visit goes to, before the visit's words. */
const CHINESE_VISITED_COUNTRY = new RegExp(String.raw`对([${HAN}]{2,10}?)进行$`, 'u');
/** "a state visit to Bangladesh": the country (or city) an English visit goes to, right after its words. */
const ENGLISH_VISITED_PLACE = /^\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}'’-])/u;

/**
 * The place an announced visit goes to by name when the knowledge base does not know it as a
 * country: "将前往达卡，对孟加拉国进行国事访问", "will then travel to Dhaka for a state visit to
 * Bangladesh". The next stop of a tour is not a visit to the country of the dateline or of the
 * trip's other stops. A known country or city there is read elsewhere; a name the sentence gives
 * a person or party is no place.
 */
function countryNotKnownVisitedBy(sentence: SentenceView, cue: EventCue): string | undefined {
  const name = sentence.chinese
    ? CHINESE_VISITED_COUNTRY.exec(sentence.text.slice(Math.max(0, cue.start - 14), cue.start))?.[1]
    : ENGLISH_VISITED_PLACE.exec(sentence.text.slice(cue.end, cue.end + 60))?.[1];
  if (!name || venueByName(name)) return undefined;
  const at = sentence.text.indexOf(name, sentence.chinese ? 0 : cue.end);
  const named = sentence.mentions.some(
    (m) => m.start - sentence.start < at + name.length && at < m.end - sentence.start,
  );
  return named ? undefined : name;
}

function asPlace(venue: Venue): ReportPlace {
  const country = venue.country ? { country: venue.country } : {};
  return venue.name === venue.city
    ? { place: venue.city, ...country, stated: true }
    : { place: venue.city, venue: venue.name, ...country, stated: true };
}

/** A city's name as press English writes it: one to three capitalized words ("Astana", "Siem Reap", "Nur-Sultan"). */
const CITY = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})`;
/** After a country: "Kazakhstan's capital, Astana", "Kazakhstan’s capital city Astana". */
const CAPITAL_AFTER_COUNTRY = new RegExp(String.raw`^['’]s\s+capital(?:\s+city)?,?\s+${CITY}`, 'u');
/** Before a country: "in the capital of" (then ", Astana" after it). */
const CAPITAL_OF_BEFORE = /\b(?:in|at)\s+the\s+capital(?:\s+city)?\s+of\s+$/i;
const CITY_AFTER_COMMA = new RegExp(String.raw`^,\s+${CITY}`, 'u');
/** Before a country: "in Astana, " (the city, then the country it is in). */
const CITY_COMMA_BEFORE = new RegExp(String.raw`\b(?:in|at)\s+${CITY},\s+$`, 'u');
/**
 * Before a country: "in Nagato, Abe's ancestral home in western " — the city, then what kind of
 * place it is, ending in a word of settlement, and where in the country it lies.
 */
const CITY_DESCRIBED_BEFORE = new RegExp(
  String.raw`\b(?:in|at)\s+${CITY},\s+(?:\p{Lu}[\p{L}'’-]*['’]s|the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:home|hometown|home\s+town|birthplace|town|city|port|resort|village)\s+in\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$`,
  'u',
);

/**
 * A city this reader does not list, placed by the country named beside it: "in Kazakhstan's
 * capital, Astana", "in the capital of Kazakhstan, Astana", "in Astana, Kazakhstan", "in Nagato,
 * Abe's ancestral home in western Japan".
 */
function cityBesideCountry(sentence: SentenceView): Venue | undefined {
  for (const m of sentence.mentions) {
    if (m.nested || m.known?.kind !== 'country') continue;
    const at = m.start - sentence.start;
    const end = m.end - sentence.start;
    const before = sentence.text.slice(Math.max(0, at - 60), at);
    const after = sentence.text.slice(end, end + 60);
    const city =
      (EN_BEFORE_PLACE.test(before) ? CAPITAL_AFTER_COUNTRY.exec(after)?.[1] : undefined) ??
      (CAPITAL_OF_BEFORE.test(before) ? CITY_AFTER_COMMA.exec(after)?.[1] : undefined) ??
      CITY_COMMA_BEFORE.exec(before)?.[1] ??
      CITY_DESCRIBED_BEFORE.exec(sentence.text.slice(Math.max(0, at - 120), at))?.[1];
    if (city) return { name: city, aliases: [], city, country: m.known.id };
  }
  return undefined;
}

/** "in the Laotian capital, " before the city: the city is where it happened, not the country its adjective names. */
const ADJECTIVE_CAPITAL_BEFORE = /\b(?:in|at)\s+the\s+\p{Lu}\p{L}*\s+capital(?:\s+city)?,?\s+$/u;

/**
 * The first known venue (or knowledge-base place) introduced as a location: "in Beijing", "at
 * the Great Hall", "在万象"; else a city placed by the country beside it.
 */
/**
 * Where the opening phrase holding a visit's words ends: "Arrivé jeudi en Chine pour une visite
 * officielle de deux jours, M. Sánchez avait d'abord rencontré Li Qiang à Boao": the city after
 * the comma is where the main clause's meeting was, not the whole visit.
 */
function openingPhraseEnd(text: string, cue: EventCue): number | undefined {
  const comma = text.indexOf(',');
  return comma > cue.end && comma < text.length - 1 ? comma : undefined;
}

/**
 * ", where he met": the place's own clause, up to the event's words, with no comma closing it.
 * ", where he had attended the BRICS summit" looks back from the stay told around it, and does
 * not place the stay's days there; ", where he had held talks with Xi earlier in the day" tells
 * the trip's earlier stop, and its talks were held there.
 */
const WHERE_AFTER = /^\s*,\s*where\b[^,;]*$/;
const WHERE_HAD = /^\s*,\s*where\b[^,;]*\bhad\b/;

/**
 * A building named by its short name after the article gave its full one: "Hu hosted a state
 * dinner for Obama in the Great Hall on Tuesday evening", after "talks at the Great Hall of the
 * People", is in Beijing. A short name the article never gave in full (the Great Hall of
 * Parliament House in Canberra) places nothing, nor one followed by "of" another place.
 */
function venueNamedShort(view: ArticleView, sentence: SentenceView): Venue | undefined {
  if (sentence.chinese) return undefined;
  for (const venue of VENUES_WITH_SHORT_FORMS) {
    for (const short of venue.shortForms!) {
      const at = sentence.text.indexOf(short);
      if (at < 0 || !IN_THE_BEFORE.test(sentence.text.slice(Math.max(0, at - 12), at))) continue;
      if (/^\s+of\b/.test(sentence.text.slice(at + short.length))) continue;
      const before = view.text.slice(0, sentence.start);
      if ([venue.name, ...venue.aliases].some((form) => before.includes(form))) return venue;
    }
  }
  return undefined;
}

function namedVenue(sentence: SentenceView, before = Infinity, cueStart = -1): Venue | undefined {
  const venues = findVenues(sentence.text);
  for (const match of venues) {
    if (match.start > before) break;
    if (!sentence.chinese && namedAsMatter(sentence.text, match.start)) continue;
    if (cityNamedAfter(sentence.text, match, venues)) continue;
    const near = sentence.text.slice(Math.max(0, match.start - 14), match.start);
    const capitalBefore = !sentence.chinese && ADJECTIVE_CAPITAL_BEFORE.test(sentence.text.slice(0, match.start));
    const estate = !sentence.chinese && ESTATE_IN.test(sentence.text.slice(Math.max(0, match.start - 48), match.start));
    const gathering =
      sentence.chinese &&
      ZH_GATHERING_AFTER.test(sentence.text.slice(match.end, match.end + 8)) &&
      ZH_ATTENDING_BEFORE.test(sentence.text.slice(Math.max(0, match.start - 16), match.start));
    if (leavingBefore(sentence, match.start, match.end)) return match.venue;
    if (!sentence.chinese && match.venue.name === match.venue.city && NAME_GOES_ON.test(sentence.text.slice(match.end)))
      continue;
    // "flew to Phnom Penh, where he met Hun Sen": a known place a "where" clause follows is where
    // that clause's event was held, whatever word stands before it; an event told before the
    // place ("arrived here from Jakarta, where he concluded a visit"), or after the clause has
    // closed ("from Xiamen, where he had attended the summit, called on"), is not that clause's.
    const whereAfter =
      !sentence.chinese &&
      cueStart > match.end &&
      WHERE_AFTER.test(sentence.text.slice(match.end, cueStart)) &&
      (!WHERE_HAD.test(sentence.text.slice(match.end)) || pluperfectOfTheTrip(sentence.text.slice(match.end)));
    if (
      !placeBefore(sentence, near) &&
      !whereAfter &&
      !capitalBefore &&
      !estate &&
      !gathering &&
      !afterItsCountry(sentence, match.start)
    )
      continue;
    if (
      !sentence.chinese &&
      ELSEWHERE_BEFORE.test(sentence.text.slice(Math.max(0, match.start - ELSEWHERE_REACH), match.start))
    )
      continue;
    if (sentence.chinese && inAClauseBefore(sentence.text, match.start, match.end)) continue;
    // "flew in from Kuala Lumpur, where he held talks with Najib in Putrajaya": a place the
    // "where" clause names itself, after its event, is where the event was held.
    if (whereAfter && !placeBefore(sentence, near)) return placeInClause(sentence, cueStart) ?? match.venue;
    return match.venue;
  }
  for (const m of sentence.mentions) {
    if (m.known?.kind !== 'place') continue;
    const at = m.start - sentence.start;
    if (placeBefore(sentence, sentence.text.slice(Math.max(0, at - 14), at))) {
      return { name: m.known.name, aliases: [], city: m.known.name, country: m.known.entry.country ?? '' };
    }
  }
  return sentence.chinese
    ? undefined
    : (capitalNamed(sentence) ?? cityBesideCountry(sentence) ?? islandNamed(sentence));
}

/** A known place named after "in" or "at" between an event's cue and the end of its clause. */
function placeInClause(sentence: SentenceView, cueStart: number): Venue | undefined {
  const clauseEnd = sentence.text.slice(cueStart).search(/[,;]|\s[—–-]\s/u);
  const end = clauseEnd < 0 ? sentence.text.length : cueStart + clauseEnd;
  return findVenues(sentence.text).find(
    (match) =>
      match.start > cueStart &&
      match.end <= end &&
      placeBefore(sentence, sentence.text.slice(Math.max(0, match.start - 14), match.start)),
  )?.venue;
}

/**
 * "结束在岘港出席亚太经合组织领导人非正式会议后，抵达河内": a place in a clause that ends with 后,
 * told as what was done or attended before, is where the people were, not where the event after
 * it was held.
 */
function inAClauseBefore(text: string, start: number, end: number): boolean {
  const opening = Math.max(...[...'，,。；;'].map((mark) => text.lastIndexOf(mark, start))) + 1;
  const closing = text.slice(end).search(/[，,。；;]/u);
  const clause = text.slice(opening, closing < 0 ? text.length : end + closing);
  return /(?:结束|出席|参加|访问)[^，,。；;]*后$/u.test(clause);
}

/**
 * "在印度金奈同…举行会晤": a Chinese city written right after its country, the two introduced as
 * where the event was: the city is the place, not the country.
 */
function afterItsCountry(sentence: SentenceView, at: number): boolean {
  if (!sentence.chinese) return false;
  const country = sentence.mentions.find(
    (m) => !m.nested && m.known?.kind === 'country' && m.end - sentence.start === at,
  );
  if (!country) return false;
  const start = country.start - sentence.start;
  return placeBefore(sentence, sentence.text.slice(Math.max(0, start - 14), start));
}

/**
 * "at the Shanghai Cooperation Organisation summit in Qingdao": a city's name followed by
 * another capitalized word begins a longer name (an organisation, a forum), and places nothing;
 * a day or month after it ("in Beijing Monday") does not.
 */
const NAME_GOES_ON =
  /^ (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}/u;

/** "on the Indonesian island of Bali", "on the island of Jeju": an island named as where the event was. */
const ISLAND_OF = new RegExp(
  String.raw`\b(?:on|in|at)\s+the\s+(?:\p{Lu}\p{L}*\s+)?(?:resort\s+)?island\s+of\s+${CITY}`,
  'u',
);

/** An island a sentence names as where its event was, whether this reader knows it or not: it is the place, not the dateline's city. */
function islandNamed(sentence: SentenceView): Venue | undefined {
  const island = ISLAND_OF.exec(sentence.text)?.[1];
  return island ? { name: island, aliases: [], city: island, country: '' } : undefined;
}

/**
 * "dans une propriété de Woodside", "at the residence of": a house named by its town, as the
 * French press prints the estate where two leaders met.
 */
const ESTATE_IN =
  /(?<!\p{L})(?:dans|à|au|at|in)\s+(?:une|un|la|le|l['’]|an?|the)\s*(?:propriété|résidence|villa|domaine|manoir|estate|residence|mansion)\s+(?:de|d['’]|of)\s*$/iu;

/**
 * "在出席第60届慕尼黑安全会议期间会见": a meeting held while attending a gathering named after its
 * city was held in that city.
 */
const ZH_GATHERING_AFTER = /^(?:安全)?(?:会议|會議|峰会|峰會|论坛|論壇|博览会|博覽會)/u;
const ZH_ATTENDING_BEFORE = /(?:出席|参加|參加)[^，。,]{0,10}$/u;

/** Whether the words before a place introduce it as where the event was: "in", "at", "在", "à", "au". */
function placeBefore(sentence: SentenceView, before: string): boolean {
  if (sentence.chinese) return ZH_BEFORE_PLACE.test(before);
  return EN_BEFORE_PLACE.test(before) || FRENCH_BEFORE_PLACE.test(before) || VIETNAMESE_BEFORE_PLACE.test(before);
}

/** "in the Malaysian capital", "in the capital of Laos" with no city named: the country's capital. */
const THE_CAPITAL_AFTER = /^\s+capital\b(?!(?:\s+city)?,?\s+\p{Lu})/u;
const IN_THE_BEFORE = /\b(?:in|at)\s+the\s+$/i;
const CAPITAL_OF_ALONE = /\b(?:in|at)\s+the\s+capital(?:\s+city)?\s+of\s+$/i;

function capitalNamed(sentence: SentenceView): Venue | undefined {
  for (const m of sentence.mentions) {
    if (m.nested || m.known?.kind !== 'country') continue;
    const at = m.start - sentence.start;
    const end = m.end - sentence.start;
    const before = sentence.text.slice(Math.max(0, at - 40), at);
    const after = sentence.text.slice(end, end + 40);
    const adjective = IN_THE_BEFORE.test(before) && THE_CAPITAL_AFTER.test(after);
    const ofCountry = CAPITAL_OF_ALONE.test(before) && !CITY_AFTER_COMMA.test(after);
    if (adjective || ofCountry) return capitalOf(m.known.id);
  }
  return undefined;
}

/**
 * "called on President Tran Dai Quang ... before leaving Hanoi", "离开河内前会见": the city left
 * after the event is where it was held. Not "before leaving for Phnom Penh" (where the people go
 * next) nor "after leaving Hanoi" (where they were before).
 */
const LEAVING_BEFORE = /\bbefore\s+(?:leaving|departing(?:\s+from)?|(?:his|her|their)\s+departure\s+from)\s+$/i;
const ZH_LEAVING_BEFORE = /离开$/u;
const ZH_LEAVING_AFTER = /^(?:之?前)/u;

function leavingBefore(sentence: SentenceView, start: number, end: number): boolean {
  if (sentence.chinese)
    return (
      ZH_LEAVING_BEFORE.test(sentence.text.slice(Math.max(0, start - 2), start)) &&
      ZH_LEAVING_AFTER.test(sentence.text.slice(end, end + 2))
    );
  return LEAVING_BEFORE.test(sentence.text.slice(Math.max(0, start - 40), start));
}

/**
 * "right after attending the APEC meeting in Da Nang", "before leaving for Phnom Penh": a
 * place the people were at before or go to after the event, not where it was held. The
 * clause runs from its opening words to the venue without a comma.
 */
const ELSEWHERE_BEFORE =
  /\b(?:after|following|before|ahead of|on (?:his|her|their) way (?:from|to))\s+(?:attending|visiting|leaving(?:\s+for)?|concluding|wrapping up|heading to|travell?ing to)\b[^,;]*$/i;
/** How far before a place the opening words of such a clause are looked for. */
const ELSEWHERE_REACH = 90;

/** A country a visit goes to. */
export interface Destination {
  id: string;
  name: string;
}

/** Between two countries of one trip: "Malaysia and Cambodia", "越南、马来西亚和柬埔寨". */
const STOP_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|、|和|及|与)\s*$/u;

/** "thăm Indonesia", "thăm chính thức Việt Nam": the Vietnamese visit, right before the country it goes to. */
const VIETNAMESE_VISIT_BEFORE_COUNTRY = /(?<!\p{L})thăm(?:\s+(?:chính\s+thức|cấp\s+nhà\s+nước|làm\s+việc))?\s+$/iu;

/**
 * The countries a visit goes to, in order: "visit to Cambodia", "visited Laos",
 * "对老挝进行…访问", and every further country listed with them ("a state visit to Malaysia and
 * Cambodia from April 15 to 18": two stops).
 */
export function destinationsOf(text: string, sentence: SentenceView, cue: EventCue): Destination[] {
  const cueStart = sentence.start + cue.start;
  const cueEnd = sentence.start + cue.end;
  const countries = sentence.mentions.filter((m) => !m.nested && m.known?.kind === 'country');
  let first: Mention | undefined;
  if (sentence.chinese) {
    // "对越南进行国事访问", or the country right after the verb: "访问越南", "出访越南".
    first =
      countries.filter((m) => m.end <= cueStart && /^对$/u.test(text.slice(m.start - 1, m.start))).pop() ??
      countries.find((m) => m.start === cueEnd && /访问$/u.test(text.slice(cueStart, cueEnd)));
  } else {
    // "a visit to the Socialist Republic of Viet Nam": the official name may follow "the".
    first = countries.find(
      (m) =>
        m.start >= cueEnd &&
        (/^\s*(?:to\s+(?:the\s+)?)?$/i.test(text.slice(cueEnd, m.start)) ||
          FRENCH_TO_COUNTRY.test(text.slice(cueEnd, m.start))) &&
        // "is visiting Laos", not "met visiting Lao Prime Minister X", where the country is the guest's.
        (/\bto\s+(?:the\s+)?$|\b(?:visited|visits|visit)\s*$|\b(?:is|are)\s+(?:currently\s+|now\s+)?visiting\s*$/i.test(
          text.slice(cueStart, m.start),
        ) ||
          FRENCH_TO_COUNTRY.test(text.slice(cueEnd, m.start)) ||
          // "sa première visite en France": the cue holds its own preposition.
          /(?<!\p{L})visites?\s+(?:en|au|aux|à)\s*$/iu.test(text.slice(cueStart, m.start)) ||
          VIETNAMESE_VISIT_BEFORE_COUNTRY.test(text.slice(cueStart, m.start))),
    );
  }
  if (!first?.known) return [];
  const stops: Destination[] = [{ id: first.known.id, name: first.known.name }];
  let last = first;
  for (const m of countries) {
    if (m.start < last.end || (sentence.chinese && m.start >= cueStart)) continue;
    if (!STOP_GAP.test(text.slice(last.end, m.start)) || !m.known) break;
    if (!stops.some((d) => d.id === m.known!.id)) stops.push({ id: m.known.id, name: m.known.name });
    last = m;
  }
  return stops;
}
