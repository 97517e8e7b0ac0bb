/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Which parts of a date a text wrote, and in which order. */
export interface DateShape {
  day: boolean;
  year: boolean;
  /** "3 December 2021" rather than "December 3, 2021". */
  dayFirst: boolean;
}

/** The shape of a written date ("December 4, 2021", "4 December", "December 2022"). */
export function shapeOf(written: string, hasDay: boolean, hasYear: boolean): DateShape {
  return { day: hasDay, year: hasYear, dayFirst: /^\d/.test(written) };
}

/**
 * Writes an ISO date in the shape the text used, so that a fix changes the date and nothing
 * of the writer's style.
 */
export function writeDateLike(iso: string, shape: DateShape): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const name = MONTHS[month - 1]!;
  if (!shape.day) return shape.year ? `${name} ${year}` : name;
  if (shape.dayFirst) return shape.year ? `${day} ${name} ${year}` : `${day} ${name}`;
  return shape.year ? `${name} ${day}, ${year}` : `${name} ${day}`;
}
