/**
 * Reading JSON Lines exports, one article per line, as produced by scrapers and news APIs. A bad
 * line must not cost the rest of the file, so each failure becomes a problem with its line number.
 */
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { normaliseDate } from '../core/text/dates.js';
import { OffsetMap, type OffsetMapBuilder } from './offsetMap.js';
import { outletByName } from '../core/outlets.js';
import type { CorpusProblem, DecodedFile, DecodedPiece, Language, SourceHints } from './types.js';

const TEXT_FIELDS = ['text', 'content', 'body'] as const;
const OUTLET_FIELDS = ['outlet', 'source'] as const;

/** What separates two records' bodies in the decoded text: a paragraph break, so no passage spans two records. */
const RECORD_SEPARATOR = '\n\n';

/**
 * Decodes a JSON Lines file: its readable text is the bodies of its well-formed records one after
 * another, each a piece of its own (one article, never split) whose title, date, URL, outlet and
 * language come from the record's fields. Every unit of that text is mapped back to the
 * characters of the file it was decoded from (`\n`, `\u00e9` and `\"` are one unit each), so a
 * passage opens at its place in the record's line.
 */
export function decodeJsonl(path: string, text: string): DecodedFile {
  const pieces: DecodedPiece[] = [];
  const problems: CorpusProblem[] = [];
  /** What the map is made of, when it is first needed: each body's line and field, in order. */
  const bodies: { raw: string; lineStart: number; field: string; length: number }[] = [];
  let decoded = '';
  forEachLine(text, (raw, lineStart, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      problems.push({
        path,
        line,
        message: `malformed JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
      return;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      problems.push({ path, line, message: 'line is not a JSON object' });
      return;
    }
    const fields = record as Record<string, unknown>;
    const bodyField = bodyFieldOf(fields);
    if (bodyField === undefined) {
      problems.push({ path, line, message: 'record has no text, content or body field' });
      return;
    }
    const body = fields[bodyField] as string;
    if (decoded !== '') decoded += RECORD_SEPARATOR;
    const offset = decoded.length;
    bodies.push({ raw, lineStart, field: bodyField, length: body.length });
    decoded += body;
    pieces.push({
      offset,
      source: { path, text: body, hints: hintsOf(fields, line, index) },
      line: { start: lineStart, end: lineStart + raw.length },
    });
  });
  const map = OffsetMap.deferred((builder) => {
    bodies.forEach((body, b) => {
      if (b > 0) for (let k = 0; k < RECORD_SEPARATOR.length; k++) builder.pushInserted();
      mapStringValue(body.raw, body.lineStart, body.field, body.length, builder);
    });
  });
  return { path, text: decoded, pieces, problems, map };
}

/** The field holding a record's body: the first of `text`, `content`, `body` that holds some text. */
function bodyFieldOf(fields: Record<string, unknown>): (typeof TEXT_FIELDS)[number] | undefined {
  return TEXT_FIELDS.find((key) => typeof fields[key] === 'string' && fields[key].trim() !== '');
}

/** One JSON Lines record read alone: its body and the field holding it. */
export interface RecordBody {
  body: string;
  field: string;
}

/**
 * The body of one JSON Lines record read alone (its line's text), as `decodeJsonl` reads it in
 * the whole file; undefined when the line is not such a record.
 */
export function recordBody(line: string): RecordBody | undefined {
  try {
    const record = JSON.parse(line) as unknown;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
    const field = bodyFieldOf(record as Record<string, unknown>);
    return field === undefined ? undefined : { body: (record as Record<string, unknown>)[field] as string, field };
  } catch {
    return undefined;
  }
}

/**
 * Where a range of a record's body (offsets in the body) is in its line: the same characters
 * the whole file's offset map gives, less the line's start.
 */
export function rangeInRecordLine(
  line: string,
  record: RecordBody,
  start: number,
  end: number,
): { start: number; end: number } {
  const builder = OffsetMap.builder();
  mapStringValue(line, 0, record.field, record.body.length, builder);
  return builder.build().rawRange(start, end);
}

/** Calls `onLine` with each line's text, its offset in the file and its 0-based index. */
function forEachLine(text: string, onLine: (raw: string, start: number, index: number) => void): void {
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  let index = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    onLine(text.slice(start, match.index), start, index++);
    start = match.index + match[0].length;
  }
  onLine(text.slice(start), start, index);
}

/**
 * Maps each unit of a top-level string field's value to its characters in the file: an escape
 * (`\n`, `\"`, `\u00e9`) is one unit, any other character is itself. Where the value cannot be
 * found (it always can in a line `JSON.parse` accepted), its units sit at the start of the line.
 */
function mapStringValue(line: string, lineStart: number, field: string, length: number, map: OffsetMapBuilder): void {
  const node = findNodeAtLocation(parseTree(line) ?? { type: 'null', offset: 0, length: 0 }, [field]);
  const first = (node?.offset ?? 0) + 1;
  const end = node ? node.offset + node.length - 1 : 0;
  const sizeAt = (i: number) => (line[i] === '\\' ? (line[i + 1] === 'u' ? 6 : 2) : 1);
  let units = 0;
  if (node?.type === 'string') for (let i = first; i < end; i += sizeAt(i)) units++;
  if (node?.type !== 'string' || units !== length) {
    for (let k = 0; k < length; k++) map.push(lineStart, lineStart);
    return;
  }
  // Unescaped stretches are copied unit for unit; each escape is one unit of its own.
  let copied = first;
  for (let i = first; i < end;) {
    const size = sizeAt(i);
    if (size > 1) {
      map.pushCopied(lineStart + copied, i - copied);
      map.push(lineStart + i, lineStart + i + size);
      copied = i + size;
    }
    i += size;
  }
  map.pushCopied(lineStart + copied, end - copied);
}

function hintsOf(fields: Record<string, unknown>, line: number, index: number): SourceHints {
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
  return hints;
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
