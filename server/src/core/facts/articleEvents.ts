import type { KnowledgeBase } from '../../kb/knowledgeBase.js';
import type { Mention, MentionIndex } from '../mentions/mentionIndex.js';
import { daysBetween } from '../text/dates.js';
import type { ArticleView, SentenceView } from './articleView.js';
import { findCues, THE_PAIR_AGAIN, type EventCue } from './eventCues.js';
import {
  countedBackADay,
  dateOfReport,
  weekdayIndex,
  weekdayNamed,
  weekdayOf,
  gatheringDayOf,
  namesPlace,
  opensOnDayFromEvent,
  opensOnTheSameDay,
  ownClauses,
  spanFromFirstDay,
  stayWeekdays,
  visitLength,
  addDays,
  addMonths,
  type DateContext,
  type ReportDate,
  type WeekdayCue,
} from './eventDates.js';
import { familyOf, isGenericFormat, needsCounterpart, REMOTE_FAMILIES, type EventFamily } from './eventFamilies.js';
import { findDurations, findNumbers } from './eventNumbers.js';
import { invitingHosts, participantsOfCues, type CueParticipants } from './eventParticipants.js';
import {
  articlePlaces,
  destinationsOf,
  namesSiteOnly,
  placeNamedIn,
  placeOfReport,
  type ArticlePlaces,
  type DatelinePlace,
  type Destination,
  type ReportPlace,
} from './eventPlaces.js';
import { roleMentions } from './eventRoles.js';
import { FRENCH_PRONOUN } from './frenchForms.js';
import { personIdOf } from './personIds.js';
import type { SentenceTitles } from './sentenceTitles.js';
import { sourceOf } from './sourceRef.js';
import { findVenues, venueByName, type Venue } from './venues.js';
import type { DateBasis, EventReport, ReportedDocument, ReportedNumber } from './types.js';

/** A report with what grouping needs beside it: its family and its people. */
export interface ReportDraft {
  report: EventReport;
  family: EventFamily;
  /** Person ids (a subset of the participants), the key reports are grouped by. */
  persons: string[];
  /** Where the place came from: stated in the sentence, or the dateline's city. */
  placeFromText: boolean;
  /** Country id of the place, when known: a visit to Malaysia is not the visit to Viet Nam the same week. */
  placeCountry?: string;
  /** True when the place is a country rather than a city: "Laos" contains "Vientiane" and does not contradict it. */
  placeIsCountry: boolean;
  /** The sentence names the country of the place, though the dateline gave its city ("to visit Myanmar" from Yangon). */
  countryFromText?: boolean;
  /** The story of the article (the same story carried by several outlets, as ingestion grouped them). */
  storyId: string;
  /** A weekday the report names that its undated article could not place ("on Wednesday"). */
  weekday?: WeekdayCue;
  /**
   * A look back at a recent event ("不久前…在北京会见", "recently met"): it makes no event of its
   * own and gives no date, but may tell where an event it refers to took place.
   */
  retrospective?: boolean;
  /** The day of the article it was read from (for a look back: the latest the event can be). */
  articleDay?: string;
  /** Read from the headline: a sentence of the text reporting the same event is the better evidence. */
  fromHeadline?: boolean;
  /**
   * A welcome given by one host to a guest the sentence leaves unnamed ("当晚，阮富仲举行欢迎宴会"):
   * kept only if the article's visitor can be its guest.
   */
  guestless?: boolean;
  /**
   * A welcome told in the passive of its guest ("Trump ... was greeted with an official welcome
   * ceremony"), a meal given for the one person named ("hosted a state banquet for Trump"), or a
   * welcome and a meal "in his honour" given to the object of a welcoming verb ("welcomed the
   * Chinese leader with a ceremony"): that person is the guest, not a host.
   */
  greeted?: boolean;
  /**
   * The city the sentence names for the event, known to the reader or not ("at his hotel in
   * Ahmedabad"): two encounters named in two cities are two events.
   */
  namedPlace?: string;
  /**
   * A meeting with a group rather than a person ("met with representatives of the U.S. business
   * community"): its one person is a side, and it is no report of that person's meetings with others.
   */
  withAGroup?: boolean;
}

/**
 * The sentence with other mentions, built field by field: the facts of a sentence with an event
 * read these copies many times, and a spread copy was slower to build and to read.
 */
function withMentions(sentence: SentenceView, mentions: Mention[]): SentenceView {
  const copy: SentenceView = {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    mentions,
    chinese: sentence.chinese,
  };
  if (sentence.headline !== undefined) copy.headline = sentence.headline;
  return copy;
}

const DATE_RANK: Record<DateBasis, number> = { explicit: 0, relative: 1, dateline: 2, 'other-report': 3, published: 4 };
const YEARS = /(\d{4})\s*[-–—]\s*(\d{4})/;

/** What the reader of one article's events needs besides the article. */
export interface ArticleContext {
  index: MentionIndex;
  /** What the article's sentences are dated against. */
  dates: DateContext;
}

/**
 * The events one article reports. Every sentence with an event cue gives a report; reports of
 * the same family with the same people within the article are one report (the lead says
 * "met with", a later sentence "after the meeting, the two leaders signed"). A signing that
 * follows a meeting adds its documents to the meeting rather than standing alone. A sentence
 * whose subject is a pronoun ("He also met with X", "他表示") or "the two leaders" takes the
 * people the headline or lead introduced. People named only by their title ("the Lao
 * president") are the office's holder; a spouse ("Mrs. Naly Sisoulith") is not her husband.
 * A visit to several countries is one report per stop.
 */
export function reportsOfArticle(
  view: ArticleView,
  titles: readonly SentenceTitles[],
  context: ArticleContext,
): ReportDraft[] {
  const kb = context.index.kb;
  const drafts: ReportDraft[] = [];
  const places = articlePlaces(view);
  const articleOffices = officesInArticle(titles);
  const bareTitled = titlesPrinted(titles);
  const articlePeople = new Set(
    view.mentions.filter((m) => m.entity.type === 'person' && !m.nested).map((m) => personIdOf(m, kb)),
  );
  for (const ids of articleOffices.values()) for (const id of ids) articlePeople.add(id);
  const lead: Lead = {};
  // Drafts whose subject counts its people as two ("两党总书记", "the two leaders"): those two are the event's people.
  const namedPairs = new Set<ReportDraft>();
  const statements: { family: EventFamily; date: ReportDate }[] = [];
  // The day of the last event reported: "the same evening" in a later sentence is that day.
  let previousDay: string | undefined;
  // The day of the last talks or meeting reported: "following the talks" in a later sentence.
  let encounterDay: string | undefined;
  // The first day of the visit a sentence reports its visitor arriving for: "shortly after his arrival".
  let arrivalDay: string | undefined;
  // The city of that arrival, while no later sentence has reported an event of another day.
  let arrivalPlace: string | undefined;
  // The day a conference the article tells of was held: "会前", "on the sidelines of the summit".
  let gatheringDay: string | undefined;
  // The first day of a visit of several days whose arrival alone the sentence before told.
  let arrivalJustBefore: string | undefined;
  const leadSentences = LEAD_SENTENCES + (view.sentences[0]?.headline ? 1 : 0) + datelinesAlone(view, places.dateline);
  view.sentences.forEach((sentence, i) => {
    // Built field by field, as every sentence after the first event needs its own.
    const dates = context.dates;
    const sentenceContext: ArticleContext =
      previousDay || encounterDay || arrivalDay || gatheringDay || arrivalJustBefore
        ? {
            index: context.index,
            dates: {
              reference: dates.reference,
              fallback: dates.fallback,
              previousDay: previousDay || dates.previousDay,
              encounterDay: encounterDay || dates.encounterDay,
              arrivalDay: arrivalDay || dates.arrivalDay,
              arrivalPlace: (arrivalDay && arrivalPlace) || dates.arrivalPlace,
              gatheringDay: gatheringDay || dates.gatheringDay,
              ...(arrivalJustBefore ? { arrivalJustBefore } : {}),
            },
          }
        : context;
    let reportedDay: string | undefined;
    let reportedEncounter: string | undefined;
    let arrivedHere: string | undefined;
    const cues = findCues(sentence.text, sentence.chinese, view.sentences[i + 1]?.text);
    // "Tokayev arrived in Beijing on Sept. 10 for a three-day state visit" and nothing else.
    const arrivalAlone = ARRIVAL.test(sentence.text) && cues.every((cue) => familyOf(cue.format) === 'visit');
    arrivalJustBefore = undefined;
    if (cues.length === 0) {
      gatheringDay = gatheringDayOf(sentence.text, sentence.chinese, context.dates) ?? gatheringDay;
      const statement = dateStatement(sentence, context.dates);
      if (statement) statements.push(statement);
      addDuration(drafts, sentence, kb);
      return;
    }
    const byTitle = roleMentions(
      view,
      sentence,
      titles[i]!,
      articleOffices,
      articlePeople,
      context.index,
      context.dates.reference,
      bareTitled,
    );
    const seen: SentenceView =
      byTitle.length > 0
        ? withMentions(
            sentence,
            [...sentence.mentions, ...byTitle].sort((a, b) => a.start - b.start),
          )
        : sentence;
    const people = withMentions(
      seen,
      seen.mentions.filter((m) => !isSpouse(view.text, m)),
    );
    const participants = participantsOfCues(view.text, people, cues, titles[i]!);
    // Signings last: "China and Vietnam signed 37 agreements ... where Xi held talks with
    // Trong" adds its figures to the talks named later in the same sentence.
    const order = cues
      .map((_, c) => c)
      .sort((a, b) => Number(cues[a]!.format === 'signing') - Number(cues[b]!.format === 'signing'));
    order.forEach((c) => {
      const cue = cues[c]!;
      for (const side of sidesOf(participants[c], cue, people)) {
        const stops =
          familyOf(cue.format) === 'visit' ? legArrivedAt(people, cue, destinationsOf(view.text, people, cue)) : [];
        for (const stop of stops.length > 1 ? stops : [undefined]) {
          const at: CueAt = {
            sentence: people,
            cue,
            side,
            lead: i < leadSentences,
            ...(stop ? { stop } : {}),
          };
          const draft = draftOf(view, at, places, sentenceContext, lead, drafts);
          if (!draft) continue;
          const toldNext = draft.retrospective ? undefined : dayToldNext(view, i, cue, context.dates);
          if (toldNext) redate(draft, toldNext);
          // A visit over several days names no one day that "the same day" could be, but for the
          // next sentence's "the same day" when the sentence told nothing but the arrival for it.
          const span = draft.family === 'visit' && draft.report.endDate !== undefined;
          // "The Brazilian president arrived in Shanghai on Wednesday night", told after the talks
          // of Friday: an arrival before the day of the events already told is their background, so
          // the next "later" or "in the afternoon" still counts from their day; "the same day" after
          // it is still the arrival's.
          const background =
            arrivalAlone &&
            previousDay !== undefined &&
            draft.report.date?.length === DAY_LENGTH &&
            draft.report.date < previousDay;
          if ((span || background) && arrivalAlone && !draft.retrospective && !draft.report.planned)
            arrivalJustBefore ??= draft.report.date?.length === DAY_LENGTH ? draft.report.date : undefined;
          if (
            !arrivalDay &&
            draft.family === 'visit' &&
            !draft.retrospective &&
            !draft.report.planned &&
            draft.report.date?.length === DAY_LENGTH &&
            (ARRIVAL.test(sentence.text) || (at.lead && !span))
          ) {
            arrivalDay = draft.report.date;
            if (ARRIVAL.test(sentence.text)) arrivedHere = draft.namedPlace;
          }
          // An event told "a day after" which the sentence's own happened does not move the day
          // the next sentence's "later" counts from.
          const countedBack = reportedDay !== undefined && countedBackADay(people.text, cue);
          if (
            !draft.retrospective &&
            !draft.report.planned &&
            draft.report.date &&
            !span &&
            !countedBack &&
            !background
          ) {
            reportedDay = draft.report.date;
            if (draft.family === 'meeting') reportedEncounter = draft.report.date;
          }
          if (!draft.retrospective) {
            lead.subject ??= draft.persons[0];
            if (!lead.pair && draft.persons.length >= 2 && PAIRING_FAMILIES.has(draft.family))
              lead.pair = draft.persons.slice(0, 2);
            if (!lead.hostPair && draft.family === 'visit' && draft.persons.length === 1) {
              const hosts = unique(invitingHosts(view.text, people).map((m) => personIdOf(m, kb))).filter(
                (h) => h !== draft.persons[0],
              );
              if (hosts.length === 1) lead.hostPair = [draft.persons[0]!, hosts[0]!];
            }
          }
          if (draft.persons.length === 2 && !draft.retrospective && namesAPair(people.text, cue, people.chinese))
            namedPairs.add(draft);
          mergeInto(drafts, draft, namedPairs);
        }
      }
    });
    if (reportedDay) previousDay = reportedDay;
    if (reportedEncounter) encounterDay = reportedEncounter;
    if (arrivedHere) arrivalPlace = arrivedHere;
    else if (reportedDay && reportedDay !== arrivalDay) arrivalPlace = undefined;
  });
  for (const { family, date } of statements) {
    const dated = drafts.filter((d) => d.family === family && !d.retrospective && rank(d.report) > DATE_RANK.relative);
    if (dated.length === 1) redate(dated[0]!, date);
  }
  placeFromTheArticle(drafts, places.dateline);
  dateFromTheStay(drafts);
  dateOfTheMeetingAt(drafts);
  daysOfTheVisit(drafts);
  countryOfTheVisit(drafts, kb);
  toTheDayToldAfter(drafts, view, kb);
  spanOfTheStayToldAfter(drafts, view, kb);
  endOfTheVisitAnnounced(drafts, view, kb);
  const welcomed = welcomeTheVisitor(withoutEncountersToldAgain(drafts), kb);
  banquetOnTheDayOfTheWelcome(welcomed);
  return welcomed;
}

/** "arrived in Jakarta yesterday on the first leg of": an arrival in a city, before the trip's words. */
const ARRIVED_IN_CITY = /\b(?:arrived|landed|arrives|lands)\s+in\s+$/i;

/**
 * "The Prime Minister arrived in Jakarta yesterday on the first leg of his three-nation visit to
 * Indonesia, Malaysia and Singapore": the day of an arrival in one stop's city is that stop's,
 * and the legs still to come are not held on it. Of the stops listed, only the one arrived in is
 * reported.
 */
function legArrivedAt(sentence: SentenceView, cue: EventCue, stops: Destination[]): Destination[] {
  if (stops.length < 2 || sentence.chinese || !ARRIVAL.test(sentence.text)) return stops;
  const arrivedIn = findVenues(sentence.text.slice(0, cue.start)).filter(({ start }) =>
    ARRIVED_IN_CITY.test(sentence.text.slice(Math.max(0, start - 20), start)),
  );
  const leg = stops.filter((stop) => arrivedIn.some(({ venue }) => venue.country === stop.id));
  return leg.length === 1 ? leg : stops;
}

/** Gives a draft the date another sentence tells for it, in place of its own. */
function redate(draft: ReportDraft, date: ReportDate): void {
  const report = draft.report;
  delete report.date;
  delete report.endDate;
  delete report.partialDate;
  Object.assign(report, dateFields(date));
  delete draft.weekday;
}

/** A cue in the present perfect: "has spoken by phone with", "have held talks". */
const PERFECT_BEFORE_CUE = /\b(?:has|have)\s+(?:(?:also|now|already|just)\s+)?$/i;

/**
 * "Prime Minister Scott Morrison has spoken by phone with Japan's new prime minister ... since he
 * took office on Wednesday. The two leaders spoke on Sunday morning and agreed ...": news told
 * first in the present perfect, which gives no day, has the day the next sentence gives when that
 * sentence tells the pair again in the simple past. A day the perfect's own sentence names is
 * another event's ("since he took office on Wednesday"). Undefined when the cue is in no perfect,
 * or the next sentence names no day or another subject.
 */
function dayToldNext(view: ArticleView, i: number, cue: EventCue, dates: DateContext): ReportDate | undefined {
  const sentence = view.sentences[i]!;
  const next = view.sentences[i + 1];
  if (!next || sentence.chinese || next.chinese || !PERFECT_BEFORE_CUE.test(sentence.text.slice(0, cue.start)))
    return undefined;
  const again = THE_PAIR_AGAIN.exec(next.text);
  if (!again) return undefined;
  const start = again[0].length - again[1]!.length;
  const date = dateOfReport(next.text, false, dates, false, { start, end: again[0].length });
  return date?.date?.length === DAY_LENGTH && (date.basis === 'relative' || date.basis === 'explicit')
    ? date
    : undefined;
}

/**
 * Events between two people that "the two prime ministers" in a later sentence can refer back
 * to: a welcome ceremony ("Sonexay was welcomed by Chinh at an official ceremony") pairs its
 * guest and host as talks do.
 */
const PAIRING_FAMILIES: ReadonlySet<EventFamily> = new Set(['meeting', 'remote', 'ceremony']);

/**
 * "President Xi met with representatives of the U.S. business, strategic and academic
 * communities": a meeting with a group, not a person, has the one person named as its side, the
 * group named right after the cue as its other.
 */
const A_GROUP_MET =
  /^\s*(?:with\s+)?(?:(?:a|the)\s+)?(?:group\s+of\s+|delegation\s+of\s+)?(?:representatives|members|delegates|delegations)\s+(?:of|from)\b/i;
/** How far after a meeting's words the group it met is looked for. */
const A_GROUP_REACH = 60;

/** A sentence telling a visitor's arrival: the visit it reports begins that day. */
const ARRIVAL = /\barriv(?:ed|es|ing)\b|\b(?:landed|touched\s+down)\b|抵达|到达|(?<!\p{L})(?:đến|tới)\s+\p{Lu}/u;
/**
 * Two encounters the text dates to two different days, each by its own words ("hosted Modi for
 * an informal dinner last night", "held talks today"), or to a day and a month that does not hold
 * it ("held talks ... on Monday" in November and "held talks with Mr Xi in Beijing in April"): two
 * events, however alike their people. A day read from the dateline or the publication date is
 * only a guess, and gives way, and a month that holds the day may be the same event's.
 */
export function onDifferentDays(a: EventReport, b: EventReport): boolean {
  return (
    a.date !== undefined &&
    b.date !== undefined &&
    a.date !== b.date &&
    (a.date.length === DAY_LENGTH || b.date.length === DAY_LENGTH) &&
    a.date.length >= MONTH_LENGTH &&
    b.date.length >= MONTH_LENGTH &&
    !a.date.startsWith(b.date) &&
    !b.date.startsWith(a.date) &&
    a.endDate === undefined &&
    b.endDate === undefined &&
    (a.dateBasis === 'explicit' || a.dateBasis === 'relative') &&
    (b.dateBasis === 'explicit' || b.dateBasis === 'relative')
  );
}

/**
 * "Xi received Modi ... on Friday" and "The two leaders will meet again ... in June": an
 * encounter announced for a later day or month than one held is another encounter, not a
 * report of the one held.
 */
export function plannedAfterHeld(a: EventReport, b: EventReport): boolean {
  if (a.planned === b.planned || a.date === undefined || b.date === undefined) return false;
  const [planned, held] = a.planned ? [a.date, b.date] : [b.date, a.date];
  const length = Math.min(planned.length, held.length);
  return planned.slice(0, length) > held.slice(0, length);
}

/**
 * "also held a bilateral meeting with Hun Manet after the signing", in an article whose lead
 * has Hun Manet, Anutin and Trump meet: a meeting said to be bilateral, of two of the people of a
 * larger meeting, is a meeting of its own.
 */
export function bilateralWithin(a: ReportDraft, b: ReportDraft): boolean {
  const [pair, larger] = a.persons.length === 2 ? [a, b] : [b, a];
  return pair.persons.length === 2 && larger.persons.length > 2 && BILATERAL.test(pair.report.text);
}
const BILATERAL =
  /\bbilateral\s+(?:meeting|talks)\b|\bbilaterally\b|(?<!\p{L})rencontre\s+bilat[ée]rale|双边会见|双边会晤/iu;

/** An ISO day, not a month: "2017-11-13". */
const DAY_LENGTH = 'YYYY-MM-DD'.length;
/** An ISO month: "2024-07". */
const MONTH_LENGTH = 'YYYY-MM'.length;
/**
 * "Biden spoke with Trong by phone in March", late in an article about something else, or "In June
 * he met US President Joe Biden in Geneva" opening a sentence: a bare month (not "last November",
 * which recounts) told in passing is a look back, not a report.
 */
const BARE_EARLIER_MONTH =
  /\b[Ii]n\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/;
/**
 * "His predecessor, Benigno Aquino III, met Xi only briefly, at the ... summit in Manila last
 * November", in an article of October: "last" and a month's name after the cue, older than the
 * month before the article's, recalls an event of that month. The month just before ("last
 * March" in April) is recent news, recounted; "last week", "last Tuesday" and "last night" name
 * no month, and date the article's news as before.
 */
const LAST_MONTH_AFTER =
  /\blast\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/;

/** Whether the article has already reported an event held on a day it names. */
function reportsADay(drafts: readonly ReportDraft[]): boolean {
  return drafts.some((d) => !d.retrospective && !d.report.planned && d.report.date?.length === DAY_LENGTH);
}

/**
 * "at the palace", "at the Great Hall", "au palais présidentiel": a site named again by its kind,
 * with no name of its own.
 */
const SITE_BY_ITS_KIND =
  /\bat\s+the\s+(?:palace|hall|residence|guest\s?house|compound|headquarters)\b|(?<!\p{L})(?:au|à\s+la)\s+(?:palais|résidence)(?!\p{L})/iu;

/**
 * The event that places `draft` by the one city of the other events held on `date` between all
 * its people, however their places were read (a lead's dateline too); undefined when they were
 * held in two cities or in none the article gives.
 */
function siteOfTheSamePeople(held: readonly ReportDraft[], draft: ReportDraft, date: string): ReportDraft | undefined {
  const sources = held.filter(
    (d) =>
      d !== draft &&
      d.family !== 'visit' &&
      !REMOTE_FAMILIES.has(d.family) &&
      d.report.date === date &&
      d.report.place !== undefined &&
      !d.placeIsCountry &&
      draft.persons.every((p) => d.persons.includes(p)),
  );
  return new Set(sources.map((d) => d.report.place)).size === 1 ? sources[0] : undefined;
}

/**
 * Places from the article's other events, for talks and meetings it does not place itself:
 * - "On Monday, Li Keqiang met with President Bounnhang", in a KPL story filed from Vientiane
 *   about Bounnhang's state visit to China: the dateline is not where a visitor abroad met his
 *   hosts; the city where the article's other events of the visit took place is.
 * - "On the same day, he also met with Lao Prime Minister Sonexay" after "Wang Yi met with
 *   Saleumxay in Vientiane": a meeting with no place shares the city of the article's other
 *   events of that day with one of its people, when they name one city.
 */
function placeFromTheArticle(drafts: ReportDraft[], dateline: DatelinePlace | undefined): void {
  const held = drafts.filter((d) => !d.retrospective && !d.report.planned);
  const placesAt = (d: ReportDraft) => d.family !== 'visit' && !REMOTE_FAMILIES.has(d.family);
  /** The cities stated for the article's other events with one of `draft`'s people, on the days `when` accepts. */
  const citiesBeside = (draft: ReportDraft, when: (d: ReportDraft) => boolean) => {
    const sources = held.filter(
      (d) =>
        d !== draft &&
        placesAt(d) &&
        d.placeFromText &&
        !d.placeIsCountry &&
        d.report.place !== undefined &&
        when(d) &&
        d.persons.some((p) => draft.persons.includes(p)),
    );
    const cities = new Set(sources.map((d) => d.report.place!));
    return cities.size === 1 ? sources[0] : undefined;
  };
  /**
   * "On 13 September, Phuc paid courtesy calls on Xi Jinping": a call with no city, on a day of
   * a visit one of its people is making, is held where that visit's other events are, or in the
   * visit's city.
   */
  const cityOfTheVisit = (draft: ReportDraft, date: string) => {
    const visit = held.find(
      (v) => v.family === 'visit' && v.persons.some((p) => draft.persons.includes(p)) && inSpan(date, v.report),
    );
    if (!visit) return undefined;
    const beside = citiesBeside(
      draft,
      (d) =>
        d.report.date !== undefined &&
        inSpan(d.report.date, visit.report) &&
        (visit.placeCountry === undefined || d.placeCountry === visit.placeCountry),
    );
    return beside ?? (visit.report.place && !visit.placeIsCountry ? visit : undefined);
  };
  /**
   * "... met Xi in Beijing on Friday. A day earlier she held talks with Li Keqiang": a sentence
   * that opens on a day counted from the event before it goes on with the same people's stay,
   * and is held in that event's city when it names none.
   */
  const cityOfTheDayBefore = (draft: ReportDraft, date: string) =>
    opensOnDayFromEvent(draft.report.text)
      ? citiesBeside(
          draft,
          (d) =>
            d.report.date !== undefined &&
            d.report.date.length === date.length &&
            daysBetween(d.report.date, date) <= MAX_DAYS_COUNTED,
        )
      : undefined;
  for (const draft of held) {
    const date = draft.report.date;
    if (!date || draft.placeFromText || draft.namedPlace) continue;
    // A banquet or ceremony without a place is placed by the visit it honours, unless it names its
    // site by its kind ("hosted a state dinner for Abe ... at the palace that evening"): that site
    // is in the one city of the day's other events between the same people.
    if (draft.family !== 'meeting') {
      if ((draft.family === 'banquet' || draft.family === 'ceremony') && SITE_BY_ITS_KIND.test(draft.report.text)) {
        const source = siteOfTheSamePeople(held, draft, date);
        if (source && !draft.report.place) setPlace(draft, source);
      }
      continue;
    }
    // Talks and meetings: one whose sentence names a city the reader does not know was held there, not elsewhere.
    if (!draft.report.place) {
      // Its people visited two countries that day: the city of their other events is no guide.
      if (visitedTwoCountries(draft, date)) continue;
      const source =
        citiesBeside(draft, (d) => d.report.date === date) ??
        cityOfTheVisit(draft, date) ??
        cityOfTheDayBefore(draft, date);
      if (source) {
        setPlace(draft, source);
        continue;
      }
      // "The president also met Prime Minister Chinh ... on Monday", Biden having "arrived in
      // Hanoi on Sunday" and "left Hanoi on Monday evening": the one city the visit's sentences
      // name for its visitor, when none of its people's events of the visit names another.
      const visited = onlyCityOfTheVisit(draft, date);
      if (visited) {
        draft.report.place = visited.city;
        draft.placeCountry = visited.country;
      }
      continue;
    }
    // Placed by the dateline: not where it was if one of its people was visiting another country that day.
    const abroad = visitAbroad(draft, date);
    if (!abroad) continue;
    const source = unplace(draft, abroad);
    if (source) setPlace(draft, source);
  }
  // "That evening, Trong hosted a state banquet in honour of the Cuban delegation", after the talks
  // of that Friday in Hanoi, in an article filed from Vientiane two days later: a sentence that goes
  // on with the day of the event before it is held where that day's events are, not at the
  // dateline; a place of its own still wins.
  for (const draft of held) {
    const date = draft.report.date;
    if (!date || draft.placeFromText || !placesAt(draft) || !opensOnTheSameDay(draft.report.text)) continue;
    const source =
      citiesBeside(draft, (d) => d.report.date === date) ??
      (draft.report.place === undefined ? cityOfTheEventBefore(draft, date) : undefined);
    if (source && source.report.place !== draft.report.place) {
      delete draft.report.venue;
      setPlace(draft, source);
    }
  }
  // "He is scheduled to hold talks with Lawrence Wong today" under a Bandar Seri Begawan dateline,
  // after "Modi arrived in Singapore yesterday evening": a meeting announced for a day when one of
  // its people is visiting another country is to be held there, in the visit's city, not at the
  // dateline.
  for (const draft of drafts) {
    const date = draft.report.date;
    if (!draft.report.planned || draft.retrospective || !date || draft.family !== 'meeting') continue;
    if (draft.placeFromText || !draft.report.place) continue;
    const abroad = visitAbroad(draft, date);
    if (!abroad) continue;
    const source = unplace(draft, abroad) ?? (abroad.report.place && !abroad.placeIsCountry ? abroad : undefined);
    if (source) setPlace(draft, source);
  }

  // "Xi received Modi at the Hubei Provincial Museum on Friday", "Xi later hosted a dinner for
  // Modi", in a story filed from New Delhi whose lead has the two hold talks in Wuhan: an event
  // whose sentence names a building and no city, or that only the dateline placed, was held in
  // the city of the stay its people were making abroad, told for their other events of those
  // days; else a building with no city is in the dateline's city ("He later met Prime Minister
  // Phuc at the Government Office", under a Hanoi dateline). A city or country of its own wins.
  for (const draft of held) {
    const date = draft.report.date;
    if (!date || !placesAt(draft) || draft.placeFromText || draft.namedPlace) continue;
    const byDateline = dateline !== undefined && draft.report.place === dateline.city;
    if (draft.report.place ? !byDateline : !namesSiteOnly(draft.report.text)) continue;
    const stay = cityOfTheStay(draft, date);
    const visited = stay ? undefined : cityVisited(draft, date);
    if (stay && stay.report.place !== draft.report.place) {
      delete draft.report.venue;
      setPlace(draft, stay);
    } else if (visited && visited.city !== draft.report.place) {
      delete draft.report.venue;
      draft.report.place = visited.city;
      draft.placeCountry = visited.country;
    } else if (!draft.report.place && dateline) {
      draft.report.place = dateline.city;
      if (dateline.country) draft.placeCountry = dateline.country;
    }
  }
  // "Hu greeted Obama on Tuesday morning with a military honor guard and a 21-gun salute", the
  // talks of that Tuesday being "at the Great Hall of the People": a welcome whose own sentence
  // places it nowhere is given where its people's talks or meeting of that day were, as the text
  // states them, not in the city the visit began in or the dateline's. A banquet may be given
  // elsewhere that evening, and stays with the visit it honours.
  for (const draft of held) {
    const date = draft.report.date;
    if (!date || draft.family !== 'ceremony' || draft.placeFromText || draft.namedPlace) continue;
    if (visitedTwoCountries(draft, date)) continue;
    const source = citiesBeside(draft, (d) => d.family === 'meeting' && d.report.date === date);
    if (source && source.report.place !== draft.report.place) {
      delete draft.report.venue;
      setPlace(draft, source);
    }
  }

  // "hours after the prime minister landed in the city for the two-day summit", under a New Delhi
  // dateline: a visit the dateline alone placed went where its visitor's events of its days were
  // held, in a country other than the dateline's. One whose sentence names the dateline's country
  // as where it went ("became the first ... to visit Myanmar", filed from Yangon) stays there,
  // whatever stop of the same day came after it.
  for (const visit of held) {
    const { date, endDate } = visit.report;
    if (visit.family !== 'visit' || visit.placeFromText || visit.countryFromText) continue;
    if (!date || dateline?.country === undefined) continue;
    const stay = citiesBeside(
      visit,
      (d) =>
        d.placeCountry !== undefined &&
        d.placeCountry !== dateline.country &&
        d.report.date !== undefined &&
        d.report.date >= date &&
        d.report.date.slice(0, date.length) <= (endDate ?? date),
    );
    if (!stay) continue;
    delete visit.report.venue;
    setPlace(visit, stay);
  }

  /**
   * The city of the visits one of the draft's people was making on `date`, as their sentences name
   * it ("arrived in Hanoi", "left Hanoi"): a known city in the country visited, and only one, and
   * none when they visited two countries that day.
   */
  function cityVisited(draft: ReportDraft, date: string): Venue | undefined {
    if (visitedTwoCountries(draft, date)) return undefined;
    const cities = visitsUnderWay(draft, date)
      .map((v) => ({ visit: v, city: venueByName(v.namedPlace ?? '') }))
      .filter(
        (found): found is { visit: ReportDraft; city: Venue } =>
          found.city !== undefined &&
          found.city.name === found.city.city &&
          found.city.country === found.visit.placeCountry,
      )
      .map(({ city }) => city);
    return new Set(cities.map((city) => city.city)).size === 1 ? cities[0] : undefined;
  }

  /**
   * The event that tells the city of a stay abroad the draft's people were making around `date`:
   * one city stated, in a country other than the dateline's, for their events of the days beside
   * it, unless a visit of theirs the text sends to the dateline's country had begun by then and
   * not ended.
   */
  function cityOfTheStay(draft: ReportDraft, date: string): ReportDraft | undefined {
    if (dateline?.country === undefined) return undefined;
    // "15日上午，习近平同…举行会谈" under a Samarkand dateline, Xi's visit to Uzbekistan begun the day
    // before: its people were in the dateline's country, whatever stop came before it.
    const visitingDateline = held.some(
      (v) =>
        v.family === 'visit' &&
        (v.placeFromText || v.countryFromText) &&
        v.placeCountry === dateline.country &&
        v.persons.some((p) => draft.persons.includes(p)) &&
        v.report.date !== undefined &&
        v.report.date <= date &&
        date <= (v.report.endDate ?? date),
    );
    if (visitingDateline) return undefined;
    return citiesBeside(
      draft,
      (d) =>
        d.placeCountry !== undefined &&
        d.placeCountry !== dateline.country &&
        d.report.date !== undefined &&
        d.report.date.length === date.length &&
        daysBetween(d.report.date, date) <= STAY_DAYS,
    );
  }

  /**
   * Whether the draft's people visited two countries on `date` ("became the first ... to visit
   * Myanmar", then "Later on Monday, Obama flew to Phnom Penh"): the city one stop names does not
   * say where an event of that day with no city of its own was held.
   */
  function visitedTwoCountries(draft: ReportDraft, date: string): boolean {
    return new Set(visitsUnderWay(draft, date).flatMap((v) => (v.placeCountry ? [v.placeCountry] : []))).size > 1;
  }

  /**
   * "Prime Minister Narendra Modi held talks with Putin at Hyderabad House on Monday afternoon.
   * Earlier in the day, Defence Minister Sergei Shoigu and Foreign Minister Sergei Lavrov met their
   * Indian counterparts": the event told last before a sentence that opens on its day, when its
   * sentence named the city, is where that sentence's event was though their people differ.
   */
  function cityOfTheEventBefore(draft: ReportDraft, date: string): ReportDraft | undefined {
    const before = held.slice(0, held.indexOf(draft)).filter((d) => placesAt(d) && d.report.date === date);
    const last = before[before.length - 1];
    return last?.placeFromText && !last.placeIsCountry && last.report.place !== undefined ? last : undefined;
  }

  /**
   * The city of the visits one of the draft's people was making on `date` ({@link cityVisited}),
   * unless an event of theirs during those visits names another city: a visit to Ahmedabad and
   * New Delhi has no one city an unplaced meeting could be in.
   */
  function onlyCityOfTheVisit(draft: ReportDraft, date: string): Venue | undefined {
    const city = cityVisited(draft, date);
    if (!city) return undefined;
    const visits = visitsUnderWay(draft, date);
    const elsewhere = held.some(
      (d) =>
        d !== draft &&
        d.namedPlace !== undefined &&
        d.namedPlace !== city.city &&
        d.persons.some((p) => draft.persons.includes(p)) &&
        visits.some((v) => d.report.date !== undefined && inSpan(d.report.date, v.report)),
    );
    return elsewhere ? undefined : city;
  }

  /** The visits one of the draft's people was making on `date`, in the article's order. */
  function visitsUnderWay(draft: ReportDraft, date: string): ReportDraft[] {
    return held.filter(
      (v) => v.family === 'visit' && v.persons.some((p) => draft.persons.includes(p)) && inSpan(date, v.report),
    );
  }

  /** A visit one of the draft's people was making on `date` to a country other than the draft's place. */
  function visitAbroad(draft: ReportDraft, date: string): ReportDraft | undefined {
    // Visiting the draft's country that day as well, they may have been there.
    if (visitedTwoCountries(draft, date)) return undefined;
    return visitsUnderWay(draft, date).find(
      (v) => v.placeCountry !== undefined && v.placeCountry !== draft.placeCountry,
    );
  }

  /** Drops the dateline's place and finds the city of the visit's other events, if they name one. */
  function unplace(draft: ReportDraft, abroad: ReportDraft): ReportDraft | undefined {
    delete draft.report.place;
    delete draft.report.venue;
    delete draft.placeCountry;
    return citiesBeside(
      draft,
      (d) =>
        d.report.date !== undefined && inSpan(d.report.date, abroad.report) && d.placeCountry === abroad.placeCountry,
    );
  }
}

/** "before leaving Hanoi", "before his departure from Hanoi", "离开河内前": the end of a stay in the city the event is placed in. */
const BEFORE_LEAVING =
  /\bbefore\s+(?:leaving|departing(?:\s+from)?|(?:his|her|their)\s+departure\s+from)\s+(?!for\b)|离开[^，,。；;]{1,12}前/iu;

/**
 * "Modi also called on President Tran Dai Quang and General Secretary Nguyen Phu Trong before
 * leaving Hanoi", in an article that told his Saturday in Hanoi: an event the text dates only by
 * the end of a stay is of the last day the article gives that stay, the latest day of its events
 * there with one of the same people. Without such a day it keeps the date it had.
 */
function dateFromTheStay(drafts: readonly ReportDraft[]): void {
  const held = drafts.filter((d) => !d.retrospective && !d.report.planned);
  for (const draft of held) {
    const { place } = draft.report;
    if (!place || !draft.placeFromText || rank(draft.report) <= DATE_RANK.relative) continue;
    if (!BEFORE_LEAVING.test(draft.report.text)) continue;
    let last: string | undefined;
    for (const d of held) {
      const day = d.report.date;
      if (d === draft || d.report.place !== place || !d.placeFromText || day?.length !== DAY_LENGTH) continue;
      if (rank(d.report) > DATE_RANK.relative || !d.persons.some((p) => draft.persons.includes(p))) continue;
      const end = d.family === 'visit' ? (d.report.endDate ?? day) : day;
      if (!last || end > last) last = end;
    }
    if (!last) continue;
    delete draft.report.endDate;
    delete draft.report.partialDate;
    delete draft.weekday;
    Object.assign(draft.report, { date: last, dateBasis: 'relative' satisfies DateBasis });
  }
}

/** "会见通伦时，": a sentence opening on the time of a meeting with the one it names. */
const WHEN_MEETING_OPENS = /^[^，,。；;]*?(?:会见|会晤|拜会)[^，,。；;]*?时[，,]/u;

/**
 * "会见通伦时，王沪宁……转交习近平总书记、国家主席贺电", after "……于12月1日至3日……在万象分别会见……通伦":
 * a message handed over "when meeting" someone is of that meeting's days, the ones the article
 * gives the meeting with one of its people before it, not the dateline's. Without such a meeting
 * it keeps the date it had.
 */
function dateOfTheMeetingAt(drafts: readonly ReportDraft[]): void {
  const held = drafts.filter((d) => !d.retrospective && !d.report.planned);
  for (const draft of held) {
    if (draft.family !== 'letter' || !WHEN_MEETING_OPENS.test(draft.report.text)) continue;
    const meeting = held.find(
      (d) =>
        d !== draft &&
        d.family === 'meeting' &&
        d.report.date !== undefined &&
        rank(d.report) <= DATE_RANK.relative &&
        d.persons.some((p) => draft.persons.slice(1).includes(p)),
    );
    if (!meeting) continue;
    delete draft.report.endDate;
    delete draft.report.partialDate;
    delete draft.weekday;
    Object.assign(
      draft.report,
      dateFields({
        date: meeting.report.date,
        endDate: meeting.report.endDate,
        basis: meeting.report.dateBasis,
      }),
    );
  }
}

/**
 * "returned to Moscow early on Tuesday after a visit to New Delhi of barely six hours": the day
 * a sentence tells its visitor's return on is not the visit's.
 */
const RETURNED_AFTER = /\b(?:returned|flew\s+back|arrived\s+back)\b[^.;]{0,60}?\bafter\s+(?:a|an|his|her|their)\b/i;

/** The most days a visit whose text gives no span is taken to last, from its first day to its visitor's departure. */
const UNTOLD_VISIT_DAYS = 4;

/**
 * "before the president left for Washington", "before departing for Phnom Penh", "flew home": the
 * visitor's departure, and the place they left for when the words name one.
 */
const DEPARTURE =
  /\b(?:left|departed|leaving|departing|flew|flying)\s+(?:for\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})|home\b|back\s+home\b)/u;

/**
 * The days of a visit the article gives no span, as its visitor's events in the country visited
 * tell them:
 * - "Trump, who arrived in Ahmedabad on Monday for his first visit to India", then "Kovind hosted
 *   a state banquet for Trump that evening, before the president left for Washington" of the
 *   Tuesday: a visit dated by its arrival ends on the day of an event its visitor left after,
 *   for home or a place outside the country visited (the event in that country, or unplaced);
 * - "Putin returned to Moscow early on Tuesday after a visit to New Delhi of barely six hours",
 *   and his talks there on Monday: a visit dated by the return after it is of the days of those
 *   events, placed in the country, before the return. With no such event it keeps the day it had.
 * Only events the text dates by their own words count, a few days at most from the visit's day;
 * a visit told by its arrival alone stays a day, whatever its visitor did after.
 */
function daysOfTheVisit(drafts: readonly ReportDraft[]): void {
  const held = drafts.filter((d) => !d.retrospective && !d.report.planned);
  for (const visit of held) {
    const { date, endDate } = visit.report;
    const visitor = visit.persons[0];
    if (visit.family !== 'visit' || !visitor || date?.length !== DAY_LENGTH || endDate) continue;
    if (!ARRIVAL.test(visit.report.text) && !RETURNED_AFTER.test(visit.report.text)) {
      fromTheArrival(visit, held);
      continue;
    }
    if (!visit.placeCountry) continue;
    const there = held.filter(
      (d) =>
        d.family !== 'visit' &&
        !REMOTE_FAMILIES.has(d.family) &&
        (d.placeCountry === visit.placeCountry || d.placeCountry === undefined) &&
        d.persons.includes(visitor) &&
        d.report.date?.length === DAY_LENGTH &&
        d.report.date !== date &&
        rank(d.report) <= DATE_RANK.relative &&
        daysBetween(d.report.date, date) <= UNTOLD_VISIT_DAYS,
    );
    if (RETURNED_AFTER.test(visit.report.text)) {
      const before = there
        .filter((d) => d.placeCountry !== undefined)
        .map((d) => d.report.date!)
        .filter((day) => day < date)
        .sort();
      if (before.length === 0) continue;
      visit.report.date = before[0]!;
      if (before[before.length - 1] !== before[0]) visit.report.endDate = before[before.length - 1]!;
    } else {
      const departures = there
        .filter((d) => d.report.date! > date && leavesTheCountry(d.report.text, visit.placeCountry!))
        .map((d) => d.report.date!)
        .sort();
      if (departures.length > 0) visit.report.endDate = departures[departures.length - 1]!;
    }
  }
}

/**
 * "The Indian leader, on a three-day state visit, will travel to Yangon on Thursday", after "Modi,
 * who arrived on Tuesday evening from Xiamen, ... called on President U Htin Kyaw ... soon after
 * landing": a visit whose sentence gives its length but not its arrival begins on the day its
 * visitor's arrival is told, when the day it was read on falls within that many days of it.
 */
function fromTheArrival(visit: ReportDraft, held: readonly ReportDraft[]): void {
  const { date } = visit.report;
  const length = visitLength(visit.report.text);
  if (!date || !length || length < 2) return;
  const arrival = held.find(
    (d) =>
      d !== visit &&
      d.persons.includes(visit.persons[0]!) &&
      ARRIVAL.test(d.report.text) &&
      d.report.date?.length === DAY_LENGTH &&
      rank(d.report) <= DATE_RANK.relative,
  )?.report.date;
  if (!arrival || arrival >= date || date > addDays(arrival, length - 1)) return;
  visit.report.date = arrival;
  visit.report.endDate = addDays(arrival, length - 1);
}

/**
 * "The Indian leader, on a three-day state visit, will travel to Yangon on Thursday": a visit
 * whose sentences name no place went to the country its visitor's events of its days were held
 * in, when they were all in one ("held talks in Nay Pyi Taw on Wednesday").
 */
function countryOfTheVisit(drafts: readonly ReportDraft[], kb: KnowledgeBase): void {
  const held = drafts.filter((d) => !d.retrospective && !d.report.planned);
  for (const visit of held) {
    if (visit.family !== 'visit' || visit.report.place !== undefined || !visit.report.date) continue;
    const visitor = visit.persons[0];
    const countries = new Set(
      held
        .filter(
          (d) =>
            d.family !== 'visit' &&
            !REMOTE_FAMILIES.has(d.family) &&
            visitor !== undefined &&
            d.persons.includes(visitor) &&
            d.report.date !== undefined &&
            inSpan(d.report.date, visit.report),
        )
        .flatMap((d) => (d.placeCountry ? [d.placeCountry] : [])),
    );
    if (countries.size !== 1) continue;
    const [country] = countries;
    const name = kb.entities.get(country!)?.name;
    if (!name) continue;
    visit.report.place = name;
    visit.placeCountry = country!;
    visit.placeIsCountry = true;
  }
}

/**
 * "Merkel, who is on a two-day visit to China, later met President Xi Jinping" on Friday, then
 * "On Saturday, Merkel and Li are expected to travel together to the central city of Wuhan": a
 * visit of a known length, read on one day with no arrival to count from, whose visitor a later
 * sentence names in a city of the country visited on a weekday as many days on as the visit
 * lasts, began on the day it was read on and ends on that weekday: both days are of the visit,
 * and no other span of its length holds them. A later weekday closer than that leaves the first
 * day unknown, and the visit keeps its one day.
 */
function toTheDayToldAfter(drafts: readonly ReportDraft[], view: ArticleView, kb: KnowledgeBase): void {
  for (const visit of drafts) {
    const { date, endDate } = visit.report;
    const visitor = visit.persons[0];
    if (visit.family !== 'visit' || visit.retrospective || visit.report.planned || endDate) continue;
    if (!visitor || !visit.placeCountry || date?.length !== DAY_LENGTH || ARRIVAL.test(visit.report.text)) continue;
    const length = visitLength(visit.report.text);
    if (!length || length < 2) continue;
    const told = view.sentences.findIndex((sentence) => sentence.text === visit.report.text);
    if (told < 0) continue;
    const lastDay = addDays(date, length - 1);
    const later = view.sentences.slice(told + 1).some((sentence) => {
      if (sentence.chinese || ARRIVAL.test(sentence.text)) return false;
      const weekday = weekdayNamed(sentence.text);
      if (weekday === undefined || addDays(date, (weekday - weekdayOf(date) + 7) % 7) !== lastDay) return false;
      const named = sentence.mentions.some(
        (m) => m.entity.type === 'person' && !m.nested && personIdOf(m, kb) === visitor,
      );
      const venues = findVenues(sentence.text);
      return named && venues.length > 0 && venues.every(({ venue }) => venue.country === visit.placeCountry);
    });
    if (later) visit.report.endDate = lastDay;
  }
}

/** The visits held, by a known visitor, that the article has read on one day and no more. */
function* visitsOfOneDay(
  drafts: readonly ReportDraft[],
): Generator<{ visit: ReportDraft; date: string; visitor: string }> {
  for (const visit of drafts) {
    const { date, endDate } = visit.report;
    const visitor = visit.persons[0];
    if (visit.family !== 'visit' || visit.retrospective || visit.report.planned || endDate) continue;
    if (visitor && date?.length === DAY_LENGTH) yield { visit, date, visitor };
  }
}

/**
 * "Mr Kim called on Prime Minister Lee ... on Sunday evening, hours after landing", then "The
 * three-day stay, from Sunday to Tuesday, was Mr Kim's farthest trip abroad since he took
 * power": a visit read on one day, whose visitor a later sentence names with the weekdays of a
 * stay that opens on that day, lasts to the last of them (and as many days as the sentence says,
 * when it says). The sentence's own look back ranks the stay; it reports no other.
 */
function spanOfTheStayToldAfter(drafts: readonly ReportDraft[], view: ArticleView, kb: KnowledgeBase): void {
  for (const { visit, date, visitor } of visitsOfOneDay(drafts)) {
    for (const sentence of view.sentences) {
      if (sentence.chinese) continue;
      const stay = stayWeekdays(sentence.text);
      if (!stay || stay.from !== weekdayOf(date)) continue;
      const days = ((stay.to - stay.from + 7) % 7) + 1;
      if (days < 2 || (stay.length !== undefined && stay.length !== days)) continue;
      const named = sentence.mentions.some(
        (m) => m.entity.type === 'person' && !m.nested && personIdOf(m, kb) === visitor,
      );
      if (!named) continue;
      visit.report.endDate = addDays(date, days - 1);
      break;
    }
  }
}

/**
 * "习近平将于21日结束对巴西的国事访问", "Modi will wrap up his visit on Thursday": the day a visit under
 * way is to end, group 1 the Chinese day of the month, group 2 the English weekday.
 */
const ANNOUNCED_END =
  /将于(\d{1,2})日结束对[^，,。；;]{1,12}的[^，,。；;]{0,4}访问|\b(?:will|is\s+(?:due|scheduled|set|expected)\s+to)\s+(?:end|conclude|wrap\s+up)\s+(?:his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|stay)\s+(?:[^.;]{0,40}?\s)?on\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/iu;

/**
 * "习近平是19日下午...开始对巴西进行国事访问的", then "按照日程，习近平将于21日结束对巴西的国事访问，启程回国": a
 * visit under way, read on the day it began, ends on the day a sentence naming its visitor
 * announces for its end, a week at most after its first day, when that sentence names no other
 * country than the one visited.
 */
function endOfTheVisitAnnounced(drafts: readonly ReportDraft[], view: ArticleView, kb: KnowledgeBase): void {
  for (const { visit, date, visitor } of visitsOfOneDay(drafts)) {
    for (const sentence of view.sentences) {
      const end = ANNOUNCED_END.exec(sentence.text);
      if (!end) continue;
      const people = sentence.mentions.filter((m) => m.entity.type === 'person' && !m.nested);
      const countries = sentence.mentions.filter((m) => m.entity.type === 'country').map((m) => m.entity.id);
      if (!people.some((m) => personIdOf(m, kb) === visitor)) continue;
      if (countries.length > 0 && !countries.includes(visit.placeCountry ?? '')) continue;
      const last = end[1]
        ? dayOfMonthAfter(date, Number(end[1]))
        : addDays(date, (weekdayIndex(end[2]!) - weekdayOf(date) + 7) % 7);
      if (last > date && daysBetween(date, last) <= 7) visit.report.endDate = last;
      break;
    }
  }
}

/** The first day numbered `day` on or after `date`: in its month, or else in the next. */
function dayOfMonthAfter(date: string, day: number): string {
  const dd = String(day).padStart(2, '0');
  const inMonth = `${date.slice(0, 8)}${dd}`;
  return inMonth >= date ? inMonth : `${addMonths(date, 1).slice(0, 8)}${dd}`;
}

/**
 * "The meeting with Sunak came on the second and final day of Ramaphosa's state visit": a sentence
 * opening on an encounter the article has told, by its definite noun and the person it was with.
 */
const TOLD_AGAIN =
  /^\s*(?:The|This|That|Their|His|Her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|encounter|call|conversation)\s+(?:with|between)\s/;

/**
 * The drafts without the encounters told again ({@link TOLD_AGAIN}) that share a person, and a day
 * unless they give none of their own, with an encounter of the same family another sentence
 * reported: the sentence remarks on that
 * one, and the other people it names (the visit's host, "hosted by King Charles III") were not at it.
 */
function withoutEncountersToldAgain(drafts: ReportDraft[]): ReportDraft[] {
  return drafts.filter((draft) => {
    if (draft.retrospective || !TOLD_AGAIN.test(draft.report.text)) return true;
    return !drafts.some(
      (earlier) =>
        earlier !== draft &&
        earlier.family === draft.family &&
        !earlier.retrospective &&
        earlier.report.text !== draft.report.text &&
        (earlier.report.date === draft.report.date || rank(draft.report) >= DATE_RANK.published) &&
        earlier.persons.some((person) => draft.persons.includes(person)),
    );
  });
}

/** "In the evening", "that evening", "当晚": a sentence opening on the evening of a day told before. */
const OPENS_ON_AN_EVENING =
  /^[\s,]*(?:(?:later\s+)?in\s+the\s+evening|(?:later\s+)?(?:that|the\s+same)\s+(?:evening|night)|当晚|晚上|晚间)/iu;
/** A state banquet or an official dinner, not a private or informal meal. */
const FORMAL_MEAL =
  /\bstate\s+(?:banquet|dinner)|\bofficial\s+(?:banquet|dinner)|\b(?:banquet|dinner)\s+in\s+honou?r\s+of|国宴|欢迎宴会/iu;

/**
 * "24日晚，习近平同奥巴马在布莱尔国宾馆举行小范围会晤" told after the talks and the welcome of the
 * 25th, then "当晚，奥巴马……为习近平……举行盛大国宴"; "On Tuesday, the Indian Prime Minister met
 * ... Massimov", told after the talks and welcome of Wednesday, then "In the evening, the Head of
 * State hosted an official dinner in honor of the Indian guest": a state banquet or an official
 * dinner that the sentences before date only as "that evening" is given on the day its host
 * welcomed its guest with a ceremony, when the article tells that welcome on one later day. A
 * state visit's banquet is the evening of its welcome; the evening an earlier day's meeting was
 * told in is not. A private or informal dinner keeps the day the sentences before give it.
 */
function banquetOnTheDayOfTheWelcome(drafts: readonly ReportDraft[]): void {
  for (const banquet of drafts) {
    const { date, dateBasis, text } = banquet.report;
    if (banquet.family !== 'banquet' || banquet.retrospective || banquet.report.planned) continue;
    if (date?.length !== DAY_LENGTH || dateBasis !== 'relative' || banquet.persons.length !== 2) continue;
    if (!OPENS_ON_AN_EVENING.test(text) || !FORMAL_MEAL.test(text)) continue;
    const welcomeDays = new Set(
      drafts
        .filter(
          (d) =>
            d.report.format === 'welcome ceremony' &&
            !d.retrospective &&
            !d.report.planned &&
            d.report.date?.length === DAY_LENGTH &&
            banquet.persons.every((p) => d.persons.includes(p)),
        )
        .map((d) => d.report.date!),
    );
    if (welcomeDays.size !== 1) continue;
    const [day] = welcomeDays;
    if (day! > date) banquet.report.date = day!;
  }
}

/** Whether a sentence tells its people's departure for home or for a place outside `country`. */
function leavesTheCountry(sentence: string, country: string): boolean {
  const departure = DEPARTURE.exec(sentence);
  if (!departure) return false;
  const bound = departure[1] === undefined ? undefined : venueByName(departure[1]);
  return bound?.country !== country;
}

/** The most days apart two events of one stay abroad are taken to be when the article tells no visit's span. */
const STAY_DAYS = 1;

/** The most days "five days earlier" counts from an event: the furthest `opensOnDayFromEvent` reads. */
const MAX_DAYS_COUNTED = 5;

function inSpan(date: string, report: EventReport): boolean {
  return report.date !== undefined && report.date <= date && date <= (report.endDate ?? report.date);
}

function setPlace(draft: ReportDraft, source: ReportDraft): void {
  draft.report.place = source.report.place!;
  if (source.placeCountry) draft.placeCountry = source.placeCountry;
}

/**
 * A banquet or ceremony of welcome: its guest is the visitor when the sentence names none ("un dîner
 * d'État en l'honneur de son hôte", "chiêu đãi chào mừng").
 */
const WELCOMING =
  /welcom|in honou?r of|en\s+l['’]honneur\s+d|en\s+(?:son|leur)\s+honneur|bienvenue|chào\s+mừng|欢迎|歡迎/iu;

/**
 * "当晚，阮富仲和武文赏共同举行欢迎宴会": a welcome whose sentence names only its hosts, all of
 * one country, was given to the article's visitor — the one person of another country the
 * article reports visiting, on a day of the visit. A welcome with one host and no visitor to
 * give it to is not kept.
 */
function welcomeTheVisitor(drafts: ReportDraft[], kb: KnowledgeBase): ReportDraft[] {
  const visitors = unique(
    drafts.filter((d) => d.family === 'visit' && !d.retrospective && !d.report.planned).flatMap((d) => d.persons),
  );
  const countryOf = (id: string) => {
    const person = kb.entities.get(id);
    return person?.kind === 'person' ? person.entry.country : undefined;
  };
  return drafts.filter((draft) => {
    if ((draft.family !== 'banquet' && draft.family !== 'ceremony') || draft.retrospective) return true;
    if (draft.greeted) {
      hostOfTheGreeted(draft, drafts);
      return true;
    }
    if (!draft.guestless && !WELCOMING.test(draft.report.text)) return true;
    const hostCountries = new Set(draft.persons.map(countryOf));
    const guests = visitors.filter((v) => {
      const country = countryOf(v);
      return !draft.persons.includes(v) && country !== undefined && !hostCountries.has(country);
    });
    const sameCountry = hostCountries.size === 1 && !hostCountries.has(undefined);
    if (guests.length !== 1 || !sameCountry || !duringVisit(draft, guests[0]!, drafts)) return !draft.guestless;
    draft.persons.push(guests[0]!);
    draft.report.participants = unique([...draft.persons, ...draft.report.participants]);
    delete draft.guestless;
    return true;
  });
}

/** "the visiting leader", "the visiting president": the article's visitor, named by that role. */
const VISITING_GUEST =
  /\bthe\s+visiting\s+(?:leader|president|prime\s+minister|premier|head\s+of\s+state|dignitary|guest)\b/i;

/** "a state banquet for US President Donald Trump", "a dinner in honour of": a meal, then its guest's title words. */
const MEAL_FOR =
  /\b(?:banquet|dinner|luncheon|lunch)\s+(?:for|in\s+honou?r\s+of)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}$/iu;
/** How far before the guest's name a meal's "for" is looked for. */
const MEAL_FOR_REACH = 80;

/**
 * "welcomed the Chinese leader", "greeted Obama": a welcoming verb with the guest right after it,
 * a title's or a role's words between.
 */
const WELCOMED_OBJECT = /\b(?:welcomed|welcomes|greeted|greets)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu;
/** How far before the guest's name the welcoming verb is looked for. */
const WELCOMED_REACH = 60;

/** "was greeted with", "was accorded", "were given": the guest of a welcome as the subject of its passive. */
const GREETED = /\b(?:was|were)\s+(?:greeted|welcomed|received|accorded|given)\b/i;
/** "before the talks", "ahead of their meeting": the encounter a welcome is told beside. */
const ENCOUNTER_NAMED = /\b(?:before|ahead\s+of|prior\s+to|after|following)\s+(?:the|their)\s+(talks|meeting)\b/i;
/** "at the palace", "at the Presidential Palace", "at the forecourt": the site a welcome names, by its kind. */
const WELCOME_SITE =
  /\bat\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(palace|hall|house|office|residence|forecourt|headquarters|building|square|compound|airport)\b/iu;
/** How far before a welcome's words its passive verb is looked for. */
const GREETED_REACH = 12;

/**
 * "Trump ... was greeted with an official welcome ceremony before the talks", after "Trump held
 * talks with Trong": a welcome whose guest alone is named, told beside an encounter it names, was
 * given by the other side of the one such encounter of that day between the guest and one other
 * person, unless it names a site the encounter's sentence does not and the guest met others
 * besides that person on the visit. Otherwise ("was given a ceremonial welcome at the forecourt",
 * its host unsaid) the welcome is kept with its guest alone.
 */
function hostOfTheGreeted(welcome: ReportDraft, drafts: readonly ReportDraft[]): void {
  const guest = welcome.persons[0]!;
  const encounters = drafts.filter(
    (d) =>
      d.family === 'meeting' &&
      !d.retrospective &&
      !d.report.planned &&
      d.report.date === welcome.report.date &&
      d.persons.length === 2 &&
      d.persons.includes(guest),
  );
  delete welcome.guestless;
  // "before the talks": of the day's encounters, the talks it names.
  const named = ENCOUNTER_NAMED.exec(welcome.report.text)?.[1]?.toLowerCase();
  if (!named) {
    // "Modi was greeted with military honours in the Chancellery's forecourt on Tuesday morning",
    // after consultations "at the Chancellery on Tuesday": a welcome naming no encounter, at the
    // site the one encounter of its day was told to be held at, was given by its other side.
    const site = NAMED_SITE.exec(welcome.report.text)?.[1];
    const there = site ? encounters.filter((d) => d.report.text.includes(site)) : [];
    if (there.length === 1)
      addHost(
        welcome,
        there[0]!.persons.find((p) => p !== guest)!,
      );
    return;
  }
  const ofThatName = encounters.filter((d) => d.report.format === named);
  const chosen = ofThatName.length > 0 ? ofThatName : encounters;
  if (chosen.length !== 1) return;
  // "was given a ceremonial welcome at the palace ... before the talks", the talks told "in Nay Pyi
  // Taw": a welcome at a site the encounter was not told to be held at is not shown to be its
  // host's, and no host is given that the text did not tell.
  const site = WELCOME_SITE.exec(welcome.report.text)?.[1]?.toLowerCase();
  const host = chosen[0]!.persons.find((p) => p !== guest)!;
  if (site && !chosen[0]!.report.text.toLowerCase().includes(site) && !soleHostOfTheVisit(guest, host, drafts)) return;
  addHost(welcome, host);
}

function addHost(welcome: ReportDraft, host: string): void {
  welcome.persons.unshift(host);
  welcome.report.participants = unique([...welcome.persons, ...welcome.report.participants]);
}

/** "in the Chancellery's forecourt", "at the Akorda": the name of the site a welcome was held at. */
const NAMED_SITE = /\b(?:at|in)\s+the\s+(\p{Lu}[\p{L}-]{3,}(?:\s+\p{Lu}[\p{L}-]*){0,3})/u;

/**
 * "Modi began a five-day visit to Japan", "held summit talks with Abe", "was accorded a ceremonial
 * welcome at the Akasaka Palace before the talks": the one person a visitor the article reports
 * visiting meets in it is the visit's host, and a welcome with no host named, wherever it was, is
 * that host's. A visitor who met two people ("called on President Htin Kyaw", "held talks with Aung
 * San Suu Kyi") has no one host the text tells.
 */
function soleHostOfTheVisit(guest: string, host: string, drafts: readonly ReportDraft[]): boolean {
  if (!drafts.some((d) => d.family === 'visit' && !d.retrospective && d.persons.includes(guest))) return false;
  const met = new Set(
    drafts
      .filter((d) => d.family === 'meeting' && !d.retrospective && !d.report.planned && d.persons.includes(guest))
      .flatMap((d) => d.persons.filter((p) => p !== guest)),
  );
  return met.size === 1 && met.has(host);
}

/** Whether the welcome falls on a day of the guest's visit (or either is undated). */
function duringVisit(welcome: ReportDraft, guest: string, drafts: readonly ReportDraft[]): boolean {
  const day = welcome.report.date;
  if (!day) return true;
  return drafts.some((d) => {
    if (d.family !== 'visit' || !d.persons.includes(guest)) return false;
    const { date, endDate } = d.report;
    return !date || (date <= day && day <= (endDate ?? date));
  });
}

const ENCOUNTER_NOUN = /\b(?:talks|meeting|conversation|call)\b|会谈|会见|会晤|通话/i;

/**
 * "Wang told Blinken at the start of about 5 1/2 hours of talks": how long an encounter the
 * article reported lasted, given in a sentence of its own. The figure goes to the one
 * encounter of the article between the people the sentence names.
 */
function addDuration(drafts: ReportDraft[], sentence: SentenceView, kb: KnowledgeBase): void {
  // The hour word the durations look for first is rarer than an encounter's noun, and cheaper to look for.
  const durations = findDurations(sentence.text, sentence.chinese);
  if (durations.length === 0 || !ENCOUNTER_NOUN.test(sentence.text)) return;
  const people = unique(
    sentence.mentions.filter((m) => m.entity.type === 'person' && !m.nested).map((m) => personIdOf(m, kb)),
  );
  if (people.length === 0) return;
  const targets = drafts.filter(
    (d) =>
      (d.family === 'meeting' || d.family === 'remote') &&
      !d.retrospective &&
      people.every((p) => d.persons.includes(p)),
  );
  if (targets.length === 1) addNumbers(targets[0]!.report, durations);
}

/** "The meeting took place on September 17": a sentence dating an event the article reports elsewhere. */
const DATE_STATEMENT =
  /\bthe\s+(meeting|talks|visit|phone call|call|banquet)\s+(?:took place|was held|were held|happened)\b/i;
const FAMILY_OF_NOUN: Record<string, EventFamily> = {
  meeting: 'meeting',
  talks: 'meeting',
  visit: 'visit',
  'phone call': 'remote',
  call: 'remote',
  banquet: 'banquet',
};

function dateStatement(
  sentence: SentenceView,
  dates: DateContext,
): { family: EventFamily; date: ReportDate } | undefined {
  if (sentence.chinese) return undefined;
  const match = DATE_STATEMENT.exec(sentence.text);
  if (!match) return undefined;
  const date = dateOfReport(sentence.text, false, dates, false, {
    start: match.index,
    end: match.index + match[0].length,
  });
  return date?.date && date.basis === 'explicit'
    ? { family: FAMILY_OF_NOUN[match[1]!.toLowerCase()]!, date }
    : undefined;
}

/** The people an article introduces first: whom a pronoun or "the two leaders" stands for. */
interface Lead {
  subject?: string;
  pair?: string[];
  /**
   * The visitor and the one host who invited the visit: "the two prime ministers will hold
   * talks" in an article announcing the visit, before any encounter has named a pair.
   */
  hostPair?: string[];
}

/** Each title as the article prints it, lower-cased → the people it is printed beside. */
function titlesPrinted(titles: readonly SentenceTitles[]): Map<string, Set<string>> {
  const printed = new Map<string, Set<string>>();
  for (const { pieces } of titles)
    for (const piece of pieces) {
      const key = piece.title.toLowerCase();
      const people = printed.get(key) ?? new Set<string>();
      people.add(piece.personId);
      printed.set(key, people);
    }
  return printed;
}

/** Office id → the people the article prints that title beside. */
function officesInArticle(titles: readonly SentenceTitles[]): Map<string, Set<string>> {
  const offices = new Map<string, Set<string>>();
  for (const sentence of titles) {
    for (const piece of sentence.pieces) {
      if (!piece.officeId) continue;
      const set = offices.get(piece.officeId) ?? new Set<string>();
      set.add(piece.personId);
      offices.set(piece.officeId, set);
    }
  }
  return offices;
}

/** "Mrs. Naly Sisoulith", "Madame Peng Liyuan", "通伦夫人": the name is a spouse's, whoever shares the surname. */
const SPOUSE_BEFORE = /\b(?:Mrs|Mme|Madame|Madam)\.?\s+\p{Lu}[\p{L}'’-]*\s+$/u;
const SPOUSE_AFTER = /^\s*(?:夫人|的夫人)/u;

/**
 * A surname that is a leader's, printed after another given name and "Mrs."/"Madame" ("his
 * wife, Mrs. Naly Sisoulith"), names his wife; so does "通伦夫人". A full name is its owner's.
 */
function isSpouse(text: string, m: Mention): boolean {
  if (m.entity.type !== 'person') return false;
  if (SPOUSE_AFTER.test(text.slice(m.end, m.end + 4))) return true;
  const short = m.alias?.form === 'short' || m.alias?.form === 'misusedShort';
  return short && SPOUSE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

/** One cue of one sentence, with the side it reports. */
interface CueAt {
  sentence: SentenceView;
  cue: EventCue;
  side: CueParticipants;
  /** Whether the sentence is among the article's first: only those are placed by the dateline. */
  lead: boolean;
  /** For a visit to several countries, the stop this report is about. */
  stop?: Destination;
}

/** How many opening sentences the dateline's city places. */
const LEAD_SENTENCES = 3;
/** "Jakarta.": a sentence of a city's name alone, which a dateline ended by a full stop or a colon makes. */
const CITY_ALONE = /^\s*(\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,2})\s*[.:]?\s*$/u;

/**
 * How many of the article's opening sentences are its dateline alone: "Jakarta. President Susilo
 * Bambang Yudhoyono welcomed ..." reads as a sentence "Jakarta." and the lead after it, so the
 * lead's sentences are counted after it. Only the dateline's own city, right after the headline,
 * is one; a city named alone later in the text is the text's.
 */
function datelinesAlone(view: ArticleView, dateline: DatelinePlace | undefined): number {
  if (!dateline) return 0;
  const first = view.sentences.find((s) => !s.headline);
  const city = first ? CITY_ALONE.exec(first.text)?.[1] : undefined;
  return city !== undefined && venueByName(city)?.city === dateline.city ? 1 : 0;
}
/** "He also met with X", "他表示": a pronoun for the article's lead person. */
const PRONOUN = /\b(?:he|she)\b|[他她]/i;
/** "... will hold talks with him": the other side is the article's lead person. */
const OBJECT_PRONOUN = /^\s*(?:with\s+)?(?:him|her)\b|^[^，,。；;]{0,6}[他她]/i;
/** "received him at the airport, where he was given a 21-gun salute": the pronoun as the cue's own object. */
const CUE_OF_A_PRONOUN = /^\p{L}+\s+(?:him|her)\b/iu;
/**
 * "President Mamnoon Hussain hosted a state banquet in his honour", "... a banquet for him": its
 * guest is the article's lead person, when the one person named is the subject right before the
 * cue (not the guest an earlier verb of the sentence took: "welcomed the Chinese leader with a
 * ceremony ... and hosted a state banquet in his honour").
 */
const HONOUR_PRONOUN = /^\s*(?:for\s+(?:him|her)\b|in\s+(?:his|her)\s+honou?r\b)/i;
/** What may stand between a subject and its cue: a title's or a name's last words, an adverb. */
const SUBJECT_BEFORE_CUE = /^[\s\p{L}.'’-]{0,20}$/u;
/** "The two leaders ...", "les deux dirigeants", "两国领导人": the pair the article introduced. */
const THE_TWO =
  /\b(?:the two|both)\s+(?:(?:party|state|top|senior|countries['’]|nations['’])\s+)?(?:leaders|presidents|general secretaries|heads of state|prime ministers|premiers|men|sides)\b|\bthey\b|\bles\s+deux\s+(?:dirigeants|pr[ée]sidents|hommes|chefs\s+d['’][ée]tat)\b|\bhai\s+(?:Thủ\s+tướng|nhà\s+lãnh\s+đạo|lãnh\s+đạo|Tổng\s+Bí\s+thư|Chủ\s+tịch|nguyên\s+thủ)|两国领导人|两党总书记|两位领导人|双方/i;
/** "He was received by X": a sentence opened by a pronoun. */
const OPENING_PRONOUN = /^\s*(?:He|She|Il|Elle)\b/;
/** "..., where the two held talks": the pronoun's person and the one the sentence names before. */
const WHERE_THE_TWO = /\bwhere\s+the\s+two\s+(?:also\s+)?$/i;
/** "He was given a ceremonial welcome": a welcome in the passive, its guest the pronoun. */
const PASSIVE_GUEST = /\b(?:was|were)\s+(?:\w+\s+)?$/i;

/**
 * Whether a sentence opened by a pronoun makes its person one of the event's side: "He then drove
 * to the home of Aung San Suu Kyi, where the two held talks" (one person named, "the two" right
 * before the encounter), "He was given a ceremonial welcome" (no one named, the pronoun the
 * welcomed guest). "He said the two held talks" names no one; "the two held talks" without an
 * opening pronoun is left to the article's pair.
 */
function opensWithPronoun(before: string, named: number, format: EventCue['format']): boolean {
  if (!OPENING_PRONOUN.test(before)) return false;
  if (named === 1) return WHERE_THE_TWO.test(before);
  return named === 0 && familyOf(format) === 'ceremony' && PASSIVE_GUEST.test(before);
}

/**
 * "Thongsavanh ... is paying an official visit. He was received by Chinh": a pronoun opening a
 * sentence stands for the person who opened the sentence before, when one did; the article's
 * lead person is only the fallback.
 */
function openerOfSentenceBefore(view: ArticleView, sentence: SentenceView, kb: KnowledgeBase): string | undefined {
  const previous = view.sentences.filter((s) => s.end <= sentence.start).at(-1);
  if (!previous) return undefined;
  const first = previous.mentions.find((m) => !m.nested && m.entity.type === 'person');
  if (!first || !/^\s*$/.test(view.text.slice(previous.start, first.start))) return undefined;
  return personIdOf(first, kb);
}

/**
 * The sides of a cue: those its sentence names, or, for a visit in a sentence opening on a pronoun
 * and naming no one ("Il avait passé le début de la journée à Berlin", "He arrived in Hanoi on
 * Tuesday for a state visit"), one side for the pronoun, which `draftOf` resolves.
 */
function sidesOf(
  named: readonly CueParticipants[] | undefined,
  cue: EventCue,
  sentence: SentenceView,
): readonly CueParticipants[] {
  if (named && named.length > 0) return named;
  return familyOf(cue.format) === 'visit' && !sentence.chinese && OPENING_PRONOUN.test(sentence.text)
    ? [{ persons: [], parties: [] }]
    : [];
}

/** "visited Li Xi": a call on a person is a meeting, not a visit to a place. */
const VISITED_PERSON = /^[Vv]isit(?:ed|s|ing)?\s*$/;

function draftOf(
  view: ArticleView,
  at: CueAt,
  places: ArticlePlaces,
  context: ArticleContext,
  lead: Lead,
  earlier: ReportDraft[],
): ReportDraft | undefined {
  const { sentence, side } = at;
  let { cue } = at;
  const kb = context.index.kb;
  const persons = unique(side.persons.map((m) => personIdOf(m, kb)));
  if (familyOf(cue.format) === 'visit' && VISITED_PERSON.test(sentence.text.slice(cue.start, cue.end))) {
    const host = sentence.mentions.find(
      (m) =>
        m.entity.type === 'person' &&
        !m.nested &&
        m.start >= sentence.start + cue.end &&
        /^\s*$/.test(view.text.slice(sentence.start + cue.end, m.start)),
    );
    if (host) {
      cue = { ...cue, format: 'meeting' };
      const id = personIdOf(host, kb);
      if (!persons.includes(id)) persons.push(id);
    }
  }
  const signing = cue.format === 'signing';
  const parties = signing ? unique(side.parties.map((m) => m.entity.id)) : [];
  const documents = signing ? documentsIn(view.text, sentence) : [];
  const numbers = findNumbers(sentence.text, sentence.chinese);
  if (signing) {
    const target = [...earlier]
      .reverse()
      .find((d) => d.family !== 'visit' && d.family !== 'letter' && persons.every((p) => d.persons.includes(p)));
    if (target) {
      addDocuments(target.report, documents);
      addNumbers(target.report, numbers);
      return undefined;
    }
    // A signing standing alone is kept only when it names what was signed: "Biden signed the
    // aid package" is not a diplomatic signing between two sides.
    if (documents.length === 0 || (persons.length < 2 && parties.length < 2)) return undefined;
  }
  if (needsCounterpart(cue.format) && persons.length < 2) {
    const before = sentence.text.slice(0, cue.start);
    const objectOnly = side.persons.every((m) => m.start >= sentence.start + cue.end);
    const pair = lead.pair ?? lead.hostPair;
    if (pair && persons.every((p) => pair.includes(p)) && THE_TWO.test(before)) {
      for (const p of pair) if (!persons.includes(p)) persons.push(p);
    } else {
      const opener =
        objectOnly && OPENING_PRONOUN.test(before) ? openerOfSentenceBefore(view, sentence, kb) : undefined;
      // Only where the article already has a lead person: a pronoun in an article with no event
      // before it is left alone.
      const meant = lead.subject && opener && !persons.includes(opener) ? opener : lead.subject;
      if (meant && !persons.includes(meant) && opensWithPronoun(before, persons.length, cue.format)) {
        persons.unshift(meant);
      } else if (
        persons.length === 1 &&
        meant &&
        meant !== persons[0] &&
        (objectOnly
          ? PRONOUN.test(before) || FRENCH_PRONOUN.test(before)
          : OBJECT_PRONOUN.test(sentence.text.slice(cue.end)) ||
            CUE_OF_A_PRONOUN.test(sentence.text.slice(cue.start, cue.end)) ||
            (HONOUR_PRONOUN.test(sentence.text.slice(cue.end)) &&
              side.persons.length === 1 &&
              SUBJECT_BEFORE_CUE.test(view.text.slice(side.persons[0]!.end, sentence.start + cue.start))))
      ) {
        if (objectOnly) persons.unshift(meant);
        else persons.push(meant);
      }
    }
  }
  // "Modi later hosted a lunch for the visiting leader": the guest named by the role of the
  // article's visitor is the one person whose visit the article reported before.
  if (persons.length === 1 && VISITING_GUEST.test(sentence.text)) {
    const visit = [...earlier]
      .reverse()
      .find((d) => d.family === 'visit' && !d.retrospective && !d.report.planned && d.persons.length === 1);
    if (visit && !persons.includes(visit.persons[0]!)) persons.push(visit.persons[0]!);
  }
  // "Kovind hosted a state banquet for Trump": the one person named after the meal's "for" is its
  // guest, whoever gave it.
  const guest = side.persons[0];
  const mealForGuest =
    familyOf(cue.format) === 'banquet' &&
    persons.length === 1 &&
    guest !== undefined &&
    MEAL_FOR.test(view.text.slice(Math.max(sentence.start, guest.start - MEAL_FOR_REACH), guest.start));
  // "the Queen welcomed the Chinese leader with a ceremony ... and hosted a state banquet in his
  // honour": the one person named is the object of the welcoming verb, the guest of the welcome
  // and of the meal the pronoun gives him, whoever the host the reader does not know.
  const welcomedGuest =
    persons.length === 1 &&
    guest !== undefined &&
    WELCOMED_OBJECT.test(view.text.slice(Math.max(sentence.start, guest.start - WELCOMED_REACH), guest.start)) &&
    (familyOf(cue.format) === 'ceremony' || HONOUR_PRONOUN.test(sentence.text.slice(cue.end)));
  // "Modi was greeted with military honours": a ceremony told in the passive of its guest is a
  // welcome as one with "welcome" in it is.
  const greetedInThePassive = GREETED.test(sentence.text.slice(Math.max(0, cue.start - GREETED_REACH), cue.end));
  const guestless =
    (familyOf(cue.format) === 'banquet' || familyOf(cue.format) === 'ceremony') &&
    persons.length === 1 &&
    (WELCOMING.test(sentence.text) || mealForGuest || (familyOf(cue.format) === 'ceremony' && greetedInThePassive));
  const metAGroup =
    !sentence.chinese &&
    familyOf(cue.format) === 'meeting' &&
    persons.length === 1 &&
    A_GROUP_MET.test(sentence.text.slice(cue.end, cue.end + A_GROUP_REACH));
  if (needsCounterpart(cue.format) && persons.length < 2 && !guestless && !metAGroup) return undefined;
  // A visit whose sentence opens on a pronoun and names no one (see `sidesOf`) is the visit of the
  // person who opened the sentence before.
  if (persons.length === 0 && familyOf(cue.format) === 'visit' && OPENING_PRONOUN.test(sentence.text)) {
    const opener = openerOfSentenceBefore(view, sentence, kb);
    if (opener) persons.push(opener);
  }
  if (persons.length === 0 && !signing) return undefined;
  if (cue.retrospective) return retrospectiveDraft(view, at, cue, persons, context);
  const visit = familyOf(cue.format) === 'visit';
  const read = dateOfReport(sentence.text, sentence.chinese, context.dates, cue.planned, cue, visit);
  if (!read) return undefined;
  const date = visit ? spanFromFirstDay(ownClauses(sentence.text, cue), read) : read;
  // "To Lam paid a state visit to Laos in July", in an article of September: a visit is
  // reported by its days; one given only an earlier month is a look back, not a report. So is
  // any encounter after the lead told with a bare earlier month ("by phone in March"), and one in
  // the lead whose bare month is older than the one before the article's, after an event of a
  // day ("held talks with Mr Xi in Beijing in April" under a dateline of November, below the talks
  // of Monday): the article reports that day's event and recalls the old one. So is one told
  // with "last" and a month older than the one before the article's after it ("met Xi ... in
  // Manila last November" in October), wherever it stands.
  const reference = context.dates.reference;
  if (
    !cue.planned &&
    date.date?.length === MONTH_LENGTH &&
    reference &&
    date.date < reference.slice(0, MONTH_LENGTH) &&
    (visit ||
      (LAST_MONTH_AFTER.test(sentence.text.slice(cue.end)) &&
        date.date < addMonths(reference, -1).slice(0, MONTH_LENGTH)) ||
      (BARE_EARLIER_MONTH.test(sentence.text) &&
        (!at.lead || (date.date < addMonths(reference, -1).slice(0, MONTH_LENGTH) && reportsADay(earlier)))))
  )
    return undefined;
  const stated = placeOfReport(view, sentence, cue, places, kb, at.lead, at.stop);
  // A call or a letter joins two places: the city of an arrival its sentence names is a side's.
  const place = REMOTE_FAMILIES.has(familyOf(cue.format))
    ? stated
    : inTheCityOfArrival(stated, sentence, context.dates, visit);
  const report: EventReport = {
    format: cue.format,
    ...dateFields(date),
    planned: cue.planned,
    ...(place.place ? { place: place.place } : {}),
    ...(place.venue ? { venue: place.venue } : {}),
    participants: [...persons, ...parties.filter((p) => !persons.includes(p))],
    documents: [],
    documentDetails: [],
    numbers,
    source: sourceOf(view, sentence),
    text: view.printed.slice(sentence.start, sentence.end),
  };
  addDocuments(report, documents);
  return {
    report,
    family: familyOf(cue.format),
    persons: persons.length > 0 ? persons : parties,
    placeFromText: place.stated,
    placeIsCountry: place.isCountry === true,
    ...(place.countryStated ? { countryFromText: true } : {}),
    storyId: view.article.storyId,
    ...(place.country ? { placeCountry: place.country } : {}),
    ...(date.weekday && !date.date ? { weekday: date.weekday } : {}),
    ...(context.dates.reference ? { articleDay: context.dates.reference } : {}),
    ...(sentence.headline ? { fromHeadline: true } : {}),
    ...(guestless ? { guestless: true } : {}),
    ...(guestless && (mealForGuest || welcomedGuest || greetedInThePassive) ? { greeted: true } : {}),
    ...namedPlaceOf(place, sentence),
    ...(metAGroup ? { withAGroup: true } : {}),
  };
}

/**
 * "Xi arrived in Ahmedabad on Wednesday ... Modi received Xi at his hotel in Ahmedabad": an
 * encounter the reader could not place, whose sentence names the city the visitor was told to
 * have arrived in, was held in that city, known to the reader or not; the arrival's words are
 * what make the name a city. A visit is placed by where it went, not by its first city.
 */
function inTheCityOfArrival(
  place: ReportPlace,
  sentence: SentenceView,
  dates: DateContext,
  visit: boolean,
): ReportPlace {
  const city = dates.arrivalPlace;
  if (place.place || visit || sentence.chinese || !city || !namesPlace(sentence.text, city)) return place;
  const known = venueByName(city);
  return { place: city, ...(known?.country ? { country: known.country } : {}), stated: true };
}

/** The city a sentence names for its event: the one the reader placed it in, else the words after "in". */
function namedPlaceOf(place: ReportPlace, sentence: SentenceView): { namedPlace?: string } {
  if (place.stated && place.place && !place.isCountry) return { namedPlace: place.place };
  if (sentence.chinese || place.stated) return {};
  const named = placeNamedIn(sentence.text);
  // A country is where a city is, not a city of its own.
  if (!named || sentence.mentions.some((m) => m.known?.kind === 'country' && m.text === named)) return {};
  return { namedPlace: named };
}

/** A look back at a recent event: its people and place, no date of its own. */
function retrospectiveDraft(
  view: ArticleView,
  at: CueAt,
  cue: EventCue,
  persons: string[],
  context: ArticleContext,
): ReportDraft | undefined {
  const place = placeOfReport(view, at.sentence, cue, {}, context.index.kb, false, at.stop);
  if (!context.dates.reference || !place.stated) return undefined;
  return {
    report: {
      format: cue.format,
      planned: false,
      ...(place.place ? { place: place.place } : {}),
      ...(place.venue ? { venue: place.venue } : {}),
      participants: persons,
      documents: [],
      documentDetails: [],
      numbers: [],
      source: sourceOf(view, at.sentence),
      text: view.printed.slice(at.sentence.start, at.sentence.end),
    },
    family: familyOf(cue.format),
    persons,
    placeFromText: true,
    placeIsCountry: place.isCountry === true,
    storyId: view.article.storyId,
    ...(place.country ? { placeCountry: place.country } : {}),
    retrospective: true,
    articleDay: context.dates.reference,
  };
}

export function dateFields(date: ReportDate): Partial<EventReport> {
  return {
    ...(date.date ? { date: date.date } : {}),
    ...(date.endDate ? { endDate: date.endDate } : {}),
    ...(date.partialDate ? { partialDate: date.partialDate } : {}),
    ...(date.basis && (date.date || date.partialDate) ? { dateBasis: date.basis } : {}),
  };
}

/** Agreements named in the sentence, with the years printed in or right beside the name. */
function documentsIn(text: string, sentence: SentenceView): ReportedDocument[] {
  const out: ReportedDocument[] = [];
  for (const m of sentence.mentions) {
    if (m.known?.kind !== 'agreement' || m.known.entry.kind !== 'agreement' || out.some((d) => d.id === m.known!.id))
      continue;
    const years = yearsBeside(text, m);
    out.push(years ? { id: m.known.id, years } : { id: m.known.id });
  }
  return out;
}

function yearsBeside(text: string, m: Mention): string | undefined {
  const inside = YEARS.exec(m.text);
  const after = YEARS.exec(text.slice(m.end, m.end + 14));
  const before = YEARS.exec(text.slice(Math.max(0, m.start - 12), m.start));
  const found = inside ?? after ?? before;
  return found ? `${found[1]}-${found[2]}` : undefined;
}

function addDocuments(report: EventReport, documents: readonly ReportedDocument[]): void {
  for (const document of documents) {
    const known = report.documentDetails.find((d) => d.id === document.id);
    if (!known) {
      report.documentDetails.push({ ...document });
      report.documents.push(document.id);
    } else if (!known.years && document.years) {
      known.years = document.years;
    }
  }
}

/**
 * Adds a draft to the article's reports, or folds it into an earlier one of the same family
 * whose people include it (or are included in it), and for visits the same country: the
 * better-sourced date, a stated place and a specific format ("state visit" over "arrived in")
 * win, documents and figures add up, and the report is a plan only if every sentence speaks of
 * it as one. A look back never folds into a report, nor a report into it.
 */
/**
 * "随后两党总书记举行会谈", "两国元首举行会谈", "the two leaders held talks": a subject that counts its
 * people as two, right before the cue in its clause. The event is those two, whoever else a
 * headline running two encounters together ("习近平同阮富仲举行会谈 会见张晋创") gave the same talks.
 */
const COLLECTIVE_PAIR_ZH = /(?:两党总书记|两国元首|两国领导人|两位领导人|两国总理|两国外长|双方)[^，,。；;]{0,12}$/u;
const COLLECTIVE_PAIR_EN =
  /\b(?:the\s+two|both)\s+(?:leaders|presidents|general\s+secretaries|heads\s+of\s+state|prime\s+ministers|premiers|foreign\s+ministers|ministers|sides)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** "hai Thủ tướng đã hội đàm" (the two prime ministers held talks), "hai nhà lãnh đạo": the same in Vietnamese. */
const COLLECTIVE_PAIR_VI =
  /(?<!\p{L})hai\s+(?:Thủ\s+tướng|nhà\s+lãnh\s+đạo|lãnh\s+đạo|Tổng\s+Bí\s+thư|Chủ\s+tịch(?:\s+nước)?|Bộ\s+trưởng|nguyên\s+thủ)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** Words each collective subject holds one of, tried before the patterns. */
const COLLECTIVE_WORD = /两|双方|\b(?:two|both|hai)\b/i;

function namesAPair(sentence: string, cue: EventCue, chinese: boolean): boolean {
  const before = sentence.slice(Math.max(0, cue.start - 80), cue.start);
  if (!COLLECTIVE_WORD.test(before)) return false;
  return chinese ? COLLECTIVE_PAIR_ZH.test(before) : COLLECTIVE_PAIR_EN.test(before) || COLLECTIVE_PAIR_VI.test(before);
}

/**
 * "于4月10日至12日对中国进行正式访问" then "此前，桑切斯于4月9日至10日访问越南": two visits each given its
 * own span of days are two stops of a tour, even where the spans share a day.
 */
function twoSpans(a: EventReport, b: EventReport): boolean {
  return (
    a.endDate !== undefined &&
    b.endDate !== undefined &&
    a.dateBasis === 'explicit' &&
    b.dateBasis === 'explicit' &&
    (a.date !== b.date || a.endDate !== b.endDate)
  );
}

/**
 * "对柬埔寨王国进行国事访问" then "将前往达卡，对孟加拉国进行国事访问": two visits whose sentences name
 * two places, one of them in no country the reader knows, are two stops of a tour (the countries
 * compare the known ones).
 */
export function visitsToTwoPlaces(a: ReportDraft, b: ReportDraft): boolean {
  if (!a.report.place || !b.report.place || a.report.place === b.report.place) return false;
  const unknownStated = (d: ReportDraft) => d.placeFromText && !d.placeCountry;
  return unknownStated(a) || unknownStated(b);
}

function mergeInto(drafts: ReportDraft[], draft: ReportDraft, namedPairs: ReadonlySet<ReportDraft>): void {
  const same = drafts.find(
    (d) =>
      !d.retrospective === !draft.retrospective &&
      d.family === draft.family &&
      !onDifferentDays(d.report, draft.report) &&
      !plannedAfterHeld(d.report, draft.report) &&
      !bilateralWithin(d, draft) &&
      (d.family !== 'visit' || !d.placeCountry || !draft.placeCountry || d.placeCountry === draft.placeCountry) &&
      (d.family !== 'visit' || !visitsToTwoPlaces(d, draft)) &&
      (d.family !== 'visit' || !twoSpans(d.report, draft.report)) &&
      (d.family === 'visit' || !d.namedPlace || !draft.namedPlace || d.namedPlace === draft.namedPlace) &&
      (draft.persons.every((p) => d.persons.includes(p)) || d.persons.every((p) => draft.persons.includes(p))) &&
      (!d.withAGroup === !draft.withAGroup || d.persons.length === draft.persons.length),
  );
  if (!same) {
    drafts.push(draft);
    return;
  }
  const into = same.report;
  const from = draft.report;
  if (same.fromHeadline && !draft.fromHeadline) {
    into.source = from.source;
    into.text = from.text;
    delete same.fromHeadline;
  }
  into.planned = into.planned && from.planned;
  // "Biden arrived in Hanoi on Sunday" after "left Hanoi ..., ending a two-day state visit to
  // Vietnam": the city a visit's sentences name is where its stay was.
  if (same.family === 'visit' && !same.namedPlace && draft.namedPlace) same.namedPlace = draft.namedPlace;
  if (isGenericFormat(into.format) && !isGenericFormat(from.format)) into.format = from.format;
  if (rank(from) < rank(into) || spansDay(from, into, rank(from) === rank(into))) {
    delete into.date;
    delete into.endDate;
    delete into.partialDate;
    delete into.dateBasis;
    Object.assign(
      into,
      dateFields({ date: from.date, endDate: from.endDate, partialDate: from.partialDate, basis: from.dateBasis }),
    );
    if (from.date) delete same.weekday;
  }
  if (!into.date && !same.weekday && draft.weekday) same.weekday = draft.weekday;
  if (from.place && (!into.place || (draft.placeFromText && !same.placeFromText))) {
    into.place = from.place;
    if (from.venue) into.venue = from.venue;
    else delete into.venue;
    same.placeFromText = draft.placeFromText;
    if (draft.placeCountry) same.placeCountry = draft.placeCountry;
    else delete same.placeCountry;
    same.placeIsCountry = draft.placeIsCountry;
    if (draft.countryFromText) same.countryFromText = true;
    else delete same.countryFromText;
  }
  if (namedPairs.has(draft) && !namedPairs.has(same) && same.persons.length > draft.persons.length) {
    // The pair a sentence counts as two is the event; the others came with a looser report of it.
    const extra = same.persons.filter((p) => !draft.persons.includes(p));
    same.persons.splice(0, same.persons.length, ...same.persons.filter((p) => draft.persons.includes(p)));
    into.participants = unique([...same.persons, ...into.participants, ...from.participants]).filter(
      (p) => !extra.includes(p),
    );
  } else if (!namedPairs.has(same) || draft.persons.every((p) => same.persons.includes(p))) {
    for (const p of draft.persons) if (!same.persons.includes(p)) same.persons.push(p);
    into.participants = unique([...same.persons, ...into.participants, ...from.participants]);
  }
  // A welcome a headline gives its host alone ("习近平和彭丽媛举行宴会 欢迎…元首") has its guests once
  // the text names them.
  if (same.guestless && !draft.guestless && same.persons.length > 1) delete same.guestless;
  addDocuments(into, from.documentDetails);
  addNumbers(into, from.numbers);
}

/** Adds figures not already read (a sentence with a meeting and a signing gives its figures once). */
function addNumbers(report: EventReport, numbers: readonly ReportedNumber[]): void {
  for (const n of numbers) {
    if (!report.numbers.some((k) => k.value === n.value && k.unit === n.unit && k.context === n.context))
      report.numbers.push(n);
  }
}

/**
 * "on Tuesday, the second day of Xi's state visit" and then "arrived on Monday for the three-day
 * visit, which ends on Wednesday": a span as well sourced as the one day read before, and
 * holding it, says more of the same visit.
 */
function spansDay(from: EventReport, into: EventReport, asWellSourced: boolean): boolean {
  return (
    asWellSourced &&
    from.date !== undefined &&
    from.endDate !== undefined &&
    into.date !== undefined &&
    into.endDate === undefined &&
    from.date <= into.date &&
    into.date <= from.endDate
  );
}

function rank(report: EventReport): number {
  return report.dateBasis ? DATE_RANK[report.dateBasis] : 9;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
