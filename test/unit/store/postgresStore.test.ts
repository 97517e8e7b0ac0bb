/**
 * The PostgreSQL store (a team's shared archive) passes the store contract against a real
 * server: a throwaway cluster started for this file (test/support/postgresCluster.ts), one
 * fresh database per store. A commit is announced to the readers that listen; the schema is
 * checked before use (missing, or newer than the program); index terms reach PostgreSQL's text
 * search as they are.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unreadableFileRecord } from '../../../server/src/corpus/fileRecord.js';
import {
  ARCHIVE_SCHEMA_VERSION,
  archiveSchemaVersion,
  migrateArchive,
} from '../../../server/src/store/postgres/archiveSchema.js';
import { mergeRecords } from '../../../server/src/corpus/corpusGeneration.js';
import { PostgresGeneration } from '../../../server/src/store/postgres/postgresGeneration.js';
import { GENERATION_CHANNEL, PostgresCorpusStore } from '../../../server/src/store/postgres/postgresStore.js';
import { tsqueryAnyOf, tsvectorLiteral } from '../../../server/src/store/postgres/tsvectorText.js';
import { postgresCluster } from '../../support/postgresCluster.js';
import { freshArchive, withClient } from '../../support/sharedArchive.js';
import { storeContract } from './storeContract.js';

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

describe('the archive’s schema', { timeout: 60_000 }, () => {
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
