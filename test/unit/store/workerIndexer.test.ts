/**
 * Deriving and merging in worker processes, over an embedded store in a temporary folder: every
 * file handed out and reported, the merge saying which records it lacked, the layer of a few
 * files sent back whole, a worker got ready ahead of a change, and cancellation answered as an
 * AbortError; background workers below the host's priority, all their threads; workers that end
 * with a host killed mid-update, and a store that keeps what was complete.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { EmbeddedCorpusStore } from '../../../server/src/store/embeddedStore.js';
import { CancelledError, WorkerIndexer } from '../../../server/src/store/workerIndexer.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';
import { until } from '../../support/until.js';
import { generatedCorpusFile } from './storeContract.js';

/** The compiled indexer module, which a host in a child process imports by absolute path. */
const INDEXER_MODULE = new URL('../../../server/src/store/workerIndexer.js', import.meta.url).href;

const root = temporaryFolder('attache-worker-indexer-');
const corpus = join(root, 'corpus');
mkdirSync(corpus);
const railway = join(corpus, 'railway.txt');
const border = join(corpus, 'border.txt');
writeFileSync(
  railway,
  'Laos-China railway carries record freight\n\nVIENTIANE, May 14, 2024 (KPL) -- The Laos-China Railway carried a record volume of freight in April, as more goods from Thailand crossed the Mekong to be loaded at the Vientiane South station.',
);
writeFileSync(
  border,
  'Vietnam and Cambodia review border work\n\nHANOI, May 15, 2024 (VNA) -- Officials of Vietnam and Cambodia reviewed the demarcation of their land border and agreed to finish planting the remaining markers this year.',
);
const files = [
  { path: border, fingerprint: 'border-1' },
  { path: railway, fingerprint: 'railway-1' },
];

const indexer = new WorkerIndexer(join(root, 'store'), [], 2, false);
after(() => indexer.dispose());

describe('WorkerIndexer', () => {
  it('derives every file, reporting each as it is stored', async () => {
    const stored: string[] = [];
    await indexer.derive(files, (path) => stored.push(path));
    assert.deepEqual(stored.sort(), [border, railway].sort());
  });

  it('sends back the layer of a few stored files whole, before a merge commits them, its index’s articles readable', async () => {
    const layer = await indexer.mergeLayer([railway], 'key-1');
    assert.equal(layer.kbKey, 'key-1');
    assert.deepEqual(layer.problems, []);
    assert.deepEqual(
      layer.articles.map((article) => article.path),
      [railway],
    );
    assert.equal(layer.articles[0]!.outlet, 'KPL');
    assert.equal(layer.index.articles.length, 1);
    assert.equal(layer.index.articles.at(0).id, layer.articles[0]!.id);
    assert.equal(layer.index.articles.language(0), 'en');
  });

  it('merges the stored records, and says which paths have none', async () => {
    const missing = await indexer.merge([border, railway, join(corpus, 'never-derived.txt')], 'key-1', []);
    assert.deepEqual(missing, [join(corpus, 'never-derived.txt')]);
    assert.deepEqual(await indexer.merge([border, railway], 'key-1', []), []);
  });

  it('does nothing for no files', async () => {
    let called = false;
    await indexer.derive([], () => (called = true));
    assert.equal(called, false);
  });

  it('gets a worker ready before a change, and a request made meanwhile waits for it and is answered', async () => {
    const ready = indexer.prepare();
    const stored: string[] = [];
    await indexer.derive([files[1]!], (path) => stored.push(path));
    await ready;
    assert.deepEqual(stored, [railway]);
  });

  it('does not hold up the next request when getting ready fails (its worker stopped)', async () => {
    const stopped = new WorkerIndexer(join(root, 'store'), [], 1, false);
    try {
      const ready = stopped.prepare();
      stopped.dispose();
      await assert.rejects(ready, /stopped/);
      const stored: string[] = [];
      await stopped.derive([files[0]!], (path) => stored.push(path));
      assert.deepEqual(stored, [border]);
    } finally {
      stopped.dispose();
    }
  });

  it('answers a cancelled update with an AbortError, and works again afterwards', async () => {
    await assert.rejects(
      indexer.derive(files, () => undefined, AbortSignal.abort()),
      (error) => error instanceof CancelledError && error.name === 'AbortError',
    );
    const stored: string[] = [];
    await indexer.derive([files[0]!], (path) => stored.push(path));
    assert.deepEqual(stored, [border]);
  });
});

/** The nice value of every thread of a process (Linux), from the 19th field of each thread's stat. */
function threadNiceValues(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((thread) => {
    const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces: state is the 3rd.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19 - 3]);
  });
}

/** Whether a process is still running (a zombie waiting to be reaped has ended). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

describe('WorkerIndexer in the background', { timeout: 120_000 }, () => {
  it('runs its workers below the host’s priority, every thread of them; a command’s workers at the host’s', async () => {
    const background = new WorkerIndexer(join(root, 'store'), [], 1, true);
    try {
      await Promise.all([background.prepare(), indexer.prepare()]);
      const host = getPriority();
      const lowered = Math.min(19, host + 10);
      const [worker] = background.processIds;
      const [commandWorker] = indexer.processIds;
      assert.equal(getPriority(worker), lowered);
      if (host < 19) assert.ok(getPriority(worker) > host, 'the worker yields to the host');
      assert.equal(getPriority(commandWorker), host);
      if (process.platform === 'linux') {
        const threads = threadNiceValues(worker!);
        assert.ok(threads.length > 1, 'V8’s helper threads are there to be lowered');
        assert.deepEqual(new Set(threads), new Set([lowered]));
        assert.deepEqual(new Set(threadNiceValues(commandWorker!)), new Set([host]));
      }
    } finally {
      background.dispose();
    }
  });

  it('lets its host exit once the work is done, its idle workers left alive, and ends them with it', async () => {
    // A host that derives two files and then has nothing left to do: it must exit by itself.
    const script = `
      const { WorkerIndexer } = await import(process.argv[1]);
      const indexer = new WorkerIndexer(process.argv[2], [], 2, true);
      await indexer.derive(JSON.parse(process.argv[3]), () => undefined);
      console.log(JSON.stringify(indexer.processIds));
    `;
    const host = spawn(
      process.execPath,
      ['--input-type=module', '-e', script, INDEXER_MODULE, join(root, 'idle-store'), JSON.stringify(files)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const workers = await new Promise<number[]>((resolve, reject) => {
      createInterface({ input: host.stdout }).once('line', (line) => resolve(JSON.parse(line) as number[]));
      host.once('exit', (code) => reject(new Error(`the host exited (code ${code}) before deriving`)));
    });
    assert.equal(workers.length, 2);
    const exited = await until(
      'the host to exit with nothing left to do',
      () => host.exitCode,
      (code) => code !== null,
    ).finally(() => host.kill('SIGKILL'));
    assert.equal(exited, 0);
    await until(
      'the workers to end with their host',
      () => workers.filter(running),
      (left) => left.length === 0,
    );
  });

  it('ends its workers with the host killed mid-update, and the store keeps every record completed', async () => {
    const manyFiles = join(root, 'many');
    mkdirSync(manyFiles);
    const listed = Array.from({ length: 60 }, (_, n) => {
      const path = join(manyFiles, `kpl-${String(n).padStart(2, '0')}.txt`);
      writeFileSync(path, generatedCorpusFile(n, 20));
      return { path, fingerprint: `many-${n}` };
    });
    const storeFolder = join(root, 'killed-store');
    // A host that indexes in the background and reports each file stored with its workers' ids.
    const script = `
      const { WorkerIndexer } = await import(process.argv[1]);
      const indexer = new WorkerIndexer(process.argv[2], [], 2, true);
      await indexer.derive(JSON.parse(process.argv[3]), (path) =>
        console.log(JSON.stringify({ path, workers: indexer.processIds })));
    `;
    const host = spawn(
      process.execPath,
      ['--input-type=module', '-e', script, INDEXER_MODULE, storeFolder, JSON.stringify(listed)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const first = await new Promise<{ path: string; workers: number[] }>((resolve, reject) => {
      createInterface({ input: host.stdout }).once('line', (line) => resolve(JSON.parse(line)));
      host.once('exit', (code) => reject(new Error(`the host exited (code ${code}) before storing a file`)));
    });
    host.kill('SIGKILL');
    assert.equal(first.workers.length, 2);
    await until(
      'the workers to end with their host',
      () => first.workers.filter(running),
      (left) => left.length === 0,
    );

    const store = new EmbeddedCorpusStore(storeFolder);
    const [kept] = await store.readRecords([first.path]);
    assert.equal(kept?.path, first.path, 'the record stored before the kill is kept');
    const again = new WorkerIndexer(storeFolder, [], 2, false);
    try {
      await again.derive(listed, () => undefined);
      assert.deepEqual(
        await again.merge(
          listed.map((file) => file.path),
          'key-1',
          [],
        ),
        [],
      );
    } finally {
      again.dispose();
    }
    const generation = await store.readGeneration();
    assert.deepEqual(generation?.files.map((file) => file.path).sort(), listed.map((file) => file.path).sort());
    assert.equal(generation.articles.length, listed.length * 20);
  });
});
