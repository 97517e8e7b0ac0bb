import * as chrono from 'chrono-node';
import { parse as parseYaml } from 'yaml';
import { frontMatter } from './text/markdown.js';

/** Where a document's date came from, most trusted first. */
export type DocumentDateSource = 'front-matter' | 'dateline' | 'configured' | 'today';

/** The date at which titles in a document are judged. */
export interface DocumentDate {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  source: DocumentDateSource;
  /** Offsets of the text the date was read from, when read from the document. */
  start?: number;
  end?: number;
}

export interface DocumentDateOptions {
  /** `--date` or the `attache.documentDate` setting (ISO). */
  configured?: string;
  /** Today's date (ISO); passed in so that the core never reads the clock. */
  today: string;
  /**
   * The document's prose (`proseOf`: the same text with code, comments and the like blanked),
   * where the opening's dateline is looked for; the text itself by default. The front matter
   * is always read from the text.
   */
  prose?: string;
}

/** How much of the text after the front matter counts as the opening. */
const OPENING_LENGTH = 800;

/**
 * The document's date: front matter `date:` in Markdown, else the first dated dateline or
 * explicit date in the opening paragraphs (a dateline without a year takes the year of the
 * configured date or today), else the configured date, else today.
 */
export function documentDate(text: string, options: DocumentDateOptions): DocumentDate {
  const header = frontMatter(text);
  if (header) {
    const date = frontMatterDate(header.yaml);
    if (date) {
      const start = text.slice(0, header.end).search(/^date\s*:/m);
      return { date, source: 'front-matter', start, end: text.indexOf('\n', start) };
    }
  }
  const bodyStart = header?.end ?? 0;
  const fromOpening = openingDate(options.prose ?? text, bodyStart, options.configured ?? options.today);
  if (fromOpening) return fromOpening;
  if (options.configured && isIsoDate(options.configured)) return { date: options.configured, source: 'configured' };
  return { date: options.today, source: 'today' };
}

/** The last front matter read and its date: an edit of the body leaves the front matter as it was. */
let lastFrontMatter: { yaml: string; date: string | undefined } | undefined;

function frontMatterDate(yamlText: string): string | undefined {
  if (lastFrontMatter?.yaml !== yamlText) lastFrontMatter = { yaml: yamlText, date: readFrontMatterDate(yamlText) };
  return lastFrontMatter.date;
}

function readFrontMatterDate(yamlText: string): string | undefined {
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch {
    return undefined;
  }
  const value = (data as { date?: unknown } | null)?.date;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    const iso = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
    if (iso && isIsoDate(iso[0])) return iso[0];
    // Only a reading with its year and day certain is used, so the reference date changes nothing: a fixed one, never the clock.
    const parsed = chrono.strict.parse(value, new Date(Date.UTC(2000, 0, 1, 12)))[0];
    if (parsed && parsed.start.isCertain('year') && parsed.start.isCertain('day')) return isoOf(parsed.start);
  }
  return undefined;
}

function openingDate(text: string, from: number, reference: string): DocumentDate | undefined {
  const opening = text.slice(from, from + OPENING_LENGTH);
  const referenceDate = new Date(`${reference}T12:00:00Z`);
  const results = [
    ...chrono.strict.parse(opening, referenceDate),
    ...chrono.zh.hans.parse(opening, referenceDate),
  ].sort((a, b) => a.index - b.index);
  // A bare weekday or time is not a date; a full date beats a dateline without a year.
  const dated = results.filter(
    (r) => r.start.isCertain('month') && r.start.isCertain('day') && isIsoDate(isoOf(r.start)),
  );
  const best = dated.find((r) => r.start.isCertain('year')) ?? dated[0];
  if (!best) return undefined;
  let date = isoOf(best.start);
  // "Oct. 20" read in November is last month's, not next year's: a dateline is not in the future.
  if (!best.start.isCertain('year') && date > reference) date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  return { date, source: 'dateline', start: from + best.index, end: from + best.index + best.text.trimEnd().length };
}

function isoOf(components: chrono.ParsedComponents): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${components.get('year')}-${pad(components.get('month') ?? 1)}-${pad(components.get('day') ?? 1)}`;
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
