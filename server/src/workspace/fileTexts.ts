import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { LineIndex, type Range } from '../core/text/lineIndex.js';
import { decodeCorpusFile, rawRange } from '../corpus/decodedFile.js';
import { rangeInRecordLine, recordBody, type RecordBody } from '../corpus/jsonl.js';
import type { RecordSpans } from '../corpus/recordSpans.js';
import type { DecodedFile } from '../corpus/types.js';

/** How many corpus files are kept in memory at once. */
const CAPACITY = 32;
/** How many JSON Lines records, each read from its line alone, are kept (a few MB). */
const RECORD_CAPACITY = 4096;

/** A JSON Lines record read from its line alone. */
interface RecordLine extends RecordBody {
  line: string;
}

interface FileText {
  decoded: DecodedFile;
  /** The line table of the file's own text, built when a location is first asked for. */
  lines?: LineIndex;
  raw: string;
}

/**
 * Corpus files' text, read when a passage is shown and kept for the few files in use (least
 * recently used goes first), so memory does not grow with the corpus. The one way offsets of
 * the corpus index are read back: `text` gives what an article says between two offsets,
 * `location` where those offsets are in the file itself (a JSON Lines record's line, the
 * markup of an HTML page). Both decode the file as ingestion did (`decodeCorpusFile`).
 */
export class FileTexts {
  private readonly texts = new Map<string, FileText | undefined>();
  /** JSON Lines records read alone, by path and the record's first byte. */
  private readonly records = new Map<string, RecordLine>();

  /**
   * `readText` reads a whole file; `readBytes`, when given, the text of a range of a file's bytes
   * (after a byte-order mark), so that one record of a JSON Lines file can be read alone.
   */
  constructor(
    private readonly readText: (path: string) => string | undefined = readUtf8,
    private readonly readBytes?: (path: string, start: number, end: number) => string | undefined,
  ) {}

  /** The readable text of a corpus file between two offsets, or undefined when the file cannot be read. */
  text(path: string, start: number, end: number): string | undefined {
    return this.read(path)?.decoded.text.slice(start, end);
  }

  /**
   * The same as `text` for a range inside one record of a JSON Lines file whose records' places
   * are known (`spans`, from the store): read from that record's line alone — a few hundred
   * bytes instead of the whole file — unless the file is in memory already. When the line does
   * not read back as a record of the length indexed (the file changed since), the whole file
   * is read, as `text` would.
   */
  recordText(path: string, spans: RecordSpans, record: number, start: number, end: number): string | undefined {
    const read = this.texts.has(path) ? undefined : this.recordLine(path, spans, record);
    if (!read) return this.text(path, start, end);
    return read.body.slice(start - spans.textStart[record]!, end - spans.textStart[record]!);
  }

  /** The same as `location` for a range inside one record of a JSON Lines file: see `recordText`. */
  recordLocation(path: string, spans: RecordSpans, record: number, start: number, end: number): Range | undefined {
    const read = this.texts.has(path) ? undefined : this.recordLine(path, spans, record);
    if (!read) return this.location(path, start, end);
    const inLine = rangeInRecordLine(read.line, read, start - spans.textStart[record]!, end - spans.textStart[record]!);
    const line = spans.line[record]!;
    return { start: { line, character: inLine.start }, end: { line, character: inLine.end } };
  }

  /** A record read from its line alone, or undefined when it cannot be (no way to read bytes, or the file changed). */
  private recordLine(path: string, spans: RecordSpans, record: number): RecordLine | undefined {
    if (!this.readBytes) return undefined;
    const key = `${path}\u0000${spans.byteStart[record]}`;
    let read = this.records.get(key);
    if (read === undefined) {
      const line = this.readBytes(path, spans.byteStart[record]!, spans.byteEnd[record]!);
      const body = line === undefined ? undefined : recordBody(line);
      if (
        line === undefined ||
        body === undefined ||
        body.body.length !== spans.textEnd[record]! - spans.textStart[record]!
      )
        return undefined;
      read = { ...body, line };
      if (this.records.size >= RECORD_CAPACITY) this.records.delete(this.records.keys().next().value!);
    } else this.records.delete(key);
    this.records.set(key, read);
    return read;
  }

  /** Where a range of a corpus file's readable text is in the file, as LSP line/character positions. */
  location(path: string, start: number, end: number): Range | undefined {
    const file = this.read(path);
    if (!file) return undefined;
    const raw = rawRange(file.decoded, start, end);
    file.lines ??= new LineIndex(file.raw);
    return file.lines.rangeOf(raw.start, raw.end);
  }

  /** Forgets files that changed on disk. */
  forget(paths?: Iterable<string>): void {
    if (!paths) {
      this.texts.clear();
      this.records.clear();
      return;
    }
    const forgotten = new Set(paths);
    for (const path of forgotten) this.texts.delete(path);
    for (const key of this.records.keys())
      if (forgotten.has(key.slice(0, key.indexOf('\u0000')))) this.records.delete(key);
  }

  private read(path: string): FileText | undefined {
    if (this.texts.has(path)) {
      const text = this.texts.get(path);
      this.texts.delete(path);
      this.texts.set(path, text);
      return text;
    }
    const raw = this.readText(path);
    const text = raw === undefined ? undefined : { raw, decoded: decodeCorpusFile({ path, text: raw }) };
    this.texts.set(path, text);
    if (this.texts.size > CAPACITY) this.texts.delete(this.texts.keys().next().value!);
    return text;
  }
}

/**
 * A file's text as the corpus reader decodes it (a leading byte-order mark is not part of the
 * text, as editors show it), or undefined when it cannot be read.
 */
export function readUtf8(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/**
 * The text of a range of a file's bytes, counted after a leading byte-order mark (which
 * `readUtf8` drops too), or undefined when the file cannot be read.
 */
export function readUtf8Range(path: string, start: number, end: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const mark = Buffer.alloc(3);
    const bom = readSync(fd, mark, 0, 3, 0) === 3 && mark[0] === 0xef && mark[1] === 0xbb && mark[2] === 0xbf ? 3 : 0;
    const bytes = Buffer.allocUnsafe(end - start);
    let done = 0;
    while (done < bytes.length) {
      const read = readSync(fd, bytes, done, bytes.length - done, bom + start + done);
      if (read === 0) return undefined;
      done += read;
    }
    return bytes.toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
