/**
 * The one way a corpus file becomes readable text: ingestion cuts articles from this text, and
 * showing a passage reads the same text back and maps its offsets to the file's own characters.
 * Because both go through `decodeCorpusFile`, an offset found at indexing time is the same
 * offset when a passage, a hover link, a reference or a corpus check reads it.
 */
import { decodeHtml } from './html.js';
import { decodeJsonl } from './jsonl.js';
import type { DecodedFile, SourceFile } from './types.js';

/**
 * Decodes a file according to its extension: `.html`/`.htm` pages to their rendered text,
 * `.jsonl` to its records' bodies, anything else is its own text. Never throws: unusable
 * records become problems.
 */
export function decodeCorpusFile(file: SourceFile): DecodedFile {
  const extension = /\.([^./\\]+)$/.exec(file.path)?.[1]?.toLowerCase();
  if (extension === 'html' || extension === 'htm') return decodeHtml(file.path, file.text);
  if (extension === 'jsonl') return decodeJsonl(file.path, file.text);
  return { path: file.path, text: file.text, pieces: [{ offset: 0, source: file }], problems: [] };
}

/** The range of the file's own text that a range of its readable text was decoded from. */
export function rawRange(file: DecodedFile, start: number, end: number): { start: number; end: number } {
  return file.map ? file.map.rawRange(start, end) : { start, end };
}
