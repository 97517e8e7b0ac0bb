/**
 * A generation's postings in the archive, one row per term (`term_posting`): the paragraphs
 * holding the term, in index order, each with the term's frequency there, packed (see
 * {@link encodePostings}) to about two bytes a posting, since a search reads a query's postings
 * whole. They cross the wire as base64 text ({@link POSTINGS_AS_TEXT}): four characters for three
 * bytes, where a `bytea` column would send two hex digits a byte for the driver to turn into a
 * string and then back into bytes (the larger part of the driver's work in a search). A reader scores them with the
 * generation's paragraph lengths and the very arithmetic of `PassageIndex` (`idf · impact`,
 * impact `tf · (k1 + 1) / (tf + norm)`, added in the same order), so the archive's scores are
 * the embedded index's to the last bit and its ties break the same way.
 */
import type pg from 'pg';
import type { Language } from '../../corpus/types.js';
import { LEXICAL_RANKING, type PassageIndexData } from '../../core/passages/passageIndex.js';
import { ARCHIVE_SCHEMA as S } from './archiveSchema.js';

/** A term's postings as read back: paragraph numbers (increasing) and the term's frequency in each. */
export interface TermPostings {
  passages: Int32Array;
  frequencies: Uint16Array;
}

/**
 * The SQL that sends a `term_posting` row's postings as base64 text (`p` the row): a third
 * fewer characters than `bytea`'s hex, and decoded natively ({@link postingsFromText}).
 */
const POSTINGS_AS_TEXT = `encode(p.postings, 'base64')`;

/** The postings {@link POSTINGS_AS_TEXT} sent (the server's line breaks every 76 characters are skipped). */
export function postingsFromText(text: string): TermPostings {
  return decodePostings(Buffer.from(text, 'base64'));
}

/** Most postings written in one statement: a few megabytes a statement. */
const POSTINGS_PER_STATEMENT = 2_000_000;
/** Most terms written in one statement. */
const TERMS_PER_STATEMENT = 5_000;

/** Per paragraph, the length part of BM25's saturation, as `PassageIndex` computes it. */
export function lengthNorms(index: PassageIndexData, averageLength: Record<Language, number>): Float64Array {
  const norms = new Float64Array(index.passageArticle.length);
  index.passageLength.forEach((length, passage) => {
    norms[passage] = lengthNorm(length, averageLength[index.articles.language(index.passageArticle[passage]!)]);
  });
  return norms;
}

/**
 * Each language's average paragraph length in an index (1 for a language it has none of), as
 * the generation row keeps them for BM25.
 */
export function averageLengths(index: PassageIndexData): Record<Language, number> {
  const totals = { en: [0, 0], zh: [0, 0] };
  index.passageLength.forEach((length, passage) => {
    const total = totals[index.articles.language(index.passageArticle[passage]!)];
    total[0]! += length;
    total[1]!++;
  });
  const average = (language: Language) => totals[language][0]! / Math.max(1, totals[language][1]!) || 1;
  return { en: average('en'), zh: average('zh') };
}

/**
 * Per term of the index, the largest share of a paragraph's BM25 before its idf
 * ({@link impactOf}) any of its postings has, with these norms: times the term's idf, a bound
 * of what the term can add to any paragraph's score (the same product of doubles, and rounding
 * keeps order), tighter than `idf · (k1 + 1)` for every term, so that a search prunes its
 * candidates earlier and sends fewer to the server.
 */
export function largestImpacts(index: PassageIndexData, norms: Float64Array): Float64Array {
  const { postingOffsets, postingPassages, postingFrequencies } = index;
  const largest = new Float64Array(index.terms.length);
  for (let term = 0; term < index.terms.length; term++) {
    let most = 0;
    for (let k = postingOffsets[term]!; k < postingOffsets[term + 1]!; k++) {
      const impact = impactOf(postingFrequencies[k]!, norms[postingPassages[k]!]!);
      if (impact > most) most = impact;
    }
    largest[term] = most;
  }
  return largest;
}

/** Norms as the bytes the archive keeps them in: doubles in little-endian order. */
export function encodeNorms(norms: Float64Array): Buffer {
  const bytes = Buffer.allocUnsafe(norms.length * Float64Array.BYTES_PER_ELEMENT);
  norms.forEach((norm, passage) => bytes.writeDoubleLE(norm, passage * Float64Array.BYTES_PER_ELEMENT));
  return bytes;
}

/** The norms {@link encodeNorms} wrote. */
export function decodeNorms(bytes: Uint8Array): Float64Array {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const norms = new Float64Array(Math.floor(bytes.byteLength / Float64Array.BYTES_PER_ELEMENT));
  for (let passage = 0; passage < norms.length; passage++)
    norms[passage] = view.readDoubleLE(passage * Float64Array.BYTES_PER_ELEMENT);
  return norms;
}

/** The length part of BM25's saturation for a paragraph of this length, in a language of this average length. */
export function lengthNorm(length: number, average: number): number {
  const { k1, b } = LEXICAL_RANKING;
  return k1 * (1 - b + (b * length) / average);
}

/** A term's share of a paragraph's BM25 before its idf, for a paragraph of this norm. */
export function impactOf(frequency: number, norm: number): number {
  return (frequency * (LEXICAL_RANKING.k1 + 1)) / (frequency + norm);
}

/**
 * Postings packed as unsigned LEB128 numbers: their count, then for each the gap from the
 * previous paragraph (less one) doubled, plus one when the frequency is above 1 — then followed
 * by the frequency less 2. Most gaps of a common term fit one byte, and most frequencies are 1.
 */
export function encodePostings(passages: Int32Array, frequencies: Uint16Array): Buffer {
  const bytes = new Uint8Array(5 + passages.length * 8);
  let at = 0;
  const put = (value: number) => {
    while (value >= 0x80) {
      bytes[at++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 128);
    }
    bytes[at++] = value;
  };
  put(passages.length);
  let previous = -1;
  for (let k = 0; k < passages.length; k++) {
    const frequency = frequencies[k]!;
    put((passages[k]! - previous - 1) * 2 + (frequency > 1 ? 1 : 0));
    if (frequency > 1) put(frequency - 2);
    previous = passages[k]!;
  }
  return Buffer.from(bytes.buffer, 0, at);
}

/** The postings {@link encodePostings} packed. */
export function decodePostings(bytes: Uint8Array): TermPostings {
  let at = 0;
  const get = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  const count = get();
  const passages = new Int32Array(count);
  const frequencies = new Uint16Array(count);
  let previous = -1;
  for (let k = 0; k < count; k++) {
    const value = get();
    previous += Math.floor(value / 2) + 1;
    passages[k] = previous;
    frequencies[k] = value % 2 === 1 ? get() + 2 : 1;
  }
  return { passages, frequencies };
}

/**
 * Decoded postings of long terms, kept by a reader between searches up to a number of bytes:
 * the commonest words come back in query after query, and their postings (hundreds of
 * thousands of paragraphs in a large archive) cost more to send and decode than all the rest of
 * a search. Only terms of at least `shortest` postings are kept (a rare term's are cheap to read
 * again). When a term's postings would pass the limit, the least recently used make room, but
 * only those not asked for lately (in the last {@link PostingsCache.idleAfter} askings): when
 * every term kept is still in use, the newcomer is not kept. Dropping the least recently used
 * alone would, for searches that come back to more terms than the limit holds, drop each term
 * just before it is asked for again and keep nothing that is used; this way the terms in use
 * stay, those beyond the limit are read each time, and a reader's new subject takes the place of
 * the old one once the old one's terms fall idle.
 */
export class PostingsCache {
  /** By term, in order of last use (a `Map` iterates in insertion order), with the asking it was last used at. */
  private readonly held = new Map<string, { postings: TermPostings; usedAt: number }>();
  private heldBytes = 0;
  /** Askings so far: every {@link get} of a kept term and {@link put} of one read. */
  private asked = 0;

  constructor(
    /** The most bytes of decoded postings kept (6 bytes a posting). */
    readonly limitBytes: number,
    /** The fewest postings a term must have to be kept. */
    readonly shortest: number,
  ) {}

  /** The bytes the postings of a term of this many paragraphs take once decoded. */
  static bytesOf(postings: number): number {
    return postings * (Int32Array.BYTES_PER_ELEMENT + Uint16Array.BYTES_PER_ELEMENT);
  }

  /**
   * The askings after which a kept term not asked for is idle and may make room: sixteen for
   * each term kept, at least a thousand (a search asks for a few terms).
   */
  get idleAfter(): number {
    return Math.max(1_000, 16 * this.held.size);
  }

  /** Whether postings this long could be kept. */
  admits(postings: number): boolean {
    return postings >= this.shortest && PostingsCache.bytesOf(postings) <= this.limitBytes;
  }

  /** Whether a term's postings are kept. */
  has(term: string): boolean {
    return this.held.has(term);
  }

  /** A term's postings if kept, marked as just used. */
  get(term: string): TermPostings | undefined {
    const kept = this.held.get(term);
    if (!kept) return undefined;
    this.held.delete(term);
    kept.usedAt = ++this.asked;
    this.held.set(term, kept);
    return kept.postings;
  }

  /**
   * Keeps a term's postings (read because they were asked for) if it {@link admits} them and
   * there is room, or room can be made by dropping least recently used terms that are idle.
   */
  put(term: string, postings: TermPostings): void {
    if (!this.admits(postings.passages.length) || this.held.has(term)) return;
    const usedAt = ++this.asked;
    const idleAfter = this.idleAfter;
    const bytes = PostingsCache.bytesOf(postings.passages.length);
    const dropped: string[] = [];
    let freed = 0;
    for (const [oldest, old] of this.held) {
      if (this.heldBytes - freed + bytes <= this.limitBytes) break;
      if (usedAt - old.usedAt < idleAfter) return;
      dropped.push(oldest);
      freed += PostingsCache.bytesOf(old.postings.passages.length);
    }
    for (const oldest of dropped) this.held.delete(oldest);
    this.held.set(term, { postings, usedAt });
    this.heldBytes += bytes - freed;
  }

  /** The bytes of decoded postings kept now. */
  get bytes(): number {
    return this.heldBytes;
  }
}

/** Writes the postings of a generation's index. */
export async function insertTermPostings(client: pg.ClientBase, id: string, index: PassageIndexData): Promise<void> {
  const { postingOffsets, postingPassages, postingFrequencies } = index;
  let term = 0;
  while (term < index.terms.length) {
    const terms: string[] = [];
    const postings: Buffer[] = [];
    const firstPosting = postingOffsets[term]!;
    while (
      term < index.terms.length &&
      terms.length < TERMS_PER_STATEMENT &&
      (terms.length === 0 || postingOffsets[term + 1]! - firstPosting <= POSTINGS_PER_STATEMENT)
    ) {
      const from = postingOffsets[term]!;
      const to = postingOffsets[term + 1]!;
      terms.push(index.terms[term]!);
      postings.push(encodePostings(postingPassages.subarray(from, to), postingFrequencies.subarray(from, to)));
      term++;
    }
    await client.query(
      `INSERT INTO ${S}.term_posting (generation_id, term, postings) SELECT $1, * FROM unnest($2::text[], $3::bytea[])`,
      [id, terms, postings],
    );
  }
}

/**
 * Some terms of a generation with their document frequencies and largest impacts (see
 * {@link largestImpacts}; a term the generation lacks is absent), and the postings of those of
 * `withPostings` that have at most `mostPostings`: one query for what every search needs first,
 * and the short postings with it.
 */
export async function readTermFrequencies(
  pool: pg.Pool,
  generationId: string,
  terms: readonly string[],
  withPostings: readonly string[],
  mostPostings: number,
): Promise<Map<string, { df: number; largestImpact: number; postings?: TermPostings }>> {
  const { rows } = await pool.query<{ term: string; df: number; largest_impact: number; postings: string | null }>(
    `SELECT c.term, c.passages AS df, c.largest_impact, ${POSTINGS_AS_TEXT} AS postings
     FROM ${S}.term_count c
     LEFT JOIN ${S}.term_posting p ON p.generation_id = c.generation_id AND p.term = c.term
       AND c.passages <= $4 AND c.term = ANY($3::text[])
     WHERE c.generation_id = $1 AND c.term = ANY($2::text[])`,
    [generationId, terms, withPostings, mostPostings],
  );
  return new Map(
    rows.map((row) => [
      row.term,
      {
        df: row.df,
        largestImpact: row.largest_impact,
        postings: row.postings !== null ? postingsFromText(row.postings) : undefined,
      },
    ]),
  );
}

/** The postings of some terms of a generation, by term; a term the generation lacks is absent. */
export async function readTermPostings(
  pool: pg.Pool,
  generationId: string,
  terms: readonly string[],
): Promise<Map<string, TermPostings>> {
  const postings = new Map<string, TermPostings>();
  if (terms.length === 0) return postings;
  const { rows } = await pool.query<{ term: string; postings: string }>(
    `SELECT p.term, ${POSTINGS_AS_TEXT} AS postings FROM ${S}.term_posting p
     WHERE p.generation_id = $1 AND p.term = ANY($2::text[])`,
    [generationId, terms],
  );
  for (const row of rows) postings.set(row.term, postingsFromText(row.postings));
  return postings;
}
