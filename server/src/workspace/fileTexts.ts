import { readFileSync } from 'node:fs';
import { LineIndex, type Range } from '../core/text/lineIndex.js';
import { decodeCorpusFile, rawRange } from '../corpus/decodedFile.js';
import type { DecodedFile } from '../corpus/types.js';

/** How many corpus files are kept in memory at once. */
const CAPACITY = 32;

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

  constructor(private readonly readText: (path: string) => string | undefined = readUtf8) {}

  /** The readable text of a corpus file between two offsets, or undefined when the file cannot be read. */
  text(path: string, start: number, end: number): string | undefined {
    return this.read(path)?.decoded.text.slice(start, end);
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
    if (!paths) this.texts.clear();
    else for (const path of paths) this.texts.delete(path);
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
