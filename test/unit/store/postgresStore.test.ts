/**
 * The PostgreSQL store (a team's shared archive) passes the store contract against a real
 * server: a throwaway cluster started for this file (test/support/postgresCluster.ts), one
 * fresh database per store.
 */
import { PostgresCorpusStore } from '../../../server/src/store/postgres/postgresStore.js';
import { freshArchive } from '../../support/sharedArchive.js';
import { storeContract } from './storeContract.js';

storeContract('PostgresCorpusStore', async () => new PostgresCorpusStore(await freshArchive()));
