/**
 * Readers cannot write: the role `store init` creates for editors and CI can read every table
 * of the archive and change none — no insert, update, delete or truncate, no new table, no
 * dropped or altered one, in the archive's schema or in public — and a store opened with it
 * fails to write with a message naming the archive, while the archive stays as it was.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PostgresCorpusStore } from '../../../server/src/store/postgres/postgresStore.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';
import { postgresCluster } from '../../support/postgresCluster.js';
import { freshArchive, withClient } from '../../support/sharedArchive.js';
import { wireCopy } from './storeContract.js';

const PASSWORD = 'read-only-pw';

/** What the archive holds, table by table, to compare before and after. */
async function contents(url: string): Promise<Record<string, string>> {
  return withClient(url, async (client) => {
    const out: Record<string, string> = {};
    for (const table of [
      'schema_version',
      'corpus_file',
      'generation',
      'current_generation',
      'entity_facts',
      'passage',
      'term_count',
      'term_posting',
    ]) {
      const { rows } = await client.query(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*) AS n FROM attache.${table} t`,
      );
      out[table] = `${rows[0].n}:${rows[0].digest}`;
    }
    return out;
  });
}

describe('the read-only role', { timeout: 60_000 }, () => {
  let owner: string;
  let reader: string;
  const role = `editors_${process.pid}`;

  before(async () => {
    owner = await freshArchive({ role, password: PASSWORD });
    const cluster = await postgresCluster();
    reader = owner.replace(`${cluster.superuser}@`, `${role}:${PASSWORD}@`);
    const store = new PostgresCorpusStore(owner);
    const host = openWorkspace({
      corpusFiles: new Map([
        ['mem/xinhua.txt', wireCopy('xinhua-2025-01-14-xi-to-lam-talks')],
        ['mem/vna.txt', wireCopy('vna-2025-01-14-to-lam-xi-talks')],
      ]),
      store,
      workers: 0,
    });
    assert.equal((await host.updateCorpus()).state, 'ready');
    host.dispose();
    await store.close();
  });

  it('reads every table', async () => {
    await withClient(reader, async (client) => {
      for (const table of [
        'schema_version',
        'corpus_file',
        'generation',
        'current_generation',
        'entity_facts',
        'passage',
        'term_count',
        'term_posting',
      ]) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM attache.${table}`);
        assert.ok(rows[0].n > 0, `${table} has rows the reader sees`);
      }
    });
  });

  it('changes nothing, whatever it tries', async () => {
    const before = await contents(owner);
    const client = new pg.Client({ connectionString: reader });
    await client.connect();
    const attempts = [
      `INSERT INTO attache.corpus_file (path, fingerprint, record) VALUES ('x', 'y', '\\x00')`,
      `UPDATE attache.generation SET kb_key = 'forged'`,
      `UPDATE attache.current_generation SET generation_id = generation_id`,
      `DELETE FROM attache.passage`,
      `DELETE FROM attache.entity_facts`,
      `TRUNCATE attache.term_count`,
      `DELETE FROM attache.term_posting`,
      `DROP TABLE attache.corpus_file`,
      `ALTER TABLE attache.passage ADD COLUMN forged text`,
      `CREATE TABLE attache.forged (x int)`,
      `CREATE TABLE public.forged (x int)`,
      `CREATE SCHEMA forged`,
      `INSERT INTO attache.schema_version (version) VALUES (99)`,
      `ALTER ROLE ${role} SUPERUSER`,
      `CREATE ROLE forged LOGIN`,
      `CREATE DATABASE forged`,
    ];
    try {
      for (const statement of attempts) {
        await assert.rejects(
          client.query(statement),
          (error: Error & { code?: string }) => {
            assert.ok(['42501', '42P01'].includes(error.code ?? ''), `${statement}: ${error.code} ${error.message}`);
            return true;
          },
          statement,
        );
      }
      // Granting itself more is no error in PostgreSQL (a warning), and grants nothing.
      await client.query(`GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA attache TO ${role}`);
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'attache'`,
      );
      assert.equal(tables.length, 8);
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM unnest($1::text[]) AS t(name) WHERE has_table_privilege($2, 'attache.' || t.name, 'INSERT,UPDATE,DELETE,TRUNCATE')`,
        [tables.map((t) => t.name), role],
      );
      assert.equal(rows[0].n, 0, 'no table of the archive can be written by the reader');
    } finally {
      await client.end();
    }
    assert.deepEqual(await contents(owner), before);
  });

  it('fails to write through the store, naming the archive and not the password', async () => {
    const before = await contents(owner);
    const store = new PostgresCorpusStore(reader);
    try {
      assert.ok(await store.readGeneration(), 'the reader opens the generation');
      const named = (error: Error) => {
        assert.match(
          error.message,
          new RegExp(`^the shared archive postgresql://${role}@127\\.0\\.0\\.1:\\d+/\\w+ .*permission denied`),
        );
        assert.ok(!error.message.includes(PASSWORD));
        return true;
      };
      const [record] = await store.readRecords(['mem/xinhua.txt']);
      assert.ok(record);
      await assert.rejects(store.putRecord({ ...record, fingerprint: 'forged' }), named);
      await assert.rejects(store.deleteRecord('mem/xinhua.txt'), named);
      await assert.rejects(store.clear(), named);
    } finally {
      await store.close();
    }
    assert.deepEqual(await contents(owner), before);
  });
});
