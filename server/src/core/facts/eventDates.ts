import * as chrono from 'chrono-node';
import { completeYear, findDateline, isoDay, monthDay } from '../text/dates.js';
import type { Article } from '../articles.js';
import type { DateBasis } from './types.js';

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
}

/** The day an article is about: the one its dateline or lead names, else its publication date. */
export function articleDay(article: Article): string | undefined {
  return article.eventDate ?? article.date;
}

/** The context of an article's sentences; `inferred` is a day inferred for a dateline without a year. */
export function dateContextOf(article: Article, inferred?: string): DateContext {
  if (article.eventDate) return { reference: article.eventDate, fallback: { date: article.eventDate, basis: 'dateline' } };
  if (article.date) return { reference: article.date, fallback: { date: article.date, basis: 'published' } };
  if (inferred) return { reference: inferred, fallback: { date: inferred, basis: 'dateline' } };
  if (article.partialDate) return { fallback: { partialDate: article.partialDate, basis: 'dateline' } };
  return { fallback: {} };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(?:on|last|this|next|earlier|late|early)?\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const WEEKDAY_SPAN = /\bfrom\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+(?:to|through|until|till)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const ZH_WEEKDAY = /(?:星期|礼拜|周)([日天一二三四五六])/u;
const ZH_WEEKDAY_NUMBER: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** Words that put the event on the article's day, the day before or the day after. */
const EN_RELATIVE_DAY =
  /\b(today|tonight|this (?:morning|afternoon|evening)|(?:on |of )?the same (?:day|evening|morning|afternoon)|yesterday|tomorrow)\b/i;
const ZH_RELATIVE_DAY = /(今天|今日|今晨|当天|当日|当晚|同日|同一天|昨天|昨日|昨晚|前天|明天|明日)/u;
const EN_RELATIVE_MONTH = /\b(last|this|next|later this|early next|late next)\s+month\b/i;
const ZH_RELATIVE_MONTH = /(上个?月|本月|这个月|下个?月)/u;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month named without a day: "last November", "in March" (not "March 27"). */
const MONTH_ONLY = /\b([Ll]ast|[Ii]n|[Tt]his|[Ee]arly|[Ll]ate|mid-|[Nn]ext)\s*(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/;
const START_OF_YEAR = /\b(?:at|in) the (?:start|beginning) of (?:the|this) year\b|年初/iu;
/** Verbs that make a weekday the first or the last day of a visit. */
const STARTS = /\b(?:arriv(?:ed|es|ing)|start(?:ed|s|ing)|beg(?:an|ins|inning)|kick(?:ed|s|ing) off|land(?:ed|s))\b/i;
const ENDS = /\b(?:wrap(?:ped|s|ping) up|conclud(?:ed|es|ing)|end(?:ed|s|ing)|left|leaves|depart(?:ed|s|ing))\b/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const DAYS_LONG = /\b(\d|two|three|four|five|six|seven|eight)-day\b/i;
const CHINESE_RANGE_END = /^\s*(?:至|到|-|—|–)\s*(\d{1,2})\s*日/u;
/** A month and a day next to each other, or an ISO date: without one, chrono has nothing to read. */
const DAY_LIKE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日/u;
/** How much of a sentence after the cue is searched for its date: leads name the day early. */
const DATE_REACH = 200;
const YEAR = /(?<![\d-–])\b(19\d{2}|20\d{2})\b(?![-–]\d)/g;
const YEAR_ONLY = /(?<![\d-–])\b(?:19\d{2}|20\d{2})\b(?![-–]\d)/;

/**
 * Reads the date of the event a sentence reports. An explicit day in the sentence wins
 * ("On the evening of April 14, 2025 local time", "Oct. 20", "12月1日至3日"); chrono-node's
 * strict parsers read it, because its casual mode misreads "morning of October 20, 2023".
 * A day without a year takes the year that puts it nearest the article's date. Then words
 * relative to the article's date: "yesterday", "the same day", "昨天", "当晚" (a day); a
 * weekday ("on Friday": the latest such day not after the article's date for a report, the
 * next one for a plan — chrono picks the nearest either way, which puts last Monday's meeting
 * in next week; "from Tuesday to Thursday" a span); "last month", "本月", "last November",
 * "at the start of the year" (a month, `YYYY-MM`). Otherwise a held event takes the article's
 * day (its basis says which kind of day that is); a planned one stays undated rather than take
 * the day it was announced. For a plan, only days named after the cue count: "in the phone
 * call on April 2, Biden said Blinken will visit" does not date the visit.
 *
 * Returns `undefined` when the sentence names a past year and no day: it recalls an old
 * event ("since his visit in 2023"), and any date given it would be wrong.
 */
export function dateOfReport(sentence: string, chinese: boolean, context: DateContext, planned: boolean, cueStart: number, visit = false): ReportDate | undefined {
  const reference = context.reference;
  const referenceDate = reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const window = sentence.slice(0, cueStart + DATE_REACH);
  const explicit = DAY_LIKE.test(window) ? explicitDay(window, chinese, referenceDate, reference, planned ? cueStart : 0) : undefined;
  if (explicit) return explicit;
  if (reference && mentionsEarlierYear(sentence, reference)) return undefined;
  // An undated article that names a year and no day recalls something ("back in 2017"), or
  // at best gives a year: either way no day can be given.
  if (!reference && !planned && YEAR_ONLY.test(sentence)) return undefined;
  const scope = sentence.slice(planned ? cueStart : 0);
  const weekday = weekdayCue(scope, chinese, visit);
  if (!reference) {
    if (weekday) return { ...(planned ? {} : context.fallback), weekday };
    return planned ? {} : context.fallback;
  }
  const month = relativeMonth(scope, chinese, reference, planned);
  if (month) return { date: month, basis: 'relative' };
  if (weekday) return weekdayDate(reference, weekday, planned);
  const relative = (chinese ? ZH_RELATIVE_DAY : EN_RELATIVE_DAY).exec(scope);
  if (relative) {
    const word = relative[1]!.toLowerCase();
    const shift = /yesterday|昨/.test(word) ? -1 : /前天/.test(word) ? -2 : /tomorrow|明/.test(word) ? 1 : 0;
    return { date: addDays(reference, shift), basis: 'relative' };
  }
  return planned ? {} : context.fallback;
}

/** The weekday a sentence names, and which day of the event it is. */
function weekdayCue(text: string, chinese: boolean, visit: boolean): WeekdayCue | undefined {
  if (chinese) {
    const zh = ZH_WEEKDAY.exec(text);
    return zh ? { day: ZH_WEEKDAY_NUMBER[zh[1]!]!, role: 'day' } : undefined;
  }
  const span = WEEKDAY_SPAN.exec(text);
  if (span) return { day: WEEKDAYS.indexOf(span[1]!.toLowerCase()), role: 'span', to: WEEKDAYS.indexOf(span[2]!.toLowerCase()) };
  const one = WEEKDAY.exec(text);
  if (!one) return undefined;
  const day = WEEKDAYS.indexOf(one[1]!.toLowerCase());
  if (!visit) return { day, role: 'day' };
  const long = DAYS_LONG.exec(text);
  const days = long ? (NUMBER_WORDS[long[1]!.toLowerCase()] ?? Number(long[1])) : undefined;
  const role = ENDS.test(text) ? 'end' : STARTS.test(text) ? 'start' : 'day';
  return { day, role, ...(days ? { days } : {}) };
}

/** A weekday read against the article's day: the latest such day not after it (the next one for a plan). */
function weekdayDate(reference: string, cue: WeekdayCue, planned: boolean): ReportDate {
  if (cue.role === 'span' && cue.to !== undefined) {
    const start = shiftToWeekday(reference, cue.day, planned);
    return { date: start, endDate: addDays(start, (cue.to - cue.day + 7) % 7), basis: 'relative' };
  }
  const day = shiftToWeekday(reference, cue.day, planned);
  if (cue.days && cue.days > 1 && (cue.role === 'start' || cue.role === 'end')) {
    const other = addDays(day, cue.role === 'start' ? cue.days - 1 : 1 - cue.days);
    return cue.role === 'start' ? { date: day, endDate: other, basis: 'relative' } : { date: other, endDate: day, basis: 'relative' };
  }
  return { date: day, basis: 'relative' };
}

/** "last month", "本月", "last November", "at the start of the year": a month (`YYYY-MM`) read against the article's day. */
function relativeMonth(text: string, chinese: boolean, reference: string, planned: boolean): string | undefined {
  const relative = (chinese ? ZH_RELATIVE_MONTH : EN_RELATIVE_MONTH).exec(text);
  if (relative) {
    const word = relative[1]!;
    const shift = /last|上/.test(word) ? -1 : /next|下/.test(word) ? 1 : 0;
    if (shift < 0 && planned) return undefined;
    return addMonths(reference, shift).slice(0, 7);
  }
  if (START_OF_YEAR.test(text)) return `${reference.slice(0, 4)}-01`;
  if (chinese) return undefined;
  const named = MONTH_ONLY.exec(text);
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
 * The last parse, kept: a sentence with several cues, sides or stops is dated once per draft,
 * and chrono's parse is most of what dating costs. Holds one entry, so memory stays flat.
 */
let lastParse: { key: string; results: chrono.ParsedResult[]; datelineEnd: number } | undefined;

function parseDays(sentence: string, chinese: boolean, referenceDate: Date): { results: chrono.ParsedResult[]; datelineEnd: number } {
  const zh = chinese || /月/u.test(sentence);
  const key = `${zh ? 'zh' : 'en'}\u0000${referenceDate.getTime()}\u0000${sentence}`;
  if (lastParse?.key === key) return lastParse;
  const results = zh ? chrono.zh.hans.parse(sentence, referenceDate) : chrono.strict.parse(sentence, referenceDate);
  const dateline = findDateline(sentence);
  lastParse = { key, results, datelineEnd: dateline ? dateline.index + dateline.text.length : 0 };
  return lastParse;
}

function explicitDay(sentence: string, chinese: boolean, referenceDate: Date, reference: string | undefined, from: number): ReportDate | undefined {
  // The dateline's day is when the story was filed; a day the sentence itself names after it
  // ("BEIJING, Nov. 24 -- ... will pay a state visit from Nov. 29 to Dec. 1") is the event's.
  const { results: parsed, datelineEnd } = parseDays(sentence, chinese, referenceDate);
  const results = from > 0 ? parsed.filter((r) => r.index >= from) : [...parsed.filter((r) => r.index >= datelineEnd), ...parsed.filter((r) => r.index < datelineEnd)];
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('month') || !start.isCertain('day')) continue;
    const month = start.get('month')!;
    const day = start.get('day')!;
    const year = start.isCertain('year') ? start.get('year') ?? undefined : undefined;
    const date = year !== undefined ? isoDay(year, month, day) : reference ? completeYear(month, day, [reference]) : undefined;
    const basis: DateBasis = result.index < datelineEnd ? 'dateline' : 'explicit';
    if (!date) return { partialDate: monthDay(month, day), basis };
    let endDate: string | undefined;
    if (result.end && result.end.isCertain('day')) {
      const endMonth = result.end.get('month') ?? month;
      const endDay = result.end.get('day')!;
      endDate = isoDay(Number(date.slice(0, 4)) + (endMonth < month ? 1 : 0), endMonth, endDay);
    } else {
      const tail = CHINESE_RANGE_END.exec(sentence.slice(result.index + result.text.length));
      if (tail) endDate = isoDay(Number(date.slice(0, 4)), month, Number(tail[1]));
    }
    return { date, ...(endDate && endDate > date ? { endDate } : {}), basis };
  }
  return undefined;
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
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function addMonths(iso: string, months: number): string {
  const date = new Date(`${iso.slice(0, 7)}-01T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
