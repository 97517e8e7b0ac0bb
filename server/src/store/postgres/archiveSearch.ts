/**
 * Passage search over the shared archive: candidates in SQL, ranking in Node. PostgreSQL's
 * full-text search finds the paragraphs holding the query's rarest terms (a `tsquery` of
 * alternatives against the GIN-indexed `tsvector`s) and returns, for each, its offsets and the
 * frequencies of every query term in it; those candidates make a small passage index that the
 * product's own `PassageIndex` ranks with the whole generation's figures (paragraph count,
 * average lengths, each term's document frequency) — BM25, the relevance floor, the alignment
 * rerank — so a query gets the answer the embedded index gives. The texts of the paragraphs
 * the rerank reads come from the archive too (fetched for the hundred it reranks), so a reader
 * needs no corpus files.
 */
import type pg from 'pg';
import type { MentionIndex } from '../../core/mentions/mentionIndex.js';
import { analyzeQuery, candidateGenerators, PassageIndex, type PassageIndexData, type PassageMatch, type SearchOptions } from '../../core/passages/passageIndex.js';
import { ARCHIVE_SCHEMA as S } from './archiveSchema.js';
import type { PostgresGeneration } from './postgresGeneration.js';
import { tsqueryAnyOf } from './tsvectorText.js';

export type ArchiveSearchOptions = Omit<SearchOptions, 'textOf'> & {
  /** A paragraph's text when the archive has none (its file could not be read at ingest). */
  textOf?: SearchOptions['textOf'];
};

/** A match, with the text of its sentence as the archive holds it (absent when it holds none). */
export type ArchiveMatch = PassageMatch & { text?: string };

interface CandidateRow {
  passage: number;
  article: number;
  start_offset: number;
  end_offset: number;
  length: number;
  /** [term, frequency] for each query term the paragraph holds. */
  frequencies: [string, number][];
}

export class ArchivePassageSearch {
  constructor(
    private readonly pool: pg.Pool,
    private readonly generation: PostgresGeneration,
    private readonly mentionIndex: MentionIndex,
  ) {}

  async search(text: string, options: ArchiveSearchOptions = {}): Promise<ArchiveMatch[]> {
    const { terms } = analyzeQuery(text, this.mentionIndex, options.date);
    if (terms.length === 0) return [];
    const counted = await this.pool.query<{ term: string; passages: number }>(`SELECT term, passages FROM ${S}.term_count WHERE generation_id = $1 AND term = ANY($2::text[])`, [this.generation.id, terms]);
    const df = new Map(counted.rows.map((row) => [row.term, row.passages]));
    const present = terms.filter((term) => df.has(term)).map((term) => ({ term, df: df.get(term)! }));
    if (present.length === 0) return [];
    const generators = candidateGenerators(present, this.generation.statistics.passageCount);
    const { rows } = await this.pool.query<CandidateRow>(
      `SELECT p.passage, p.article, p.start_offset, p.end_offset, p.length,
              (SELECT coalesce(json_agg(json_build_array(t.lexeme, cardinality(t.positions))), '[]') FROM unnest(p.terms) AS t WHERE t.lexeme = ANY($3::text[])) AS frequencies
       FROM ${S}.passage p
       WHERE p.generation_id = $1 AND p.terms @@ $2::tsquery
       ORDER BY p.passage`,
      [this.generation.id, tsqueryAnyOf(generators.map((g) => g.term)), present.map((p) => p.term)],
    );
    const candidates = candidateIndex(rows, present, this.generation);
    const index = new PassageIndex(candidates.data, this.mentionIndex, {
      ...this.generation.statistics,
      documentFrequency: (term) => present[term]!.df,
    });
    // The first ranking asks for the texts it reranks; they are fetched, and it runs again.
    const texts = new Map<number, string | null>();
    const wanted = new Set<number>();
    const textOf = (path: string, start: number, end: number) => {
      const passage = candidates.passageAt.get(`${path}\u0000${start}\u0000${end}`);
      if (passage === undefined) return options.textOf?.(path, start, end);
      if (!texts.has(passage)) {
        wanted.add(passage);
        return undefined;
      }
      return texts.get(passage) ?? options.textOf?.(path, start, end);
    };
    let matches = index.search(text, { ...options, textOf });
    if (wanted.size > 0) {
      const fetched = await this.pool.query<{ passage: number; text: string | null }>(`SELECT passage, text FROM ${S}.passage WHERE generation_id = $1 AND passage = ANY($2::int[])`, [this.generation.id, [...wanted]]);
      for (const passage of wanted) texts.set(passage, null);
      for (const row of fetched.rows) texts.set(row.passage, row.text);
      matches = index.search(text, { ...options, textOf });
    }
    return matches.map((match) => {
      const passage = candidates.passageAt.get(`${match.article.path}\u0000${match.paragraphStart}\u0000${match.paragraphEnd}`);
      const paragraph = passage === undefined ? undefined : texts.get(passage);
      return paragraph ? { ...match, text: paragraph.slice(match.start - match.paragraphStart, match.end - match.paragraphStart) } : match;
    });
  }
}

/**
 * The candidates as a passage index of their own, in the generation's passage order (so ties
 * rank as in the whole index), with the generation's article numbers; its terms are the
 * query's terms present in the corpus, numbered as in `present`.
 */
function candidateIndex(rows: readonly CandidateRow[], present: readonly { term: string }[], generation: PostgresGeneration): { data: PassageIndexData; passageAt: Map<string, number> } {
  const termNumber = new Map(present.map((p, n) => [p.term, n]));
  const postings: [passage: number, frequency: number][][] = present.map(() => []);
  const passageAt = new Map<string, number>();
  const articles = generation.index.articles;
  rows.forEach((row, n) => {
    for (const [term, frequency] of row.frequencies) postings[termNumber.get(term)!]!.push([n, frequency]);
    passageAt.set(`${articles.at(row.article).path}\u0000${row.start_offset}\u0000${row.end_offset}`, row.passage);
  });
  const postingOffsets = new Int32Array(present.length + 1);
  postings.forEach((list, term) => (postingOffsets[term + 1] = postingOffsets[term]! + list.length));
  const flat = postings.flat();
  return {
    data: {
      articles,
      passageArticle: Int32Array.from(rows, (row) => row.article),
      passageStart: Int32Array.from(rows, (row) => row.start_offset),
      passageEnd: Int32Array.from(rows, (row) => row.end_offset),
      passageLength: Uint16Array.from(rows, (row) => row.length),
      terms: present.map((p) => p.term),
      postingOffsets,
      postingPassages: Int32Array.from(flat, ([passage]) => passage),
      postingFrequencies: Uint16Array.from(flat, ([, frequency]) => frequency),
    },
    passageAt,
  };
}
