/**
 * The PostgreSQL store (a team's shared archive) passes the store contract against a real
 * server: a throwaway cluster started for this file (test/support/postgresCluster.ts), one
 * fresh database per store.
 */
import pg from 'pg';
import { initArchive } from '../../../server/src/store/postgres/archiveSchema.js';
import { PostgresCorpusStore } from '../../../server/src/store/postgres/postgresStore.js';
import { postgresCluster } from '../../support/postgresCluster.js';
import { storeContract } from './storeContract.js';

/** A new archive: a fresh database with the schema. */
export async function freshArchive(): Promise<string> {
  const url = await (await postgresCluster()).createDatabase();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await initArchive(client);
  } finally {
    await client.end();
  }
  return url;
}

storeContract('PostgresCorpusStore', async () => new PostgresCorpusStore(await freshArchive()));
