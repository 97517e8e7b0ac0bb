/**
 * The PostgreSQL store (a team's shared archive) passes the store contract against a real
 * server: a throwaway cluster started for this file (test/support/postgresCluster.ts), one
 * fresh database per store. A commit is announced to the readers that listen; the schema is
 * checked before use (missing, or newer than the program), and one of version 1 is migrated;
 * the corpus files' text is kept beside their records for readers without the files; index terms
 * reach PostgreSQL's text search as they are.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deriveFileRecord, unreadableFileRecord } from '../../../server/src/corpus/fileRecord.js';
import { buildMentionIndex } from '../../../server/src/core/mentions/mentionIndex.js';
import { readKnowledgeBase } from '../../../server/src/kb/readKnowledgeBase.js';
import {
  ARCHIVE_SCHEMA_VERSION,
  archiveSchemaVersion,
  migrateArchive,
} from '../../../server/src/store/postgres/archiveSchema.js';
import { mergeRecords } from '../../../server/src/corpus/corpusGeneration.js';
import { PostgresGeneration, readLargeBytes } from '../../../server/src/store/postgres/postgresGeneration.js';
import { GENERATION_CHANNEL, PostgresCorpusStore } from '../../../server/src/store/postgres/postgresStore.js';
import { tsqueryAnyOf, tsvectorLiteral } from '../../../server/src/store/postgres/tsvectorText.js';
import { postgresCluster } from '../../support/postgresCluster.js';
import { freshArchive, withClient } from '../../support/sharedArchive.js';
import { generatedCorpusFile, storeContract } from './storeContract.js';

storeContract('PostgresCorpusStore', async () => new PostgresCorpusStore(await freshArchive()));

describe('a commit to the archive', { timeout: 60_000 }, () => {
  it('is announced, once committed, to the readers that listen, with the new generation’s id', async () => {
    const url = await freshArchive();
    const store = new PostgresCorpusStore(url);
    try {
      await withClient(url, async (listener) => {
        const heard: string[] = [];
        listener.on(
          'notification',
          (message) => message.channel === GENERATION_CHANNEL && heard.push(message.payload ?? ''),
        );
        await listener.query(`LISTEN ${GENERATION_CHANNEL}`);
        const record = unreadableFileRecord('mem/a.txt', 'fp-1', 'skipped: file is gone');
        await store.putRecord(record);
        await store.commitGeneration(mergeRecords([record], 'kb'));
        await store.commitGeneration(mergeRecords([record], 'kb'));
        await listener.query('SELECT 1');
        const generation = await store.readGeneration();
        assert.ok(generation instanceof PostgresGeneration);
        assert.equal(heard.length, 2, 'one notice per commit');
        assert.equal(heard[1], generation.id, 'naming the generation now current');
      });
    } finally {
      await store.close();
    }
  });
});

describe("a generation's large columns", { timeout: 60_000 }, () => {
  it('are read in parts that join into the whole value, whatever the part size', async () => {
    const url = await freshArchive();
    const store = new PostgresCorpusStore(url);
    try {
      const text = generatedCorpusFile(1, 3);
      const record = deriveFileRecord(
        { path: '/srv/wire/a.txt', text },
        'fp-1',
        buildMentionIndex(readKnowledgeBase()),
      );
      await store.putRecord(record);
      await store.commitGeneration(mergeRecords([record], 'kb'));
      await withClient(url, async (client) => {
        const { rows } = await client.query<{ id: string; index_arrays: Buffer; articles: Buffer }>(
          'SELECT g.id, g.index_arrays, g.articles FROM attache.current_generation c JOIN attache.generation g ON g.id = c.generation_id',
        );
        const row = rows[0]!;
        for (const part of [1, 7, 4096, row.index_arrays.length, row.index_arrays.length + 1]) {
          assert.deepEqual(
            await readLargeBytes(client, 'index_arrays', row.id, part),
            row.index_arrays,
            `parts of ${part}`,
          );
          assert.deepEqual(await readLargeBytes(client, 'articles', row.id, part), row.articles, `parts of ${part}`);
        }
      });
    } finally {
      await store.close();
    }
  });
});

describe("the corpus files' text in the archive", { timeout: 60_000 }, () => {
  const mentionIndex = buildMentionIndex(readKnowledgeBase());
  // A byte-order mark is no part of the text; a character of three bytes puts bytes and characters apart.
  const text = `${generatedCorpusFile(1, 2)}\n\n万象 — the end.\n`;

  it('is kept beside each record and read back whole or by bytes, for the fingerprint the generation read', async () => {
    const store = new PostgresCorpusStore(await freshArchive());
    try {
      const record = deriveFileRecord({ path: '/srv/wire/kpl.txt', text }, 'fp-1', mentionIndex);
      const gone = unreadableFileRecord('/srv/wire/gone.txt', 'fp-2', 'skipped: file is gone');
      await store.putRecord(record, text);
      await store.putRecord(gone);
      await store.commitGeneration(mergeRecords([record, gone], 'kb'));
      const generation = await store.readGeneration();
      assert.ok(generation instanceof PostgresGeneration);
      try {
        assert.equal(generation.storedTexts.text('/srv/wire/kpl.txt'), text);
        const bytes = Buffer.from(text, 'utf8');
        const from = bytes.indexOf('万象');
        assert.equal(generation.storedTexts.bytes('/srv/wire/kpl.txt', from, from + 6), '万象');
        assert.equal(generation.storedTexts.bytes('/srv/wire/kpl.txt', 0, bytes.length + 1), undefined, 'past the end');
        assert.equal(generation.storedTexts.text('/srv/wire/gone.txt'), undefined, 'a file not read has none');
        assert.equal(generation.storedTexts.text('/srv/wire/other.txt'), undefined, 'nor a file of no generation');

        // The file ingested again: this generation's offsets are not the new text's.
        await store.putRecord({ ...record, fingerprint: 'fp-3' }, `${text}more`);
        assert.equal(generation.storedTexts.text('/srv/wire/kpl.txt'), undefined);
      } finally {
        generation.close();
      }
    } finally {
      await store.close();
    }
  });

  it('leaves records without it out of the manifest, so that the next ingest reads those files again', async () => {
    const url = await freshArchive();
    const store = new PostgresCorpusStore(url);
    try {
      const record = deriveFileRecord({ path: '/srv/wire/kpl.txt', text }, 'fp-1', mentionIndex);
      await store.putRecord(record, text);
      await store.commitGeneration(mergeRecords([record], 'kb'));
      assert.deepEqual((await store.readManifest())?.files, { '/srv/wire/kpl.txt': 'fp-1' });
      // What `store migrate` leaves of a record written before the archive kept texts.
      await withClient(url, (client) => client.query('UPDATE attache.corpus_file SET file_text = NULL'));
      assert.deepEqual((await store.readManifest())?.files, {});
    } finally {
      await store.close();
    }
  });
});

describe('the archive’s schema', { timeout: 60_000 }, () => {
  it('of version 1 is migrated: its records stay, without their files’ text', async () => {
    const url = await (await postgresCluster()).createDatabase();
    await withClient(url, async (client) => {
      assert.deepEqual(await migrateArchive(client, 1), { from: 0, to: 1 });
      const record = unreadableFileRecord('/srv/wire/a.txt', 'fp-1', 'skipped: file is gone');
      await client.query('INSERT INTO attache.corpus_file (path, fingerprint, record) VALUES ($1, $2, $3)', [
        record.path,
        record.fingerprint,
        Buffer.from('a version 1 record'),
      ]);
      assert.deepEqual(await migrateArchive(client), { from: 1, to: ARCHIVE_SCHEMA_VERSION });
      const { rows } = await client.query<{ path: string; file_text: Buffer | null }>(
        'SELECT path, file_text FROM attache.corpus_file',
      );
      assert.deepEqual(rows, [{ path: '/srv/wire/a.txt', file_text: null }]);
    });
  });

  it('is refused when missing, with the command that creates it', async () => {
    const url = await (await postgresCluster()).createDatabase();
    const store = new PostgresCorpusStore(url);
    try {
      await assert.rejects(
        store.readGeneration(),
        /^Error: the shared archive postgresql:\/\/\w+@127\.0\.0\.1:\d+\/\w+ cannot be used: has no Attaché schema: run "attache store init"$/,
      );
      await assert.rejects(store.putRecord(unreadableFileRecord('a.txt', 'fp', 'gone')), /has no Attaché schema/);
    } finally {
      await store.close();
    }
  });

  it('is refused when newer than this program, and migrate will not touch it', async () => {
    const url = await freshArchive();
    await withClient(url, async (client) => {
      assert.equal(await archiveSchemaVersion(client), ARCHIVE_SCHEMA_VERSION);
      assert.deepEqual(
        await migrateArchive(client),
        { from: ARCHIVE_SCHEMA_VERSION, to: ARCHIVE_SCHEMA_VERSION },
        'up to date: nothing to do',
      );
      await client.query('INSERT INTO attache.schema_version (version) VALUES ($1)', [ARCHIVE_SCHEMA_VERSION + 1]);
      await assert.rejects(
        migrateArchive(client),
        new RegExp(`newer than this program's \\(${ARCHIVE_SCHEMA_VERSION}\\): update Attaché`),
      );
    });
    const store = new PostgresCorpusStore(url);
    try {
      await assert.rejects(
        store.readManifest(),
        new RegExp(
          `has schema version ${ARCHIVE_SCHEMA_VERSION + 1}, newer than this program's \\(${ARCHIVE_SCHEMA_VERSION}\\): update Attaché`,
        ),
      );
    } finally {
      await store.close();
    }
  });

  it('keeps index terms as they are: quotes, backslashes, Chinese pairs and entity ids round-trip through tsvector and tsquery', async () => {
    await withClient(await freshArchive(), async (client) => {
      const terms: [string, number][] = [
        ["o'neil", 2],
        ['a\\b', 1],
        ['中国', 3],
        ['@to-lam', 1],
        ['2025', 4],
        ['x'.repeat(3000), 1],
      ];
      const { rows } = await client.query<{ lexeme: string; tf: number }>(
        'SELECT t.lexeme, cardinality(t.positions) AS tf FROM unnest($1::tsvector) AS t',
        [tsvectorLiteral(terms)],
      );
      const byTerm = ([a]: [string, number], [b]: [string, number]) => (a < b ? -1 : a > b ? 1 : 0);
      assert.deepEqual(
        rows.map((r): [string, number] => [r.lexeme, r.tf]).sort(byTerm),
        terms.filter(([term]) => term.length < 3000).sort(byTerm),
        'every term with its frequency; one too long for PostgreSQL left out',
      );
      const match = await client.query<{ hit: boolean }>('SELECT $1::tsvector @@ $2::tsquery AS hit', [
        tsvectorLiteral(terms),
        tsqueryAnyOf(["o'neil", 'absent']),
      ]);
      assert.equal(match.rows[0]!.hit, true);
      const miss = await client.query<{ hit: boolean }>('SELECT $1::tsvector @@ $2::tsquery AS hit', [
        tsvectorLiteral(terms),
        tsqueryAnyOf(['oneil', 'to-lam']),
      ]);
      assert.equal(miss.rows[0]!.hit, false, 'no term is parsed or stemmed again');
    });
  });
});
