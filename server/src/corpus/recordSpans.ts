/**
 * Where each record of a JSON Lines file is, so that a passage can be read, and placed in the
 * file, from its record's line alone instead of decoding the whole file: for each record, the
 * range its body takes in the file's readable text, the bytes of its line in the file and the
 * line's number. Searching a large archive reranks paragraphs from hundreds of files per query,
 * and a page of references links to as many; reading one line of each is what keeps that fast.
 */
import type { DecodedPiece } from './types.js';

/** Per record, in the order of the file: its body's range in the readable text, its line's bytes. */
export interface RecordSpans {
  textStart: Int32Array;
  textEnd: Int32Array;
  /** Bytes from the start of the file's text (after a byte-order mark, which readers skip too). */
  byteStart: Int32Array;
  byteEnd: Int32Array;
  /** The record's line in the file, from 0 (lines end at LF, CR LF or CR). */
  line: Int32Array;
}

/** The spans of a file's JSON Lines records; undefined for a file of another format. */
export function recordSpansOf(text: string, pieces: readonly DecodedPiece[]): RecordSpans | undefined {
  const records = pieces.filter((piece) => piece.line !== undefined && piece.source.hints?.index !== undefined);
  if (records.length === 0 || records.length !== pieces.length) return undefined;
  const spans: RecordSpans = {
    textStart: new Int32Array(records.length),
    textEnd: new Int32Array(records.length),
    byteStart: new Int32Array(records.length),
    byteEnd: new Int32Array(records.length),
    line: new Int32Array(records.length),
  };
  // Bytes counted once over the file, from one line to the next.
  let at = 0;
  let bytes = 0;
  records.forEach((piece, r) => {
    const line = piece.line!;
    bytes += Buffer.byteLength(text.slice(at, line.start));
    spans.byteStart[r] = bytes;
    bytes += Buffer.byteLength(text.slice(line.start, line.end));
    spans.byteEnd[r] = bytes;
    at = line.end;
    spans.textStart[r] = piece.offset;
    spans.textEnd[r] = piece.offset + piece.source.text.length;
    spans.line[r] = piece.source.hints!.index!;
  });
  return spans;
}

/** The record whose body holds the range `[start, end)` of the readable text, if one does. */
export function recordHolding(spans: RecordSpans, start: number, end: number): number | undefined {
  let low = 0;
  let high = spans.textStart.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans.textStart[mid]! <= start) low = mid + 1;
    else high = mid - 1;
  }
  const record = high;
  return record >= 0 && end <= spans.textEnd[record]! && start <= end ? record : undefined;
}
