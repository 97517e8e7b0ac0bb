import * as chrono from 'chrono-node';
import { completeYear, findDateline, isoDay, monthDay } from '../../corpus/dates.js';
import type { Article } from '../../corpus/types.js';
import type { DateSource } from './types.js';

/** The date a report gives its event. */
export interface ReportDate {
  date?: string;
  endDate?: string;
  partialDate?: string;
  source?: DateSource;
}

/** The day an article is about: the one its dateline or lead names, else its publication date. */
export function articleDay(article: Article): string | undefined {
  return article.eventDate ?? article.date;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(?:on|last|this|next)?\s*(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;
const RELATIVE_DAY = /\b(today|yesterday|tomorrow)\b|(今天|今日|昨天|昨日|明天|明日)/i;
const RELATIVE_MONTH = /\b(next|this|later this|early next|late next)\s+month\b|(下个?月|本月)/i;
const CHINESE_RANGE_END = /^\s*(?:至|到|-|—|–)\s*(\d{1,2})\s*日/u;
/** A month and a day next to each other, or an ISO date: without one, chrono has nothing to read. */
const DAY_LIKE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日/u;
/** How much of a sentence after the cue is searched for its date: leads name the day early. */
const DATE_REACH = 200;
const YEAR = /(?<![\d-–])\b(19\d{2}|20\d{2})\b(?![-–]\d)/g;

/**
 * Reads the date of the event a sentence reports. An explicit day in the sentence wins
 * ("On the evening of April 14, 2025 local time", "Oct. 20", "12月1日至3日"); chrono-node's
 * strict parsers read it, because its casual mode misreads "morning of October 20, 2023".
 * A day without a year takes the year that puts it nearest the article's date. A weekday
 * ("on Friday") is the latest such day not after the article's date for a report, the next
 * one for a plan: chrono picks the nearest either way, which puts last Monday's meeting in
 * next week. "Next month" gives a month (`YYYY-MM`). Otherwise a held event takes the
 * article's day; a planned one stays undated rather than take the day it was announced. For a
 * plan, only days named after the cue count: "in the phone call on April 2, Biden said Blinken
 * will visit" does not date the visit.
 *
 * Returns `undefined` when the sentence names a past year and no day: it recalls an old
 * event ("since his visit in 2023"), and any date given it would be wrong.
 */
export function dateOfReport(sentence: string, chinese: boolean, article: Article, planned: boolean, cueStart: number): ReportDate | undefined {
  const reference = articleDay(article);
  const referenceDate = reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const window = sentence.slice(0, cueStart + DATE_REACH);
  const explicit = DAY_LIKE.test(window) ? explicitDay(window, chinese, referenceDate, reference, planned ? cueStart : 0) : undefined;
  if (explicit) return explicit;
  if (reference && mentionsEarlierYear(sentence, reference)) return undefined;
  if (!reference) return planned ? {} : articleFallback(article);
  if (planned) {
    const month = RELATIVE_MONTH.exec(sentence.slice(cueStart));
    if (month) return { date: addMonths(reference, /next|下/.test(month[0]) ? 1 : 0).slice(0, 7), source: 'text' };
  }
  const weekday = chinese ? null : WEEKDAY.exec(sentence.slice(planned ? cueStart : 0));
  if (weekday) return { date: shiftToWeekday(reference, WEEKDAYS.indexOf(weekday[1]!.toLowerCase()), planned), source: 'weekday' };
  const relative = RELATIVE_DAY.exec(sentence.slice(planned ? cueStart : 0));
  if (relative) {
    const word = (relative[1] ?? relative[2] ?? '').toLowerCase();
    const shift = /yesterday|昨/.test(word) ? -1 : /tomorrow|明/.test(word) ? 1 : 0;
    return { date: addDays(reference, shift), source: 'weekday' };
  }
  return planned ? {} : articleFallback(article);
}

/** A held event no sentence dates happened on the article's day, as far as can be told. */
function articleFallback(article: Article): ReportDate {
  if (article.eventDate) return { date: article.eventDate, source: 'dateline' };
  if (article.date) return { date: article.date, source: 'published' };
  if (article.partialDate) return { partialDate: article.partialDate, source: 'dateline' };
  return {};
}

function explicitDay(sentence: string, chinese: boolean, referenceDate: Date, reference: string | undefined, from: number): ReportDate | undefined {
  const parsed = chinese || /月/u.test(sentence) ? chrono.zh.hans.parse(sentence, referenceDate) : chrono.strict.parse(sentence, referenceDate);
  // The dateline's day is when the story was filed; a day the sentence itself names after it
  // ("BEIJING, Nov. 24 -- ... will pay a state visit from Nov. 29 to Dec. 1") is the event's.
  const dateline = findDateline(sentence);
  const datelineEnd = dateline ? dateline.index + dateline.text.length : 0;
  const results = from > 0 ? parsed.filter((r) => r.index >= from) : [...parsed.filter((r) => r.index >= datelineEnd), ...parsed.filter((r) => r.index < datelineEnd)];
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('month') || !start.isCertain('day')) continue;
    const month = start.get('month')!;
    const day = start.get('day')!;
    const year = start.isCertain('year') ? start.get('year') ?? undefined : undefined;
    const date = year !== undefined ? isoDay(year, month, day) : reference ? completeYear(month, day, [reference]) : undefined;
    if (!date) return { partialDate: monthDay(month, day), source: 'text' };
    let endDate: string | undefined;
    if (result.end && result.end.isCertain('day')) {
      const endMonth = result.end.get('month') ?? month;
      const endDay = result.end.get('day')!;
      endDate = isoDay(Number(date.slice(0, 4)) + (endMonth < month ? 1 : 0), endMonth, endDay);
    } else {
      const tail = CHINESE_RANGE_END.exec(sentence.slice(result.index + result.text.length));
      if (tail) endDate = isoDay(Number(date.slice(0, 4)), month, Number(tail[1]));
    }
    return { date, ...(endDate && endDate > date ? { endDate } : {}), source: result.index < datelineEnd ? 'dateline' : 'text' };
  }
  return undefined;
}

/** True when the sentence names a year before the article's ("in 2023" in a 2025 article). */
function mentionsEarlierYear(sentence: string, reference: string): boolean {
  const year = Number(reference.slice(0, 4));
  for (const match of sentence.matchAll(YEAR)) if (Number(match[1]) < year) return true;
  return false;
}

function shiftToWeekday(reference: string, weekday: number, forward: boolean): string {
  const day = new Date(`${reference}T00:00:00Z`).getUTCDay();
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
