/**
 * A generation of the shared archive opened for reading. Its summary, article table and
 * passage index arrays are read when it is opened (the index as the embedded store maps its
 * `index.bin`); an entity's facts are fetched from the server when asked for — in batches ahead
 * of an analysis (`prefetchFacts`: the entities a draft names), else one entity at a time
 * through a worker thread, since the checks read facts synchronously — and kept for the next
 * question. Everything is read by the generation's id, so a reader sees this generation whole
 * even while a newer one is committed.
 */
import { deserialize } from 'node:v8';
import type pg from 'pg';
import { GENERATION_VERSION, type CorpusGeneration } from '../../corpus/corpusGeneration.js';
import type { LoadedGeneration, StoredFileTexts } from '../../corpus/loadedGeneration.js';
import type { Story } from '../../corpus/types.js';
import type { CorpusEvent, TitleSighting } from '../../core/facts/types.js';
import type { Language } from '../../corpus/types.js';
import type { IndexedArticles, PassageIndexData } from '../../core/passages/passageIndex.js';
import { ArticleColumns } from '../articleColumns.js';
import { indexHoldsTogether, indexOfSections } from '../indexSections.js';
import { Sections } from '../sections.js';
import { archiveClientConfig } from './archiveConnection.js';
import { ARCHIVE_SCHEMA as S } from './archiveSchema.js';
import { SynchronousQueries } from './synchronousQueries.js';
import { decodeNorms } from './termPostings.js';

/** What a generation's `summary` holds. */
export interface GenerationSummary {
  files: CorpusGeneration['files'];
  duplicates: CorpusGeneration['duplicates'];
  problems: CorpusGeneration['problems'];
  articles: number;
}

/** What passage search needs of the whole generation: its size and average paragraph lengths. */
export interface SearchStatistics {
  passageCount: number;
  averageLength: Record<Language, number>;
}

/**
 * What passage search over the archive needs of a generation: its id, its statistics, its
 * articles (the paths and fields of a result) and each paragraph's length norm — no index
 * arrays, which only an in-process index needs: the postings are in the archive.
 */
export interface SearchableGeneration {
  readonly id: string;
  readonly statistics: SearchStatistics;
  readonly connectionString: string;
  readonly searchArticles: IndexedArticles;
  /** Per paragraph, the length part of BM25's saturation (see `lengthNorms`). */
  readonly norms: Float64Array;
}

/** How many entities' facts a reader keeps once fetched (the people of the drafts in use). */
const KEPT_ENTITIES = 2_000;

interface EntityFacts {
  titles: TitleSighting[];
  events: CorpusEvent[];
}

/** How much of a large value one query reads: far below the 1 GB a PostgreSQL reply's text may hold. */
export const LARGE_VALUE_PART = 64 * 1024 * 1024;

/**
 * A generation's large column (its article table, its index arrays) read in parts: whole, the
 * index arrays of a million articles pass 500 MB, which PostgreSQL cannot send as one value
 * ("out of memory": a reply's value is at most 1 GB, and bytea goes as text at twice its size).
 * A committed generation's row never changes, so the parts belong together.
 */
export async function readLargeBytes(
  client: pg.ClientBase,
  column: 'articles' | 'index_arrays',
  generationId: string,
  part = LARGE_VALUE_PART,
): Promise<Buffer> {
  const { rows } = await client.query<{ length: number }>(
    `SELECT octet_length(${column}) AS length FROM ${S}.generation WHERE id = $1`,
    [generationId],
  );
  const length = rows[0]?.length ?? 0;
  const value = Buffer.allocUnsafe(length);
  for (let offset = 0; offset < length; offset += part) {
    const { rows: parts } = await client.query<{ part: Buffer }>(
      `SELECT substring(${column} FROM $2 FOR $3) AS part FROM ${S}.generation WHERE id = $1`,
      [generationId, offset + 1, part],
    );
    const bytes = parts[0]?.part;
    if (!bytes || bytes.length !== Math.min(part, length - offset))
      throw new Error(`the generation's ${column} ended early, at byte ${offset}`);
    bytes.copy(value, offset);
  }
  return value;
}

/** Opens the archive's current generation; undefined when none was committed, or it is of another format. */
export async function openPostgresGeneration(
  client: pg.ClientBase,
  pool: pg.Pool,
  connectionString: string,
): Promise<PostgresGeneration | undefined> {
  const { rows } = await client.query<{
    id: string;
    version: number;
    kb_key: string;
    summary: Buffer;
    passage_count: number;
    average_length_en: number;
    average_length_zh: number;
    passage_norms: Buffer;
  }>(
    `SELECT g.id, g.version, g.kb_key, g.summary, g.passage_count, g.average_length_en, g.average_length_zh, g.passage_norms
     FROM ${S}.current_generation c JOIN ${S}.generation g ON g.id = c.generation_id`,
  );
  const row = rows[0];
  // A generation of another format is merged again by the next ingest.
  if (!row || row.version !== GENERATION_VERSION) return undefined;
  const summary = deserialize(row.summary) as GenerationSummary;
  const articles = new ArticleColumns(new Sections(await readLargeBytes(client, 'articles', row.id)));
  const index = indexOfSections(new Sections(await readLargeBytes(client, 'index_arrays', row.id)), articles.indexed);
  if (!indexHoldsTogether(index, summary.articles) || articles.length !== summary.articles) return undefined;
  const entities = await client.query<{ entity_id: string }>(
    `SELECT entity_id FROM ${S}.entity_facts WHERE generation_id = $1`,
    [row.id],
  );
  const statistics = {
    passageCount: row.passage_count,
    averageLength: { en: row.average_length_en, zh: row.average_length_zh },
  };
  const factEntities = entities.rows.map((r) => r.entity_id).sort();
  const norms = decodeNorms(row.passage_norms);
  if (norms.length !== statistics.passageCount) return undefined;
  return new PostgresGeneration(
    row.id,
    row.version,
    row.kb_key,
    summary,
    index,
    articles,
    factEntities,
    statistics,
    norms,
    connectionString,
    pool,
  );
}

/**
 * The archive's current generation as passage search needs it ({@link SearchableGeneration}):
 * its statistics, paragraph norms and article table, without the index arrays (half a gigabyte
 * at a million articles, and a whole index's terms to decode) — what a reader that only
 * searches opens. Undefined when none was committed, or it is of another format.
 */
export async function openSearchableGeneration(
  client: pg.ClientBase,
  connectionString: string,
): Promise<SearchableGeneration | undefined> {
  const { rows } = await client.query<{
    id: string;
    version: number;
    passage_count: number;
    average_length_en: number;
    average_length_zh: number;
    passage_norms: Buffer;
  }>(
    `SELECT g.id, g.version, g.passage_count, g.average_length_en, g.average_length_zh, g.passage_norms
     FROM ${S}.current_generation c JOIN ${S}.generation g ON g.id = c.generation_id`,
  );
  const row = rows[0];
  if (!row || row.version !== GENERATION_VERSION) return undefined;
  const articles = new ArticleColumns(new Sections(await readLargeBytes(client, 'articles', row.id)));
  const norms = decodeNorms(row.passage_norms);
  if (norms.length !== row.passage_count) return undefined;
  return {
    id: row.id,
    statistics: {
      passageCount: row.passage_count,
      averageLength: { en: row.average_length_en, zh: row.average_length_zh },
    },
    connectionString,
    searchArticles: articles.indexed,
    norms,
  };
}

export class PostgresGeneration implements LoadedGeneration, SearchableGeneration {
  readonly files: CorpusGeneration['files'];
  readonly duplicates: CorpusGeneration['duplicates'];
  readonly problems: CorpusGeneration['problems'];
  private readonly facts = new Map<string, EntityFacts>();
  private readonly entitySet: Set<string>;
  private synchronous: SynchronousQueries | undefined;
  private damaged = false;
  private readonly listeners: (() => void)[] = [];
  /** Set while the server is known to be away: reads answer from what is held, without waiting for a timeout each. */
  private away = false;

  constructor(
    /** The generation's row id in the archive. */
    readonly id: string,
    readonly version: number,
    readonly kbKey: string,
    summary: GenerationSummary,
    readonly index: PassageIndexData,
    readonly articles: ArticleColumns,
    readonly factEntities: readonly string[],
    readonly statistics: SearchStatistics,
    readonly norms: Float64Array,
    /** The archive's connection string (its password is never shown: see `describeArchive`). */
    readonly connectionString: string,
    private readonly pool: pg.Pool,
  ) {
    this.files = summary.files;
    this.duplicates = summary.duplicates;
    this.problems = summary.problems;
    this.entitySet = new Set(factEntities);
  }

  get searchArticles(): IndexedArticles {
    return this.index.articles;
  }

  readTitles(entityId: string): TitleSighting[] {
    return this.factsOf(entityId).titles;
  }

  readEvents(entityId: string): CorpusEvent[] {
    return this.factsOf(entityId).events;
  }

  /**
   * The corpus files' text as the archive keeps it beside their records, for editors and CI
   * jobs that do not have the files: only a file's text of the fingerprint this generation read
   * (a file ingested again since reads as none, as its offsets may have moved).
   */
  readonly storedTexts: StoredFileTexts = {
    text: (path) => {
      const fingerprint = this.fingerprintOf(path);
      if (fingerprint === undefined) return undefined;
      const rows = this.readNow<{ file_text: Uint8Array | null }>(
        `SELECT file_text FROM ${S}.corpus_file WHERE path = $1 AND fingerprint = $2`,
        [path, fingerprint],
      );
      const bytes = rows?.[0]?.file_text;
      return bytes && bytes.length > 0 ? utf8(bytes) : undefined;
    },
    bytes: (path, start, end) => {
      const fingerprint = this.fingerprintOf(path);
      if (fingerprint === undefined || start < 0 || end < start) return undefined;
      const rows = this.readNow<{ part: Uint8Array | null }>(
        `SELECT substring(file_text FROM $3 FOR $4) AS part FROM ${S}.corpus_file
         WHERE path = $1 AND fingerprint = $2 AND octet_length(file_text) >= $5`,
        [path, fingerprint, start + 1, end - start, end],
      );
      const part = rows?.[0]?.part;
      return part ? utf8(part) : undefined;
    },
  };

  private fingerprints: Map<string, string> | undefined;

  private fingerprintOf(path: string): string | undefined {
    this.fingerprints ??= new Map(this.files.map((file) => [file.path, file.fingerprint]));
    return this.fingerprints.get(path);
  }

  readStories(): Story[] {
    const rows = this.readNow<{ stories: Uint8Array }>(`SELECT stories FROM ${S}.generation WHERE id = $1`, [this.id]);
    if (!rows) return [];
    const stories = rows?.[0] ? (deserialize(rows[0].stories) as unknown) : undefined;
    if (Array.isArray(stories)) return stories as Story[];
    this.foundDamaged();
    return [];
  }

  onDamaged(listener: () => void): void {
    if (this.damaged) listener();
    else this.listeners.push(listener);
  }

  /**
   * Fetches the facts of these entities in one query, ahead of the analysis that reads them
   * synchronously: the entities a draft names, a card's entity.
   */
  async prefetchFacts(entityIds: Iterable<string>): Promise<void> {
    const wanted = [...new Set(entityIds)].filter((id) => this.entitySet.has(id) && !this.facts.has(id));
    if (wanted.length === 0) return;
    const { rows } = await this.pool.query<FactsRow>(
      `SELECT entity_id, titles, events FROM ${S}.entity_facts WHERE generation_id = $1 AND entity_id = ANY($2::text[])`,
      [this.id, wanted],
    );
    for (const row of rows) this.keep(row.entity_id, factsOfRow(row));
    if (rows.length < wanted.length) this.foundDamaged();
  }

  /**
   * Whether the server is known to be away (an editor's reader found it so): then an entity's
   * facts not fetched before read as none at once, rather than after a timeout per question
   * in the middle of an analysis, until the reader says the server is back.
   */
  setServerAway(away: boolean): void {
    this.away = away;
  }

  /** Stops the worker thread that answers synchronous reads, if one was started. */
  close(): void {
    this.synchronous?.close();
    this.synchronous = undefined;
  }

  private factsOf(entityId: string): EntityFacts {
    const known = this.facts.get(entityId);
    if (known) return known;
    if (!this.entitySet.has(entityId)) return { titles: [], events: [] };
    const rows = this.readNow<FactsRow>(
      `SELECT entity_id, titles, events FROM ${S}.entity_facts WHERE generation_id = $1 AND entity_id = $2`,
      [this.id, entityId],
    );
    // The server failing is not damage: nothing is kept, and the next question asks again.
    if (!rows) return { titles: [], events: [] };
    const row = rows[0];
    if (!row) {
      this.foundDamaged();
      return { titles: [], events: [] };
    }
    const facts = factsOfRow(row);
    this.keep(entityId, facts);
    return facts;
  }

  private keep(entityId: string, facts: EntityFacts): void {
    if (this.facts.size >= KEPT_ENTITIES) this.facts.delete(this.facts.keys().next().value!);
    this.facts.set(entityId, facts);
  }

  /** A query answered synchronously; undefined when the server fails or does not answer in time. */
  private readNow<Row>(text: string, values: readonly unknown[]): Row[] | undefined {
    if (this.away) return undefined;
    this.synchronous ??= new SynchronousQueries(archiveClientConfig(this.connectionString));
    try {
      return this.synchronous.query<Row>(text, values);
    } catch {
      return undefined;
    }
  }

  /** Something this generation has was not found: it was deleted (superseded long ago) or the server failed. */
  private foundDamaged(): void {
    if (this.damaged) return;
    this.damaged = true;
    for (const listener of this.listeners.splice(0)) listener();
  }
}

interface FactsRow {
  entity_id: string;
  titles: Uint8Array | null;
  events: Uint8Array | null;
}

function factsOfRow(row: FactsRow): EntityFacts {
  const list = <T>(bytes: Uint8Array | null): T[] => {
    const value = bytes ? (deserialize(bytes) as unknown) : [];
    return Array.isArray(value) ? (value as T[]) : [];
  };
  return { titles: list<TitleSighting>(row.titles), events: list<CorpusEvent>(row.events) };
}

/** Bytes as UTF-8 text (a worker thread hands a `bytea` over as a plain Uint8Array). */
function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
