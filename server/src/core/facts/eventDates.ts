import * as chrono from 'chrono-node';
import { completeYear, daysBetween, findDateline, isoDay, monthDay } from '../text/dates.js';
import type { Article } from '../articles.js';
import type { DateBasis } from './types.js';
import { FRENCH_DAY_FROM_EVENT, FRENCH_MONTH, frenchRelativeDay, words } from './frenchForms.js';
import { holdsVietnameseDay, slashedVietnameseDays, vietnameseSpanStartIn } from './vietnameseForms.js';
import { ENGLISH_NUMBER_WORDS, ZH_DIGITS } from './eventNumbers.js';

/** Where in the sentence the words reporting the event are. */
export interface CueSpan {
  start: number;
  end: number;
}

/** The date a report gives its event. */
export interface ReportDate {
  date?: string;
  endDate?: string;
  partialDate?: string;
  basis?: DateBasis;
  /**
   * A weekday the sentence names when the article has no date to read it against ("on
   * Wednesday" in an undated page): kept so that another report's dates can settle it.
   */
  weekday?: WeekdayCue;
}

/** A weekday named for an event, and which day of the event it is. */
export interface WeekdayCue {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  /** `day`: the event's day; `start`/`end`: the first or last day of a visit; `span`: from `day` to `to`. */
  role: 'day' | 'start' | 'end' | 'span';
  to?: number;
  /** Length of a visit in days, when the sentence gives it ("a three-day visit"). */
  days?: number;
  /** "through Sunday": the day is on or after the article's, the visit still under way. */
  ahead?: boolean;
}

/**
 * What a sentence's date is read against: the article's day (its dateline, lead or publication
 * date, or a day inferred for a dateline without a year) and how that day was found.
 */
export interface DateContext {
  /** ISO day the article is about, if known. */
  reference?: string;
  /** The date a held event gets when the sentence names none. */
  fallback: ReportDate;
  /**
   * The day of the event the sentences before reported: "the same evening", "当晚" and "同日"
   * point back to it, not to the day the article was filed.
   */
  previousDay?: string;
  /** The day of the talks or meeting last reported: "following the talks", "会谈前" point to it. */
  encounterDay?: string;
  /** The day a visitor arrived: "shortly after his arrival" and "抵达后" point to it. */
  arrivalDay?: string;
  /**
   * The first day of a visit of several days whose arrival alone the sentence right before told
   * ("arrived in Beijing on Sept. 10 for a three-day state visit"): "the same day" after it is
   * that day, though the visit as a whole names no one day.
   */
  arrivalJustBefore?: string;
  /**
   * The city of that arrival ("Xi arrived in Ahmedabad on Wednesday"), while the article has told
   * no event of another day since: an event named in that city with no day of its own is of it.
   */
  arrivalPlace?: string;
  /**
   * The day the article says a conference or summit was held ("特别外长会20日在万象举行"):
   * "会前", "before the summit" and "on the sidelines of the meeting" point to it.
   */
  gatheringDay?: string;
}

/**
 * The day the dateline or lead names, unless it falls after the article was published: a lead
 * cannot report a day still to come, so such a day was misread ("Chiều 10/5" in Vietnamese is
 * 10 May, not 5 October). One day of slack allows for a dateline filed across time zones.
 */
export function leadDay(article: Article): string | undefined {
  const lead = article.eventDate;
  if (!lead || !article.date) return lead;
  return lead <= addDays(article.date, 1) ? lead : undefined;
}

/** The day an article is about: the one its dateline or lead names, else its publication date. */
export function articleDay(article: Article): string | undefined {
  return leadDay(article) ?? article.date;
}

/** The context of an article's sentences; `inferred` is a day inferred for a dateline without a year. */
export function dateContextOf(article: Article, inferred?: string): DateContext {
  const lead = leadDay(article);
  if (lead) return { reference: lead, fallback: { date: lead, basis: 'dateline' } };
  if (article.date) return { reference: article.date, fallback: { date: article.date, basis: 'published' } };
  if (inferred) return { reference: inferred, fallback: { date: inferred, basis: 'dateline' } };
  if (article.partialDate) return { fallback: { partialDate: article.partialDate, basis: 'dateline' } };
  return { fallback: {} };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY =
  /\b(?:on|last|this|next|earlier|late|early)?\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const WEEKDAY_SPAN =
  /\bfrom\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+(?:to|through|until|till)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
/** "Arrivé jeudi en Chine", "reçu lundi par": French weekdays, read as the English ones are. */
const FRENCH_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const FRENCH_WEEKDAY = /(?<!\p{L})(dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)(?!\p{L})/iu;
/** "on Monday and Tuesday", "lundi et mardi": two weekdays a visit is told by, its first and its last. */
const WEEKDAY_PAIR =
  /(?<!\p{L})(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\s+(?:and|et)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)(?!\p{L})/iu;
const ZH_WEEKDAY = /(?:星期|礼拜|周)([日天一二三四五六])/u;
const ZH_WEEKDAY_NUMBER: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** Words that put the event on the article's day, the day before or the day after. */
const EN_RELATIVE_DAY =
  /\b(today|tonight|this (?:morning|afternoon|evening)|(?:on |of )?the same (?:day|evening|morning|afternoon)|yesterday|last (?:night|evening)|tomorrow)\b/i;
/** "hôm qua", "tối qua" (yesterday, last night), "hôm nay", "sáng nay" (today, this morning), "ngày mai" (tomorrow). */
/** The words every {@link VI_RELATIVE_DAY} ends on: most sentences have none and skip its pattern. */
const VI_RELATIVE_WORDS = /qua|nay|mai/u;
const VI_RELATIVE_DAY = /(?<!\p{L})((?:hôm|tối|đêm|sáng|chiều|trưa)\s+(?:qua|nay)|ngày\s+mai)(?!\p{L})/iu;
/**
 * Chinese words for the article's day and the days around it. 前日 and 前晚 are the day before
 * yesterday and its evening as Hong Kong papers write them (like 前天); not 前日 inside "目前日益"
 * (increasingly) or "前日本首相" (a former Japanese prime minister).
 */
const ZH_RELATIVE_DAY =
  /(今天|今日|今晨|当天|当日|当晚|同日|同一天|昨天|昨日|昨晚|前天|(?<![目当之此以提])前(?:日(?![本军元益趋渐])|晚)|明天|明日)/u;
/** Relative words that point back to the day of the event just reported rather than to the article's day. */
const SAME_DAY = /same|m[êe]me|当天|当日|当晚|同日|同一天/iu;
/**
 * "A day earlier", "two days later", "the following day", "le lendemain": a day counted from the
 * event the sentences before reported, not from the article's day. "A day before the summit"
 * counts from the summit, and is not read here.
 */
const EN_DAY_FROM_EVENT =
  /\b(?:(a|one|two|three|four|five|\d)\s+days?\s+(earlier|later)|the\s+(next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+(?:day|night|evening)\s+(before|after)(?![\s,]+(?:the|his|her|its|their|an?)\b))\b/i;
const DAY_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** "A day earlier she held talks", "La veille, ...": a sentence that opens on a day counted from the event before it. */
export function opensOnDayFromEvent(sentence: string): boolean {
  const english = EN_DAY_FROM_EVENT.exec(sentence);
  if (english && /^[\s,]*$/u.test(sentence.slice(0, english.index))) return true;
  const french = FRENCH_DAY_FROM_EVENT.exec(sentence);
  return french !== null && /^[\s,]*$/u.test(sentence.slice(0, french.index));
}
/**
 * "That evening, Trong hosted a state banquet", "Later that day", "On the same day", "当晚", "同日":
 * a sentence that opens on the day of the event before it, going on with that day's stay.
 */
const OPENS_ON_THE_SAME_DAY =
  /^[\s,]*(?:(?:(?:later|earlier)\s+)?(?:on\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|(?:later|earlier)\s+in\s+the\s+day|当晚|当天|当日|同日|同一天|是日)/iu;

/** Whether a sentence opens on the day of the event before it: see {@link OPENS_ON_THE_SAME_DAY}. */
export function opensOnTheSameDay(sentence: string): boolean {
  return OPENS_ON_THE_SAME_DAY.test(sentence);
}
const EN_RELATIVE_MONTH = /\b(last|this|next|later this|early next|late next)\s+month\b/i;
const ZH_RELATIVE_MONTH = /(上个?月|本月|这个月|下个?月)/u;
const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** A month named without a day: "last November", "in March" (not "March 27"). */
const MONTH_ONLY =
  /\b([Ll]ast|[Ii]n|[Tt]his|[Ee]arly|[Ll]ate|mid-|[Nn]ext)\s*(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/g;
/**
 * What opens another clause: a relative pronoun ("Li Keqiang, who is due to step down in
 * March"), a new clause (", and", ";"), or a conjunction of time that places the event against
 * a month rather than in it ("after the congress in March").
 */
const CLAUSE_BREAK =
  /[;:]|\s[—–]\s|,\s*(?:and|but|while|whereas)\b|\b(?:who|whom|whose|which|that|where|since|after|before|because|although|though|until|following|ahead\s+of|prior\s+to)\b/i;
/**
 * A participle or a word of expectation that starts a phrase about something else: "the
 * agreement signed in March", "due to step down in March", "since taking office in March".
 */
const OTHER_PHRASE =
  /\b(?:due|expected|set|scheduled|slated|signed|adopted|reached|agreed|approved|ratified|launched|announced|elected|appointed|named|sworn|issued|concluded|established|founded|opened|completed|took|taking|step(?:s|ped|ping)?|retir(?:e|es|ed|ing)|died|passed)\b/i;
/**
 * "On June 14, after the summit, Jeenbekov is to hold talks": a short phrase set off by commas
 * that places the event beside another breaks no clause between the day and its event.
 */
const TIMED_ASIDE =
  /,\s*(?:after|before|following|ahead\s+of|prior\s+to)\s+(?:the|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,/gi;
/** "The official said (that) last November, ...": a reporting verb opens the clause the month is in. */
const REPORTED = /\b(?:said|says|told\s+\w+|noted|added|recalled|stated)\s*,?\s*(?:that\s+)?/gi;
const REPORTED_ONE = new RegExp(REPORTED.source, 'i');
const START_OF_YEAR = /\b(?:at|in) the (?:start|beginning) of (?:the|this) year\b|年初/iu;
/** A word every {@link START_OF_YEAR} match holds. */
const YEAR_WORD = /year|年初/i;
/** Verbs that make a weekday the first or the last day of a visit. */
const STARTS =
  /\b(?:arriv(?:ed|es|ing)|start(?:ed|s|ing)|beg(?:an|ins|inning)|kick(?:ed|s|ing) off|land(?:ed|s))\b|(?<!\p{L})(?:arrivée?s?|entam[ée]|commenc[ée]|bắt đầu)(?!\p{L})|抵达|到达|开始|开启/iu;
/**
 * Words that make a weekday a visit's last day: "wrapped up", "left", and "at the end of a
 * four-day visit to India" (told of the day its visitor landed at the next stop).
 */
const ENDS =
  /\b(?:wrap(?:ped|s|ping) up|conclud(?:ed|es|ing)|end(?:ed|s|ing)|left|leaves|depart(?:ed|s|ing)|at\s+the\s+(?:end|close)\s+of)\b/i;
/** Number words of a visit's length in days, in the languages read. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ...ENGLISH_NUMBER_WORDS,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  ...ZH_DIGITS,
};
/**
 * A visit's length in days, in the languages read: "a two-day visit", "为期两天的", "une visite de
 * deux jours", "chuyến thăm hai ngày"; groups 1 to 4 the number. Or in hours, a day or more of
 * them ("a 27-hour visit"), group 5: a stay that long, begun after midnight, runs into the next
 * day for every full 24 hours.
 */
const DAYS_LONG =
  /\b(\d|two|three|four|five|six|seven|eight)-day\b|为期([两二三四五六七八\d])天|\bde\s+(\d|deux|trois|quatre|cinq|six|sept|huit)\s+jours\b|(?<!\p{L})(\d|hai|ba|bốn|năm|sáu|bảy)\s+ngày(?!\p{L})(?!\s+\d)|\b(2[4-9]|[3-9]\d)-hour\b/iu;

const HOURS_IN_DAY = 24;

/** The length in days a sentence gives a visit ("a three-day state visit", "为期三天"), if it gives one. */
export function visitLength(sentence: string): number | undefined {
  const long = DAYS_LONG.exec(sentence);
  return long ? daysLong(long) : undefined;
}

/** The number of days a {@link DAYS_LONG} match gives. */
function daysLong(match: RegExpExecArray): number {
  if (match[5]) return Math.floor(Number(match[5]) / HOURS_IN_DAY) + 1;
  const word = (match[1] ?? match[2] ?? match[3] ?? match[4])!.toLowerCase();
  return NUMBER_WORDS[word] ?? Number(word);
}
/** "which ends on Wednesday", "concluded on Friday": group 1 the verb, group 2 the last day. */
/** A departure on a weekday: "left for Guam on Tuesday evening", "departed on Friday". */
const LEFT_ON =
  /\b(?:left|departed|flew\s+out)\b[^.;]{0,40}?\bon\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
/** An arrival told right before a weekday: "landed at Paya Lebar Air Base on". */
const ARRIVED_BEFORE = /\b(?:arrived|landed|touched\s+down|flew\s+in(?:to)?|flown\s+in)\b[^.;,]{0,60}$/i;
const ENDS_ON =
  /\b(ends|ended|concludes|concluded|wraps\s+up|wrapped\s+up)\s+on\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
/** The words right before a weekday that make it a visit's first day: "began on", "that started on". */
const STARTED_ON = /\b(?:began|begun|started|kicked\s+off|opened)\s+(?:on\s+)?$/i;
const CHINESE_RANGE_END = /^\s*(?:至|到|-|—|–)\s*(\d{1,2})\s*日/u;
/**
 * The last day of a span that ends in another month, right after its first day: "30/9 đến 1/10"
 * (groups 1 and 2, day and month) and "9月30日至10月1日" (groups 3 and 4, month and day).
 */
const RANGE_END_WITH_MONTH =
  /^\s*(?:(?:đến|tới|-|–)\s*(?:ngày\s+)?(\d{1,2})[/-](\d{1,2})(?![\d/])|(?:至|到|-|—|–)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)/u;
/** A month and a day next to each other, or an ISO date: without one, chrono has nothing to read. */
const DAY_LIKE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日/u;
/** A day number in what chrono's Chinese parser read: "12月12日", "13日", not "昨天" or "上午". */
const ZH_NUMBERED_DAY = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]/u;
/**
 * A day of the month printed alone, as the time of day, a comma or the place (在, 于) follows it:
 * "13日上午", "十三日晚", "14日，", "27日在河内会见", "于7日抵达万象". Not after a month (that is a full date), nor
 * before 电 (a dateline).
 */
const ZH_DAY_OF_MONTH =
  /(?<![\d月年日号一二三四五六七八九十])(\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日(?=上午|下午|中午|晚|早|凌晨|傍晚|夜间|[，,)）]|起|在|于|抵达|到达|抵|应约|应邀|同|与|会见|会晤|出席|通电话|至\s*\d{1,2}\s*日)/gu;
/** How much of a sentence after the cue is searched for its date: leads name the day early. */
const DATE_REACH = 200;
const YEAR = /(?<![\d-–])\b(19\d{2}|20\d{2})\b(?![-–]\d)/g;
const YEAR_ONLY = /(?<![\d-–])\b(?:19\d{2}|20\d{2})\b(?![-–]\d)/;

/**
 * Reads the date of the event a sentence reports. An explicit day in the sentence wins
 * ("On the evening of April 14, 2025 local time", "Oct. 20", "12月1日至3日"); chrono-node's
 * strict parsers read it, because its casual mode misreads "morning of October 20, 2023".
 * A day without a year takes the year that puts it nearest the article's date. Then words
 * relative to the article's date: "yesterday", "昨天" (a day), and "the same day", "当晚" (the day
 * of the event the sentences before reported, when there is one); a
 * weekday ("on Friday": the latest such day not after the article's date for a report, the
 * next one for a plan — chrono picks the nearest either way, which puts last Monday's meeting
 * in next week; "from Tuesday to Thursday" a span); "last month", "本月", "last November",
 * "at the start of the year" (a month, `YYYY-MM`) — a month only when it is named in the
 * event's own clause, not in one about someone or something else ("who is due to step down in
 * March"). Otherwise a held event takes the article's day (its basis says which kind of day
 * that is); a planned one stays undated rather than take the day it was announced. For a plan,
 * only days named after the cue count, or a weekday opening the plan's own clause ("On Monday,
 * the Chinese President will hold talks with him"): "in the phone call on April 2, Biden said
 * Blinken will visit" does not date the visit.
 *
 * Returns `undefined` when the sentence names a past year and no day: it recalls an old
 * event ("since his visit in 2023"), and any date given it would be wrong.
 */
export function dateOfReport(
  sentence: string,
  chinese: boolean,
  context: DateContext,
  planned: boolean,
  cue: CueSpan,
  visit = false,
): ReportDate | undefined {
  const read = dateOfSentence(sentence, chinese, context, planned, cue, visit);
  // "held talks on Tuesday, a day after a ... dinner": the dinner is the day before the one named.
  // "became the first American president to attend the parade on Monday, a day after he held
  // talks with Modi": the clause "a day after" opens, its subject then its verb, is the day before too.
  // "held talks on Wednesday, a day after arriving for a two-day state visit": a visit counted
  // from the day it is told after begins the day before, and its span moves with it; a span the
  // sentence prints ("from May 16 to 17") is the visit's own and stays.
  if (
    read?.date?.length === ISO_DAY_LENGTH &&
    (!read.endDate || read.basis !== 'explicit') &&
    countedBackADay(sentence, cue)
  )
    return {
      date: addDays(read.date, -1),
      ...(read.endDate ? { endDate: addDays(read.endDate, -1) } : {}),
      basis: read.basis === 'explicit' ? 'explicit' : 'relative',
    };
  return read;
}

/** A cue that opens with "a day after": its event is the day before the sentence's. */
const DAY_AFTER_CUE = /^(?:a|one|the)\s+day\s+after\b/i;
/**
 * "a day after he ", "a day after Obama ", "a day after the two leaders ", "a day after he and
 * Prime Minister Nawaz Sharif ", or "a day after" alone ("a day after arriving"), right before a
 * cue: the cue's event is what "a day after" counts from. Its subject may be two people joined by
 * "and", the second named or "his counterpart", and may be ranked first ("a day after he became
 * the first Indian prime minister to pay a bilateral visit"), the ranking being the visit's own. A
 * comma between ("a day after Trump arrived, he held talks") closes that clause, and the talks
 * are of the sentence's day.
 */
const DAY_AFTER_CLAUSE =
  /\b(?:a|one)\s+day\s+after\s+(?:(?:he|she|they|the\s+two\s+(?:leaders|sides|presidents|ministers)|(?:\p{Lu}[\p{L}'’-]*\s+){1,3})\s*(?:and\s+(?:(?:his|her)\s+(?:[\p{L}-]+\s+)?(?:counterpart|host|guest)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,5}|(?:\p{Lu}[\p{L}'’-]*\s+){1,5}))?(?:(?:became|was)\s+the\s+(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|only)\s+(?:[\w.'’-]+\s+){0,6}?)?)?$/u;
/** How far before a cue the "a day after" of its clause is looked for. */
const DAY_AFTER_REACH = 90;

/**
 * Whether the cue's event is told as the one "a day after" which the sentence's own happened
 * ("held talks on Wednesday, a day after he became the first ... to pay a bilateral visit"): it
 * is of the day before, and not the day a later "later" or "that evening" counts from.
 */
export function countedBackADay(sentence: string, cue: CueSpan): boolean {
  return DAY_AFTER_CUE.test(sentence.slice(cue.start, cue.end)) || dayAfterClause(sentence, cue.start);
}

/** Whether the clause before the cue at `cueStart` opens with "a day after" (looked for as plain words first). */
function dayAfterClause(sentence: string, cueStart: number): boolean {
  const before = sentence.slice(Math.max(0, cueStart - DAY_AFTER_REACH), cueStart);
  return before.includes('day after') && DAY_AFTER_CLAUSE.test(before);
}

/**
 * ", where he had ended a three-day visit to China the day before", ", where he had held talks
 * with Karimov on Monday": a "where" clause in the pluperfect tells an earlier stop of the trip.
 * Its length, its end and its day are its own, not those of the event the sentence's main clause
 * reports ("arrived in Ulaanbaatar on Sunday morning from Shanghai").
 */
const EARLIER_STOP_CLAUSE = /,\s+where\s+(?:he|she|they|the\s+\w+(?:\s+\w+)?)\s+had\s+[^,;]*/i;

/** Where the {@link EARLIER_STOP_CLAUSE} of a sentence is, if it has one (looked for as a plain word first). */
function earlierStopClause(sentence: string): CueSpan | undefined {
  if (!sentence.includes('where')) return undefined;
  const clause = EARLIER_STOP_CLAUSE.exec(sentence);
  return clause ? { start: clause.index, end: clause.index + clause[0].length } : undefined;
}

/** The sentence with `clause` blanked out, every other offset kept. */
function blankedOut(sentence: string, clause: CueSpan): string {
  return sentence.slice(0, clause.start) + ' '.repeat(clause.end - clause.start) + sentence.slice(clause.end);
}

/**
 * The sentence as the event whose words begin at `cue` reads it: an earlier stop's "where" clause
 * the words are not in is blanked out, so that the length and the end it tells ("where he had
 * ended a three-day visit to China") are not taken for the days of the sentence's other events.
 */
export function ownClauses(sentence: string, cue: CueSpan): string {
  const clause = earlierStopClause(sentence);
  return clause && !inside(cue, clause) ? blankedOut(sentence, clause) : sentence;
}

/** Whether the words at `cue` begin inside `clause`. */
function inside(cue: CueSpan, clause: CueSpan): boolean {
  return cue.start >= clause.start && cue.start < clause.end;
}

/**
 * "arrived in Ulaanbaatar on Sunday morning from Shanghai, where he had ended a three-day visit
 * to China the day before": an earlier stop's event told in its "where" clause with a day counted
 * from the main clause's ("the day before", "two days earlier") is of that day, and a visit of so
 * many days that "ended" then runs back from it (one that "began" then runs on from it). Undefined
 * when the clause counts no day, or the main clause gives none to count from.
 */
function earlierStopDate(sentence: string, clause: CueSpan, context: DateContext): ReportDate | undefined {
  const words = sentence.slice(clause.start, clause.end);
  if (!EN_DAY_FROM_EVENT.test(words)) return undefined;
  const main = dateOfClauses(blankedOut(sentence, clause), false, context, false, { start: 0, end: 0 }, false);
  if (main?.date?.length !== ISO_DAY_LENGTH || main.basis === 'published') return undefined;
  const day = dayFromEvent(words, main.date);
  if (!day) return undefined;
  const long = DAYS_LONG.exec(words);
  const days = long ? daysLong(long) : 1;
  if (days > 1 && ENDS.test(words)) return { date: addDays(day, 1 - days), endDate: day, basis: 'relative' };
  if (days > 1 && STARTS.test(words)) return { date: day, endDate: addDays(day, days - 1), basis: 'relative' };
  return { date: day, basis: 'relative' };
}

/**
 * Reads the date of the event whose words are at `cue`, an earlier stop's "where" clause kept
 * to itself ({@link EARLIER_STOP_CLAUSE}): an event outside the clause reads the sentence without
 * it, and one inside it may be dated from the main clause's day ({@link earlierStopDate}).
 */
function dateOfSentence(
  sentence: string,
  chinese: boolean,
  context: DateContext,
  planned: boolean,
  cue: CueSpan,
  visit: boolean,
): ReportDate | undefined {
  const clause = chinese || planned ? undefined : earlierStopClause(sentence);
  if (clause && !inside(cue, clause))
    return dateOfClauses(blankedOut(sentence, clause), chinese, context, planned, cue, visit);
  const step = clause ? earlierStopDate(sentence, clause, context) : undefined;
  return step ?? dateOfClauses(sentence, chinese, context, planned, cue, visit);
}

function dateOfClauses(
  sentence: string,
  chinese: boolean,
  context: DateContext,
  planned: boolean,
  cue: CueSpan,
  visit: boolean,
): ReportDate | undefined {
  const cueStart = cue.start;
  const articleDay = context.reference;
  const referenceDate = articleDay ? new Date(`${articleDay}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const window = withoutGatheringsTakenIn(
    sentence.slice(0, arrivalClauseEnd(sentence, cue) ?? cueStart + DATE_REACH),
    cue,
  );
  const dayLike = DAY_LIKE.test(window) || FRENCH_MONTH.test(window) || holdsVietnameseDay(window);
  // "On December 14, Xi is scheduled to meet ...": a plan takes the day that opens its own clause,
  // as it takes one named after its cue; "On December 12, the ministry announced that Xi will
  // visit" does not date the visit.
  const opening = planned && !chinese ? EN_DAY_OPENING.exec(window) : null;
  const opensOnADay =
    opening !== null && attachesToCue(sentence, opening.index, opening.index + opening[0].length, cue);
  const explicit = dayLike
    ? (explicitDay(window, chinese, referenceDate, articleDay, planned ? cueStart : 0, visit ? cueStart : undefined) ??
      (opensOnADay ? explicitDay(window.slice(0, cueStart), chinese, referenceDate, articleDay, 0) : undefined))
    : undefined;
  // The dateline's day is the day the story was filed: "yesterday", "13日上午" or "on Monday"
  // in the sentence it opens are read against it, and only without them is it the event's.
  const filed = explicit?.basis === 'dateline' ? explicit : undefined;
  if (explicit && !filed)
    return (
      dayInsideSpan(sentence, explicit, articleDay, planned, cue, visit) ??
      (visit ? stayingUntil(sentence, explicit, referenceDate, articleDay) : explicit)
    );
  const reference = filed ? filed.date : articleDay;
  const fallback = filed ?? context.fallback;
  // A plan takes the days named after its cue, or one opening its sentence ("14日，习近平将前往达卡，…"),
  // as an English plan takes a weekday opening its clause.
  const planFrom = planned && !ZH_DAY_OPENING.test(window) ? cueStart : 0;
  const dayOnly = chinese && reference ? dayOfMonth(window, reference, planFrom, visit) : undefined;
  if (dayOnly) return dayOnly;
  // A sentence opened by a dateline reports the day's news, whatever years it also names ("his
  // first visit since 2006"); otherwise an earlier year and no day is a look back.
  if (!filed && reference && mentionsEarlierYear(withoutThingsDated(withoutRankings(sentence, cue), cue), reference))
    return undefined;
  // An undated article that names a year and no day recalls something ("back in 2017"), or
  // at best gives a year: either way no day can be given.
  if (!filed && !reference && !planned && YEAR_ONLY.test(sentence)) return undefined;
  const scope = sentence.slice(planned ? cueStart : 0, endOfTheArrival(sentence, cue));
  const weekday = weekdayInAsideOnly(sentence, chinese, cue)
    ? undefined
    : ((chinese
        ? undefined
        : (weekdayOfPluperfect(sentence, cue) ??
          weekdayAfterAnother(sentence, cue, visit) ??
          weekdayOfLaterClause(sentence, cue, visit))) ??
      weekdayCue(scope, chinese, visit) ??
      (planned && !chinese ? weekdayBeforePlan(sentence, cue, visit) : undefined));
  const relative = chinese
    ? ZH_RELATIVE_DAY.exec(scope)
    : (EN_RELATIVE_DAY.exec(scope) ??
      frenchRelativeDay(scope) ??
      (VI_RELATIVE_WORDS.test(scope) ? VI_RELATIVE_DAY.exec(scope) : null));
  if (!reference) {
    // A dateline without a year is not counted back from: "yesterday" may cross into another month.
    const counted =
      filed !== undefined && (weekday !== undefined || (relative !== null && dayShift(relative[1]!) !== 0));
    if (planned || counted) return weekday ? { weekday } : {};
    return weekday ? { ...fallback, weekday } : fallback;
  }
  const offset = planned ? cueStart : 0;
  const month = relativeMonth(scope, chinese, reference, planned, { start: cue.start - offset, end: cue.end - offset });
  if (month) return { date: month, basis: 'relative' };
  if (weekday) return weekdayDate(reference, weekday, planned);
  const counted = !planned && !chinese && context.previousDay ? dayFromEvent(scope, context.previousDay) : undefined;
  if (counted) return { date: counted, basis: 'relative' };
  if (relative) {
    // "The two leaders held talks the same afternoon", after a sentence telling the visitor's
    // arrival for a visit over several days: the day of the arrival.
    const back = SAME_DAY.test(relative[1]!)
      ? (context.arrivalJustBefore ?? context.previousDay ?? context.arrivalDay)
      : undefined;
    return { date: back ?? addDays(reference, dayShift(relative[1]!)), basis: 'relative' };
  }
  if (!planned && context.encounterDay && (chinese ? ZH_BESIDE_ENCOUNTER : EN_BESIDE_ENCOUNTER).test(sentence))
    return { date: context.encounterDay, basis: 'relative' };
  if (!planned && context.gatheringDay && (chinese ? ZH_BESIDE_GATHERING : EN_BESIDE_GATHERING).test(sentence))
    return { date: context.gatheringDay, basis: 'relative' };
  if (!planned && context.previousDay && !chinese && EN_LATER_THAT_DAY.test(scope))
    return { date: context.previousDay, basis: 'relative' };
  if (!planned && context.previousDay && !chinese && EN_THE_PAIR_OPENS.test(sentence))
    return { date: context.previousDay, basis: 'relative' };
  if (
    !planned &&
    context.previousDay &&
    context.previousDay !== reference &&
    !chinese &&
    EN_SUBJECT_ALSO.test(sentence) &&
    !EN_BEFORE_LEAVING.test(sentence)
  )
    return { date: context.previousDay, basis: 'relative' };
  if (!planned && context.arrivalDay && (chinese ? ZH_AFTER_ARRIVAL : EN_AFTER_ARRIVAL).test(sentence))
    return { date: context.arrivalDay, basis: 'relative' };
  // "Xi arrived in Ahmedabad on Wednesday ... Modi received Xi at his hotel in Ahmedabad": the
  // day of the arrival in the city the sentence names.
  if (!planned && context.arrivalDay && context.arrivalPlace && !chinese && namesPlace(sentence, context.arrivalPlace))
    return { date: context.arrivalDay, basis: 'relative' };
  return planned ? {} : fallback;
}

/** Whether a sentence names `place` after "in" or "at": "at his hotel in Ahmedabad". */
export function namesPlace(sentence: string, place: string): boolean {
  const at = sentence.indexOf(place);
  return at > 0 && /\b(?:in|at)\s+(?:the\s+)?$/u.test(sentence.slice(Math.max(0, at - 8), at));
}

/**
 * "arrived here yesterday evening from Jakarta, where he concluded an official visit to Indonesia
 * from May 24 to 26": an arrival its own clause dates by a day counted from the article's ("yesterday",
 * "on Monday") is of that day; a span in a later clause is another stop's.
 */
const ARRIVAL_CUE = /^(?:arrived|arrives|arriving|landed|lands|landing|touched\s+down)\b/i;
const RELATIVE_DAY_IN_CLAUSE =
  /^[^,;]*?\b(?:yesterday|today|tonight|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening)|on\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday))\b[^,;]*/i;

/**
 * "landed at Halim Perdanakusuma airport from New Delhi at the end of a four-day visit to India":
 * what an arrival is told "at the end of" is the stop before, whose length and last day are not
 * the new stay's.
 */
const END_OF_THE_STOP_BEFORE = /\bat\s+the\s+(?:end|close)\s+of\b/i;

/** Where the words about an arrival end: before the stop it ended, if it tells one; the sentence's end otherwise. */
function endOfTheArrival(sentence: string, cue: CueSpan): number | undefined {
  if (!ARRIVAL_CUE.test(sentence.slice(cue.start, cue.end))) return undefined;
  const before = END_OF_THE_STOP_BEFORE.exec(sentence.slice(cue.end));
  return before ? cue.end + before.index : undefined;
}

/** Where the clause of an arrival dated by a relative day ends; undefined for any other cue. */
function arrivalClauseEnd(sentence: string, cue: CueSpan): number | undefined {
  if (!ARRIVAL_CUE.test(sentence.slice(cue.start, cue.end))) return undefined;
  const clause = RELATIVE_DAY_IN_CLAUSE.exec(sentence.slice(cue.end));
  return clause ? cue.end + clause[0].length : undefined;
}

/**
 * "Following the talks, ...", "... before the talks", "after the signing", "before the two leaders
 * proceeded to their bilateral meeting", "会谈前，...": an event placed beside the talks, meeting
 * or signing the article reported, on that encounter's day rather than the article's.
 */
const EN_BESIDE_ENCOUNTER =
  /\b(?:following|after|before|prior\s+to|ahead\s+of)\s+(?:(?:the\s+two\s+(?:leaders|sides|presidents|prime\s+ministers|delegations)|they)\s+(?:proceeded|went|moved|headed|sat\s+down)\s+(?:on\s+)?(?:to|for)\s+)?(?:the|their|these)\s+(?:(?:bilateral|official|formal|expanded|restricted|one-on-one|summit|delegation-level)\s+)?(?:talks|meeting|signing)\b/i;
/**
 * "Phuc also called on President Bounnhang in the afternoon", "earlier in the day", "The two
 * prime ministers then held talks", "Modi later hosted a luncheon", "Earlier, she held talks": a
 * time of day, a "then" or "later" before the verb, or an opening "Earlier," with no day named
 * is that of the event the sentences before reported.
 */
const EN_LATER_THAT_DAY =
  /^\s*(?:earlier|later)\s*,|\bthat\s+(?:evening|night|afternoon)\b|\b(?:in|during)\s+the\s+(?:morning|afternoon|evening)\b|\b(?:later|earlier)\s+(?:that|in\s+the)\s+(?:day|morning|afternoon|evening)\b|\b(?:then|later|afterwards|subsequently)\s+(?:also\s+)?(?:held|met|had|hosted|signed|co-?chaired|attended|drove|went|travell?ed|headed|proceeded)\b/i;
/**
 * "He was also received by Zhao Leji", after "The same day, Prabowo met Premier Li Qiang", and
 * "Biden also called on President Vo Van Thuong", after "On Monday, Biden met Prime Minister Pham
 * Minh Chinh": a subject's "also" with no day named goes on with the day the sentences before
 * reported, when that day is told, not the page's date.
 */
const EN_SUBJECT_ALSO =
  /^\s*(?:He|She|They|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:was\s+|were\s+)?also\s+(?:received|met|held|called|hosted|paid)\b/u;

/**
 * "also called on Nguyen Xuan Phuc before leaving for Pyongyang": timed by the departure, which
 * may fall on a later day than the one told before.
 */
const EN_BEFORE_LEAVING = /\b(?:before|after|upon|on)\s+(?:leaving|departing|returning|flying)\b/i;

/**
 * "The two presidents held talks at the palace", after a sentence telling their welcome: a
 * sentence opened by the pair the article named, told back as "the two" or "both", and naming no
 * day of its own, continues the day of the event the sentences before reported.
 */
const EN_THE_PAIR_OPENS =
  /^\s*(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+state|general\s+secretaries|foreign\s+ministers|ministers|men)\b/i;

/**
 * "held talks shortly after his arrival", "upon arrival", "抵达后": an event on the day the
 * visitor arrived, which an earlier sentence of the article dates; and "received him at the
 * airport" or "at the air base", the place of that arrival named again by its kind.
 */
const EN_AFTER_ARRIVAL =
  /\b(?:(?:shortly|soon|hours|just|right|immediately)\s+after|upon|on)\s+(?:(?:his|her|their)\s+)?(?:arrival|landing|arriving)\b|\bat\s+the\s+(?:airport|air\s+base)\b/i;
/** "抵达后", "抵达市区后" (after arriving in the city), "到达后", "抵达当天". */
const ZH_AFTER_ARRIVAL = /(?:抵达|到达)[^，,。；;]{0,6}?后|抵达当天/u;
const ZH_BESIDE_ENCOUNTER = /^[^，,。；;]{0,4}(?:会谈|会见|会晤)(?:前|后|之前|之后|结束后)/u;
/**
 * "会前，…", "会议期间", "before the summit", "on the sidelines of the meetings": an event beside
 * the conference the article dated, on its day.
 */
const ZH_BESIDE_GATHERING = /^[^，,。；;]{0,4}(?:会前|会后|会间|会议(?:前|后|期间)|峰会(?:前|后|期间))/u;
const EN_BESIDE_GATHERING =
  /\b(?:before|after|ahead\s+of|prior\s+to|on\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+(?:[\w'’-]+\s+){0,6}?(?:summit|conference|forum|meetings|session)\b/i;
/** A sentence saying when a conference was held: "特别外长会20日在老挝万象举行", "The summit opened in Jakarta on Tuesday". */
const ZH_GATHERING_HELD = /(?:会议?|峰会|论坛|大会)[^，,。；;]{0,40}?(?:举行|召开|开幕)/u;
const EN_GATHERING_HELD =
  /\b(?:summit|conference|forum|meetings?|session)\b[^.;]{0,80}?\b(?:(?:was|were)\s+held|opened|took\s+place|convened)\b/i;

/**
 * The day a sentence with no event of its own says a conference was held, stated or relative
 * ("…外长会20日在老挝万象举行"), for the events the article places beside it.
 */
export function gatheringDayOf(sentence: string, chinese: boolean, context: DateContext): string | undefined {
  if (!(chinese ? ZH_GATHERING_HELD : EN_GATHERING_HELD).test(sentence)) return undefined;
  const read = dateOfReport(sentence, chinese, context, false, { start: 0, end: 0 });
  return read?.date?.length === ISO_DAY_LENGTH && (read.basis === 'explicit' || read.basis === 'relative')
    ? read.date
    : undefined;
}

/** The day "a day earlier", "the following day" or "le lendemain" names, counted from `previousDay`. */
function dayFromEvent(text: string, previousDay: string): string | undefined {
  const french = FRENCH_DAY_FROM_EVENT.exec(text);
  if (french) return addDays(previousDay, /lendemain/i.test(french[1]!) ? 1 : -1);
  const english = EN_DAY_FROM_EVENT.exec(text);
  if (!english) return undefined;
  if (english[1]) {
    const count = DAY_COUNT[english[1].toLowerCase()] ?? Number(english[1]);
    return addDays(previousDay, english[2]!.toLowerCase() === 'earlier' ? -count : count);
  }
  const word = (english[3] ?? english[4])!.toLowerCase();
  return addDays(previousDay, /next|following|after/.test(word) ? 1 : -1);
}

/**
 * "Díaz-Canel, who is on a state visit from November 24 to 27, met Li Keqiang on Thursday": the
 * span is the visit's; a meeting within it is dated by the weekday named after its own words,
 * when that day falls inside the span. A visit keeps its span.
 */
function dayInsideSpan(
  sentence: string,
  explicit: ReportDate,
  articleDay: string | undefined,
  planned: boolean,
  cue: CueSpan,
  visit: boolean,
): ReportDate | undefined {
  if (visit || !articleDay || !explicit.date || !explicit.endDate) return undefined;
  const after = sentence.slice(cue.end);
  if (!WEEKDAY.test(after)) return undefined;
  const weekday = weekdayCue(after, false, false);
  if (!weekday || weekday.role === 'span') return undefined;
  const day = weekdayDate(articleDay, weekday, planned);
  return day.date && day.date >= explicit.date && day.date <= explicit.endDate ? day : undefined;
}

/** An aside telling an arrival: "who arrived on Tuesday evening from Xiamen". */
const ARRIVAL_IN_ASIDE = /\b(?:arrived|landed|arriving|landing|flew\s+in)\b/i;
/**
 * "called on President U Htin Kyaw soon after landing", "on his arrival": an event the sentence
 * puts at the arrival its aside dates is of that day.
 */
const AFTER_ARRIVING = /\b(?:after|upon|on)\s+(?:(?:his|her|their)\s+)?(?:landing|arriving|arrival)\b/i;

/**
 * "Trong, who arrived on Sunday for a four-day visit, was welcomed by Xi": a weekday only in a
 * closed aside before the event's words, with none before the aside or after the words, dates
 * the aside, not this event — unless the aside tells an arrival and the event is said to follow
 * it ("Modi, who arrived on Tuesday evening from Xiamen, ..., called on U Htin Kyaw soon after
 * landing").
 */
function weekdayInAsideOnly(sentence: string, chinese: boolean, cue: CueSpan): boolean {
  if (chinese) return false;
  const before = sentence.slice(0, cue.start);
  const aside = WEEKDAY_ASIDE.exec(before);
  return (
    aside !== null &&
    !(ARRIVAL_IN_ASIDE.test(aside[0]) && AFTER_ARRIVING.test(sentence.slice(cue.start))) &&
    !WEEKDAY.test(before.slice(0, aside.index)) &&
    !WEEKDAY.test(before.slice(aside.index + aside[0].length)) &&
    !WEEKDAY.test(sentence.slice(cue.start))
  );
}

/**
 * How many days from the article's day a word puts the event: yesterday -1, 前天 (前日, 前晚) -2,
 * tomorrow 1, today 0.
 */
function dayShift(word: string): number {
  const lower = word.toLowerCase();
  if (/yesterday|last (?:night|evening)|hier|昨|\squa$/u.test(lower)) return -1;
  if (/前[天日晚]/u.test(lower)) return -2;
  return /tomorrow|demain|明|ngày\s+mai/u.test(lower) ? 1 : 0;
}

/** The number of an English or French weekday's name, 0 = Sunday. */
export function weekdayIndex(name: string): number {
  const lower = name.toLowerCase();
  return WEEKDAYS.includes(lower) ? WEEKDAYS.indexOf(lower) : FRENCH_WEEKDAYS.indexOf(lower);
}

/** The weekday a sentence names, and which day of the event it is. */
function weekdayCue(text: string, chinese: boolean, visit: boolean): WeekdayCue | undefined {
  if (chinese) {
    const zh = ZH_WEEKDAY.exec(text);
    return zh ? { day: ZH_WEEKDAY_NUMBER[zh[1]!]!, role: 'day' } : undefined;
  }
  const span = WEEKDAY_SPAN.exec(text);
  if (span)
    return {
      day: WEEKDAYS.indexOf(span[1]!.toLowerCase()),
      role: 'span',
      to: WEEKDAYS.indexOf(span[2]!.toLowerCase()),
    };
  const one = WEEKDAY.exec(text) ?? FRENCH_WEEKDAY.exec(text);
  if (!one) return undefined;
  const name = one[1]!.toLowerCase();
  const day = WEEKDAYS.includes(name) ? WEEKDAYS.indexOf(name) : FRENCH_WEEKDAYS.indexOf(name);
  if (!visit) return { day, role: 'day' };
  const long = DAYS_LONG.exec(text);
  const days = long ? daysLong(long) : undefined;
  // "recevait lundi et mardi le président français pour une visite d'État de deux jours": a visit
  // told by two weekdays spans from the first to the second, when the days it lasts, if given, agree.
  const pair = WEEKDAY_PAIR.exec(text);
  if (pair) {
    const first = weekdayIndex(pair[1]!);
    const last = weekdayIndex(pair[2]!);
    const length = ((last - first + 7) % 7) + 1;
    if (length > 1 && (days === undefined ? length === 2 : days === length))
      return { day: first, role: 'span', to: last };
  }
  const weekdayAt = one.index + one[0].length - one[1]!.length;
  // "a four-day visit through Sunday": the weekday is the last day, whatever verb of arrival
  // the sentence also has; "arrived on Wednesday for a trip through Friday" names both ends.
  if (THROUGH.test(text.slice(0, weekdayAt))) return { day, role: 'end', ahead: true, ...(days ? { days } : {}) };
  // "arrived on Monday for the three-day visit, which ends on Wednesday": the weekday an end verb
  // names is the last day, wherever the other weekday stands; told in the present, it is ahead.
  const endsOn = ENDS_ON.exec(text);
  if (endsOn && days)
    return {
      day: WEEKDAYS.indexOf(endsOn[2]!.toLowerCase()),
      role: 'end',
      ahead: /^(?:ends|concludes|wraps\s+up)$/i.test(endsOn[1]!),
      days,
    };
  // "Mr Trump, who landed at Paya Lebar Air Base on Sunday night, left for Guam on Tuesday
  // evening": an arrival's weekday and a departure's later in the sentence are the stay's ends.
  const leftOn = LEFT_ON.exec(text.slice(weekdayAt));
  if (leftOn && ARRIVED_BEFORE.test(text.slice(0, weekdayAt)))
    return { day, role: 'span', to: WEEKDAYS.indexOf(leftOn[1]!.toLowerCase()) };
  // "ending a three-day state visit that began on Tuesday evening": a weekday a start verb names
  // is the first day, whatever end the sentence also tells.
  const role = STARTED_ON.test(text.slice(0, weekdayAt))
    ? 'start'
    : ENDS.test(text)
      ? 'end'
      : STARTS.test(text)
        ? 'start'
        : 'day';
  if (role === 'start') {
    const last = WEEKDAY_THROUGH.exec(text.slice(one.index + one[0].length));
    if (last) return { day, role: 'span', to: WEEKDAYS.indexOf(last[1]!.toLowerCase()) };
  }
  return { day, role, ...(days ? { days } : {}) };
}

/**
 * "on Tuesday, the second day of Xi's state visit", "au deuxième et dernier jour de sa visite":
 * a day named for a visit as its second (third ...) day; group 1 the ordinal, group 2 "and last".
 */
const ORDINAL_DAY_OF = words(
  /\b(second|third|fourth|fifth|deuxi[èe]me|troisi[èe]me|quatri[èe]me|cinqui[èe]me)\s+(?:(and\s+(?:last|final)|et\s+dernier)\s+)?(?:day|jour)\s+(?:of|de|du|d['’])/iu,
);
const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  deuxi: 2,
  troisi: 3,
  quatri: 4,
  cinqui: 5,
};

/** The visit a later day of it dates: back to its first day, and to its last when the sentence gives its length or says "last". */
function spanFromLaterDay(sentence: string, date: ReportDate, day: string, later: RegExpExecArray): ReportDate {
  const ordinal = ORDINALS[later[1]!.toLowerCase().replace(/[èe]me$/u, '')] ?? 1;
  const first = addDays(day, 1 - ordinal);
  const long = DAYS_LONG.exec(sentence);
  const days = long ? daysLong(long) : later[2] ? ordinal : undefined;
  return { ...date, date: first, ...(days && days >= ordinal ? { endDate: addDays(first, days - 1) } : {}) };
}

/**
 * What every {@link ORDINAL_DAY_OF} ("day" or "jour" before "of") and {@link DAYS_LONG} ("-day",
 * "-hour", 天, "jours", "ngày") match holds: a sentence without one names no day of a visit nor its length,
 * and is not searched at every offset by those patterns.
 */
const VISIT_DAY_WORDS = /day\s|-day|-hour|jour|天|ngày/i;

/** Words that make a day named for a visit its first: "the first day of", "at the start of". */
const FIRST_DAY_OF = /\b(?:first\s+day|start|beginning|opening)\s+of\b/i;

/**
 * "Phuc held talks in Vientiane yesterday, the first day of a two-day official visit", "on
 * Monday (Apr 14), hours after arriving in Hanoi for a two-day state visit": a visit whose
 * length and first day the sentence gives spans that many days from it.
 */
export function spanFromFirstDay(sentence: string, date: ReportDate): ReportDate {
  if (date.date?.length !== ISO_DAY_LENGTH || date.endDate || !VISIT_DAY_WORDS.test(sentence)) return date;
  const later = ORDINAL_DAY_OF.exec(sentence);
  if (later) return spanFromLaterDay(sentence, date, date.date, later);
  const long = DAYS_LONG.exec(sentence);
  const days = long ? daysLong(long) : 1;
  if (days < 2 || ENDS.test(sentence) || !(FIRST_DAY_OF.test(sentence) || STARTS.test(sentence))) return date;
  return { ...date, endDate: addDays(date.date, days - 1) };
}

const ISO_DAY_LENGTH = 'YYYY-MM-DD'.length;

/**
 * "arrived in Bishkek on June 12 and is staying in Kyrgyzstan until June 14 on a state visit": a
 * visit's first day stated, its last given after "until", "till" or "through".
 */
function stayingUntil(
  sentence: string,
  first: ReportDate,
  referenceDate: Date,
  articleDay: string | undefined,
): ReportDate {
  if (first.date?.length !== ISO_DAY_LENGTH || first.endDate) return first;
  const until = UNTIL_A_DAY.exec(sentence);
  if (!until) return first;
  const last = explicitDay(until[1]!, false, referenceDate, articleDay, 0);
  return last?.date?.length === ISO_DAY_LENGTH && last.date > first.date ? { ...first, endDate: last.date } : first;
}
const UNTIL_A_DAY =
  /\b(?:until|till|through)\s+((?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?!\d))?)/;

/** The words before a weekday that make it a visit's last day. */
const THROUGH = /\b(?:through|thru|until|till)\s+$/i;
const WEEKDAY_THROUGH = /\b(?:through|thru|until|till)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;

/** A closed aside naming a weekday: ", who arrived on Sunday for a four-day trip,", "after landing on Sunday,". */
const WEEKDAY_ASIDE =
  /\b(?:who|which|after|having)\b[^,;]*\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b[^,;]*,/i;

/**
 * "Chinh, who arrived in China on Sunday for a four-day trip, met Li Qiang on Monday": when the
 * weekday before an event's words sits in a closed aside about something else and another
 * weekday follows them, the one after dates this event. "On Monday, he met ..." keeps its
 * opening weekday.
 */
function weekdayAfterAnother(sentence: string, cue: CueSpan, visit: boolean): WeekdayCue | undefined {
  if (!WEEKDAY_ASIDE.test(sentence.slice(0, cue.start))) return undefined;
  const after = sentence.slice(cue.start);
  return WEEKDAY.test(after) ? weekdayCue(after, false, visit) : undefined;
}

/**
 * "paid a state visit to Singapore on Monday and met Lee Hsien Loong on Tuesday": an event whose
 * words open a clause joined by "and" (or "and then", "before") to one a weekday dated, and whose
 * own clause names another weekday, is of that other weekday.
 */
const JOINED_BEFORE_CUE = /\b(?:and|then|before)\s+(?:(?:then|also|later)\s+)?$/i;

function weekdayOfLaterClause(sentence: string, cue: CueSpan, visit: boolean): WeekdayCue | undefined {
  const before = sentence.slice(0, cue.start);
  if (!JOINED_BEFORE_CUE.test(before) || !WEEKDAY.test(before)) return undefined;
  const clause = CLAUSE_AFTER_CUE.exec(sentence.slice(cue.start))![0];
  return WEEKDAY.test(clause) ? weekdayCue(clause, false, visit) : undefined;
}

/**
 * "arrived in Beijing on Tuesday morning from Tashkent, where he had held talks with Karimov on
 * Monday": an event told in the pluperfect whose own clause names a weekday after its words is
 * an earlier step of the trip, of that weekday, not of the one the sentence opened with. A
 * pluperfect naming no weekday ("who had met him in May") is left to the other readings.
 */
const HAD_BEFORE_CUE = /\bhad\s+(?:\w+\s+){0,2}?$/i;
const CLAUSE_AFTER_CUE = /^[^,;.]*/;

function weekdayOfPluperfect(sentence: string, cue: CueSpan): WeekdayCue | undefined {
  if (!HAD_BEFORE_CUE.test(sentence.slice(Math.max(0, cue.start - 40), cue.start))) return undefined;
  const clause = CLAUSE_AFTER_CUE.exec(sentence.slice(cue.start))![0];
  return WEEKDAY.test(clause) ? weekdayCue(clause, false, false) : undefined;
}

/**
 * "On Monday, the Chinese President will hold talks with him", "Lundi soir, le président
 * vietnamien doit offrir un dîner d'État": a weekday before the words of a plan dates it when it
 * opens the plan's own clause; "On Friday, the ministry announced that Xi will visit" does not
 * date the visit.
 */
function weekdayBeforePlan(sentence: string, cue: CueSpan, visit: boolean): WeekdayCue | undefined {
  const before = sentence.slice(0, cue.start);
  const named = WEEKDAY.exec(before) ?? FRENCH_WEEKDAY.exec(before);
  if (!named || !attachesToCue(sentence, named.index, named.index + named[0].length, cue)) return undefined;
  return weekdayCue(sentence.slice(named.index), false, visit);
}

/** A weekday read against the article's day: the latest such day not after it (the next one for a plan). */
function weekdayDate(reference: string, cue: WeekdayCue, planned: boolean): ReportDate {
  if (cue.role === 'span' && cue.to !== undefined) {
    const start = shiftToWeekday(reference, cue.day, planned);
    return { date: start, endDate: addDays(start, (cue.to - cue.day + 7) % 7), basis: 'relative' };
  }
  const day = shiftToWeekday(reference, cue.day, planned || cue.ahead === true);
  if (cue.days && cue.days > 1 && (cue.role === 'start' || cue.role === 'end')) {
    const other = addDays(day, cue.role === 'start' ? cue.days - 1 : 1 - cue.days);
    return cue.role === 'start'
      ? { date: day, endDate: other, basis: 'relative' }
      : { date: other, endDate: day, basis: 'relative' };
  }
  return { date: day, basis: 'relative' };
}

/**
 * A comma between a Chinese event's words and a month after them: the month is in a later clause
 * about something else ("开始为期两天的国事访问，这是他本月连任后的首次出访").
 */
const ZH_LATER_CLAUSE = /[，,；;]/u;

/** "last month", "本月", "last November", "at the start of the year": a month (`YYYY-MM`) read against the article's day. */
function relativeMonth(
  text: string,
  chinese: boolean,
  reference: string,
  planned: boolean,
  cue: CueSpan,
): string | undefined {
  const relative = (chinese ? ZH_RELATIVE_MONTH : EN_RELATIVE_MONTH).exec(text);
  if (
    relative &&
    (chinese
      ? !ZH_LATER_CLAUSE.test(text.slice(cue.end, relative.index))
      : attachesToCue(text, relative.index, relative.index + relative[0].length, cue))
  ) {
    const word = relative[1]!;
    const shift = /last|上/.test(word) ? -1 : /next|下/.test(word) ? 1 : 0;
    if (shift < 0 && planned) return undefined;
    return addMonths(reference, shift).slice(0, 7);
  }
  if (YEAR_WORD.test(text) && START_OF_YEAR.test(text)) return `${reference.slice(0, 4)}-01`;
  if (chinese) return undefined;
  const named = [...text.matchAll(MONTH_ONLY)].find((m) => attachesToCue(text, m.index, m.index + m[0].length, cue));
  if (!named) return undefined;
  const month = MONTH_NAMES.indexOf(named[2]!.toLowerCase()) + 1;
  const current = Number(reference.slice(5, 7));
  let year = Number(reference.slice(0, 4));
  const word = named[1]!.toLowerCase();
  if (planned || word === 'next') {
    if (month < current) year++;
  } else if (word === 'last' ? month >= current : month > current) {
    year--;
  }
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Whether a month named at `from`..`to` dates the event whose cue is at `cue`: nothing between
 * them opens another clause ("met Li Keqiang, who is due to step down in March" does not), and
 * a month before the cue is not itself inside a phrase about something else ("Since taking
 * office in March, ...", "The agreement signed in March ..."). "In March, the two leaders met"
 * and "held talks in Beijing last month" do date the event.
 */
function attachesToCue(text: string, from: number, to: number, cue: CueSpan): boolean {
  if (from >= cue.end) {
    const between = text.slice(cue.end, from);
    return !CLAUSE_BREAK.test(between) && !OTHER_PHRASE.test(between) && !REPORTED_ONE.test(between);
  }
  if (to > cue.start) return true;
  let clauseStart = 0;
  for (const m of text.slice(0, from).matchAll(REPORTED)) clauseStart = m.index + m[0].length;
  const before = text.slice(clauseStart, from);
  const between = text.slice(to, cue.start).replace(TIMED_ASIDE, ',');
  return (
    !CLAUSE_BREAK.test(before) &&
    !OTHER_PHRASE.test(before) &&
    !CLAUSE_BREAK.test(between) &&
    !REPORTED_ONE.test(between)
  );
}

/**
 * The last parse, kept: a sentence with several cues, sides or stops is dated once per draft,
 * and chrono's parse is most of what dating costs. Holds one entry, so memory stays flat.
 */
let lastParse: Parse | undefined;

interface Parse {
  key: string;
  results: chrono.ParsedResult[];
  datelineEnd: number;
  /** Read by chrono's Chinese parser. */
  zh: boolean;
}

function parseDays(sentence: string, chinese: boolean, referenceDate: Date): Parse {
  const zh = chinese || /月/u.test(sentence);
  const french = !zh && FRENCH_MONTH.test(sentence);
  // "Chiều 25/8": Vietnamese prints the day first, as British English does.
  const dayFirst = !zh && !french && holdsVietnameseDay(sentence);
  const key = `${zh ? 'zh' : french ? 'fr' : dayFirst ? 'vi' : 'en'}\u0000${referenceDate.getTime()}\u0000${sentence}`;
  if (lastParse?.key === key) return lastParse;
  const results = zh
    ? chrono.zh.hans.parse(sentence, referenceDate)
    : french
      ? chrono.fr.strict.parse(sentence, referenceDate)
      : dayFirst
        ? chrono.en.GB.parse(slashedVietnameseDays(sentence), referenceDate)
        : chrono.strict.parse(sentence, referenceDate);
  const dateline = findDateline(sentence);
  const reportLine = zh && REPORT_WORD.test(sentence) ? ZH_REPORT_LINE.exec(sentence) : null;
  const datelineEnd = Math.max(
    dateline ? dateline.index + dateline.text.length : 0,
    reportLine ? reportLine.index + reportLine[0].length : 0,
  );
  lastParse = { key, results, datelineEnd, zh };
  return lastParse;
}

/** 报道 or 報道: the word a report line ends with. */
const REPORT_WORD = /[报報]道/u;
/**
 * "参考消息网5月17日报道", "据路透社5月16日报道": the day a report was published, which dates the
 * story as a dateline does; a day the sentence names after it is the event's.
 */
const ZH_REPORT_LINE =
  /^[^，。,\s]{0,16}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[报報]道|据[^，。,]{0,16}?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[报報]道/u;
/** "on 17 and 18 January", "les 17 et 18 janvier": the first of two days printed before their month. */
const FIRST_OF_TWO_DAYS = /\b(\d{1,2})\s+(?:and|et|&)\s+$/u;
/** "on January 17 and 18": the second of two days printed after their month. */
const SECOND_OF_TWO_DAYS = /^\s+(?:and|et|&)\s+(\d{1,2})\b(?![:.,]?\d)/u;

function explicitDay(
  sentence: string,
  chinese: boolean,
  referenceDate: Date,
  reference: string | undefined,
  from: number,
  visitCue?: number,
): ReportDate | undefined {
  // The dateline's day is when the story was filed; a day the sentence itself names after it
  // ("BEIJING, Nov. 24 -- ... will pay a state visit from Nov. 29 to Dec. 1") is the event's.
  const { results: parsed, datelineEnd, zh: zhParse } = parseDays(sentence, chinese, referenceDate);
  const ordered =
    from > 0
      ? parsed.filter((r) => r.index >= from)
      : [...parsed.filter((r) => r.index >= datelineEnd), ...parsed.filter((r) => r.index < datelineEnd)];
  // "On 11 September, he received Wang Yi, who is paying an official visit from 10 to 12
  // September": the span after a visit's words is the visit's; the day before them is the
  // meeting's.
  const spanOfVisit = (r: chrono.ParsedResult) => visitCue !== undefined && r.index >= visitCue && r.end !== undefined;
  const results = [...ordered.filter(spanOfVisit), ...ordered.filter((r) => !spanOfVisit(r))];
  for (const result of results) {
    // chrono's Chinese parser gives 昨天 or a bare 上午 the reference's day as if printed: those are read as relative words.
    if (zhParse && !ZH_NUMBERED_DAY.test(result.text)) continue;
    // chrono's strict parser reads "a day after" or "two days later" as the reference's day and one
    // more, printed as if certain; such words count from an event, not from the article, and a
    // day a sentence prints has a number in it.
    if (!zhParse && !/\d/.test(result.text)) continue;
    const start = result.start;
    if (!start.isCertain('month') || !start.isCertain('day')) continue;
    const month = start.get('month')!;
    const day = start.get('day')!;
    const year = start.isCertain('year') ? (start.get('year') ?? undefined) : undefined;
    const printed =
      year !== undefined ? isoDay(year, month, day) : reference ? completeYear(month, day, [reference]) : undefined;
    const date = printed && dayFirst(sentence, result, printed, reference);
    const basis: DateBasis = result.index < datelineEnd ? 'dateline' : 'explicit';
    if (!date) return { partialDate: monthDay(month, day), basis };
    // "từ ngày 9 đến 11/5": Vietnamese prints the month once, after the last day of a span.
    const first = vietnameseSpanStartIn(sentence.slice(0, result.index));
    if (first && Number(first[1]) < day)
      return { date: isoDay(Number(date.slice(0, 4)), month, Number(first[1])), endDate: date, basis };
    // Two consecutive days joined by "and" are a span of two days, not the second alone.
    const firstOfTwo = FIRST_OF_TWO_DAYS.exec(sentence.slice(Math.max(0, result.index - 12), result.index));
    if (firstOfTwo && Number(firstOfTwo[1]) === day - 1) return { date: addDays(date, -1), endDate: date, basis };
    const secondOfTwo = SECOND_OF_TWO_DAYS.exec(sentence.slice(result.index + result.text.length));
    if (secondOfTwo && Number(secondOfTwo[1]) === day + 1 && !result.end)
      return { date, endDate: addDays(date, 1), basis };
    let endDate: string | undefined;
    if (result.end && result.end.isCertain('day')) {
      const endMonth = result.end.get('month') ?? month;
      const endDay = result.end.get('day')!;
      endDate = isoDay(Number(date.slice(0, 4)) + (endMonth < month ? 1 : 0), endMonth, endDay);
    } else {
      const after = sentence.slice(result.index + result.text.length);
      const tail = CHINESE_RANGE_END.exec(after);
      const acrossMonths = tail ? undefined : RANGE_END_WITH_MONTH.exec(after);
      if (tail) endDate = isoDay(Number(date.slice(0, 4)), month, Number(tail[1]));
      else if (acrossMonths) {
        const [endDay, endMonth] = acrossMonths[1]
          ? [Number(acrossMonths[1]), Number(acrossMonths[2])]
          : [Number(acrossMonths[4]), Number(acrossMonths[3])];
        endDate = isoDay(Number(date.slice(0, 4)) + (endMonth < month ? 1 : 0), endMonth, endDay);
      }
    }
    return { date, ...(endDate && endDate > date ? { endDate } : {}), basis };
  }
  return undefined;
}

/**
 * "13日上午，习近平会见越南政府总理": a day of the month without its month, as Chinese reports
 * print the days of a visit after the first. It takes the month that puts it nearest the
 * article's day. A dateline's "13日电" is the filing day, not the event's.
 */
/** A Chinese sentence opened by a day of the month and a comma: "14日，", "20日上午，". */
/** "On December 14, ", "On the morning of 14 December ", "On Thursday, Dec. 14, ": a day opening an English sentence. */
const EN_DAY_OPENING =
  /^\s*(?:On\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?!\d))\b/u;
const ZH_DAY_OPENING =
  /^\s*(?:(?:今|明|后)[日天][（(])?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[)）]?(?:上午|中午|下午|晚上|晚间|傍晚|早上|清晨)?[，,]/u;

function dayOfMonth(sentence: string, reference: string, from: number, visit: boolean): ReportDate | undefined {
  for (const match of sentence.matchAll(ZH_DAY_OF_MONTH)) {
    if (match.index < from) continue;
    // "11日至12日": the span of days is the stay's; an encounter in the same sentence takes the day it was filed.
    const last = CHINESE_RANGE_END.exec(sentence.slice(match.index + match[0].length));
    if (last && !visit) continue;
    const day = chineseNumber(match[1]!);
    if (!day || day > 31) continue;
    const year = Number(reference.slice(0, 4));
    const month = Number(reference.slice(5, 7));
    const anchor = Date.parse(`${reference}T00:00:00Z`);
    let best: string | undefined;
    for (const shift of [-1, 0, 1]) {
      const candidate = isoDay(year + Math.floor((month - 1 + shift) / 12), ((month - 1 + shift + 12) % 12) + 1, day);
      if (
        candidate &&
        (!best ||
          Math.abs(Date.parse(`${candidate}T00:00:00Z`) - anchor) < Math.abs(Date.parse(`${best}T00:00:00Z`) - anchor))
      )
        best = candidate;
    }
    if (!best) continue;
    const endDay = last ? Number(last[1]) : undefined;
    const endDate =
      endDay && endDay > day ? isoDay(Number(best.slice(0, 4)), Number(best.slice(5, 7)), endDay) : undefined;
    return { date: best, ...(endDate ? { endDate } : {}), basis: 'explicit' };
  }
  return undefined;
}

/** A date printed in figures alone, "9/11/2024" or "9/11". */
const FIGURES_DATE = /^\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\s*$/;
/** How near the article a date printed day first must be to be read so when the month-first reading is not. */
const NEAR_THE_ARTICLE = 7;

/**
 * "on Saturday (9/11/2024)" in an Indonesian paper: figures read month first by default are read
 * day first when the weekday beside them, or the article's own day, says so — the 9th of November
 * was a Saturday and the 11th of September was not, and a report of 10 November tells of the day
 * before, not of two months earlier. Figures whose two readings are one day stay as read.
 */
function dayFirst(sentence: string, result: chrono.ParsedResult, date: string, reference: string | undefined): string {
  const figures = FIGURES_DATE.exec(result.text);
  if (!figures || figures[1] === figures[2] || Number(figures[2]) > 12) return date;
  const swapped = isoDay(Number(date.slice(0, 4)), Number(date.slice(8, 10)), Number(date.slice(5, 7)));
  if (!swapped) return date;
  const around = sentence.slice(Math.max(0, result.index - 16), result.index + result.text.length + 16);
  const weekday = weekdayNamed(around);
  if (weekday !== undefined) return weekdayOf(date) !== weekday && weekdayOf(swapped) === weekday ? swapped : date;
  if (!reference) return date;
  const near = (iso: string) => daysBetween(iso, reference) <= NEAR_THE_ARTICLE;
  return !near(date) && near(swapped) ? swapped : date;
}

/** 13, 十三, 二十一 as a number. */
function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const digits = '一二三四五六七八九';
  const tens = text.indexOf('十');
  if (tens < 0) return digits.indexOf(text) + 1 || undefined;
  const high = tens === 0 ? 1 : digits.indexOf(text[0]!) + 1;
  const low = tens === text.length - 1 ? 0 : digits.indexOf(text[tens + 1]!) + 1;
  return high * 10 + low;
}

/**
 * ", the first by a Chinese head of state since 2006", ", his first since visiting Lahore in 2006",
 * ", the first by a U.S. president since Bill Clinton in 1996", ", la première d'un président français
 * en Afrique du Sud depuis celle de Nicolas Sarkozy en février 2008": an apposition after the cue that
 * ranks the event among others, up to its clause's end (the dot of an abbreviation's capital does
 * not end it). Its year is the last such event's, not this one's.
 */
const RANKED_SINCE =
  /,\s*(?:(?:his|her|their|its|the|a)\s+)?(?:first|second|third|fourth|fifth|only|\d+(?:st|nd|rd|th))\b(?:[^,;.]|(?<=\b\p{Lu})\.){0,80}?\bsince\b(?:[^,;.]|(?<=\b\p{Lu})\.)*|,\s*(?:(?:sa|son|ses|leur|la|le)\s+)?(?:premi[èe]re?|deuxi[èe]me|troisi[èe]me|seule?|\d+e)(?!\p{L})(?:[^,;.]|(?<=\b\p{Lu})\.){0,80}?(?<!\p{L})depuis(?!\p{L})(?:[^,;.]|(?<=\b\p{Lu})\.)*/giu;

/**
 * The sentence without the ranking appositions ({@link RANKED_SINCE}) that do not hold the cue
 * `cue`: after it, or before it when it comes later in the sentence ("arrived ... at the start of
 * a three-day state visit, the first by a U.S. president since Bill Clinton in 1996, and went
 * straight to a private dinner with Abe"), whose year dates neither event.
 */
function withoutRankings(sentence: string, cue: CueSpan): string {
  return sentence.replace(RANKED_SINCE, (ranking: string, at: number) =>
    at < cue.end && cue.start < at + ranking.length ? ranking : ' '.repeat(ranking.length),
  );
}

/**
 * "held talks ... on Saturday and signed an action plan to deepen the strategic partnership the
 * two countries set up in 2006": a year after the event's words that dates a thing named there
 * (set up, signed, established in it) is that thing's, and does not make the event a look back.
 */
function withoutThingsDated(sentence: string, cue: CueSpan): string {
  return sentence.replace(THING_DATED, (phrase: string, at: number) =>
    at >= cue.end ? ' '.repeat(phrase.length) : phrase,
  );
}
const THING_DATED =
  /\b(?:set\s+up|established|founded|signed|launched|adopted|created|formed|forged|built|opened|concluded|elevated|upgraded)\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b/g;

/**
 * ", which also takes in the meeting of the SCO Council of Heads of Government in Islamabad on
 * October 15 and 16": a clause after a visit's words naming a gathering the visit takes in; its
 * days are the gathering's, not the visit's first.
 */
const GATHERING_TAKEN_IN =
  /,\s*(?:which|that)\s+(?:also\s+)?(?:takes?\s+in|took\s+in|includes?|included|will\s+(?:also\s+)?(?:take\s+in|include))\s+[^;]*/gi;

/** `window` with the {@link GATHERING_TAKEN_IN} clauses after the cue blanked out. */
function withoutGatheringsTakenIn(window: string, cue: CueSpan): string {
  return window.replace(GATHERING_TAKEN_IN, (clause: string, at: number) =>
    at >= cue.end ? ' '.repeat(clause.length) : clause,
  );
}

/** True when the sentence names a year before the article's ("in 2023" in a 2025 article). */
function mentionsEarlierYear(sentence: string, reference: string): boolean {
  const year = Number(reference.slice(0, 4));
  for (const match of sentence.matchAll(YEAR)) if (Number(match[1]) < year) return true;
  return false;
}

/** The weekday (0 = Sunday) a weekday name or 星期X gives, if the text names one. */
export function weekdayNamed(text: string): number | undefined {
  const en = WEEKDAY.exec(text);
  if (en) return WEEKDAYS.indexOf(en[1]!.toLowerCase());
  const zh = ZH_WEEKDAY.exec(text);
  return zh ? ZH_WEEKDAY_NUMBER[zh[1]!] : undefined;
}

/**
 * "The three-day stay, from Sunday to Tuesday", "his visit from Monday to Wednesday": the weekdays a
 * stay's own words give it (0 = Sunday), and its length when the sentence gives one.
 */
const STAY_WEEKDAYS =
  /\b(?:stay|visit|trip|tour)\s*,?\s+from\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+(?:to|through|until|till)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;

export function stayWeekdays(sentence: string): { from: number; to: number; length?: number } | undefined {
  const span = STAY_WEEKDAYS.exec(sentence);
  if (!span) return undefined;
  const length = visitLength(sentence);
  return {
    from: WEEKDAYS.indexOf(span[1]!.toLowerCase()),
    to: WEEKDAYS.indexOf(span[2]!.toLowerCase()),
    ...(length ? { length } : {}),
  };
}

/** The weekday of an ISO day, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function shiftToWeekday(reference: string, weekday: number, forward: boolean): string {
  const day = weekdayOf(reference);
  const delta = forward ? (weekday - day + 7) % 7 : -((day - weekday + 7) % 7);
  return addDays(reference, delta);
}

/** Adds whole days to an ISO date. */
export function addDays(iso: string, days: number): string {
  // Grouping events compares spans millions of times: a plain day is counted without parsing
  // and printing a date string; anything else takes the general way below.
  const plain = PLAIN_DAY.test(iso);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (
    plain &&
    year >= 1000 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    Number.isInteger(days)
  ) {
    const moved = new Date(Date.UTC(year, month - 1, day + days));
    const y = moved.getUTCFullYear();
    if (y >= 1000 && y <= 9999)
      return `${y}-${String(moved.getUTCMonth() + 1).padStart(2, '0')}-${String(moved.getUTCDate()).padStart(2, '0')}`;
  }
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The first day of the month `months` after the month of `iso` (a day or a month), as a day. */
export function addMonths(iso: string, months: number): string {
  const date = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
