import type { DateBasis } from './types.js';

/** How a date was found, in a word or two, for the card, the dossier and `attache facts`. */
export const DATE_BASIS_LABELS: Readonly<Record<DateBasis, string>> = {
  explicit: 'stated',
  relative: 'relative',
  dateline: 'dateline',
  'other-report': 'other report',
  published: 'published',
};

/** The dates of an event or report as printed. */
export interface DatedLike {
  date?: string;
  endDate?: string;
  partialDate?: string;
  dateBasis?: DateBasis;
}

/**
 * An event's date as a reader should take it: the day or span, "by" a day known only as the
 * publication date (the event was on or before it), a month and day without a year, or
 * "undated"; then how it was found ("2023-10-20 (relative)", "by 2025-09-05 (published)").
 */
export function describeDate(dated: DatedLike, separator = ' – '): string {
  const day = dated.date
    ? dated.endDate
      ? `${dated.date}${separator}${dated.endDate}`
      : dated.date
    : dated.partialDate;
  if (!day) return 'undated';
  const when = dated.dateBasis === 'published' ? `by ${day}` : day;
  return dated.dateBasis ? `${when} (${DATE_BASIS_LABELS[dated.dateBasis]})` : when;
}
