/**
 * Queries answered synchronously through a worker thread, against a throwaway PostgreSQL
 * cluster: rows, the server's error as a message, a query the timeout gives up on (whose late
 * answer is not taken for the next one's), and a server that cannot be reached.
 */
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import assert from 'node:assert/strict';
import { SynchronousQueries } from '../../../../server/src/store/postgres/synchronousQueries.js';
import { postgresCluster } from '../../../support/postgresCluster.js';

let queries: SynchronousQueries;

before(async () => {
  const url = await (await postgresCluster()).createDatabase('synchronous');
  queries = new SynchronousQueries({ connectionString: url });
});

after(() => queries.close());

describe('SynchronousQueries', () => {
  it('gives the rows of a query with its values', () => {
    assert.deepEqual(
      queries.query<{ n: number; word: string }>('select $1::int + 1 as n, $2::text as word', [41, 'Vientiane']),
      [{ n: 42, word: 'Vientiane' }],
    );
  });

  it('throws the server’s error, and answers the next query on a new connection', () => {
    assert.throws(() => queries.query('select * from no_such_table', []), /relation "no_such_table" does not exist/);
    assert.deepEqual(queries.query('select 1 as one', []), [{ one: 1 }]);
  });

  it('gives up on a query past the timeout, and does not take its late answer for the next query’s', async () => {
    const url = await (await postgresCluster()).createDatabase('synchronous');
    const impatient = new SynchronousQueries({ connectionString: url }, 1_000);
    try {
      assert.deepEqual(impatient.query('select 1 as warm', []), [{ warm: 1 }]);
      assert.throws(() => impatient.query('select pg_sleep(3), 1 as slow', []), /^Error: no answer within 1000 ms$/);
      // Well after the slow answer has come back, it sits on the port ahead of the next one.
      await sleep(3_500);
      assert.deepEqual(impatient.query('select 2 as fast', []), [{ fast: 2 }]);
    } finally {
      impatient.close();
    }
  });

  it('throws when the server cannot be reached', () => {
    const unreachable = new SynchronousQueries(
      { host: '127.0.0.1', port: 1, user: 'nobody', database: 'none', connectionTimeoutMillis: 2_000 },
      10_000,
    );
    try {
      assert.throws(() => unreachable.query('select 1', []), /ECONNREFUSED/);
    } finally {
      unreachable.close();
    }
  });
});
