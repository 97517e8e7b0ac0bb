/**
 * Reading JSON Lines exports, one article per line, as produced by scrapers and news APIs. A bad
 * line must not cost the rest of the file, so each failure becomes a problem with its line number.
 */
import { normaliseDate } from './dates.js';
import { outletByName } from './outlets.js';
import type { CorpusProblem, Language, SourceFile, SourceHints } from './types.js';

const TEXT_FIELDS = ['text', 'content', 'body'] as const;
const OUTLET_FIELDS = ['outlet', 'source'] as const;

/**
 * Turns each well-formed line into a one-article source whose text is the record's body (passage
 * offsets then refer to that decoded body, not to the raw JSON line) and whose title, date, URL,
 * outlet and language come from the record's fields.
 */
export function parseJsonl(path: string, text: string): { files: SourceFile[]; problems: CorpusProblem[] } {
  const files: SourceFile[] = [];
  const problems: CorpusProblem[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      problems.push({ path, line, message: `malformed JSON: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      problems.push({ path, line, message: 'line is not a JSON object' });
      return;
    }
    const fields = record as Record<string, unknown>;
    const body = TEXT_FIELDS.map((key) => fields[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
    if (body === undefined) {
      problems.push({ path, line, message: 'record has no text, content or body field' });
      return;
    }
    const hints: SourceHints = { single: true, line, index };
    const title = stringField(fields, 'title');
    if (title) hints.title = title;
    const dateValue = stringField(fields, 'date');
    const date = dateValue ? normaliseDate(dateValue) : undefined;
    if (date) hints.date = date;
    const url = stringField(fields, 'url');
    if (url) hints.url = url;
    const outlet = OUTLET_FIELDS.map((key) => stringField(fields, key)).find(Boolean);
    if (outlet) hints.outlet = outletByName(outlet) ?? outlet;
    const language = languageField(stringField(fields, 'language') ?? stringField(fields, 'lang'));
    if (language) hints.language = language;
    files.push({ path, text: body, hints });
  });
  return { files, problems };
}

function stringField(fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function languageField(value: string | undefined): Language | undefined {
  if (!value) return undefined;
  if (/^zh/i.test(value)) return 'zh';
  if (/^en/i.test(value)) return 'en';
  return undefined;
}
