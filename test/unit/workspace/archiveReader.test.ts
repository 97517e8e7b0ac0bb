/**
 * A workspace reading a shared archive read-only, through an `ArchiveReader`, on a real
 * PostgreSQL server (a throwaway cluster): it opens the current generation; it never writes
 * (an update is refused, the archive keeps its one generation); when the server goes away it
 * reports offline once however many times it tries again, and the facts it never fetched read
 * as none without asking the server; when the server is back it reports online by itself; a
 * committed generation is swapped in as it is notified.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PostgresGeneration } from '../../../server/src/store/postgres/postgresGeneration.js';
import { PostgresCorpusStore } from '../../../server/src/store/postgres/postgresStore.js';
import { ArchiveReader, passwordProblem, type ArchiveState } from '../../../server/src/workspace/archiveReader.js';
import { openWorkspace, type WorkspaceHost } from '../../../server/src/workspace/host.js';
import { postgresCluster, type PostgresCluster } from '../../support/postgresCluster.js';
import { freshArchive, withClient } from '../../support/sharedArchive.js';
import { wireCopy } from '../store/storeContract.js';

const XINHUA = ['mem/xinhua.txt', wireCopy('xinhua-2025-01-14-xi-to-lam-talks')] as const;
const VNA = ['mem/vna.txt', wireCopy('vna-2025-01-14-to-lam-xi-talks')] as const;
const KPL = ['mem/kpl.txt', wireCopy('kpl-2025-05-14-sonexay-chinh-meeting')] as const;

/** Writes these files' generation into the archive, as an ingest job would. */
async function ingest(url: string, files: readonly (readonly [string, string])[]): Promise<void> {
  const writer = new PostgresCorpusStore(url);
  const host = openWorkspace({ corpusFiles: new Map(files), store: writer, workers: 0 });
  try {
    assert.equal((await host.updateCorpus()).state, 'ready');
  } finally {
    host.dispose();
    await writer.close();
  }
}

const generations = (url: string) =>
  withClient(url, async (client) =>
    Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM attache.generation')).rows[0]!.n),
  );

describe('a workspace reading a shared archive', { timeout: 120_000 }, () => {
  let cluster: PostgresCluster;
  let url: string;
  let host: WorkspaceHost;
  let reader: ArchiveReader;
  const changes: ArchiveState[] = [];
  let waiters: { accept: (state: ArchiveState) => boolean; resolve: () => void }[] = [];
  /** Resolves at the first change from now on that satisfies `accept`. */
  const next = (accept: (state: ArchiveState) => boolean) =>
    new Promise<void>((resolve) => waiters.push({ accept, resolve }));
  const held = () => host.committedCorpus?.generation as PostgresGeneration | undefined;
  // The reader's retry timer does not keep a process alive (a server's connection to its editor
  // does); this test's process is kept alive while it waits for the reader.
  const keepAlive = setInterval(() => undefined, 1_000);

  before(async () => {
    cluster = await postgresCluster();
    url = await freshArchive();
    await ingest(url, [XINHUA, VNA]);
    host = openWorkspace({ workers: 0 });
    const store = new PostgresCorpusStore(url);
    host.useStore(store, { readOnly: true });
    reader = new ArchiveReader(
      host,
      store,
      (state) => {
        changes.push(state);
        const ready = waiters.filter((waiter) => waiter.accept(state));
        waiters = waiters.filter((waiter) => !ready.includes(waiter));
        for (const waiter of ready) waiter.resolve();
      },
      { retryFirstMs: 50, retryMostMs: 200 },
    );
  });
  after(async () => {
    clearInterval(keepAlive);
    cluster.start();
    await reader.dispose();
    host.dispose();
  });

  it("opens the archive's current generation, and never writes to it", async () => {
    await reader.start();
    assert.equal(reader.state.state, 'online');
    assert.equal(reader.state.reason, undefined);
    assert.ok(held() instanceof PostgresGeneration);
    assert.equal(host.status.articles, 2);
    const refused = await host.updateCorpus();
    assert.equal(refused.state, 'failed');
    assert.match(refused.message ?? '', /read here, never written/);
    assert.equal(await generations(url), 1);
  });

  it('reports offline once while it keeps trying, reads unfetched facts as none at once, and is back by itself', async () => {
    const generation = held()!;
    await generation.prefetchFacts(['xi-jinping']);
    const titles = generation.readTitles('xi-jinping');
    assert.ok(titles.length > 0);
    const other = generation.factEntities.find((id) => id !== 'xi-jinping');
    assert.ok(other);

    const from = changes.length;
    const offline = next((state) => state.state === 'offline');
    cluster.stop();
    await offline;
    assert.match(
      reader.state.reason ?? '',
      /^the shared archive postgresql:\/\/\w+@127\.0\.0\.1:\d+\/\w+ cannot be reached: /,
    );
    assert.equal(reader.state.needsPassword, undefined, 'a server away wants no password');
    // While the server is away the generation does not ask it: no worker thread was started to wait for an answer.
    assert.deepEqual(generation.readEvents(other), []);
    assert.equal((generation as unknown as { synchronous?: unknown }).synchronous, undefined);
    assert.deepEqual(generation.readTitles('xi-jinping'), titles, 'what was fetched is still there');
    assert.equal(host.status.articles, 2, 'the article table is held');

    // Several tries fail meanwhile (every 50 to 200 ms): each is reported as offline again, and
    // none changes the state; then the server is back.
    const online = next((state) => state.state === 'online');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const whileAway = changes.slice(from);
    assert.ok(whileAway.length >= 2, `it tried again: ${whileAway.length} reports`);
    assert.ok(whileAway.every((state) => state.state === 'offline'));
    cluster.start();
    await online;
    assert.equal(held(), generation, 'the same generation is current: kept, not read again');
    assert.ok(
      generation.readEvents(other).length + generation.readTitles(other).length > 0,
      'it asks the server again',
    );
  });

  it('swaps in a generation an ingest job commits', async () => {
    const before = held();
    const swapped = next(() => host.status.articles === 3);
    await ingest(url, [XINHUA, VNA, KPL]);
    await swapped;
    assert.notEqual(held(), before);
    assert.equal(reader.state.state, 'online');
  });
});

describe('a reader whose archive wants a password', { timeout: 120_000 }, () => {
  const PASSWORD = 'Reader-pass-for-the-reader-test';
  let cluster: PostgresCluster;
  /** The archive's address with the read-only role, without a password. */
  let address: string;
  const readers: { reader: ArchiveReader; host: WorkspaceHost }[] = [];

  before(async () => {
    cluster = await postgresCluster();
    const role = `reader_pw_${process.pid}`;
    const owner = await freshArchive({ role, password: PASSWORD });
    await ingest(owner, [XINHUA, VNA]);
    address = owner.replace(`${cluster.superuser}@`, `${role}@`);
  });
  after(async () => {
    for (const { reader, host } of readers) {
      await reader.dispose();
      host.dispose();
    }
  });

  /** A reader of the archive through `connectionString`, started once. */
  async function startedReader(connectionString: string): Promise<ArchiveReader> {
    const host = openWorkspace({ workers: 0 });
    const store = new PostgresCorpusStore(connectionString);
    host.useStore(store, { readOnly: true });
    const reader = new ArchiveReader(host, store, () => undefined, { retryFirstMs: 60_000 });
    readers.push({ reader, host });
    await reader.start();
    return reader;
  }

  it('says a password is needed when none was given, naming the ways to give one', async () => {
    const saved = process.env['PGPASSWORD'];
    delete process.env['PGPASSWORD'];
    try {
      const reader = await startedReader(address);
      assert.equal(reader.state.state, 'offline');
      assert.equal(reader.state.needsPassword, true);
      assert.match(
        reader.state.reason ?? '',
        /^the shared archive postgresql:\/\/reader_pw_\d+@127\.0\.0\.1:\d+\/\w+ asks for a password, and none was given \(by "Connect to a shared archive", PGPASSWORD or ~\/\.pgpass\)$/,
      );
    } finally {
      if (saved !== undefined) process.env['PGPASSWORD'] = saved;
    }
  });

  it('says a password is needed when the server refuses the one given, without showing it', async () => {
    const wrong = address.replace('@', `:${encodeURIComponent('Not-the-password')}@`);
    const reader = await startedReader(wrong);
    assert.equal(reader.state.state, 'offline');
    assert.equal(reader.state.needsPassword, true);
    assert.match(reader.state.reason ?? '', /password authentication failed/);
    assert.doesNotMatch(reader.state.reason ?? '', /Not-the-password/);
  });

  it('does not try a refused password again on its own, until it is started again', async () => {
    const wrong = address.replace('@', `:${encodeURIComponent('Not-the-password')}@`);
    const host = openWorkspace({ workers: 0 });
    const store = new PostgresCorpusStore(wrong);
    host.useStore(store, { readOnly: true });
    let attempts = 0;
    const reader = new ArchiveReader(host, store, () => attempts++, { retryFirstMs: 10, retryMostMs: 10 });
    readers.push({ reader, host });
    await reader.start();
    assert.equal(attempts, 1);
    // A server away is tried again every 10 ms here; a refused password is not.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(attempts, 1, 'no attempt after the refusal');
    assert.equal(reader.state.needsPassword, true);
    await reader.start();
    assert.equal(attempts, 2, 'started again, it tries again');
  });

  it('reads the archive with the right password, and needs nothing more', async () => {
    const reader = await startedReader(address.replace('@', `:${encodeURIComponent(PASSWORD)}@`));
    assert.equal(reader.state.state, 'online');
    assert.equal(reader.state.needsPassword, undefined);
  });

  it('tells a password problem from any other failure', () => {
    assert.equal(
      passwordProblem(new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string')),
      'missing',
    );
    assert.equal(
      passwordProblem(Object.assign(new Error('password authentication failed for user "r"'), { code: '28P01' })),
      'refused',
    );
    assert.equal(
      passwordProblem(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
      undefined,
    );
    assert.equal(passwordProblem(Object.assign(new Error('role "r" does not exist'), { code: '28000' })), undefined);
    assert.equal(passwordProblem('password must be a string'), undefined);
  });
});
