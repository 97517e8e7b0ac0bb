/**
 * The shared archive at scale (`npm run bench:postgres`, or `node out/bench/run.js postgres`):
 * the synthetic corpus of the archive figures (ATTACHE_BENCH_ARTICLES, default 100,000)
 * ingested into PostgreSQL and into the embedded store on the same machine; opening the
 * generation; passage search p50/p95 from each; and the archive's queries per second with 1, 10
 * and 50 concurrent readers. The server is a throwaway cluster started for the run (as the tests
 * start one), or the one ATTACHE_BENCH_POSTGRES names (a database the user may create tables
 * in): empty, the archive is built; holding the archive an earlier run built there (of the same
 * ATTACHE_BENCH_ARTICLES), it is searched as it is. ATTACHE_BENCH_ARCHIVE_ONLY stops after the
 * archive's figures, before the embedded store's.
 *
 * The concurrent readers run twice: in one client process (one thread, as the readers of one
 * editor or CI job share it), and each on a thread of its own with its own connection and
 * postings cache (as the editors of a desk are processes of their own), so that they use every
 * core.
 *
 * Above 100,000 articles (ATTACHE_BENCH_DERIVED), the archive is built the quick way: 100,000
 * articles derived from text, the rest copies of their records under other paths, merged and
 * committed as any generation is; its ingest figure is then no ingest measurement.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import pg from 'pg';
import { buildMentionIndex } from '../server/src/core/mentions/mentionIndex.js';
import type { FileRecord } from '../server/src/corpus/fileRecord.js';
import { listCorpusFiles, type ListedFile } from '../server/src/corpus/readCorpus.js';
import type { CorpusIndexer } from '../server/src/store/corpusIndexer.js';
import type { CorpusStore } from '../server/src/store/corpusStore.js';
import { updateCorpus } from '../server/src/store/updateCorpus.js';
import { WorkerIndexer } from '../server/src/store/workerIndexer.js';
import type { PassageMatch } from '../server/src/core/passages/passageIndex.js';
import { readKnowledgeBase } from '../server/src/kb/readKnowledgeBase.js';
import { EmbeddedCorpusStore } from '../server/src/store/embeddedStore.js';
import { initArchive } from '../server/src/store/postgres/archiveSchema.js';
import { ArchivePassageSearch } from '../server/src/store/postgres/archiveSearch.js';
import { openSearchableGeneration, PostgresGeneration } from '../server/src/store/postgres/postgresGeneration.js';
import { PostgresCorpusStore } from '../server/src/store/postgres/postgresStore.js';
import { CorpusView } from '../server/src/workspace/corpusView.js';
import { FileTexts, readUtf8, readUtf8Range } from '../server/src/workspace/fileTexts.js';
import { postgresCluster } from '../test/support/postgresCluster.js';
import { recordingPool, replaySearches, type RecordedSearch } from './remoteReaders.js';
import { syntheticCorpus } from './searchScale.js';

type Row = (...cells: (string | number)[]) => void;
/** Where records already derived are read from. */
type RecordSource = Pick<CorpusStore, 'readRecords'>;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
/**
 * Most articles derived from text. A larger archive is this part derived, and the rest copies of
 * its records under other paths (see {@link ReplicatingIndexer}): deriving a gigabyte of text
 * takes over an hour on a small machine, and the search figures need the archive's size, not
 * its ingest.
 */
const DERIVED_AT_MOST = Number(process.env['ATTACHE_BENCH_DERIVED'] ?? 100_000);
const ARTICLES_PER_FILE = 100;

/**
 * The real indexer, but a file of a copy folder (`copy-NN/`) is not read: its record is the
 * record of the same file in the derived folder, its paths, article ids and content hashes made
 * its own (so the merge counts its articles as articles, not as duplicates of the originals), and
 * stored with the file's text as a derived record is. Given another store that holds the derived
 * files' records (`source`), they are copied from there rather than derived again. Merging and
 * committing the generation are the real indexer's.
 */
class ReplicatingIndexer implements CorpusIndexer {
  constructor(
    private readonly real: CorpusIndexer,
    private readonly store: CorpusStore,
    private readonly derivedFolder: string,
    private readonly textOf: (derivedPath: string) => string,
    private readonly source?: RecordSource,
  ) {}

  async derive(files: readonly ListedFile[], onFile: (path: string) => void, signal?: AbortSignal): Promise<void> {
    const derived = files.filter((file) => file.path.startsWith(this.derivedFolder));
    const copies = files.filter((file) => !file.path.startsWith(this.derivedFolder));
    if (this.source) {
      for (const file of derived) {
        const [record] = await this.source.readRecords([file.path]);
        if (!record) throw new Error(`no record for ${file.path}`);
        await this.store.putRecord(record, this.textOf(file.path));
        onFile(file.path);
      }
    } else await this.real.derive(derived, onFile, signal);
    const originOf = (path: string) => join(this.derivedFolder, path.slice(path.lastIndexOf('/') + 1));
    const byOrigin = new Map<string, ListedFile[]>();
    for (const copy of copies) byOrigin.set(originOf(copy.path), [...(byOrigin.get(originOf(copy.path)) ?? []), copy]);
    for (const [origin, copiesOfIt] of byOrigin) {
      signal?.throwIfAborted();
      const [record] = await (this.source ?? this.store).readRecords([origin]);
      if (!record) throw new Error(`no record for ${origin}`);
      for (const copy of copiesOfIt) {
        await this.store.putRecord(copyOfRecord(record, copy), this.textOf(origin));
        onFile(copy.path);
      }
    }
  }

  merge(...args: Parameters<CorpusIndexer['merge']>) {
    return this.real.merge(...args);
  }

  mergeLayer(...args: Parameters<CorpusIndexer['mergeLayer']>) {
    return this.real.mergeLayer(...args);
  }

  dispose(): void {
    this.real.dispose();
  }
}

/** The record with every string naming its file's path renamed to `path`. */
function movedRecord(record: FileRecord, path: string): FileRecord {
  const renamed = (value: unknown): unknown => {
    if (typeof value === 'string') return value.split(record.path).join(path);
    if (Array.isArray(value)) return value.map(renamed);
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, renamed(inner)]));
    return value; // typed arrays and numbers: no paths in them
  };
  return renamed(record) as FileRecord;
}

/** A record as if derived from the same text under another path (every string naming the path renamed), its articles distinct. */
function copyOfRecord(record: FileRecord, copy: ListedFile): FileRecord {
  const renamedRecord = movedRecord(record, copy.path);
  const suffix = copy.path.slice(0, copy.path.lastIndexOf('/'));
  return {
    ...renamedRecord,
    fingerprint: copy.fingerprint,
    articles: renamedRecord.articles.map((article) => ({
      ...article,
      contentHash: `${article.contentHash}~${suffix}`,
    })),
  };
}

/**
 * The records of an archive an earlier run built, read as if its corpus were in `folder`: that
 * run wrote the same corpus to a temporary folder of its own.
 */
async function recordsMovedTo(
  archive: CorpusStore,
  url: string,
  folder: string,
): Promise<{ source: RecordSource; builtFolder: string }> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ path: string }>(`SELECT path FROM attache.corpus_file WHERE path LIKE '%/derived/%' LIMIT 1`),
  );
  const built = rows[0]?.path;
  if (!built) throw new Error('the archive holds no derived file');
  const builtFolder = dirname(dirname(built));
  const source: RecordSource = {
    async readRecords(paths) {
      const records = await archive.readRecords(paths.map((path) => builtFolder + path.slice(folder.length)));
      return records.map((record) => movedRecord(record, folder + record.path.slice(builtFolder.length)));
    },
  };
  return { source, builtFolder };
}

/**
 * Ingests the corpus folder into a store as the workspace does (worker processes derive and store
 * the records, then merge and commit the generation), the copy folders' records replicated.
 */
async function ingest(
  store: CorpusStore,
  location: string,
  dir: string,
  textOf: (path: string) => string,
  source?: RecordSource,
) {
  const derivedFolder = join(dir, 'derived');
  const indexer = new ReplicatingIndexer(
    new WorkerIndexer(location, [], undefined, false),
    store,
    derivedFolder,
    textOf,
    source,
  );
  try {
    const result = await updateCorpus(store, indexer, {
      folders: [dir],
      kbKey: 'bench',
      limits: { maxFiles: 1_000_000, maxBytes: Number.MAX_SAFE_INTEGER },
      list: listCorpusFiles,
    });
    if (!result.committed) throw new Error('no generation was committed');
  } finally {
    indexer.dispose();
  }
}

const sizeOf = (folder: string): number =>
  readdirSync(folder, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? sizeOf(join(folder, e.name)) : statSync(join(folder, e.name)).size),
    0,
  );

/** `use` run with a connection of its own to the archive, closed after it. */
async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function archiveUrl(): Promise<string> {
  const given = process.env['ATTACHE_BENCH_POSTGRES'];
  const url = given ?? (await (await postgresCluster()).createDatabase('attache_bench'));
  await withClient(url, (client) => initArchive(client));
  return url;
}

/** Whether the archive has a current generation already. */
async function holdsGeneration(url: string): Promise<boolean> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ held: boolean }>('SELECT EXISTS (SELECT 1 FROM attache.current_generation) AS held'),
  );
  return rows[0]?.held === true;
}

/**
 * The time the server spent executing statements from now on, as pg_stat_statements counts it
 * (undefined when the server does not load it): what a query costs the server, beside Node's CPU.
 */
async function serverTime(url: string): Promise<{ since(): Promise<{ ms: number; calls: number } | undefined> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const total = async () => {
    try {
      const { rows } = await client.query<{ ms: number; calls: string }>(
        `SELECT coalesce(sum(total_exec_time), 0)::float8 AS ms, coalesce(sum(calls), 0) AS calls
         FROM pg_stat_statements WHERE query LIKE 'SELECT%attache.%' AND query NOT LIKE '%corpus_file%' AND query NOT LIKE '%pg_stat_statements%'`,
      );
      return { ms: rows[0]!.ms, calls: Number(rows[0]!.calls) };
    } catch {
      return undefined;
    }
  };
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements').catch(() => undefined);
  const before = await total();
  return {
    async since() {
      const after = await total();
      await client.end();
      return before && after ? { ms: after.ms - before.ms, calls: after.calls - before.calls } : undefined;
    },
  };
}

/**
 * The same answer: the same passages at the same offsets, in the same order; `a`'s article ids
 * read with one corpus folder for another when its corpus was written elsewhere (an article's id
 * begins with its file's path).
 */
const sameAnswer = (a: readonly PassageMatch[], b: readonly PassageMatch[], folders?: [from: string, to: string]) =>
  a.length === b.length &&
  a.every(
    (m, i) =>
      (folders ? folders[1] + m.article.id.slice(folders[0].length) : m.article.id) === b[i]!.article.id &&
      m.start === b[i]!.start &&
      m.end === b[i]!.end,
  );

/** Reader threads: each holds the article table and postings of its own. */
const READER_THREADS = 10;
/**
 * The searches a reader thread makes before it is timed, its queries over and over: as many as
 * the bench has queries, so that a thread's compiled code is as warm as the one-process readers'
 * (timed after the one-reader rows' 400 searches), as a reader's that has run for a while is.
 * Fewer (its 20 queries once) timed the compiler's work: 19 ms of CPU a query in the first run
 * against 10 ms in the next.
 */
const WARM_UP_SEARCHES = 200;

/** What a reader thread is given: the archive and the queries it runs (its share of the bench's). */
interface ReaderThreadData {
  archiveReader: true;
  url: string;
  queries: string[];
}

/**
 * A reader thread: opens the generation for search with a connection pool and postings cache of
 * its own, runs its queries over and over, {@link WARM_UP_SEARCHES} searches (its cache then holds
 * what a long-running reader's holds, and its code is compiled as that reader's is), says it is
 * ready; then for each run asked (`concurrent` readers, `count` queries, its queries over
 * again) sends back each latency, until asked to stop.
 */
async function runReaderThread({ url, queries }: ReaderThreadData): Promise<void> {
  const port = parentPort!;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const opening = await pool.connect();
  const searchable = await openSearchableGeneration(opening, url).finally(() => opening.release());
  if (!searchable) throw new Error('the generation could not be opened for search');
  const search = new ArchivePassageSearch(pool, searchable, buildMentionIndex(readKnowledgeBase()));
  for (let n = 0; n < Math.max(queries.length, WARM_UP_SEARCHES); n++)
    await search.search(queries[n % queries.length]!, { limit: 10 });
  port.on('message', (run: { concurrent: number; count: number } | 'stop') => {
    if (run === 'stop') {
      port.close();
      void pool.end();
      return;
    }
    const latencies: number[] = [];
    let next = 0;
    void Promise.all(
      Array.from({ length: run.concurrent }, async () => {
        while (next < run.count) {
          const query = queries[next++ % queries.length]!;
          const t = now();
          await search.search(query, { limit: 10 });
          latencies.push(now() - t);
        }
      }),
    ).then(() => port.postMessage(latencies));
  });
  port.postMessage('ready');
}

if (!isMainThread && (workerData as Partial<ReaderThreadData> | undefined)?.archiveReader)
  await runReaderThread(workerData as ReaderThreadData);

/**
 * {@link READER_THREADS} reader threads, the bench's queries dealt among them, started one after
 * another (each opening the generation holds its article table twice over for a moment); then
 * `run(readers, total)` runs `total` queries with `readers` concurrent readers spread over the
 * threads, all starting together: the wall time from the start to the last answer, every
 * latency, and the process's CPU (all its threads) over it.
 */
async function readerThreads(url: string, queries: readonly string[]) {
  const workers: Worker[] = [];
  const message = (worker: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  for (let thread = 0; thread < READER_THREADS; thread++) {
    const data: ReaderThreadData = {
      archiveReader: true,
      url,
      queries: queries.filter((_, n) => n % READER_THREADS === thread),
    };
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    workers.push(worker);
    await message(worker);
  }
  return {
    async run(readers: number, total: number): Promise<{ seconds: number; latencies: number[]; cpuMs: number }> {
      const cpu = process.cpuUsage();
      const start = now();
      const answers = workers.map(message);
      workers.forEach((worker, thread) =>
        worker.postMessage({
          concurrent: Math.floor(readers / READER_THREADS) + (thread < readers % READER_THREADS ? 1 : 0),
          count: Math.floor(total / READER_THREADS) + (thread < total % READER_THREADS ? 1 : 0),
        }),
      );
      const latencies = (await Promise.all(answers)).flat() as number[];
      const seconds = (now() - start) / 1000;
      const used = process.cpuUsage(cpu);
      return { seconds, latencies, cpuMs: (used.user + used.system) / 1000 };
    },
    async close(): Promise<void> {
      for (const worker of workers) worker.postMessage('stop');
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

export async function benchPostgres(sampleText: string, table: Row): Promise<void> {
  // Each figure to stderr as soon as it is measured too: a large archive's run takes long.
  const row: Row = (...cells) => {
    table(...cells);
    console.error(cells.join('  '));
  };
  const count = Number(process.env['ATTACHE_BENCH_ARTICLES'] ?? 100_000);
  const derivedCount = Math.min(count, DERIVED_AT_MOST);
  const { files, bytes: derivedBytes, queries } = syntheticCorpus(sampleText, derivedCount);
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-pg-corpus-'));
  const storeFolder = mkdtempSync(join(tmpdir(), 'attache-bench-pg-embedded-'));
  const derivedFolder = join(dir, 'derived');
  mkdirSync(derivedFolder);
  const textAt = new Map<string, string>();
  for (const file of files) {
    const path = join(derivedFolder, file.path.replace(/^synthetic\//, ''));
    writeFileSync(path, file.text);
    textAt.set(path, file.text);
  }
  // The copies: the same files under other folders (hard links, so the embedded store's readers find their text too).
  const copyFiles = Math.ceil((count - derivedCount) / ARTICLES_PER_FILE);
  for (let f = 0; f < copyFiles; f++) {
    const folder = join(dir, `copy-${String(Math.floor(f / files.length) + 1).padStart(2, '0')}`);
    if (f % files.length === 0) mkdirSync(folder);
    const name = files[f % files.length]!.path.replace(/^synthetic\//, '');
    linkSync(join(derivedFolder, name), join(folder, name));
  }
  const articles = derivedCount + copyFiles * ARTICLES_PER_FILE;
  const bytes = (derivedBytes * articles) / derivedCount;
  const textOf = (path: string) => textAt.get(path) ?? '';
  const mb = bytes / 1e6;
  const url = await archiveUrl();
  const built =
    articles > derivedCount
      ? `${derivedCount.toLocaleString('en')} articles derived, the other ${(articles - derivedCount).toLocaleString('en')} copies of their records under other paths (not an ingest measurement)`
      : 'every article derived';
  try {
    // Ingest, both with worker processes: each file's record (in the archive, a transaction of its own), then the merged generation (in the archive, one transaction).
    // A replicated archive's records are derived once, into the archive; the embedded store copies them from there.
    const replicated = articles > derivedCount;
    const ingestStore = new PostgresCorpusStore(url);
    let start = now();
    // An archive built by an earlier run (ATTACHE_BENCH_POSTGRES naming it) is searched as it is:
    // a million articles take a quarter of an hour to build, their search figures minutes.
    const reused = process.env['ATTACHE_BENCH_POSTGRES'] !== undefined && (await holdsGeneration(url));
    if (reused) {
      row(`postgres: the archive built by an earlier run`, 'reused', `${built}; its ingest not measured again`);
    } else {
      await ingest(ingestStore, url, dir, textOf);
      const archiveMs = now() - start;
      row(
        `postgres: ingest ${articles.toLocaleString('en')} articles into the archive`,
        `${(mb / (archiveMs / 1000)).toFixed(1)} MB/s`,
        `${(archiveMs / 1000).toFixed(1)} s for ${mb.toFixed(0)} MB in ${files.length + copyFiles} files, worker processes (derive, records; then the generation, paragraphs and postings in one transaction); ${built}`,
      );
    }
    const { rows } = await withClient(url, (client) =>
      client.query<{ database: string; passage: string; postings: string }>(
        `SELECT pg_database_size(current_database()) AS database, pg_total_relation_size('attache.passage') AS passage,
                pg_total_relation_size('attache.term_posting') AS postings`,
      ),
    );
    row(
      'postgres: database size / of which paragraphs (text, tsvector) / postings',
      `${(Number(rows[0]!.database) / 1e6).toFixed(0)} MB / ${(Number(rows[0]!.passage) / 1e6).toFixed(0)} MB / ${(Number(rows[0]!.postings) / 1e6).toFixed(0)} MB`,
      '',
    );

    // The archive's figures first (a large archive's run is long): opening the generation, what a reader does at start; then searches.
    const mentionIndex = buildMentionIndex(readKnowledgeBase());
    const reader = new PostgresCorpusStore(url, { maxConnections: 50 });
    // A reader that only searches opens what search needs: the article table and the paragraphs' norms.
    start = now();
    const opening = await reader.pool.connect();
    const searchable = await openSearchableGeneration(opening, url).finally(() => opening.release());
    const searchOpenMs = now() - start;
    if (!searchable) throw new Error('the generation could not be opened for search');
    row(
      'postgres: open the generation for search (article table, paragraph norms)',
      ms(searchOpenMs),
      `${searchable.searchArticles.length.toLocaleString('en')} articles, ${searchable.statistics.passageCount.toLocaleString('en')} paragraphs`,
    );
    start = now();
    const generation = await reader.readGeneration();
    const archiveOpenMs = now() - start;
    if (!(generation instanceof PostgresGeneration)) throw new Error('the generation could not be opened');
    row(
      'postgres: open the generation whole (summary, article table, index arrays), as an editor does',
      ms(archiveOpenMs),
      `${generation.index.articles.length.toLocaleString('en')} articles, ${generation.statistics.passageCount.toLocaleString('en')} paragraphs, ${generation.duplicates.length} duplicates`,
    );
    const search = new ArchivePassageSearch(reader.pool, searchable, mentionIndex);
    const archiveSearchMs: number[] = [];
    const answers: PassageMatch[][] = [];
    const cpuBefore = process.cpuUsage();
    const statements = await serverTime(url);
    for (const query of queries) {
      const t = now();
      answers.push(await search.search(query, { limit: 10 }));
      archiveSearchMs.push(now() - t);
    }
    const cpu = process.cpuUsage(cpuBefore);
    const server = await statements.since();
    row(
      'postgres: passage search, one reader',
      `p50 ${ms(percentile(archiveSearchMs, 0.5))}, p95 ${ms(percentile(archiveSearchMs, 0.95))}`,
      `${queries.length} queries; CPU a query: Node ${ms((cpu.user + cpu.system) / 1000 / queries.length)}${server === undefined ? '' : `, the server's statements ${ms(server.ms / queries.length)} (${(server.calls / queries.length).toFixed(1)} a query)`}`,
    );
    for (const readers of [1, 10, 50]) {
      const latencies: number[] = [];
      let next = 0;
      const total = Math.max(200, readers * 20);
      const readersCpu = process.cpuUsage();
      start = now();
      await Promise.all(
        Array.from({ length: readers }, async () => {
          while (next < total) {
            const query = queries[next++ % queries.length]!;
            const t = now();
            await search.search(query, { limit: 10 });
            latencies.push(now() - t);
          }
        }),
      );
      const seconds = (now() - start) / 1000;
      const used = process.cpuUsage(readersCpu);
      row(
        `postgres: ${readers} concurrent reader${readers === 1 ? '' : 's'}`,
        `${(total / seconds).toFixed(0)} queries/s`,
        `p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}; ${total} queries, one client process (Node CPU ${ms((used.user + used.system) / 1000 / total)} a query)`,
      );
    }
    // Readers on threads of their own (each its own connection and postings cache), as the editors of a desk are processes of their own: every core used.
    const threads = await readerThreads(url, queries);
    try {
      for (const readers of [READER_THREADS, 50]) {
        const total = Math.max(200, readers * 20);
        const { seconds, latencies, cpuMs } = await threads.run(readers, total);
        row(
          `postgres: ${readers} concurrent readers, ${readers === READER_THREADS ? 'each on a thread of its own' : `on ${READER_THREADS} threads`}`,
          `${(total / seconds).toFixed(0)} queries/s`,
          `p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}; ${total} queries, each thread with its own connections and postings cache, warmed on its share of the queries first, ${WARM_UP_SEARCHES} searches (Node CPU ${ms(cpuMs / total)} a query, all threads)`,
        );
      }
    } finally {
      await threads.close();
    }
    // Readers on machines of their own: each search's statements replayed, its own work a wait as long as the CPU it took alone.
    const recorder = recordingPool(reader.pool);
    const recordingSearch = new ArchivePassageSearch(recorder.pool, searchable, mentionIndex);
    for (const query of queries) await recordingSearch.search(query, { limit: 10 });
    const recorded: RecordedSearch[] = [];
    for (const query of queries)
      recorded.push(await recorder.record(() => recordingSearch.search(query, { limit: 10 })));
    const ownMs = recorded.reduce((sum, r) => sum + r.lastOwnMs + r.steps.reduce((s, step) => s + step.ownMs, 0), 0);
    for (const readers of [READER_THREADS, 50]) {
      const total = Math.max(200, readers * 20);
      const remoteStatements = await serverTime(url);
      const { seconds, latencies } = await replaySearches(url, recorded, readers, total);
      const remoteServer = await remoteStatements.since();
      row(
        `postgres: ${readers} concurrent readers, each on a machine of its own`,
        `${(total / seconds).toFixed(0)} queries/s`,
        `p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}; ${total} queries, each reader its own connection; its statements run on the server here, its own work (${ms(ownMs / recorded.length)} of CPU a query, measured alone) a wait${remoteServer === undefined ? '' : `; the server's statements ${ms(remoteServer.ms / total)} a query`}`,
      );
    }

    if (process.env['ATTACHE_BENCH_ARCHIVE_ONLY']) {
      // The archive's figures alone: the embedded store of a million articles needs more memory than the archive's run.
      generation.close();
      await reader.close();
      await ingestStore.close();
      return;
    }

    // The embedded store beside it: its ingest (a replicated archive's records copied from the archive), opening, and the same queries, the answers compared.
    start = now();
    const embeddedStore = new EmbeddedCorpusStore(join(storeFolder, 'store'));
    // An archive an earlier run built holds its records under that run's corpus folder.
    const moved = reused && replicated ? await recordsMovedTo(ingestStore, url, dir) : undefined;
    await ingest(
      embeddedStore,
      embeddedStore.location,
      dir,
      textOf,
      moved?.source ?? (replicated ? ingestStore : undefined),
    );
    const embeddedMs = now() - start;
    await ingestStore.close();
    row(
      '  beside: the embedded store, worker processes',
      `${(mb / (embeddedMs / 1000)).toFixed(1)} MB/s`,
      `${(embeddedMs / 1000).toFixed(1)} s${replicated ? ", the records copied from the archive's, then merged" : ''}; on disk ${(sizeOf(storeFolder) / 1e6).toFixed(0)} MB`,
    );
    start = now();
    const disk = await new EmbeddedCorpusStore(join(storeFolder, 'store')).readGeneration();
    const diskOpenMs = now() - start;
    if (!disk) throw new Error('the embedded generation could not be opened');
    // Copies included, every article is one of its own in both: the same articles, the same few merged away as duplicates (the synthetic corpus repeats some articles).
    if (
      disk.index.articles.length !== generation.index.articles.length ||
      disk.duplicates.length !== generation.duplicates.length
    )
      throw new Error(
        `${generation.index.articles.length} articles and ${generation.duplicates.length} duplicates in the archive, ${disk.index.articles.length} in the embedded store`,
      );
    row('  beside: the embedded store, open the generation', ms(diskOpenMs), '');
    const view = new CorpusView(disk, mentionIndex, new FileTexts(readUtf8, readUtf8Range));
    const diskMs: number[] = [];
    let same = 0;
    queries.forEach((query, n) => {
      const t = now();
      const expected = view.search(query, { limit: 10 });
      diskMs.push(now() - t);
      if (sameAnswer(answers[n]!, expected, moved ? [moved.builtFolder, dir] : undefined)) same++;
    });
    row(
      '  beside: the embedded store, in process',
      `p50 ${ms(percentile(diskMs, 0.5))}, p95 ${ms(percentile(diskMs, 0.95))}`,
      `the index in memory, texts from the corpus files; the archive's top 10 the same for ${same} of ${queries.length} queries`,
    );
    generation.close();
    await reader.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(storeFolder, { recursive: true, force: true });
  }
}
