/**
 * The corpus store on a PostgreSQL server: a team's shared archive (see archiveSchema.ts for
 * the tables). One ingest job writes it — each corpus file's record in a transaction of its
 * own, then the merged generation in one transaction that ends by naming it current — and every
 * editor and CI job reads it, with a role that can only `SELECT`. Writers take turns through
 * an advisory lock held on their own connection, so two ingest jobs on any machines serialize.
 *
 * A generation superseded by a newer one is kept for {@link SUPERSEDED_KEPT_MINUTES}, so that a
 * reader that opened it reads it whole to the end; one opened longer ago than that finds its
 * facts gone and reports the generation damaged (`onDamaged`): its reader should open the
 * current one.
 */
import { stat } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import pg from 'pg';
import type { CorpusGeneration } from '../../corpus/corpusGeneration.js';
import { decodeCorpusFile } from '../../corpus/decodedFile.js';
import type { FileRecord } from '../../corpus/fileRecord.js';
import type { Language } from '../../corpus/types.js';
import { factsByEntity, type LoadedGeneration } from '../../corpus/loadedGeneration.js';
import { readCorpusText } from '../../corpus/readCorpus.js';
import type { CorpusStore, StoreManifest } from '../corpusStore.js';
import { articleSections } from '../articleColumns.js';
import { indexOrderOf, indexSections } from '../indexSections.js';
import { encodeSections } from '../sections.js';
import { serializeStably } from '../stableSerialization.js';
import { archiveClientConfig, archiveError, describeArchive } from './archiveConnection.js';
import { ARCHIVE_SCHEMA as S, ARCHIVE_SCHEMA_VERSION, archiveSchemaVersion } from './archiveSchema.js';
import { openPostgresGeneration, type GenerationSummary } from './postgresGeneration.js';
import { averageLengths, encodeNorms, insertTermPostings, largestImpacts, lengthNorms } from './termPostings.js';
import { tsvectorLiteral } from './tsvectorText.js';

/** How long a superseded generation stays readable for the readers that opened it. */
export const SUPERSEDED_KEPT_MINUTES = 15;
/** The channel a commit notifies with the new generation's id (`LISTEN attache_generation`). */
export const GENERATION_CHANNEL = 'attache_generation';
/** Rows per INSERT when a generation is written. */
const BATCH = 5_000;

export interface PostgresStoreOptions {
  /** Most connections the store opens at once (the writer lock holds one of them). */
  maxConnections?: number;
}

export class PostgresCorpusStore implements CorpusStore {
  readonly location: string;
  /** Ingest jobs on several machines or folders feed one archive; each removes only its own folders' files. */
  readonly sharedByFolders = true;
  /** The store's connections, for the readers of its generations (passage search). */
  readonly pool: pg.Pool;
  private schemaChecked: Promise<void> | undefined;

  constructor(
    readonly connectionString: string,
    options: PostgresStoreOptions = {},
  ) {
    this.location = describeArchive(connectionString);
    this.pool = new pg.Pool({
      ...archiveClientConfig(connectionString),
      max: options.maxConnections ?? 4,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
    });
    // An idle connection the server drops is replaced on the next query; it must not crash the process.
    this.pool.on('error', () => undefined);
  }

  /** Closes the store's connections. */
  async close(): Promise<void> {
    await this.pool.end();
  }

  async acquireWriteLock(signal?: AbortSignal): Promise<() => Promise<void>> {
    const client = await this.connect();
    const abort = () => client.release(new Error('cancelled'));
    signal?.addEventListener('abort', abort, { once: true });
    try {
      await this.checkSchema(client);
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [`${S}.write`]);
    } catch (error) {
      signal?.removeEventListener('abort', abort);
      if (signal?.aborted) throw signal.reason;
      client.release(true);
      throw archiveError(this.connectionString, error, 'could not be locked for writing');
    }
    signal?.removeEventListener('abort', abort);
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      try {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`${S}.write`]);
        client.release();
      } catch {
        // Closing the connection releases the lock as well.
        client.release(true);
      }
    };
  }

  async readManifest(): Promise<StoreManifest | undefined> {
    const rows = await this.query<{ version: number; kb_key: string; summary: Buffer }>(
      `SELECT g.version, g.kb_key, g.summary FROM ${S}.current_generation c JOIN ${S}.generation g ON g.id = c.generation_id`,
      [],
      'could not be read',
    );
    const row = rows[0];
    if (!row) return undefined;
    const summary = deserialize(row.summary) as GenerationSummary;
    // Files stored before the archive kept their text are left out, so the next ingest reads them again and stores it.
    const textless = await this.query<{ path: string }>(
      `SELECT path FROM ${S}.corpus_file WHERE file_text IS NULL`,
      [],
      'could not be read',
    );
    const withoutText = new Set(textless.map((file) => file.path));
    return {
      version: row.version,
      kbKey: row.kb_key,
      files: Object.fromEntries(
        summary.files.filter((f) => !withoutText.has(f.path)).map((f) => [f.path, f.fingerprint]),
      ),
    };
  }

  async putRecord(record: FileRecord, text?: string): Promise<void> {
    // The file's text beside its record, for readers without the corpus files (empty: it could not be read).
    await this.query(
      `INSERT INTO ${S}.corpus_file (path, fingerprint, record, file_text) VALUES ($1, $2, $3, $4)
       ON CONFLICT (path) DO UPDATE SET fingerprint = excluded.fingerprint, record = excluded.record, file_text = excluded.file_text, written_at = now()`,
      [record.path, record.fingerprint, serialize(record), Buffer.from(text ?? '', 'utf8')],
      `could not store the record of ${record.path}`,
    );
  }

  async deleteRecord(path: string): Promise<void> {
    await this.query(`DELETE FROM ${S}.corpus_file WHERE path = $1`, [path], `could not delete the record of ${path}`);
  }

  async readRecords(paths: readonly string[]): Promise<FileRecord[]> {
    const rows = await this.query<{ path: string; record: Buffer }>(
      `SELECT path, record FROM ${S}.corpus_file WHERE path = ANY($1::text[])`,
      [paths],
      'could not be read',
    );
    const byPath = new Map<string, FileRecord>();
    for (const row of rows) {
      try {
        const record = deserialize(row.record) as FileRecord;
        if (record && record.path === row.path) byPath.set(row.path, record);
      } catch {
        // A damaged record is left out: its file is derived again.
      }
    }
    return paths.flatMap((path) => byPath.get(path) ?? []);
  }

  async commitGeneration(generation: CorpusGeneration): Promise<void> {
    const texts = await paragraphTexts(generation);
    await this.inTransaction('could not commit the generation', async (client) => {
      // The lengths' averages and each paragraph's norm, as search weighs every posting with them.
      const averages = averageLengths(generation.index);
      const norms = lengthNorms(generation.index, averages);
      const id = await insertGeneration(client, generation, averages, norms);
      await insertFacts(client, id, generation);
      await insertPassages(client, id, generation, texts);
      await insertTermCounts(client, id, generation, largestImpacts(generation.index, norms));
      await insertTermPostings(client, id, generation.index);
      await client.query(`UPDATE ${S}.generation SET superseded_at = now() WHERE superseded_at IS NULL AND id <> $1`, [
        id,
      ]);
      await client.query(
        `INSERT INTO ${S}.current_generation (only_row, generation_id) VALUES (true, $1)
         ON CONFLICT (only_row) DO UPDATE SET generation_id = excluded.generation_id`,
        [id],
      );
      await client.query(
        `DELETE FROM ${S}.generation WHERE id <> $1 AND superseded_at < now() - make_interval(mins => $2)`,
        [id, SUPERSEDED_KEPT_MINUTES],
      );
      // Readers that listen hear of the new generation when it is committed (an editor swaps it in).
      await client.query(`SELECT pg_notify($1, $2)`, [GENERATION_CHANNEL, id]);
      // Fresh statistics, so that the planner reads a query's rows through their keys.
      await client.query(`ANALYZE ${S}.passage, ${S}.term_count, ${S}.term_posting, ${S}.entity_facts`);
    });
  }

  async readGeneration(): Promise<LoadedGeneration | undefined> {
    const client = await this.connect();
    try {
      await this.checkSchema(client);
      return await openPostgresGeneration(client, this.pool, this.connectionString);
    } catch (error) {
      throw archiveError(this.connectionString, error, 'could not be read');
    } finally {
      client.release();
    }
  }

  async clear(): Promise<void> {
    await this.inTransaction('could not be cleared', async (client) => {
      await client.query(`DELETE FROM ${S}.current_generation`);
      await client.query(`DELETE FROM ${S}.generation`);
      await client.query(`DELETE FROM ${S}.corpus_file`);
    });
  }

  /** Runs `work` in one transaction on one connection: all of it is committed, or none. */
  private async inTransaction(doing: string, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.connect();
    try {
      await this.checkSchema(client);
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(true);
      throw archiveError(this.connectionString, error, doing);
    }
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw archiveError(this.connectionString, error, 'cannot be reached');
    }
  }

  private async query<Row extends pg.QueryResultRow>(
    text: string,
    values: readonly unknown[],
    doing: string,
  ): Promise<Row[]> {
    const client = await this.connect();
    try {
      await this.checkSchema(client);
      return (await client.query<Row>(text, values as unknown[])).rows;
    } catch (error) {
      throw archiveError(this.connectionString, error, doing);
    } finally {
      client.release();
    }
  }

  /** Once per store: the archive has this program's schema version (else a message saying which command fixes it). */
  private checkSchema(client: pg.ClientBase): Promise<void> {
    this.schemaChecked ??= archiveSchemaVersion(client).then((version) => {
      if (version === ARCHIVE_SCHEMA_VERSION) return;
      this.schemaChecked = undefined;
      const fix =
        version === 0
          ? 'has no Attaché schema: run "attache store init"'
          : version < ARCHIVE_SCHEMA_VERSION
            ? `has schema version ${version}, older than this program's (${ARCHIVE_SCHEMA_VERSION}): run "attache store migrate"`
            : `has schema version ${version}, newer than this program's (${ARCHIVE_SCHEMA_VERSION}): update Attaché`;
      throw archiveError(this.connectionString, new Error(fix), 'cannot be used');
    });
    return this.schemaChecked;
  }
}

async function insertGeneration(
  client: pg.ClientBase,
  generation: CorpusGeneration,
  averages: Record<Language, number>,
  norms: Float64Array,
): Promise<string> {
  const index = generation.index;
  const summary: GenerationSummary = {
    files: generation.files,
    duplicates: generation.duplicates,
    problems: generation.problems,
    articles: generation.articles.length,
  };
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO ${S}.generation (version, kb_key, summary, articles, index_arrays, stories, passage_count, average_length_en, average_length_zh, passage_norms)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      generation.version,
      generation.kbKey,
      serializeStably(summary),
      Buffer.concat(encodeSections(articleSections(generation.articles, indexOrderOf(index)))),
      Buffer.concat(encodeSections(indexSections(index))),
      serializeStably(generation.stories),
      index.passageArticle.length,
      averages.en,
      averages.zh,
      encodeNorms(norms),
    ],
  );
  return rows[0]!.id;
}

/** Most bytes of serialized facts in one batched statement (twice as many hex digits cross the wire). */
const FACT_BYTES_PER_STATEMENT = 16_000_000;

async function insertFacts(client: pg.ClientBase, id: string, generation: CorpusGeneration): Promise<void> {
  const facts = factsByEntity(generation);
  const list = (values: readonly unknown[] | undefined) =>
    values && values.length > 0 ? serializeStably(values) : null;
  // A batch goes as bytea[], which the client sends as one hex text: it is cut by size too, so
  // that the text stays far below the longest string Node allows (the facts of a leader named
  // in most of a large archive's articles are many megabytes).
  let batch: { entity: string; titles: Buffer | null; events: Buffer | null }[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(
      `INSERT INTO ${S}.entity_facts (generation_id, entity_id, titles, events) SELECT $1, * FROM unnest($2::text[], $3::bytea[], $4::bytea[])`,
      [id, batch.map((e) => e.entity), batch.map((e) => e.titles), batch.map((e) => e.events)],
    );
    batch = [];
    bytes = 0;
  };
  for (const entity of facts.entities) {
    const titles = list(facts.titles.get(entity));
    const events = list(facts.events.get(entity));
    const size = (titles?.length ?? 0) + (events?.length ?? 0);
    if (batch.length >= BATCH || (batch.length > 0 && bytes + size > FACT_BYTES_PER_STATEMENT)) await flush();
    if (size > FACT_BYTES_PER_STATEMENT) {
      // Alone and too large for a hex text: its two values go as plain bytea, which the client sends in binary.
      await client.query(
        `INSERT INTO ${S}.entity_facts (generation_id, entity_id, titles, events) VALUES ($1, $2, $3, $4)`,
        [id, entity, titles, events],
      );
      continue;
    }
    batch.push({ entity, titles, events });
    bytes += size;
  }
  await flush();
}

/** Per passage: its terms with their frequencies, from the index's postings. */
function termsByPassage(generation: CorpusGeneration): [term: number, frequency: number][][] {
  const index = generation.index;
  const byPassage: [number, number][][] = Array.from({ length: index.passageArticle.length }, () => []);
  for (let term = 0; term < index.terms.length; term++) {
    for (let k = index.postingOffsets[term]!; k < index.postingOffsets[term + 1]!; k++)
      byPassage[index.postingPassages[k]!]!.push([term, index.postingFrequencies[k]!]);
  }
  return byPassage;
}

async function insertPassages(
  client: pg.ClientBase,
  id: string,
  generation: CorpusGeneration,
  texts: (string | null)[],
): Promise<void> {
  const index = generation.index;
  const terms = termsByPassage(generation);
  for (let from = 0; from < index.passageArticle.length; from += BATCH) {
    const to = Math.min(index.passageArticle.length, from + BATCH);
    const passages = Array.from({ length: to - from }, (_, k) => from + k);
    await client.query(
      `INSERT INTO ${S}.passage (generation_id, passage, article, start_offset, end_offset, length, language, text, terms)
       SELECT $1, p, a, s, e, l, g, t, v::tsvector FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[]) AS u(p, a, s, e, l, g, t, v)`,
      [
        id,
        passages,
        passages.map((p) => index.passageArticle[p]!),
        passages.map((p) => index.passageStart[p]!),
        passages.map((p) => index.passageEnd[p]!),
        passages.map((p) => index.passageLength[p]!),
        passages.map((p) => index.articles.language(index.passageArticle[p]!)),
        passages.map((p) => texts[p] ?? null),
        passages.map((p) => tsvectorLiteral(terms[p]!.map(([term, frequency]) => [index.terms[term]!, frequency]))),
      ],
    );
  }
}

/** Each term's document frequency and largest impact (see `largestImpacts`). */
async function insertTermCounts(
  client: pg.ClientBase,
  id: string,
  generation: CorpusGeneration,
  largest: Float64Array,
): Promise<void> {
  const index = generation.index;
  for (let from = 0; from < index.terms.length; from += BATCH) {
    const terms = index.terms.slice(from, from + BATCH);
    await client.query(
      `INSERT INTO ${S}.term_count (generation_id, term, passages, largest_impact)
       SELECT $1, * FROM unnest($2::text[], $3::int[], $4::float8[])`,
      [
        id,
        terms,
        terms.map((_, k) => index.postingOffsets[from + k + 1]! - index.postingOffsets[from + k]!),
        Array.from(largest.subarray(from, from + terms.length)),
      ],
    );
  }
}

/**
 * Each paragraph's text, read from its corpus file through the same decoding as every reader,
 * so that editors and CI jobs that do not have the corpus files can show and rerank passages;
 * null for a file that cannot be read or changed since it was derived (its fingerprint differs).
 */
async function paragraphTexts(generation: CorpusGeneration): Promise<(string | null)[]> {
  const index = generation.index;
  const texts = new Array<string | null>(index.passageArticle.length).fill(null);
  const byPath = new Map<string, number[]>();
  for (let passage = 0; passage < index.passageArticle.length; passage++) {
    const path = index.articles.at(index.passageArticle[passage]!).path;
    let list = byPath.get(path);
    if (!list) byPath.set(path, (list = []));
    list.push(passage);
  }
  const fingerprints = new Map(generation.files.map((file) => [file.path, file.fingerprint]));
  for (const [path, passages] of byPath) {
    const now = await stat(path).then(
      (s) => `${s.size}:${Math.floor(s.mtimeMs)}`,
      () => undefined,
    );
    if (now === undefined || now !== fingerprints.get(path)) continue;
    const read = await readCorpusText(path);
    if (typeof read !== 'string') continue;
    const text = decodeCorpusFile({ path, text: read }).text;
    for (const passage of passages) texts[passage] = text.slice(index.passageStart[passage], index.passageEnd[passage]);
  }
  return texts;
}
