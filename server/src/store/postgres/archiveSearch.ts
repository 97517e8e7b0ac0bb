/**
 * Passage search over the shared archive: candidates and their lexical scores in SQL, the
 * ranking in Node. PostgreSQL's full-text search finds the paragraphs holding the query's
 * rarest terms (a `tsquery` of alternatives against the GIN-indexed `tsvector`s — the
 * generators `PassageIndex` would take) and scores each with BM25 over all the query's terms,
 * with the whole generation's figures; only the best come back (those the alignment could
 * rerank, and every one tied with them), each with its offsets, its text and the frequency of
 * each query term in it. They make a small passage index that the product's own
 * `PassageIndex` ranks exactly as the embedded index would — BM25 again in Node, the relevance
 * floor, the alignment rerank — so a query gets the embedded index's answer, and a reader
 * needs no corpus files.
 */
import type pg from 'pg';
import type { MentionIndex } from '../../core/mentions/mentionIndex.js';
import {
  analyzeQuery,
  candidateGenerators,
  LEXICAL_RANKING,
  PassageIndex,
  type PassageIndexData,
  type PassageMatch,
  type SearchOptions,
} from '../../core/passages/passageIndex.js';
import { archiveError } from './archiveConnection.js';
import { ARCHIVE_SCHEMA as S } from './archiveSchema.js';
import type { PostgresGeneration } from './postgresGeneration.js';
import { tsqueryAnyOf } from './tsvectorText.js';

export type ArchiveSearchOptions = Omit<SearchOptions, 'textOf'> & {
  /** A paragraph's text when the archive has none (its file could not be read at ingest). */
  textOf?: SearchOptions['textOf'];
};

/** A match, with the text of its sentence as the archive holds it (absent when it holds none). */
export type ArchiveMatch = PassageMatch & { text?: string };

/**
 * How far below the score of the last candidate the rerank takes a candidate still comes back:
 * SQL adds the terms' scores in another order than Node, so two scores equal in one may differ
 * in the last bits in the other.
 */
const TIE_MARGIN = 1e-9;
/** At most this many candidates come back (a tie larger than that would be cut). */
const MOST_CANDIDATES = 2_000;

interface CandidateRow {
  passage: number;
  article: number;
  start_offset: number;
  end_offset: number;
  length: number;
  text: string | null;
  /** [term, frequency] for each query term the paragraph holds. */
  frequencies: [string, number][];
}

export class ArchivePassageSearch {
  constructor(
    private readonly pool: pg.Pool,
    private readonly generation: PostgresGeneration,
    private readonly mentionIndex: MentionIndex,
  ) {}

  /** The passages that best match a text; a failure of the server is one error naming the archive. */
  async search(text: string, options: ArchiveSearchOptions = {}): Promise<ArchiveMatch[]> {
    try {
      return await this.searchArchive(text, options);
    } catch (error) {
      throw archiveError(this.generation.connectionString, error, 'could not be searched');
    }
  }

  private async searchArchive(text: string, options: ArchiveSearchOptions): Promise<ArchiveMatch[]> {
    const { terms, alignWords } = analyzeQuery(text, this.mentionIndex, options.date);
    if (terms.length === 0) return [];
    const { passageCount, averageLength } = this.generation.statistics;
    const looked = [...new Set([...terms, ...alignWords])];
    const counted = await this.pool.query<{ term: string; passages: number }>(
      `SELECT term, passages FROM ${S}.term_count WHERE generation_id = $1 AND term = ANY($2::text[])`,
      [this.generation.id, looked],
    );
    const df = new Map(counted.rows.map((row) => [row.term, row.passages]));
    const present = terms.filter((term) => df.has(term)).map((term) => ({ term, df: df.get(term)! }));
    if (present.length === 0) return [];
    // The words the rerank aligns that are no search term (a role's holder's name) are held too,
    // scoring nothing, so that the rerank finds them in the candidates as the whole index would.
    const aligned = looked
      .filter((term) => df.has(term) && !terms.includes(term))
      .map((term) => ({ term, df: df.get(term)! }));
    const held = [...present, ...aligned];
    const generators = candidateGenerators(present, passageCount);
    const { k1, b, reranked, idf } = LEXICAL_RANKING;
    const { rows } = await this.pool.query<CandidateRow>(
      `WITH scored AS (
         SELECT p.passage, (
           SELECT sum(($4::float8[])[array_position($3::text[], t.lexeme)] * (cardinality(t.positions) * ($5::float8 + 1)) / (cardinality(t.positions) + $5::float8 * (1 - $6::float8 + $6::float8 * p.length / CASE p.language WHEN 'zh' THEN $7::float8 ELSE $8::float8 END)))
           -- The paragraph's query terms alone: marked with weight A, the rest filtered out.
           FROM unnest(ts_filter(setweight(p.terms, 'A', $3::text[]), '{a}')) AS t) AS score
         FROM ${S}.passage p
         WHERE p.generation_id = $1 AND p.terms @@ $2::tsquery),
       cutoff AS (SELECT score FROM scored ORDER BY score DESC LIMIT 1 OFFSET $9 - 1),
       best AS (SELECT passage FROM scored WHERE score >= coalesce((SELECT score FROM cutoff), 0) * (1 - $10::float8) ORDER BY score DESC LIMIT $11)
       SELECT p.passage, p.article, p.start_offset, p.end_offset, p.length, p.text,
              (SELECT json_agg(json_build_array(t.lexeme, cardinality(t.positions))) FROM unnest(ts_filter(setweight(p.terms, 'A', $3::text[]), '{a}')) AS t) AS frequencies
       FROM best JOIN ${S}.passage p ON p.generation_id = $1 AND p.passage = best.passage
       ORDER BY p.passage`,
      [
        this.generation.id,
        tsqueryAnyOf(generators.map((g) => g.term)),
        held.map((p) => p.term),
        held.map((p, n) => (n < present.length ? idf(p.df, passageCount) : 0)),
        k1,
        b,
        averageLength.zh,
        averageLength.en,
        reranked,
        TIE_MARGIN,
        MOST_CANDIDATES,
      ],
    );
    const candidates = candidateIndex(rows, held, this.generation);
    const index = new PassageIndex(candidates.data, this.mentionIndex, {
      passageCount,
      averageLength,
      documentFrequency: (term) => held[term]!.df,
    });
    const textOf = (path: string, start: number, end: number) =>
      candidates.textAt.get(`${path}\u0000${start}\u0000${end}`) ?? options.textOf?.(path, start, end);
    return index.search(text, { ...options, textOf }).map((match) => {
      const paragraph = candidates.textAt.get(
        `${match.article.path}\u0000${match.paragraphStart}\u0000${match.paragraphEnd}`,
      );
      return paragraph
        ? { ...match, text: paragraph.slice(match.start - match.paragraphStart, match.end - match.paragraphStart) }
        : match;
    });
  }
}

/**
 * The candidates as a passage index of their own, in the generation's passage order (so ties
 * rank as in the whole index), with the generation's article numbers; its terms are the
 * query's terms present in the corpus and the rerank's other words, numbered as in `held`. Beside it, the paragraphs'
 * texts by file and offsets, as the ranking asks for them.
 */
function candidateIndex(
  rows: readonly CandidateRow[],
  held: readonly { term: string }[],
  generation: PostgresGeneration,
): { data: PassageIndexData; textAt: Map<string, string> } {
  const termNumber = new Map(held.map((p, n) => [p.term, n]));
  const postings: [passage: number, frequency: number][][] = held.map(() => []);
  const textAt = new Map<string, string>();
  const articles = generation.index.articles;
  rows.forEach((row, n) => {
    for (const [term, frequency] of row.frequencies) postings[termNumber.get(term)!]!.push([n, frequency]);
    if (row.text !== null)
      textAt.set(`${articles.at(row.article).path}\u0000${row.start_offset}\u0000${row.end_offset}`, row.text);
  });
  const postingOffsets = new Int32Array(held.length + 1);
  postings.forEach((list, term) => (postingOffsets[term + 1] = postingOffsets[term]! + list.length));
  const flat = postings.flat();
  return {
    data: {
      articles,
      passageArticle: Int32Array.from(rows, (row) => row.article),
      passageStart: Int32Array.from(rows, (row) => row.start_offset),
      passageEnd: Int32Array.from(rows, (row) => row.end_offset),
      passageLength: Uint16Array.from(rows, (row) => row.length),
      terms: held.map((p) => p.term),
      postingOffsets,
      postingPassages: Int32Array.from(flat, ([passage]) => passage),
      postingFrequencies: Uint16Array.from(flat, ([, frequency]) => frequency),
    },
    textAt,
  };
}
