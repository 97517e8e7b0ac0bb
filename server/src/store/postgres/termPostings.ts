/**
 * A generation's postings in the archive, one row per term (`term_posting`): the paragraphs
 * holding the term, in index order, as 32-bit numbers, and beside each its BM25 impact — the
 * term's share of a paragraph's score before its idf, `tf · (k1 + 1) / (tf + k1 · (1 − b + b ·
 * length / average length))`, as a 64-bit float. A search reads a term's postings in one row
 * and adds `idf · impact` per paragraph: the very operations, in the very order, of
 * `PassageIndex`, so the archive's scores are the embedded index's to the last bit and its ties
 * break the same way. The averages are the generation's own (`average_length_*` of its row).
 */
import type pg from 'pg';
import type { Language } from '../../corpus/types.js';
import { LEXICAL_RANKING, type PassageIndexData } from '../../core/passages/passageIndex.js';
import { ARCHIVE_SCHEMA as S } from './archiveSchema.js';

/** A term's postings as read back: paragraph numbers (increasing) and their impacts. */
export interface TermPostings {
  passages: Int32Array;
  impacts: Float64Array;
}

/** Most postings written in one statement (each 12 bytes, sent as hex): a few megabytes a statement. */
const POSTINGS_PER_STATEMENT = 400_000;
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

/** The length part of BM25's saturation for a paragraph of this length, in a language of this average length. */
export function lengthNorm(length: number, average: number): number {
  const { k1, b } = LEXICAL_RANKING;
  return k1 * (1 - b + (b * length) / average);
}

/** A term's impact in a paragraph of this norm (see the module's comment). */
export function impactOf(frequency: number, norm: number): number {
  return (frequency * (LEXICAL_RANKING.k1 + 1)) / (frequency + norm);
}

/** Writes the postings of a generation's index, with the averages stored in its row. */
export async function insertTermPostings(client: pg.ClientBase, id: string, index: PassageIndexData): Promise<void> {
  const { rows } = await client.query<{ en: number; zh: number }>(
    `SELECT average_length_en AS en, average_length_zh AS zh FROM ${S}.generation WHERE id = $1`,
    [id],
  );
  const norms = lengthNorms(index, rows[0]!);
  const { postingOffsets, postingPassages, postingFrequencies } = index;
  let term = 0;
  while (term < index.terms.length) {
    const terms: string[] = [];
    const passages: Buffer[] = [];
    const impacts: Buffer[] = [];
    const firstPosting = postingOffsets[term]!;
    while (
      term < index.terms.length &&
      terms.length < TERMS_PER_STATEMENT &&
      (terms.length === 0 || postingOffsets[term + 1]! - firstPosting <= POSTINGS_PER_STATEMENT)
    ) {
      const from = postingOffsets[term]!;
      const to = postingOffsets[term + 1]!;
      const termPassages = postingPassages.slice(from, to);
      const termImpacts = new Float64Array(to - from);
      for (let k = from; k < to; k++)
        termImpacts[k - from] = impactOf(postingFrequencies[k]!, norms[postingPassages[k]!]!);
      terms.push(index.terms[term]!);
      passages.push(Buffer.from(termPassages.buffer, termPassages.byteOffset, termPassages.byteLength));
      impacts.push(Buffer.from(termImpacts.buffer, termImpacts.byteOffset, termImpacts.byteLength));
      term++;
    }
    await client.query(
      `INSERT INTO ${S}.term_posting (generation_id, term, passages, impacts) SELECT $1, * FROM unnest($2::text[], $3::bytea[], $4::bytea[])`,
      [id, terms, passages, impacts],
    );
  }
}

/**
 * Some terms of a generation with their document frequencies (a term the generation lacks is
 * absent), and the postings of those of `withPostings` that have at most `mostPostings`: one
 * query for what every search needs first, and the short postings with it.
 */
export async function readTermFrequencies(
  pool: pg.Pool,
  generationId: string,
  terms: readonly string[],
  withPostings: readonly string[],
  mostPostings: number,
): Promise<Map<string, { df: number; postings?: TermPostings }>> {
  const { rows } = await pool.query<{ term: string; df: number; passages: Buffer | null; impacts: Buffer | null }>(
    `SELECT c.term, c.passages AS df, p.passages, p.impacts
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
        postings:
          row.passages && row.impacts
            ? { passages: int32View(row.passages), impacts: float64View(row.impacts) }
            : undefined,
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
  const { rows } = await pool.query<{ term: string; passages: Buffer; impacts: Buffer }>(
    `SELECT term, passages, impacts FROM ${S}.term_posting WHERE generation_id = $1 AND term = ANY($2::text[])`,
    [generationId, terms],
  );
  for (const row of rows)
    postings.set(row.term, { passages: int32View(row.passages), impacts: float64View(row.impacts) });
  return postings;
}

/** The bytes as 32-bit numbers, copied into a buffer of their own when not aligned for a view. */
function int32View(bytes: Uint8Array): Int32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

/** The bytes as 64-bit floats, likewise. */
function float64View(bytes: Uint8Array): Float64Array {
  const aligned = bytes.byteOffset % 8 === 0 ? bytes : new Uint8Array(bytes);
  return new Float64Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 8);
}
