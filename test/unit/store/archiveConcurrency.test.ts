/**
 * Two ingest jobs — two `attache index` processes — feed one shared archive at the same time
 * from overlapping folders (A and B; B and C) while twenty readers open the current generation
 * over and over, for {@link CONCURRENCY_DURATION_MS}: round after round, a file of each folder
 * is rewritten and both jobs run again. Nothing is lost (the archive ends with every file of
 * A, B and C, each as last written), nothing is duplicated (B, ingested by both, is there
 * once: no article twice), and no reader ever sees half a file: every generation read has, for
 * each file it lists, all of that file's articles and their paragraphs, and a reader's
 * generations only move forward.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresCorpusStore } from '../../../server/src/store/postgres/postgresStore.js';
import { PostgresGeneration } from '../../../server/src/store/postgres/postgresGeneration.js';
import { runCli } from '../../support/cliProcess.js';
import { freshArchive } from '../../support/sharedArchive.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';
import { generatedCorpusFile } from './storeContract.js';

const FILES_PER_FOLDER = 6;
const ARTICLES_PER_FILE = 30;
const READERS = 20;
/**
 * How long the jobs and readers run: rounds of both ingests start until this much time has
 * passed (the last round then ends), so the readers meet many commits of both jobs.
 */
const CONCURRENCY_DURATION_MS = 60_000;

/** Checks one generation read while the ingests run; returns its id. */
async function assertWhole(store: PostgresCorpusStore, generation: PostgresGeneration): Promise<number> {
  const articles = [...generation.articles];
  assert.equal(new Set(articles.map((a) => a.id)).size, articles.length, 'no article twice');
  assert.equal(new Set(generation.files.map((f) => f.path)).size, generation.files.length, 'no file twice');
  const perFile = new Map<string, number>();
  for (const article of articles) perFile.set(article.path, (perFile.get(article.path) ?? 0) + 1);
  for (const file of generation.files)
    assert.equal(perFile.get(file.path) ?? 0, file.articles, `every article of ${file.path}`);
  assert.equal(
    perFile.size,
    generation.files.filter((f) => f.articles > 0).length,
    'no article of a file the generation does not list',
  );
  assert.equal(new Set(generation.index.passageArticle).size, articles.length, 'every article has its paragraphs');
  const { rows } = await store.pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM attache.passage WHERE generation_id = $1',
    [generation.id],
  );
  assert.equal(
    rows[0]!.n,
    generation.index.passageArticle.length,
    "the searchable paragraphs are the generation's, all of them",
  );
  return Number(generation.id);
}

describe(
  'a shared archive fed by two ingest jobs while readers read',
  { timeout: CONCURRENCY_DURATION_MS + 300_000 },
  () => {
    it('loses nothing, duplicates nothing, and shows readers whole generations only', async () => {
      const url = await freshArchive();
      const root = temporaryFolder('attache-archive-jobs-');
      const folders = ['A', 'B', 'C'].map((name, f) => {
        const folder = join(root, name);
        mkdirSync(folder);
        for (let n = 0; n < FILES_PER_FOLDER; n++)
          writeFileSync(
            join(folder, `kpl-${name}-${n}.txt`),
            generatedCorpusFile(f * FILES_PER_FOLDER + n, ARTICLES_PER_FILE),
          );
        return folder;
      });
      const [a, b, c] = folders as [string, string, string];

      let ingesting = true;
      const seen: number[][] = Array.from({ length: READERS }, () => []);
      const readers = seen.map(async (ids) => {
        const store = new PostgresCorpusStore(url, { maxConnections: 1 });
        try {
          while (ingesting) {
            const generation = await store.readGeneration();
            if (generation) {
              assert.ok(generation instanceof PostgresGeneration);
              ids.push(await assertWhole(store, generation));
              generation.close();
            }
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        } finally {
          await store.close();
        }
      });
      const until = Date.now() + CONCURRENCY_DURATION_MS;
      let rounds = 0;
      try {
        do {
          if (rounds > 0)
            // A file of each folder changes between rounds: each job has new work, on files the other may read too.
            folders.forEach((folder, f) =>
              writeFileSync(
                join(folder, `kpl-${'ABC'[f]}-${rounds % FILES_PER_FOLDER}.txt`),
                generatedCorpusFile(3 * FILES_PER_FOLDER * (rounds + 1) + f, ARTICLES_PER_FILE),
              ),
            );
          const jobs = await Promise.all([
            runCli(['index', '--corpus', a, '--corpus', b, '--store', url], { cwd: root, timeoutMs: 240_000 }),
            runCli(['index', '--corpus', b, '--corpus', c, '--store', url], { cwd: root, timeoutMs: 240_000 }),
          ]);
          for (const job of jobs) assert.equal(job.code, 0, job.stderr);
          rounds++;
        } while (Date.now() < until);
      } finally {
        ingesting = false;
        await Promise.all(readers);
      }

      const store = new PostgresCorpusStore(url);
      try {
        const last = await store.readGeneration();
        assert.ok(last instanceof PostgresGeneration);
        await assertWhole(store, last);
        assert.equal(last.files.length, 3 * FILES_PER_FOLDER, 'every file of A, B and C');
        assert.equal(last.articles.length, 3 * FILES_PER_FOLDER * ARTICLES_PER_FILE, 'every article once');
        for (const file of last.files) {
          const now = statSync(file.path);
          assert.equal(file.fingerprint, `${now.size}:${Math.floor(now.mtimeMs)}`, `${file.path} as last written`);
        }
        const records = await store.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM attache.corpus_file');
        assert.equal(records.rows[0]!.n, 3 * FILES_PER_FOLDER);
      } finally {
        await store.close();
      }
      assert.ok(rounds > 1, 'the jobs ran round after round');
      assert.ok(
        seen.some((ids) => ids.length > 0),
        'the readers read generations while the jobs ran',
      );
      for (const ids of seen)
        assert.deepEqual(
          ids,
          [...ids].sort((x, y) => x - y),
          "a reader's generations only move forward",
        );
    });
  },
);
