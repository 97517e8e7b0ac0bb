/**
 * A fresh shared archive for a test: a new database on this test file's throwaway cluster
 * (postgresCluster.ts), with the schema and, when asked, the read-only role.
 */
import pg from 'pg';
import { initArchive } from '../../server/src/store/postgres/archiveSchema.js';
import { postgresCluster } from './postgresCluster.js';

/** The connection string (as the cluster's superuser) of a new archive. */
export async function freshArchive(reader?: { role: string; password: string }): Promise<string> {
  const url = await (await postgresCluster()).createDatabase();
  await withClient(url, (client) => initArchive(client, reader));
  return url;
}

/** Runs `work` on a connection of its own, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
