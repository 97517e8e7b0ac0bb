/**
 * Dating an article from its page date line, its dateline and its lead. A page date is explicit
 * and complete, so it wins for `date`; the dateline or lead gives `eventDate`. A year is never
 * invented: a dateline without one takes it from the page date, from the date the file's name
 * begins with, or from dates in the text that agree on one year, and otherwise only month and
 * day are kept (`partialDate`). A page that prints no date at all is dated by the file's name
 * when the name begins with one ("2018-05-10-udn-li-keqiang-tokyo.txt"), the last resort.
 */
import {
  completeYear,
  findLeadDay,
  isoDay,
  monthDay,
  readDays,
  settleSwapped,
  type DayReading,
} from '../core/text/dates.js';
import type { Draft } from './drafts.js';
import { datelineOfLine } from './lineKinds.js';

/** The date fields of an article; see `Article.date`, `eventDate` and `partialDate`. */
export interface Dating {
  date?: string;
  dateText?: string;
  eventDate?: string;
  partialDate?: string;
}

/**
 * Dates an article. `hintDate` is a publication date from metadata (HTML meta tag, JSONL field)
 * and outranks a date line found in the text; `fileNameDate` (see {@link dateInFileName}) is
 * taken only where the text names no day of its own.
 */
export function dateArticle(draft: Draft, hintDate: string | undefined, fileNameDate?: string): Dating {
  const metaLine = [...draft.leadMeta, ...draft.trailingMeta].find((line) => line.facts?.day?.year !== undefined);
  const event = eventReading(draft);
  const metaDay = metaLine?.facts?.day ? settleSwapped(metaLine.facts.day, openingDays(draft, event)) : undefined;
  const pageDate =
    hintDate ?? (metaDay?.year !== undefined ? isoDay(metaDay.year, metaDay.month, metaDay.day) : undefined);
  let eventDate: string | undefined;
  let partialDate: string | undefined;
  if (event) {
    if (event.year !== undefined) eventDate = isoDay(event.year, event.month, event.day);
    else {
      const anchor = pageDate ?? fileNameDate ?? bodyYearAnchor(draft)[0];
      eventDate = completeYear(event.month, event.day, anchor ? [anchor] : []);
    }
    if (!eventDate) partialDate = monthDay(event.month, event.day);
  }
  const result: Dating = {};
  const caption = !pageDate && !event ? captionDay(draft) : undefined;
  if (pageDate) {
    result.date = pageDate;
    result.dateText = hintDate ?? metaLine?.content;
  } else if (eventDate && event) {
    result.date = eventDate;
    result.dateText = event.text;
  } else if (partialDate && event) {
    result.dateText = event.text;
  } else if (caption) {
    result.date = caption.date;
    result.dateText = caption.text;
  } else if (fileNameDate) {
    result.date = fileNameDate;
    result.dateText = fileNameDate;
  }
  if (eventDate) result.eventDate = eventDate;
  if (partialDate) result.partialDate = partialDate;
  return result;
}

/** A year, a month and a day at the start of a file's name, followed by no other digit. */
const FILE_NAME_DAY = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/**
 * The day a file's name begins with, in ISO form ("2018-05-10-udn-li-keqiang-tokyo.txt" →
 * 2018-05-10), or undefined when the name begins with none or with no real day. Desks save
 * their scrapes named so; the name is the file's own word on its date, taken after the text's.
 */
export function dateInFileName(path: string): string | undefined {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const found = FILE_NAME_DAY.exec(name);
  return found ? isoDay(Number(found[1]), Number(found[2]), Number(found[3])) : undefined;
}

/** At least this many photo captions must name the day, and none other, for it to date the article. */
const CAPTION_AGREEMENT = 2;
const FILE_PHOTO = /\bfile\s+photo\b|\bfile\)/i;

/**
 * The day an article's photo captions agree on, for a page that prints no date: a wire gallery
 * captions every picture "... at the Great Hall of the People, Friday, April 26, 2024, in
 * Beijing". Only a day named by two captions or more, with no caption naming another and none a
 * file photo ("FILE PHOTO: ... May 31, 2023"), counts: a gallery of old pictures dates nothing.
 */
function captionDay(draft: Draft): { date: string; text: string } | undefined {
  const captions = draft.inner.filter((line) => line.reason === 'caption' || line.reason === 'repeated');
  if (captions.length < CAPTION_AGREEMENT || captions.some((line) => FILE_PHOTO.test(line.content))) return undefined;
  const counts = new Map<string, { n: number; text: string }>();
  for (const line of captions) {
    if (!/\d{4}/.test(line.content)) continue;
    const seen = new Set<string>();
    for (const day of readDays(line.content)) {
      const iso = day.year !== undefined ? isoDay(day.year, day.month, day.day) : undefined;
      if (!iso || seen.has(iso)) continue;
      seen.add(iso);
      const count = counts.get(iso) ?? { n: 0, text: day.text };
      count.n++;
      counts.set(iso, count);
    }
  }
  const [only] = counts;
  if (counts.size !== 1 || !only) return undefined;
  const [date, { n, text }] = only;
  return n >= CAPTION_AGREEMENT ? { date, text } : undefined;
}

/** Month-days named in the article's opening, used to settle an ambiguous all-digit page date. */
function openingDays(draft: Draft, event: DayReading | undefined): DayReading[] {
  const opening = draft.prose[0]?.content.slice(0, 400) ?? '';
  return [...(event ? [event] : []), ...readDays(opening)];
}

/** A space after a sentence's end mark. */
const SENTENCE_END_SPACE = /(?<=[.!?。！？])\s/u;

/** The day named by the first dateline in the opening paragraphs, or by the lead sentence. */
function eventReading(draft: Draft): DayReading | undefined {
  for (const line of draft.prose.slice(0, 3)) {
    const dateline = datelineOfLine(line);
    if (dateline?.day) return { ...dateline.day, text: dateline.text.trim() };
    if (dateline) break;
  }
  const first = draft.prose[0];
  if (!first) return undefined;
  const dateline = datelineOfLine(first);
  const lead = dateline && dateline.index === 0 ? first.content.slice(dateline.text.length) : first.content;
  // The lead up to the first space after a sentence's end, found by one search, not by splitting it all.
  const end = SENTENCE_END_SPACE.exec(lead);
  const sentence = end ? lead.slice(0, end.index) : lead;
  return findLeadDay(sentence);
}

/**
 * A year anchor from the text itself: the first full date, if every full date shares its year.
 * Only the surroundings of four-digit years are parsed, which keeps long articles cheap.
 */
function bodyYearAnchor(draft: Draft): string[] {
  const full: DayReading[] = [];
  for (const line of draft.prose) {
    for (const match of line.content.matchAll(/(?:19|20)\d\d/g)) {
      const from = Math.max(0, match.index - 30);
      full.push(...readDays(line.content.slice(from, match.index + 12)).filter((day) => day.year !== undefined));
    }
  }
  const firstDay = full[0];
  if (!firstDay || full.some((day) => day.year !== firstDay.year)) return [];
  const iso = isoDay(firstDay.year as number, firstDay.month, firstDay.day);
  return iso ? [iso] : [];
}
