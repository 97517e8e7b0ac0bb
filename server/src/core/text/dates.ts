/**
 * Reading dates from scraped news text. Three shapes matter: date lines that a site prints next
 * to a headline ("Xin Hua She· 2025-12-02 17:13", "Source: Xinhuanet 2022-11-25 09:05:43"),
 * datelines that open a wire story ("BEIJING, Oct. 20 --", "新华社万象12月3日电") and leads that
 * name the day ("On the morning of October 20, 2023, ..."). Prose dates are read with chrono-node
 * in strict mode: casual mode also reads "Friday" or "morning", which in a news text is relative
 * to a day we do not know and would yield confident wrong dates.
 */
import * as chrono from 'chrono-node';
import { creditedOutlet, outletByName } from '../outlets.js';
import { countHan, HAN, hasHan } from './scripts.js';

/** A calendar day read from text; `year` is missing when the text gave none. */
export interface DayReading {
  year?: number;
  month: number;
  day: number;
  /** The exact text the day was read from. */
  text: string;
  /** Offset of `text` in the string that was searched. */
  index: number;
  /**
   * Set when the text is all digits with day and month both 12 or less ("06/03/2024"): the
   * reading with day and month swapped, which the writer may equally have meant.
   */
  swapped?: { month: number; day: number };
}

/** A wire-story dateline: where the story was filed, when, and for which agency. */
export interface Dateline {
  text: string;
  index: number;
  /** Month and day named by the dateline, when it names one ("HONG KONG —" does not). */
  day?: DayReading;
  /** Canonical outlet of the agency credited in it ("(Xinhua)", "新华社"). */
  outlet?: string;
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Formats a day as ISO `YYYY-MM-DD`, or undefined when the combination does not exist. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Formats month and day without a year, in the ISO 8601 reduced form `--MM-DD`. */
export function monthDay(month: number, day: number): string {
  return `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * What a text naming a month and a day must contain: a month's name, digits with a date's
 * separator, or a Chinese month. Lines with figures but no date ("37 agreements") are not
 * parsed: most lines of an article are like that, and the parser costs more than the rest of
 * reading a line.
 */
const MAY_NAME_A_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,4}\s*[-/.]\s*\d{1,2}|月/iu;

/**
 * All days named in `text` whose month and day are explicit, in order. The Chinese parser runs
 * in addition to the English one when the text has "月", because Chinese pages mix "2025-12-02"
 * with "12月3日"; text with neither a month's name, a numeric date nor a Chinese month is not
 * parsed at all, which keeps the many lines that name no date cheap.
 */
export function readDays(text: string): DayReading[] {
  if (!MAY_NAME_A_DAY.test(text)) return [];
  if (text.length > SHORT_DATE_TEXT) return parseDays(text);
  let days = daysOfShortText.get(text);
  if (!days) {
    days = parseDays(text);
    if (daysOfShortText.size >= SHORT_TEXTS_KEPT) daysOfShortText.clear();
    daysOfShortText.set(text, days);
  }
  // Copies, so that a caller that moves a reading cannot change what the next one is given.
  return days.map((day) => ({ ...day }));
}

/**
 * The days of short texts already read: a dateline's date ("Oct. 20", "12月3日") recurs in
 * article after article, and the parser costs far more than a lookup. The text is the key
 * (the parser's reference day is fixed), so a reading is the same whenever it is made.
 */
const daysOfShortText = new Map<string, DayReading[]>();
const SHORT_DATE_TEXT = 40;
const SHORT_TEXTS_KEPT = 10_000;

function parseDays(text: string): DayReading[] {
  const results = [...chrono.strict.parse(text, REFERENCE)];
  if (text.includes('月')) results.push(...chrono.zh.strict.parse(text, REFERENCE));
  const days: DayReading[] = [];
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('month') || !start.isCertain('day')) continue;
    const month = start.get('month');
    const day = start.get('day');
    if (month === null || day === null) continue;
    const year = start.isCertain('year') ? (start.get('year') ?? undefined) : undefined;
    if (days.some((known) => known.index === result.index)) continue;
    const reading: DayReading = { year, month, day, text: result.text.trim(), index: result.index };
    const numeric = /^\d{1,2}[/.]\d{1,2}[/.]\d{4}\b/.test(reading.text);
    if (numeric && month <= 12 && day <= 12 && month !== day) reading.swapped = { month: day, day: month };
    days.push(reading);
  }
  return days.sort((a, b) => a.index - b.index);
}

/** The first day in `text` with a year, month and day all explicit. */
export function readFullDay(text: string): DayReading | undefined {
  if (!/\d{4}|[〇零一二三四五六七八九]{4}年/u.test(text)) return undefined;
  return readDays(text).find((day) => day.year !== undefined);
}

const TIME = /\b\d{1,2}:\d{2}(:\d{2})?\b/g;

/**
 * A short line that states a full date plus at most a few words (a source name, a section):
 * "2025-04-15", " date 2021-12-04 Politics", "Xinhua | April 24, 2024". Such a line dates the
 * article next to it. Returns undefined for prose that merely contains a date.
 */
export function readDateLine(line: string): DayReading | undefined {
  if (line.length > 100) return undefined;
  const day = readFullDay(line);
  if (!day) return undefined;
  const rest = (line.slice(0, day.index) + ' ' + line.slice(day.index + day.text.length)).replace(TIME, ' ');
  const words = rest.match(/[A-Za-z][A-Za-z'’.&-]*/g)?.length ?? 0;
  const hanzi = countHan(rest);
  return words + Math.ceil(hanzi / 3) <= 6 ? day : undefined;
}

// The date month first ("Jan. 18") or day first ("18 Jan"), as British and Myanmar papers print it.
// A dateline ends in a dash, an en or em dash, a colon ("NEW DELHI, June 5:") or a full stop
// ("Ulaanbaatar, September 4 (MONTSAME). President ...") or both, as EFE prints it ("HANOI (EFE).-");
// a city alone only in a dash, since a
// capitalised word before a colon or a full stop is as often a label ("UPDATE:"). The city's
// country or state may follow it in title case ("YANGON, Myanmar (CNN) --", "HANOI, Vietnam, May
// 23 (AP) —"), before a date or an agency only, which a dateline of that shape always has. A date
// and an agency the product knows need no mark after them ("New Delhi, Sep 4 (PTI) Prime
// Minister ..."), as the Indian agencies print them: `end` is then empty, and the caller checks
// the agency.
const EN_DATELINE =
  /^(?<city>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})(?:\s*,\s*(?<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s*(?:[,(]|--|—|–)))?(?:\s*,\s*(?<date>(?:[A-Z][a-z]{2,8}|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6})\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?(?:\s*,\s*\d{4})?\s*(?:\((?<agency>[^)\n]{2,30})\))?\s*(?<end>\.?(?:--|—|–|-)|:|\.(?=\s)|(?<=\))(?=\s+[A-Z]))/u;
/** "Vientiane, Nov 14 (KPL) –": a dateline whose city is not in capitals, taken only with a date and an agency. */
const EN_TITLED_DATELINE =
  /^(?!By\s)(?<city>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\s*,\s*(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:\s*,\s*\d{4})?\s*\((?<agency>[^)\n]{2,30})\)\s*(?<end>\.?(?:--|—|–|-)|:|\.(?=\s)|(?<=\))(?=\s+[A-Z]))/u;
/** "万象，3月8日（巴特寮通讯社）——": city, day and agency in brackets, before the text. */
const ZH_BRACKETED_DATELINE = new RegExp(
  String.raw`^(?<city>[${HAN}]{2,6})\s*[，,]\s*(?<date>(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)\s*[（(](?<agency>[^）)\n]{2,12})[）)]\s*(?:——|—|–|--|-)?`,
  'u',
);
const ZH_DATELINE = new RegExp(
  String.raw`(?<agency>[${HAN}]{2,4}社|[${HAN}]{2,3}网|本报)?[${HAN}]{0,10}?(?<date>(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)(?:电|電|讯|訊)`,
  'u',
);

/**
 * Whether a dateline with no dash, colon or stop after it is one: only with a date and an agency
 * the product knows ("Bandar Seri Begawan, Sep 4 (PTI) Prime Minister ..."), since a city, a date
 * and a bracket before a capital are otherwise as often a sentence's own words.
 */
function unmarkedDateline(groups: Record<string, string | undefined>): boolean {
  return Boolean(groups.date && groups.agency && outletByName(groups.agency));
}

/**
 * The dateline opening a paragraph: "BEIJING, Sept. 1 (Xinhua) --", "BEIJING (AP) —",
 * "HANOI, March 5 (VNA) –", "MANILA, Philippines –" (a city and its country), "TOKYO, SEPT 1:" (the month in capitals, as some Indian papers print it), or the Chinese "新华社万象12月3日电" within the first sentences.
 * The city must be in capitals, as datelines print it, so that an ordinary sentence starting
 * with "On Oct. 20 -" is not taken for one — unless a date and an agency follow it, as KPL
 * prints them ("Vientiane, Nov 14 (KPL) –", "万象，3月8日（巴特寮通讯社）——").
 */
export function findDateline(paragraph: string): Dateline | undefined {
  const en = EN_DATELINE.exec(paragraph);
  if (en?.groups && /[A-Z]{3}/.test(en.groups.city ?? '') && (en.groups.end || unmarkedDateline(en.groups))) {
    const dateText = en.groups.date;
    const day = dateText ? readDays(dateText)[0] : undefined;
    const agency = en.groups.agency;
    const outlet = agency ? (outletByName(agency) ?? creditedOutlet(`(${agency})`)) : undefined;
    // A city alone before a dash, or a city and its country or state ("MANILA, Philippines –")
    // when a sentence opens after the dash: "YANGON, Myanmar — the city was quiet" is a phrase.
    const cityAlone = /^[A-Z .'’-]+\s*(—|–|--)/.test(en[0]);
    const cityAndRegion =
      /^[A-Z .'’-]+,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*(—|–|--)$/.test(en[0]) &&
      /^\s+\p{Lu}/u.test(paragraph.slice(en[0].length));
    if (dateText || agency || cityAlone || cityAndRegion) {
      return {
        text: en[0],
        index: 0,
        day: day ? { ...day, index: en[0].indexOf(dateText ?? '') + day.index } : undefined,
        outlet,
      };
    }
  }
  const titled = EN_TITLED_DATELINE.exec(paragraph) ?? ZH_BRACKETED_DATELINE.exec(paragraph);
  const agency = titled?.groups?.agency;
  // The agency in capitals, an outlet the product knows, or a one-word name ("(Bernama) –"): a
  // date and a bracketed agency before the dash are a dateline's shape, whatever the agency.
  if (
    titled?.groups?.date &&
    agency &&
    (/[A-Z]{2}|[社网報报台]$/u.test(agency) || outletByName(agency) || /^[A-Z][a-z]{2,20}$/.test(agency)) &&
    (titled.groups.end !== '' || unmarkedDateline(titled.groups))
  ) {
    const day = readDays(titled.groups.date)[0];
    return {
      text: titled[0],
      index: 0,
      day: day ? { ...day, index: titled[0].indexOf(titled.groups.date) + day.index } : undefined,
      outlet: outletByName(agency) ?? creditedOutlet(`(${agency})`),
    };
  }
  const head = paragraph.slice(0, 240);
  // The pattern needs a 月: most paragraphs have none, and are not searched at every offset.
  const zh = head.includes('月') ? ZH_DATELINE.exec(head) : null;
  if (zh?.groups?.date) {
    const day = readDays(zh.groups.date)[0];
    const outlet = creditedOutlet(zh[0]) ?? (zh.groups.agency ? outletByName(zh.groups.agency) : undefined);
    return {
      text: zh[0],
      index: zh.index,
      day: day ? { ...day, index: zh.index + zh[0].indexOf(zh.groups.date) } : undefined,
      outlet,
    };
  }
  return undefined;
}

/**
 * The day a lead sentence opens with: "On the morning of October 20, 2023, ...", "At noon on
 * April 14, 2025 local time", "2023年10月20日上午". Only a date near the start counts, since a
 * date later in the sentence is usually something else ("will visit from Nov 29 to Dec 1").
 */
export function findLeadDay(sentence: string): DayReading | undefined {
  const head = sentence.slice(0, 120);
  const first = readDays(head)[0];
  if (!first) return undefined;
  const limit = hasHan(head.slice(0, first.index + 1)) ? 16 : 40;
  return first.index <= limit ? first : undefined;
}

/**
 * Completes a month and day with the year that puts it closest to a known date, which handles
 * a December dateline under a January page date. Returns undefined when nothing anchors the year:
 * an unknown date is better than a wrong one.
 */
export function completeYear(month: number, day: number, anchors: readonly string[]): string | undefined {
  const anchor = anchors[0];
  if (!anchor) return undefined;
  const [year] = anchor.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return undefined;
  const anchorTime = Date.parse(`${anchor}T00:00:00Z`);
  let best: { iso: string; distance: number } | undefined;
  for (const candidate of [year - 1, year, year + 1]) {
    const iso = isoDay(candidate, month, day);
    if (!iso) continue;
    // The day's time from its numbers where they are those of its ISO form (a four-digit year):
    // parsing the form again cost more than the rest of completing the year.
    const time =
      candidate >= 1000 && candidate <= 9999 ? Date.UTC(candidate, month - 1, day) : Date.parse(`${iso}T00:00:00Z`);
    const distance = Math.abs(time - anchorTime);
    if (!best || distance < best.distance) best = { iso, distance };
  }
  return best?.iso;
}

/** Whole days between two ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** Normalises a date given as metadata ("2019-04-25T08:00:00Z", "April 25, 2019") to ISO. */
export function normaliseDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const day = readFullDay(value);
  return day?.year !== undefined ? isoDay(day.year, day.month, day.day) : undefined;
}

/**
 * Settles an all-digit date that reads both ways ("06/03/2024": 6 March or 3 June) with the days
 * an article names in its opening ("on March 5"): the reading within a day of one of them wins.
 * Without such evidence the date stays unknown, because either guess would be wrong half the time.
 */
export function settleSwapped(
  reading: DayReading,
  evidence: readonly { month: number; day: number }[],
): DayReading | undefined {
  const swapped = reading.swapped;
  if (!swapped) return reading;
  const near = (month: number, day: number) =>
    evidence.some(
      (seen) => daysBetween(`2000-${pad(month)}-${pad(day)}`, `2000-${pad(seen.month)}-${pad(seen.day)}`) <= 1,
    );
  const asRead = near(reading.month, reading.day);
  const asSwapped = near(swapped.month, swapped.day);
  if (asRead === asSwapped) return undefined;
  return asRead
    ? { ...reading, swapped: undefined }
    : { ...reading, month: swapped.month, day: swapped.day, swapped: undefined };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
