import { addDays } from './eventDates.js';

/** A run of days, ISO `YYYY-MM-DD` both ends included. */
export interface DaySpan {
  from: string;
  to: string;
}

/** The dates a report or event gives, in the shape `EventReport` and `CorpusEvent` share. */
export interface Dated {
  date?: string;
  endDate?: string;
  partialDate?: string;
}

/**
 * The days a date covers: a day, a span ("from Nov. 29 to Dec. 1"), or a whole month for a
 * plan ("next month" → `2024-07`). Undefined for a month and day without a year.
 */
export function spanOf(dated: Dated): DaySpan | undefined {
  const date = dated.date;
  if (!date) return undefined;
  if (date.length === 7) return { from: `${date}-01`, to: lastDayOfMonth(date) };
  return { from: date, to: dated.endDate && dated.endDate > date ? dated.endDate : date };
}

/** True when two spans overlap once each is widened by `slack` days: "3 December" and "4 December" touch with a slack of 1. */
export function spansTouch(a: DaySpan, b: DaySpan, slack: number): boolean {
  return addDays(a.from, -slack) <= b.to && b.from <= addDays(a.to, slack);
}

/** The smallest span covering both. */
export function widen(a: DaySpan, b: DaySpan): DaySpan {
  return { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}

/** Month and day (`--MM-DD`) of a dated thing: its `partialDate`, or the month and day of its full date. */
export function monthDayOf(dated: Dated): string | undefined {
  if (dated.partialDate) return dated.partialDate;
  return dated.date && dated.date.length === 10 ? `--${dated.date.slice(5)}` : undefined;
}

function lastDayOfMonth(month: string): string {
  let last = lastDays.get(month);
  if (last === undefined) {
    const date = new Date(`${month}-01T00:00:00Z`);
    date.setUTCMonth(date.getUTCMonth() + 1);
    date.setUTCDate(0);
    last = date.toISOString().slice(0, 10);
    lastDays.set(month, last);
  }
  return last;
}

/**
 * Month → its last day, as computed: grouping the corpus's reports asks the span of each plan
 * for "next month" many times, and few months occur.
 */
const lastDays = new Map<string, string>();

/**
 * A sort key that puts full dates first (in order), then month-days without a year, then
 * undated things. Compare keys with {@link compareKeys}, not `localeCompare`: collation sorts
 * "~" before digits.
 */
export function dayKey(dated: Dated): string {
  return dated.date ?? `~${dated.partialDate ?? '~'}`;
}

/** Plain code-unit order, for sort keys. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
