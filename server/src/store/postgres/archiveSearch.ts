/**
 * Passage search over the shared archive: candidates and their lexical scores from the
 * archive's postings, the ranking in Node. The query's rarest terms (the generators
 * `PassageIndex` would take) bring the candidates: their postings, and those of the query's
 * other terms (`term_posting`, one row a term), add up BM25 exactly as the embedded index does,
 * term after term in its order, pruned as it prunes (MaxScore before each long term, galloping
 * through a term far longer than the candidates) and more (MaxScore over the generators; the
 * commonest words' paragraphs scored one at a time, whole, passing over the blocks of postings
 * that cannot reach the best). The decoded postings of common terms are kept
 * between searches (a bounded {@link PostingsCache}), so the commonest words, which come back
 * in most queries, are read once. A term too long to read and to keep is left to the server:
 * only the candidates that could still reach the best even if it added all it can are sent, and
 * their own terms (the paragraph's `tsvector`) give its frequencies, the server adding its share.
 * The best by BM25 (as many as the alignment reranks, ties broken as the embedded index breaks
 * them) come back with their offsets and text: a search is two round trips (three when a term's
 * postings are too long to come with the frequencies). They make a small passage index that the
 * product's own `PassageIndex` ranks as the embedded index would — BM25 again, the relevance
 * floor, the alignment rerank — so a query gets the embedded index's answer, and a reader needs
 * no corpus files.
 */
import type pg from 'pg';
import type { MentionIndex } from '../../core/mentions/mentionIndex.js';
import {
  gallop,
  kthLargestInPlace,
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
import type { SearchableGeneration } from './postgresGeneration.js';
import { impactOf, PostingsCache, readTermFrequencies, readTermPostings, type TermPostings } from './termPostings.js';

export type ArchiveSearchOptions = Omit<SearchOptions, 'textOf'> & {
  /** A paragraph's text when the archive has none (its file could not be read at ingest). */
  textOf?: SearchOptions['textOf'];
};

/** A match, with the text of its sentence as the archive holds it (absent when it holds none). */
export type ArchiveMatch = PassageMatch & { text?: string };

/**
 * A query term that generates no candidates has its postings read whole when they are at most
 * this many times as many as the generators' (the candidates), or fewer than
 * {@link WHOLE_READ_ALWAYS}; a commoner one is read from the candidates left after pruning.
 */
const WHOLE_READ_RATIO = 32;
const WHOLE_READ_ALWAYS = 50_000;
/**
 * The decoded postings a search keeps between queries, by default: the commonest words of a
 * million articles' queries (about 6 bytes a posting).
 */
export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;
/** The fewest postings a term must have to be kept: rarer terms' are cheap to read again. */
export const CACHED_FROM_POSTINGS = 20_000;
/**
 * A kept term held by at least this share of all paragraphs is also kept as a frequency by
 * paragraph, so that scoring looks each candidate up rather than walking or galloping through
 * its postings; at most {@link BY_PASSAGE_TERMS_KEPT} such terms (two bytes a paragraph each).
 */
const BY_PASSAGE_FROM_SHARE = 1 / 3;
const BY_PASSAGE_TERMS_KEPT = 8;
/** Slack for rounding in the pruning bound, as the embedded index allows. */
const BOUND_SLACK = 1e-9;

/**
 * A query term as scoring takes it: its idf, the most it adds to any paragraph, its postings when
 * read, and for a very common term its frequency by paragraph (0 where it is absent) when kept.
 */
export interface WeighedTerm {
  idf: number;
  bound: number;
  postings: TermPostings | undefined;
  byPassage?: Uint16Array;
  /** For a kept generator, its bounds by block of postings ({@link blockBounds}). */
  blocks?: Uint8Array;
}

/**
 * A generation's paragraph norms as scoring reads them: by paragraph, the number of its norm
 * among the few distinct ones (a norm depends only on a paragraph's length and language), and
 * by that number the norm and the impact of a term found once there. Scoring looks a new
 * candidate's norm up at a scattered place: a byte a paragraph (a large archive's paragraphs
 * have a hundred or so distinct norms) stays in the processor's cache where eight (tens of
 * megabytes) do not; and most postings' frequency is 1,
 * whose impact is then read rather than divided. The same doubles: each is the norm's own, or
 * {@link impactOf} of it.
 */
export interface NormTable {
  /** By paragraph, the number of its norm. */
  codes: Uint8Array | Uint16Array | Int32Array;
  /** By number, the norm. */
  norms: Float64Array;
  /** By number, `impactOf(1, norm)`. */
  onceImpacts: Float64Array;
}

/** The norm table of paragraphs of these norms. */
export function normTable(norms: Float64Array): NormTable {
  const numberOf = new Map<number, number>();
  const numbers = new Int32Array(norms.length);
  for (let passage = 0; passage < norms.length; passage++) {
    const norm = norms[passage]!;
    let number = numberOf.get(norm);
    if (number === undefined) numberOf.set(norm, (number = numberOf.size));
    numbers[passage] = number;
  }
  const distinct = Float64Array.from(numberOf.keys());
  return {
    codes:
      distinct.length <= 0x100
        ? Uint8Array.from(numbers)
        : distinct.length <= 0x10000
          ? Uint16Array.from(numbers)
          : numbers,
    norms: distinct,
    onceImpacts: distinct.map((norm) => impactOf(1, norm)),
  };
}

/** A term's impact ({@link impactOf}) at this frequency in a paragraph of this norm number: the same double. */
function impactAt(table: NormTable, frequency: number, code: number): number {
  return frequency === 1 ? table.onceImpacts[code]! : impactOf(frequency, table.norms[code]!);
}

/** A term's frequency by paragraph (0 where it is absent), from its postings, for a generation of `size` paragraphs. */
export function frequencyByPassage(postings: TermPostings, size: number): Uint16Array {
  const byPassage = new Uint16Array(size);
  const { passages, frequencies } = postings;
  for (let k = 0; k < passages.length; k++) byPassage[passages[k]!] = frequencies[k]!;
  return byPassage;
}

/**
 * Adds a term's share (`idf · impact`) to the score of each candidate from `from` to `to` that
 * holds it, looked up in its frequency by paragraph: the very operation walking its postings
 * does for each, so the same doubles. The candidates' paragraphs, scores and norm numbers (in
 * `table`) are kept by candidate (parallel arrays): only the lookup goes to an array by paragraph.
 */
export function addSharesByPassage(
  candidates: { passages: Int32Array; scores: Float64Array; codes: Int32Array },
  table: NormTable,
  from: number,
  to: number,
  byPassage: Uint16Array,
  idf: number,
): void {
  const { passages, scores, codes } = candidates;
  for (let i = from; i < to; i++) {
    const frequency = byPassage[passages[i]!]!;
    if (frequency !== 0) scores[i] = scores[i]! + idf * impactAt(table, frequency, codes[i]!);
  }
}

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
  /**
   * Room for scoring (the candidates' arrays, bits by paragraph), kept between searches, its
   * bits zeroed after each (a search scores without awaiting, so searches at once never share it).
   */
  private scratch: ScoringScratch | undefined;

  /** The generation's norms as scoring reads them, made at the first search. */
  private scoringNorms: NormTable | undefined;

  /** The frequency by paragraph of the commonest kept terms, least recently used first. */
  private readonly byPassage = new Map<TermPostings, Uint16Array>();

  /**
   * The bounds by block of the kept terms that generated candidates, by their postings: a byte
   * for 64 postings, gone with them when the cache drops them.
   */
  private readonly blocks = new WeakMap<TermPostings, Uint8Array>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly generation: SearchableGeneration,
    private readonly mentionIndex: MentionIndex,
    /**
     * The most postings a non-generating term may have to be read whole; unless given, the
     * larger of {@link WHOLE_READ_ALWAYS} and {@link WHOLE_READ_RATIO} times the candidates'.
     */
    private readonly readWholeAtMost?: number,
    /** The decoded postings of common terms kept between searches (see {@link PostingsCache}). */
    private readonly cache = new PostingsCache(DEFAULT_CACHE_BYTES, CACHED_FROM_POSTINGS),
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
    const counted = await readTermFrequencies(
      this.pool,
      this.generation.id,
      looked,
      looked.filter((term) => !this.cache.has(term)),
      Math.min(WHOLE_READ_ALWAYS, this.readWholeAtMost ?? Infinity),
    );
    const found = (term: string) => ({ term, ...counted.get(term)! });
    const present = terms.filter((term) => counted.has(term)).map(found);
    if (present.length === 0) return [];
    // The words the rerank aligns that are no search term (a role's holder's name) are held too,
    // scoring nothing, so that the rerank finds them in the candidates as the whole index would.
    const aligned = looked.filter((term) => counted.has(term) && !terms.includes(term)).map(found);
    const held = [...present, ...aligned];
    const idf = (term: { df: number }) => LEXICAL_RANKING.idf(term.df, passageCount);
    // The most a term adds to any paragraph's score: its idf times its largest impact.
    // A kept generator with its bounds by block, for reaching its paragraphs a block at a time
    // (every term of one shape, so that scoring reads them all alike).
    const weighed = (term: { df: number; largestImpact: number; term: string }, generating = false): WeighedTerm => ({
      idf: idf(term),
      bound: idf(term) * term.largestImpact,
      postings: postings.get(term.term),
      byPassage: this.cache.has(term.term) ? this.keptByPassage(postings.get(term.term)) : undefined,
      blocks: generating && this.cache.has(term.term) ? this.keptBlocks(postings.get(term.term)) : undefined,
    });
    const generators = candidateGenerators(present, passageCount);
    // The other terms, rarest first, as the embedded index adds them.
    const others = present.filter((term) => !generators.includes(term)).sort((a, b) => a.df - b.df);
    const wholeReadLimit =
      this.readWholeAtMost ??
      Math.max(WHOLE_READ_ALWAYS, WHOLE_READ_RATIO * generators.reduce((sum, g) => sum + g.df, 0));
    // Held already: the short postings came with the frequencies, the commonest may be kept from earlier searches.
    const postings = new Map<string, TermPostings>();
    for (const { term } of [...present, ...aligned]) {
      const read = counted.get(term)?.postings;
      if (read) this.cache.put(term, read);
      const held = read ?? this.cache.get(term);
      if (held) postings.set(term, held);
    }
    // The other terms are added in their order, each read whole (or held) until the first that
    // is too long to read and to keep: from there on, the candidates' own terms score them.
    const firstPerCandidate = others.findIndex(
      (term) => !postings.has(term.term) && term.df > wholeReadLimit && !this.cache.admits(term.df),
    );
    const readWhole = firstPerCandidate < 0 ? others : others.slice(0, firstPerCandidate);
    const readPerCandidate = firstPerCandidate < 0 ? [] : others.slice(firstPerCandidate);
    const longer = [...generators, ...readWhole].filter((t) => !postings.has(t.term)).map((t) => t.term);
    for (const [term, termPostings] of await readTermPostings(this.pool, this.generation.id, longer)) {
      postings.set(term, termPostings);
      this.cache.put(term, termPostings);
    }
    const size = this.generation.statistics.passageCount;
    const { best: scored } = scoreCandidates(
      (this.scratch ??= scoringScratch(size)),
      this.norms(),
      generators.map((term) => weighed(term, true)),
      readWhole.map((term) => weighed(term)),
      readPerCandidate.reduce((sum, term) => sum + weighed(term).bound, 0),
    );
    // The best by BM25, ties in the order the candidates were reached: the embedded index's
    // choice. With nothing left to add, chosen already, and when every held term's postings are
    // in hand the best's frequencies are found in them: the server only sends offsets and
    // texts. Else in the one query that reads the candidates, which adds the commoner terms'
    // shares from each paragraph's own terms first.
    const rows =
      scored.length === 0
        ? []
        : readPerCandidate.length === 0 && held.every((term) => postings.has(term.term))
          ? await this.readChosen(scored, held, postings)
          : await this.readBest(scored, held, readPerCandidate, idf);
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

  /** A kept term's bounds by block ({@link blockBounds}), made once while its postings are kept. */
  private keptBlocks(postings: TermPostings | undefined): Uint8Array | undefined {
    if (!postings) return undefined;
    let blocks = this.blocks.get(postings);
    if (!blocks) this.blocks.set(postings, (blocks = blockBounds(postings, this.norms())));
    return blocks;
  }

  /** The generation's norms as scoring reads them, made at the first search. */
  private norms(): NormTable {
    return (this.scoringNorms ??= normTable(this.generation.norms));
  }

  /**
   * A kept term's frequency by paragraph, made once while it is kept, when it is held by
   * {@link BY_PASSAGE_FROM_SHARE} of the paragraphs or more; undefined for a rarer term.
   */
  private keptByPassage(postings: TermPostings | undefined): Uint16Array | undefined {
    const size = this.generation.statistics.passageCount;
    if (!postings || postings.passages.length < size * BY_PASSAGE_FROM_SHARE) return undefined;
    const kept = this.byPassage.get(postings) ?? frequencyByPassage(postings, size);
    this.byPassage.delete(postings);
    if (this.byPassage.size >= BY_PASSAGE_TERMS_KEPT) this.byPassage.delete(this.byPassage.keys().next().value!);
    this.byPassage.set(postings, kept);
    return kept;
  }

  /**
   * These candidates (the best already), with their offsets and text from the server, and the
   * frequency of each held term found in its postings.
   */
  private async readChosen(
    chosen: readonly { passage: number }[],
    held: readonly { term: string }[],
    postings: ReadonlyMap<string, TermPostings>,
  ): Promise<CandidateRow[]> {
    const { rows } = await this.pool.query<Omit<CandidateRow, 'frequencies'>>(
      `SELECT passage, article, start_offset, end_offset, length, text FROM ${S}.passage
       WHERE generation_id = $1 AND passage = ANY($2::int[])
       ORDER BY passage`,
      [this.generation.id, chosen.map((c) => c.passage)],
    );
    const frequencies = rows.map((): [string, number][] => []);
    for (const { term } of held) {
      const { passages, frequencies: inPassage } = postings.get(term)!;
      let k = 0;
      rows.forEach((row, n) => {
        k = gallop(passages, k, passages.length, row.passage);
        if (k < passages.length && passages[k] === row.passage) frequencies[n]!.push([term, inPassage[k]!]);
      });
    }
    return rows.map((row, n) => ({ ...row, frequencies: frequencies[n]! }));
  }

  /**
   * The best `LEXICAL_RANKING.reranked` of these candidates, with their offsets, text and the
   * frequency of each held term, in one query. The server adds each of `perCandidate`'s shares
   * (`idf · impact`, from the paragraph's own frequency and the norm sent along) to the score
   * sent, term after term in their order: the same double arithmetic, in the same order, as
   * `PassageIndex`, so the choice — ties by first reach — is the embedded index's.
   */
  private async readBest(
    candidates: readonly { passage: number; bm25: number; reached: number }[],
    held: readonly { term: string }[],
    perCandidate: readonly { term: string; df: number }[],
    idf: (term: { df: number }) => number,
  ): Promise<CandidateRow[]> {
    const norms = this.generation.norms;
    // ((bm25 + share 1) + share 2) + …: left to right, as the embedded index adds them; an absent term adds 0, which changes no double.
    const shares = perCandidate
      .map(
        (_, i) =>
          ` + coalesce(($9::float8[])[${i + 1}] * (((f.frequencies ->> ($8::text[])[${i + 1}])::float8 * $10::float8) / ((f.frequencies ->> ($8::text[])[${i + 1}])::float8 + c.norm)), 0)`,
      )
      .join('');
    const { rows } = await this.pool.query<
      Omit<CandidateRow, 'frequencies'> & { frequencies: Record<string, number> | null }
    >(
      `SELECT passage, article, start_offset, end_offset, length, text, frequencies FROM (
         SELECT p.passage, p.article, p.start_offset, p.end_offset, p.length, p.text, f.frequencies
         FROM unnest($2::int[], $3::float8[], $4::int[], $5::float8[]) AS c(passage, bm25, reached, norm)
         JOIN ${S}.passage p ON p.generation_id = $1 AND p.passage = c.passage
         CROSS JOIN LATERAL (
           SELECT jsonb_object_agg(t.lexeme, cardinality(t.positions)) AS frequencies
           FROM unnest(ts_filter(setweight(p.terms, 'A', $6::text[]), '{a}')) AS t) f
         ORDER BY c.bm25${shares} DESC, c.reached
         LIMIT $7) best
       ORDER BY passage`,
      [
        this.generation.id,
        candidates.map((c) => c.passage),
        candidates.map((c) => c.bm25),
        candidates.map((c) => c.reached),
        candidates.map((c) => norms[c.passage]!),
        held.map((t) => t.term),
        LEXICAL_RANKING.reranked,
        // The commoner terms' shares, when there are any (a parameter the statement does not use has no type).
        ...(perCandidate.length > 0
          ? [perCandidate.map((t) => t.term), perCandidate.map(idf), LEXICAL_RANKING.k1 + 1]
          : []),
      ],
    );
    return rows.map((row) => ({ ...row, frequencies: Object.entries(row.frequencies ?? {}) }));
  }
}

/** Postings in a block of a kept generator: the unit whose largest impact a reader keeps, a byte a block. */
export const BLOCK_POSTINGS = 64;
const BLOCK_SHIFT = 6;
/** The step between the impacts a block's byte stands for: impacts are below `k1 + 1`. */
const IMPACT_STEP = (LEXICAL_RANKING.k1 + 1) / 255;
/** By a block's byte, the impact it stands for: 255 stands for no bound at all. */
const BLOCK_IMPACTS = Float64Array.from({ length: 256 }, (_, step) => (step === 255 ? Infinity : step * IMPACT_STEP));

/**
 * A term's bounds by block: for each {@link BLOCK_POSTINGS} postings in turn, a byte standing for
 * an impact (see {@link blockImpact}) at least the largest of the block's, each posting's
 * {@link impactOf} with its paragraph's norm. Times the term's idf, the most the term adds to
 * any paragraph of the block: a generator reaching its paragraphs passes over a block whose
 * bound, with the most the terms after it can add, cannot lift them to the best already scored
 * (block-max pruning), without reading their norms. A byte for 64 postings of six bytes.
 */
export function blockBounds(postings: TermPostings, table: NormTable): Uint8Array {
  const { passages, frequencies } = postings;
  const bounds = new Uint8Array((passages.length + BLOCK_POSTINGS - 1) >> BLOCK_SHIFT);
  const codes = table.codes;
  for (let block = 0; block < bounds.length; block++) {
    let most = 0;
    const end = Math.min(passages.length, (block + 1) << BLOCK_SHIFT);
    for (let k = block << BLOCK_SHIFT; k < end; k++) {
      const impact = impactAt(table, frequencies[k]!, codes[passages[k]!]!);
      if (impact > most) most = impact;
    }
    // The least byte whose impact is no smaller (rounding checked, not assumed).
    let step = Math.min(255, Math.ceil(most / IMPACT_STEP));
    while (BLOCK_IMPACTS[step]! < most) step++;
    bounds[block] = step;
  }
  return bounds;
}

/** The impact a block's byte ({@link blockBounds}) stands for: at least every impact in the block. */
export function blockImpact(bound: number): number {
  return BLOCK_IMPACTS[bound]!;
}

/**
 * The `size` best of the scores added to it, as a heap whose top is the least of them: the
 * least score the best must reach, once there are `size`.
 */
class BestScores {
  private readonly heap: Float64Array;
  private count = 0;

  constructor(private readonly size: number) {
    this.heap = new Float64Array(size);
  }

  /** The least of the best once `size` scores were added, else -Infinity. */
  get least(): number {
    return this.count < this.size ? -Infinity : this.heap[0]!;
  }

  add(score: number): void {
    const heap = this.heap;
    if (this.count < this.size) {
      // Up from the bottom.
      let at = this.count++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (heap[parent]! <= score) break;
        heap[at] = heap[parent]!;
        at = parent;
      }
      heap[at] = score;
    } else if (score > heap[0]!) {
      // Down from the top, in place of the least.
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= this.size) break;
        const right = left + 1;
        const child = right < this.size && heap[right]! < heap[left]! ? right : left;
        if (heap[child]! >= score) break;
        heap[at] = heap[child]!;
        at = child;
      }
      heap[at] = score;
    }
  }
}

/**
 * Room for scoring a generation's paragraphs. The candidates alive are kept compact, by
 * candidate rather than by paragraph: their paragraphs, scores, norm numbers and the order in
 * which each was first reached, in parallel arrays, in the order reached (which is paragraph
 * order within each generator's own, since a generator's postings are). A later term is merged
 * against them, walking or galloping, both in paragraph order, so that scoring reads a few
 * arrays front to back rather than three arrays of tens of megabytes at scattered places.
 * `selection` is room for choosing the best score among the candidates. Beside them, two bits a
 * paragraph, whether it was reached at all and whether it is a candidate of the generator being
 * scored: a few hundred kilobytes for millions of paragraphs,
 * which stay in the processor's cache, checked before a posting is merged. The bits are zero
 * between searches; the arrays by candidate are written before they are read.
 */
export interface ScoringScratch {
  passages: Int32Array;
  scores: Float64Array;
  codes: Int32Array;
  reached: Int32Array;
  selection: Float64Array;
  seen: Int32Array;
  current: Int32Array;
}

/** Scoring room for a generation of `size` paragraphs. */
export function scoringScratch(size: number): ScoringScratch {
  return {
    passages: new Int32Array(size),
    scores: new Float64Array(size),
    codes: new Int32Array(size),
    reached: new Int32Array(size),
    selection: new Float64Array(size),
    seen: new Int32Array((size >> 5) + 1),
    current: new Int32Array((size >> 5) + 1),
  };
}

/**
 * BM25 of the paragraphs in the generators' postings that can be among the best, by the
 * generators and then the terms read whole, added in that order (each term's `idf · impact`
 * with the generation's paragraph lengths, as `PassageIndex` adds them), so that each score is
 * the embedded index's to the last bit. The paragraphs are scored a generator at a time: those
 * first reached by a generator (in the order the embedded index reaches them) get its share,
 * then the shares of every term after it. Before a generator, when what it and every term
 * after it (and `unread`, the most the commoner terms can add) can add cannot reach the best
 * already scored, no paragraph it would reach first can be among the best, and it reaches none
 * (MaxScore over the generators: a generator as common as a paragraph in three is then only
 * looked up for the candidates it scores). Within a generator's paragraphs, pruned as
 * `PassageIndex` prunes: before a term whose postings outnumber them, those that cannot reach
 * the best even with the most the terms left can add are dropped, each time that most has
 * halved; a term far longer than them is galloped through from one to the next. But when every
 * term after a generator is kept by paragraph, or there is none (a query of one common word, or
 * of a few of the commonest), its paragraphs are scored a paragraph at a time (document at a
 * time): each whole as it is reached, the terms after it looked up in their order, so the best
 * so far are known as it goes, and a paragraph is dropped as soon as what the terms left can add
 * cannot lift it to them; given the generator's bounds by block ({@link blockBounds}), a block
 * of postings whose bound cannot either is passed over unread. Then only
 * those that could still be among the best with `unread` more: the best
 * {@link LEXICAL_RANKING.reranked} alone when nothing is unread. Each with the order in which
 * it was first reached, which breaks ties; beside them, how many paragraphs were reached.
 */
export function scoreCandidates(
  scratch: ScoringScratch,
  table: NormTable,
  generators: readonly WeighedTerm[],
  readWhole: readonly WeighedTerm[],
  unread: number,
): { best: { passage: number; bm25: number; reached: number }[]; reached: number } {
  const { passages: candidates, scores, codes: candidateCodes, reached, seen, current } = scratch;
  const normCodes = table.codes;
  const { reranked } = LEXICAL_RANKING;
  // Every term in the order the embedded index adds them, and before each, the most it and
  // the terms after it (and `unread`) can add to a paragraph, summed afresh rather than subtracted.
  const terms = [...generators, ...readWhole];
  const reachableFrom = new Float64Array(terms.length + 1);
  reachableFrom[terms.length] = unread;
  for (let t = terms.length - 1; t >= 0; t--) reachableFrom[t] = reachableFrom[t + 1]! + terms[t]!.bound;
  // The candidates alive, `[0 .. count)` of the arrays by candidate, in the order they were reached.
  let count = 0;
  let reachedCount = 0;
  // The best score found last is a floor for every later one (scores only grow, and no
  // candidate at or above it is ever dropped), so the next is chosen among the scores that reach
  // it, copied aside in one pass: fewer and fewer of the candidates as the floor rises.
  let floor = -Infinity;
  const bestScore = () => {
    const selection = scratch.selection;
    let reaching = 0;
    for (let i = 0; i < count; i++) {
      const score = scores[i]!;
      if (score >= floor) selection[reaching++] = score;
    }
    return (floor = kthLargestInPlace(selection, reaching, reranked));
  };
  /**
   * Drops the candidates from `from` on that cannot reach the best (the
   * {@link LEXICAL_RANKING.reranked}-th score of all the candidates, a floor for the best's
   * final scores since scores only grow) with `reachable` more, moving those kept down in their
   * order. A dropped paragraph stays seen: no later generator reaches it again.
   */
  const prune = (from: number, reachable: number) => {
    const least = bestScore();
    let kept = from;
    for (let i = from; i < count; i++) {
      const score = scores[i]!;
      if (score + reachable * (1 + BOUND_SLACK) >= least) {
        candidates[kept] = candidates[i]!;
        scores[kept] = score;
        candidateCodes[kept] = candidateCodes[i]!;
        reached[kept++] = reached[i]!;
      } else {
        const passage = candidates[i]!;
        current[passage >> 5]! &= ~(1 << (passage & 31));
      }
    }
    count = kept;
  };
  for (let g = 0; g < generators.length; g++) {
    const { idf, postings, blocks } = generators[g]!;
    if (!postings) continue;
    if (g > 0 && count >= reranked && reachableFrom[g]! * (1 + BOUND_SLACK) < bestScore()) break;
    // This generator's own candidates: those it reaches first, after every one reached before,
    // in its postings' order, that is by paragraph.
    const first = count;
    const { passages, frequencies } = postings;
    if (blocks && terms.every((term, t) => t <= g || term.byPassage || !term.postings)) {
      // Every term after it (if any) kept by paragraph: its paragraphs scored one at a time.
      ({ count, reachedCount } = reachScoringWhole(
        scratch,
        table,
        terms,
        reachableFrom,
        g,
        blocks,
        count,
        reachedCount,
        count >= reranked ? bestScore() : -Infinity,
      ));
      continue;
    }
    for (let k = 0; k < passages.length; k++) {
      const passage = passages[k]!;
      const word = passage >> 5;
      const bit = 1 << (passage & 31);
      if ((seen[word]! & bit) === 0) {
        seen[word]! |= bit;
        current[word]! |= bit;
        const code = normCodes[passage]!;
        candidates[count] = passage;
        candidateCodes[count] = code;
        reached[count] = ++reachedCount;
        // A new candidate's score is 0 before this share: 0 + share, the double the share is.
        scores[count++] = idf * impactAt(table, frequencies[k]!, code);
      }
    }
    // The terms after it, for its candidates alone (those reached before have their shares already).
    let prunedAt = Infinity;
    for (let t = g + 1; t < terms.length; t++) {
      const { idf, postings, byPassage } = terms[t]!;
      const df = postings?.passages.length ?? 0;
      const reachable = reachableFrom[t]!;
      if (df > count - first && count > reranked && reachable <= prunedAt / 2) {
        prunedAt = reachable;
        prune(first, reachable);
      }
      const own = count - first;
      if (!postings || own === 0) continue;
      const { passages, frequencies } = postings;
      // A very common term kept by paragraph: each candidate looked up, fewer steps than its postings.
      if (byPassage && own < df) addSharesByPassage(scratch, table, first, count, byPassage, idf);
      else if (df <= own * (Math.log2(df / own + 1) + 2)) {
        // Walked: a posting of a candidate (its bit says so) is the next such candidate on, both in paragraph order.
        let i = first;
        for (let k = 0; k < df; k++) {
          const passage = passages[k]!;
          if ((current[passage >> 5]! & (1 << (passage & 31))) !== 0) {
            while (candidates[i] !== passage) i++;
            scores[i] = scores[i]! + idf * impactAt(table, frequencies[k]!, candidateCodes[i]!);
          }
        }
      } else {
        // Far more postings than candidates: gallop through them from one candidate to the next.
        let k = 0;
        for (let i = first; i < count && k < df; i++) {
          const passage = candidates[i]!;
          k = gallop(passages, k, df, passage);
          if (k < df && passages[k] === passage)
            scores[i] = scores[i]! + idf * impactAt(table, frequencies[k]!, candidateCodes[i]!);
        }
      }
    }
    for (let i = first; i < count; i++) current[candidates[i]! >> 5] = 0;
  }
  seen.fill(0);
  if (unread > 0 && count > reranked) prune(0, unread);
  // With nothing unread, the best alone: those above the last one's score, then its ties in the
  // order they were reached (the candidates' order), without sorting every candidate.
  let least = -Infinity;
  let tiesTaken = count;
  if (unread === 0 && count > reranked) {
    least = bestScore();
    let above = 0;
    for (let i = 0; i < count; i++) if (scores[i]! > least) above++;
    tiesTaken = reranked - above;
  }
  const kept: { passage: number; bm25: number; reached: number }[] = [];
  for (let i = 0; i < count; i++) {
    const score = scores[i]!;
    if (score > least || (score === least && tiesTaken-- > 0))
      kept.push({ passage: candidates[i]!, bm25: score, reached: reached[i]! });
  }
  return {
    best: unread === 0 ? kept.sort((a, b) => b.bm25 - a.bm25 || a.reached - b.reached) : kept,
    reached: reachedCount,
  };
}

/**
 * Reaches the paragraphs of generator `g` when every term after it (if any) is kept by
 * paragraph: each paragraph it reaches first is scored whole at once (but for the unread
 * terms), the terms after it looked up in their order (the very shares, in the very order, a
 * term at a time adds), so the best so far are a floor for the best's final scores, above
 * `least` already. A paragraph is dropped as soon as what the terms left can add cannot lift it
 * there (it stays seen: it cannot be among the best, whichever generator reached it), and a
 * block of postings whose bound ({@link blockBounds}) cannot lift its paragraphs there is passed
 * over, their norms unread (block-max pruning). The candidates kept are appended from `count`,
 * numbered in reach order from `reachedCount`; returns the new end of both.
 */
function reachScoringWhole(
  scratch: ScoringScratch,
  table: NormTable,
  terms: readonly WeighedTerm[],
  reachableFrom: Float64Array,
  g: number,
  blocks: Uint8Array,
  count: number,
  reachedCount: number,
  least: number,
): { count: number; reachedCount: number } {
  const { passages: candidates, scores, codes: candidateCodes, reached, seen } = scratch;
  const normCodes = table.codes;
  const { idf, postings } = terms[g]!;
  const { passages, frequencies } = postings!;
  const best = new BestScores(LEXICAL_RANKING.reranked);
  const after = reachableFrom[g + 1]! * (1 + BOUND_SLACK);
  for (let k = 0, block = 0; k < passages.length; block++) {
    const end = Math.min(passages.length, k + BLOCK_POSTINGS);
    least = Math.max(least, best.least);
    const passedOver = idf * BLOCK_IMPACTS[blocks[block]!]! + after < least;
    for (; k < end; k++) {
      const passage = passages[k]!;
      const word = passage >> 5;
      const bit = 1 << (passage & 31);
      if ((seen[word]! & bit) !== 0) continue;
      seen[word]! |= bit;
      reachedCount++;
      if (passedOver) continue;
      const code = normCodes[passage]!;
      // A new candidate's score is 0 before this share: 0 + share, the double the share is.
      let score = idf * impactAt(table, frequencies[k]!, code);
      let t = g + 1;
      for (; t <= terms.length; t++) {
        if (score + reachableFrom[t]! * (1 + BOUND_SLACK) < least || t === terms.length) break;
        const { idf: termIdf, byPassage } = terms[t]!;
        const frequency = byPassage ? byPassage[passage]! : 0;
        if (frequency !== 0) score = score + termIdf * impactAt(table, frequency, code);
      }
      if (t < terms.length || score + reachableFrom[t]! * (1 + BOUND_SLACK) < least) continue;
      candidates[count] = passage;
      candidateCodes[count] = code;
      reached[count] = reachedCount;
      scores[count++] = score;
      best.add(score);
    }
  }
  return { count, reachedCount };
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
  generation: SearchableGeneration,
): { data: PassageIndexData; textAt: Map<string, string> } {
  const termNumber = new Map(held.map((p, n) => [p.term, n]));
  const postings: [passage: number, frequency: number][][] = held.map(() => []);
  const textAt = new Map<string, string>();
  const articles = generation.searchArticles;
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
