/**
 * The shared archive at scale (`npm run bench:postgres`, or `node out/bench/run.js postgres`):
 * the synthetic corpus of the archive figures (ATTACHE_BENCH_ARTICLES, default 100,000)
 * ingested into PostgreSQL and into the embedded store on the same machine; opening the
 * generation; passage search p50/p95 from each; and the archive's queries per second with 1, 10
 * and 50 concurrent readers. The server is a throwaway cluster started for the run (as the tests
 * start one), or the one ATTACHE_BENCH_POSTGRES names (an empty database the user may create
 * tables in).
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildMentionIndex } from '../server/src/core/mentions/mentionIndex.js';
import type { PassageMatch } from '../server/src/core/passages/passageIndex.js';
import { readKnowledgeBase } from '../server/src/kb/readKnowledgeBase.js';
import { EmbeddedCorpusStore } from '../server/src/store/embeddedStore.js';
import { initArchive } from '../server/src/store/postgres/archiveSchema.js';
import { ArchivePassageSearch } from '../server/src/store/postgres/archiveSearch.js';
import { PostgresGeneration } from '../server/src/store/postgres/postgresGeneration.js';
import { PostgresCorpusStore } from '../server/src/store/postgres/postgresStore.js';
import { openWorkspace } from '../server/src/workspace/host.js';
import { CorpusView } from '../server/src/workspace/corpusView.js';
import { FileTexts, readUtf8, readUtf8Range } from '../server/src/workspace/fileTexts.js';
import { postgresCluster } from '../test/support/postgresCluster.js';
import { syntheticCorpus } from './searchScale.js';

type Row = (...cells: (string | number)[]) => void;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
const sizeOf = (folder: string): number =>
  readdirSync(folder, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? sizeOf(join(folder, e.name)) : statSync(join(folder, e.name)).size),
    0,
  );

async function archiveUrl(): Promise<string> {
  const given = process.env['ATTACHE_BENCH_POSTGRES'];
  const url = given ?? (await (await postgresCluster()).createDatabase('attache_bench'));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await initArchive(client);
  await client.end();
  return url;
}

/** The same answer: the same passages at the same offsets, in the same order. */
const sameAnswer = (a: readonly PassageMatch[], b: readonly PassageMatch[]) =>
  a.length === b.length &&
  a.every((m, i) => m.article.id === b[i]!.article.id && m.start === b[i]!.start && m.end === b[i]!.end);

export async function benchPostgres(sampleText: string, row: Row): Promise<void> {
  const count = Number(process.env['ATTACHE_BENCH_ARTICLES'] ?? 100_000);
  const { files, bytes, queries } = syntheticCorpus(sampleText, count);
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-pg-corpus-'));
  const storeFolder = mkdtempSync(join(tmpdir(), 'attache-bench-pg-embedded-'));
  for (const file of files) writeFileSync(join(dir, file.path.replace(/^synthetic\//, '')), file.text);
  const mb = bytes / 1e6;
  const url = await archiveUrl();
  const today = () => '2026-11-30';
  try {
    // Ingest, both with worker threads: each file's record (in the archive, a transaction of its own), then the merged generation (in the archive, one transaction).
    const embedded = openWorkspace({ corpusFolders: [dir], store: { folder: join(storeFolder, 'store') }, today });
    let start = now();
    const embeddedStatus = await embedded.updateCorpus();
    const embeddedMs = now() - start;
    embedded.dispose();
    if (embeddedStatus.state !== 'ready') throw new Error(`embedded ingest failed: ${embeddedStatus.message}`);
    const ingestStore = new PostgresCorpusStore(url);
    const archive = openWorkspace({ corpusFolders: [dir], store: ingestStore, today });
    start = now();
    const archiveStatus = await archive.updateCorpus();
    const archiveMs = now() - start;
    archive.dispose();
    await ingestStore.close();
    if (archiveStatus.state !== 'ready') throw new Error(`archive ingest failed: ${archiveStatus.message}`);
    row(
      `postgres: ingest ${count.toLocaleString('en')} articles into the archive`,
      `${(mb / (archiveMs / 1000)).toFixed(1)} MB/s`,
      `${(archiveMs / 1000).toFixed(1)} s for ${mb.toFixed(0)} MB in ${files.length} files, worker threads (derive, records; then the generation, paragraphs and postings in one transaction)`,
    );
    row(
      '  beside: the embedded store, worker threads',
      `${(mb / (embeddedMs / 1000)).toFixed(1)} MB/s`,
      `${(embeddedMs / 1000).toFixed(1)} s`,
    );
    const sizes = new pg.Client({ connectionString: url });
    await sizes.connect();
    const { rows } = await sizes.query<{ database: string; passage: string; postings: string }>(
      `SELECT pg_database_size(current_database()) AS database, pg_total_relation_size('attache.passage') AS passage,
              pg_total_relation_size('attache.term_posting') AS postings`,
    );
    await sizes.end();
    row(
      'postgres: database size / of which paragraphs (text, tsvector) / postings',
      `${(Number(rows[0]!.database) / 1e6).toFixed(0)} MB / ${(Number(rows[0]!.passage) / 1e6).toFixed(0)} MB / ${(Number(rows[0]!.postings) / 1e6).toFixed(0)} MB`,
      `embedded store on disk: ${(sizeOf(storeFolder) / 1e6).toFixed(0)} MB`,
    );

    // Open the generation: what a reader does at start.
    const mentionIndex = buildMentionIndex(readKnowledgeBase());
    start = now();
    const disk = await new EmbeddedCorpusStore(join(storeFolder, 'store')).readGeneration();
    const diskOpenMs = now() - start;
    const reader = new PostgresCorpusStore(url, { maxConnections: 50 });
    start = now();
    const generation = await reader.readGeneration();
    const archiveOpenMs = now() - start;
    if (!disk || !(generation instanceof PostgresGeneration)) throw new Error('a generation could not be opened');
    row(
      'postgres: open the generation (summary, article table, index arrays)',
      ms(archiveOpenMs),
      `embedded: ${ms(diskOpenMs)}`,
    );

    // Search: the same queries from each; the answers compared.
    const view = new CorpusView(disk, mentionIndex, new FileTexts(readUtf8, readUtf8Range));
    const search = new ArchivePassageSearch(reader.pool, generation, mentionIndex);
    const diskMs: number[] = [];
    const archiveSearchMs: number[] = [];
    let same = 0;
    for (const query of queries) {
      let t = now();
      const expected = view.search(query, { limit: 10 });
      diskMs.push(now() - t);
      t = now();
      const actual = await search.search(query, { limit: 10 });
      archiveSearchMs.push(now() - t);
      if (sameAnswer(actual, expected)) same++;
    }
    row(
      'postgres: passage search, one reader',
      `p50 ${ms(percentile(archiveSearchMs, 0.5))}, p95 ${ms(percentile(archiveSearchMs, 0.95))}`,
      `${queries.length} queries; the same top 10 as the embedded store for ${same} of ${queries.length}`,
    );
    row(
      '  beside: the embedded store, in process',
      `p50 ${ms(percentile(diskMs, 0.5))}, p95 ${ms(percentile(diskMs, 0.95))}`,
      'the index in memory, texts from the corpus files',
    );
    for (const readers of [1, 10, 50]) {
      const latencies: number[] = [];
      let next = 0;
      const total = Math.max(200, readers * 20);
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
      row(
        `postgres: ${readers} concurrent reader${readers === 1 ? '' : 's'}`,
        `${(total / seconds).toFixed(0)} queries/s`,
        `p95 ${ms(percentile(latencies, 0.95))}; ${total} queries, one client process`,
      );
    }
    generation.close();
    await reader.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(storeFolder, { recursive: true, force: true });
  }
}
