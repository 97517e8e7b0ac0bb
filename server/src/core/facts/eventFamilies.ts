import type { EventFormat } from './types.js';

/**
 * Formats that can describe the same encounter. Outlets disagree on the format within a
 * family (one writes "met with", another "held talks with"; 会见 and 会谈 differ in Chinese
 * protocol) and such reports are one event with a format disagreement; across families
 * (a visit and the talks held during it) they are different events.
 */
export type EventFamily = 'meeting' | 'remote' | 'visit' | 'signing' | 'letter' | 'banquet' | 'ceremony';

/**
 * The families that join two places rather than happen in one: a call, a meeting by video, a
 * letter. The city one side is in is not the event's place.
 */
export const REMOTE_FAMILIES: ReadonlySet<EventFamily> = new Set(['remote', 'letter']);

/** The family of a format. */
export function familyOf(format: EventFormat): EventFamily {
  switch (format) {
    case 'talks':
    case 'meeting':
      return 'meeting';
    case 'phone call':
    case 'virtual meeting':
      return 'remote';
    case 'state visit':
    case 'official visit':
    case 'working visit':
    case 'visit':
      return 'visit';
    case 'welcome ceremony':
      return 'ceremony';
    default:
      return format;
  }
}

/** Formats that need two sides: a meeting with one person named is a misreading. */
export function needsCounterpart(format: EventFormat): boolean {
  const family = familyOf(format);
  return family === 'meeting' || family === 'remote' || family === 'banquet' || family === 'ceremony';
}

/** "visit" only says less than "state visit"; it never contradicts a more specific format. */
export function isGenericFormat(format: EventFormat): boolean {
  return format === 'visit';
}
