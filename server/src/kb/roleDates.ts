/**
 * Role dates as precise as the knowledge is. A role's `from` or `to` is a day (`2021-03-22`),
 * a month (`2021-01`) or a year (`2016`): a Politburo elected "in January 2016" has no day to
 * write without inventing one. An imprecise bound stands for a window of days, and every
 * comparison takes the reading that cannot be wrong: a role is counted as held on any day it may
 * have been held, so a title is never judged wrong on a day inside the window.
 *
 * A role marked `startUnknown` has no known first day, only a date by which it was held: from
 * that date on it is held as any other; before it nothing is known, so the person is neither
 * counted as holding the office nor judged not to hold it (see {@link heldBeforeKnownStart}).
 */
import { MONTHS } from '../core/text/writeDate.js';

/** How precisely a role date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The precision of a role date, from its shape (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
export function precisionOf(bound: string): DatePrecision {
  return bound.length === 4 ? 'year' : bound.length === 7 ? 'month' : 'day';
}

/** The first day the bound may mean (`2021-01` → `2021-01-01`, `2016` → `2016-01-01`). */
export function earliestDay(bound: string): string {
  const precision = precisionOf(bound);
  return precision === 'year' ? `${bound}-01-01` : precision === 'month' ? `${bound}-01` : bound;
}

/** The last day the bound may mean (`2024-02` → `2024-02-29`, `2016` → `2016-12-31`). */
export function latestDay(bound: string): string {
  const precision = precisionOf(bound);
  if (precision === 'year') return `${bound}-12-31`;
  if (precision === 'day') return bound;
  const [year, month] = bound.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${bound}-${String(last).padStart(2, '0')}`;
}

/**
 * A role may have been held on `date` (ISO `YYYY-MM-DD`): on or after the first day its start
 * may mean and, unless it is open, on or before the last day its end may mean. For day-precise
 * bounds this is `from <= date <= to`, boundary days included.
 */
export function mayHoldOn(role: { from: string; to?: string }, date: string): boolean {
  return earliestDay(role.from) <= date && (role.to === undefined || date <= latestDay(role.to));
}

/**
 * Whether the role might have been held on `date` for all the knowledge base knows: its start is
 * unknown and `date` falls before the first date it is known held. No reader may count the person
 * as holding the office that day, nor flag a text that says they did.
 */
export function heldBeforeKnownStart(role: { from: string; startUnknown?: boolean }, date: string): boolean {
  return role.startUnknown === true && date < earliestDay(role.from);
}

/** A role certainly ended before `date`: its end is recorded, and even its last possible day is earlier. */
export function endedBefore(role: { to?: string }, date: string): boolean {
  return role.to !== undefined && latestDay(role.to) < date;
}

/** Orders role dates by the first day each may mean, a less precise one first on a tie ("2016" before "2016-01-22"). */
export function compareRoleDates(a: string, b: string): number {
  const byDay = earliestDay(a).localeCompare(earliestDay(b));
  return byDay !== 0 ? byDay : a.length - b.length;
}

/**
 * A role date written as precisely as it is known, for people to read: a day as ISO
 * (`2021-03-22`, as the knowledge base writes it), a month in words (`January 2021`), a year
 * alone (`2016`).
 */
export function formatRoleDate(bound: string): string {
  if (precisionOf(bound) !== 'month') return bound;
  return `${MONTHS[Number(bound.slice(5, 7)) - 1]} ${bound.slice(0, 4)}`;
}

/**
 * The start of a role for people to read: its first day (see {@link formatRoleDate}), or, when the
 * start is unknown, the date it is known held by, in words so it does not read as a start
 * ("by 11 February 2020").
 */
export function formatRoleStart(role: { from: string; startUnknown?: boolean }): string {
  if (!role.startUnknown) return formatRoleDate(role.from);
  if (precisionOf(role.from) !== 'day') return `by ${formatRoleDate(role.from)}`;
  const [year, month, day] = role.from.split('-').map(Number) as [number, number, number];
  return `by ${day} ${MONTHS[month - 1]} ${year}`;
}

/** "since 2021-03-22", or "in office by 11 February 2020" when only that is known. */
export function formatRoleSince(role: { from: string; startUnknown?: boolean }): string {
  return role.startUnknown ? `in office ${formatRoleStart(role)}` : `since ${formatRoleDate(role.from)}`;
}
