/**
 * The archive's server going away while a reader uses it, and coming back. A reader that
 * opened a generation keeps what it has (the article table, the index, the facts it fetched);
 * an entity's facts it had not fetched read as none, at once and without marking the
 * generation damaged (nothing was lost: the server is away); a search fails with one message
 * naming the archive. When the server is back, the same reader fetches facts and searches
 * again without being reopened: its connections are made anew.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildMentionIndex } from '../../../server/src/core/mentions/mentionIndex.js';
import { readKnowledgeBase } from '../../../server/src/kb/readKnowledgeBase.js';
import { ArchivePassageSearch } from '../../../server/src/store/postgres/archiveSearch.js';
import { PostgresGeneration } from '../../../server/src/store/postgres/postgresGeneration.js';
import { PostgresCorpusStore } from '../../../server/src/store/postgres/postgresStore.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';
import { postgresCluster, type PostgresCluster } from '../../support/postgresCluster.js';
import { freshArchive } from '../../support/sharedArchive.js';
import { wireCopy } from './storeContract.js';

const QUERY = 'Xi said China and Vietnam are friendly socialist neighbors';

describe('a reader while the archive goes away and comes back', { timeout: 120_000 }, () => {
  let cluster: PostgresCluster;
  let store: PostgresCorpusStore;
  let generation: PostgresGeneration;
  let search: ArchivePassageSearch;

  before(async () => {
    cluster = await postgresCluster();
    const url = await freshArchive();
    const writer = new PostgresCorpusStore(url);
    const host = openWorkspace({
      corpusFiles: new Map([
        ['mem/xinhua.txt', wireCopy('xinhua-2025-01-14-xi-to-lam-talks')],
        ['mem/vna.txt', wireCopy('vna-2025-01-14-to-lam-xi-talks')],
        ['mem/kpl.txt', wireCopy('kpl-2025-05-14-sonexay-chinh-meeting')],
      ]),
      store: writer,
      workers: 0,
    });
    assert.equal((await host.updateCorpus()).state, 'ready');
    host.dispose();
    await writer.close();
    store = new PostgresCorpusStore(url);
    const opened = await store.readGeneration();
    assert.ok(opened instanceof PostgresGeneration);
    generation = opened;
    search = new ArchivePassageSearch(store.pool, generation, buildMentionIndex(readKnowledgeBase()));
  });

  after(async () => {
    cluster.start();
    generation.close();
    await store.close();
  });

  it('answers from what it holds, reads missing facts as none without calling them damaged, and fails a search in one line; then recovers by itself', async () => {
    let damaged = false;
    generation.onDamaged(() => (damaged = true));
    await generation.prefetchFacts(['xi-jinping']);
    const xiTitles = generation.readTitles('xi-jinping');
    assert.ok(xiTitles.length > 0);
    const talks = await search.search(QUERY);
    assert.ok(talks.length > 0);
    // A synchronous read made once through the worker thread, so its connection is open when the server stops.
    const toLamEvents = generation.readEvents('to-lam');
    assert.ok(toLamEvents.length > 0);

    const other = generation.factEntities.find((id) => id !== 'xi-jinping' && id !== 'to-lam');
    assert.ok(other, `another entity has facts: ${generation.factEntities.join(', ')}`);

    cluster.stop();
    const started = Date.now();
    assert.deepEqual(
      generation.readEvents(other),
      [],
      `the facts of ${other} were never fetched: none while the server is away`,
    );
    assert.ok(Date.now() - started < 6_000, 'the read gives up within its timeout');
    assert.deepEqual(generation.readTitles('xi-jinping'), xiTitles, 'what was fetched is still there');
    assert.deepEqual(generation.readEvents('to-lam'), toLamEvents);
    assert.equal(generation.articles.length, 3, 'the article table is held');
    await assert.rejects(search.search(QUERY), (error: Error) => {
      assert.match(
        error.message,
        /^the shared archive postgresql:\/\/\w+@127\.0\.0\.1:\d+\/\w+ could not be searched: (connect ECONNREFUSED|Connection terminated|terminating connection)/,
      );
      assert.equal(error.message.split('\n').length, 1);
      return true;
    });
    assert.equal(damaged, false, 'a server away is not a damaged generation');

    cluster.start();
    const back = generation.readTitles(other).length + generation.readEvents(other).length;
    assert.ok(back > 0, 'the same reader reads again once the server is back');
    assert.deepEqual(await search.search(QUERY), talks, 'and searches again');
    assert.equal(damaged, false);
  });
});
