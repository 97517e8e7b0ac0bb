/**
 * The workspace host with its defaults: corpus folders on disk, the embedded store, indexing in
 * real worker processes (the compiled `corpusWorker.js`, found beside the store modules). Only a
 * changed file is read again; a writer killed mid-update (SIGKILL, in a child process) leaves a
 * store that the next update completes, its stale lock taken over; two processes updating one
 * store take turns; a file or folder that cannot be read costs only itself, with a problem
 * naming it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { EmbeddedCorpusStore } from '../../../server/src/store/embeddedStore.js';
import type { CorpusReader } from '../../../server/src/workspace/corpusView.js';
import { openWorkspace, type CorpusStatus } from '../../../server/src/workspace/host.js';
import { LayeredCorpusView } from '../../../server/src/workspace/layeredCorpusView.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';
import { until } from '../../support/until.js';
import { generatedCorpusFile, wireCopy } from '../store/storeContract.js';

const TODAY = () => '2025-06-01';
/** The compiled host module, which a child process imports by absolute path. */
const HOST_MODULE = fileURLToPath(new URL('../../../server/src/workspace/host.js', import.meta.url));

/** A corpus folder with the Xinhua and VNA reports of the talks and the KPL report of the May meeting. */
function wireCorpus(): { dir: string; xinhua: string; vna: string; kpl: string } {
  const dir = temporaryFolder('attache-corpus-');
  const xinhua = join(dir, 'xinhua-2025-01-14-xi-to-lam-talks.txt');
  const vna = join(dir, 'vna-2025-01-14-to-lam-xi-talks.txt');
  const kpl = join(dir, 'kpl-2025-05-14-sonexay-chinh-meeting.txt');
  writeFileSync(xinhua, wireCopy('xinhua-2025-01-14-xi-to-lam-talks'));
  writeFileSync(vna, wireCopy('vna-2025-01-14-to-lam-xi-talks'));
  writeFileSync(kpl, wireCopy('kpl-2025-05-14-sonexay-chinh-meeting'));
  return { dir, xinhua, vna, kpl };
}

/** A corpus folder of generated KPL files, `perFile` distinct articles each. */
function generatedCorpus(files: number, perFile: number): string {
  const dir = temporaryFolder('attache-generated-');
  for (let f = 0; f < files; f++)
    writeFileSync(join(dir, `kpl-${String(f).padStart(3, '0')}.txt`), generatedCorpusFile(f, perFile));
  return dir;
}

/** What the child process writes, one JSON object per line. */
interface ChildMessage {
  started?: number;
  progress?: { phase: string; done: number; total: number } | null;
  final?: CorpusStatus;
  lastUpdate?: { changed: number; committed: boolean } | null;
}

interface Child {
  process: ChildProcess;
  messages: ChildMessage[];
  /** The first message (already received or to come) that matches. */
  waitFor(match: (message: ChildMessage) => boolean): Promise<ChildMessage>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

const CHILD_SCRIPT = `
import { pathToFileURL } from 'node:url';
const [hostModule, corpusDir, storeDir] = process.argv.slice(2);
const { openWorkspace } = await import(pathToFileURL(hostModule).href);
const say = (message) => process.stdout.write(JSON.stringify(message) + '\\n');
const host = openWorkspace({ corpusFolders: [corpusDir], store: { folder: storeDir }, today: () => '2025-06-01' });
say({ started: process.pid });
const status = await host.updateCorpus({ onProgress: (s) => say({ progress: s.progress ?? null }) });
say({ final: status, lastUpdate: host.lastUpdate ? { changed: host.lastUpdate.changed.length, committed: host.lastUpdate.committed } : null });
host.dispose();
`;

/** Runs an update of the corpus folder into the store in a child process. */
function startChild(corpusDir: string, storeDir: string): Child {
  const script = join(temporaryFolder('attache-child-'), 'update.mjs');
  writeFileSync(script, CHILD_SCRIPT);
  const child = spawn(process.execPath, [script, HOST_MODULE, corpusDir, storeDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const messages: ChildMessage[] = [];
  const waiting: { match: (message: ChildMessage) => boolean; resolve: (message: ChildMessage) => void }[] = [];
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.once('close', (code, signal) => {
      resolve({ code, signal, stderr });
    }),
  );
  createInterface({ input: child.stdout }).on('line', (line) => {
    let message: ChildMessage;
    try {
      message = JSON.parse(line) as ChildMessage;
    } catch {
      return;
    }
    messages.push(message);
    for (const waiter of [...waiting]) {
      if (waiter.match(message)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  return {
    process: child,
    messages,
    exited,
    waitFor(match) {
      const seen = messages.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise<ChildMessage>((resolve, reject) => {
        waiting.push({ match, resolve });
        void exited.then(({ code, signal, stderr: err }) => {
          const late = messages.find(match);
          if (late) resolve(late);
          else
            reject(new Error(`the child exited (code ${code}, signal ${signal}) before the awaited message: ${err}`));
        });
      });
    },
  };
}

describe('workspace host with worker processes and the disk store', { timeout: 120_000 }, () => {
  it('indexes a corpus folder in worker processes, then reads again only the file that changed', async () => {
    assert.ok(
      existsSync(fileURLToPath(new URL('../../../server/src/store/corpusWorker.js', import.meta.url))),
      'the compiled worker is there',
    );
    const { dir, xinhua, vna, kpl } = wireCorpus();
    const storeFolder = temporaryFolder('attache-store-');
    const host = openWorkspace({ corpusFolders: [dir], store: { folder: storeFolder }, today: TODAY });
    try {
      const status = await host.updateCorpus();
      assert.equal(status.state, 'ready', status.message);
      assert.equal(status.articles, 3);
      assert.equal(status.files, 3);
      assert.equal(status.skipped, 0);
      assert.equal(host.inProcessIndexer, undefined, 'indexed in worker processes, not on this thread');
      assert.deepEqual(host.lastUpdate?.changed, [kpl, vna, xinhua]);
      const meeting = host
        .snapshot()
        .corpus?.facts.eventsByEntity.get('sonexay-siphandone')
        ?.find((e) => e.format === 'meeting');
      assert.equal(meeting?.date, '2025-05-14');

      const before = statSync(kpl);
      writeFileSync(
        kpl,
        wireCopy('kpl-2025-05-14-sonexay-chinh-meeting')
          .replace('14/05/2025', '15/05/2025')
          .replace('May 14', 'May 15')
          .replace('on Wednesday', 'on Thursday'),
      );
      utimesSync(kpl, new Date(before.atimeMs + 60_000), new Date(before.mtimeMs + 60_000));
      const after = statSync(kpl);
      assert.ok(after.size !== before.size && after.mtimeMs !== before.mtimeMs, 'the file’s size and time changed');

      const published: CorpusReader[] = [];
      const stop = host.onDidChange((snapshot) => snapshot.corpus && published.push(snapshot.corpus));
      const again = await host.updateCorpus();
      stop();
      assert.equal(again.state, 'ready', again.message);
      assert.deepEqual(host.lastUpdate, { changed: [kpl], removed: [], unchanged: 2, committed: true, problems: [] });
      assert.equal(again.articles, 3);
      // First the changed file merged alone in a worker, laid over the stored corpus; then the full merge.
      assert.ok(published[0] instanceof LayeredCorpusView, 'the change was shown before the full merge');
      assert.equal(
        published[0].facts.eventsByEntity.get('sonexay-siphandone')?.find((e) => e.format === 'meeting')?.date,
        '2025-05-15',
      );
      assert.equal(published[0].articleCount, 3);
      assert.ok(!(published.at(-1) instanceof LayeredCorpusView));
      const moved = host
        .snapshot()
        .corpus?.facts.eventsByEntity.get('sonexay-siphandone')
        ?.find((e) => e.format === 'meeting');
      assert.equal(moved?.date, '2025-05-15');

      const unchanged = await host.updateCorpus();
      assert.equal(unchanged.state, 'ready');
      assert.deepEqual(host.lastUpdate, { changed: [], removed: [], unchanged: 3, committed: false, problems: [] });
    } finally {
      host.dispose();
    }

    // Another host opens what was stored without reading the corpus.
    const reopened = openWorkspace({ corpusFolders: [dir], store: { folder: storeFolder }, today: TODAY });
    assert.equal(await reopened.openStored(), true);
    assert.equal(reopened.snapshot().corpus?.articleCount, 3);
    assert.equal(reopened.snapshot().corpus?.article(`${kpl}#0`)?.date, '2025-05-15');
    reopened.dispose();
  });

  it('completes the store after a writer is killed mid-update, taking over its stale lock', async () => {
    const FILES = 200;
    const PER_FILE = 20;
    const corpus = generatedCorpus(FILES, PER_FILE);
    const storeFolder = temporaryFolder('attache-store-');
    const child = startChild(corpus, storeFolder);
    const reading = await child.waitFor((m) => m.progress?.phase === 'reading' && m.progress.done >= 10);
    child.process.kill('SIGKILL');
    const exit = await child.exited;
    assert.equal(exit.signal, 'SIGKILL', exit.stderr);
    assert.ok(reading.progress!.done < reading.progress!.total, 'killed while reading files');
    assert.equal(
      child.messages.some((m) => m.final),
      false,
      'the killed update never finished',
    );
    const lock = join(storeFolder, 'write.lock');
    assert.equal(readFileSync(lock, 'utf8').trim(), String(child.process.pid), 'the killed writer left its lock');
    assert.ok(
      readdirSync(join(storeFolder, 'records')).filter((name) => name.endsWith('.rec')).length >= 10,
      'records of the files read were stored',
    );

    const host = openWorkspace({ corpusFolders: [corpus], store: { folder: storeFolder }, today: TODAY });
    try {
      const store = new EmbeddedCorpusStore(storeFolder);
      if (await host.openStored()) {
        const generation = host.committedCorpus!.generation;
        const records = await store.readRecords(generation.files.map((f) => f.path));
        assert.equal(records.length, generation.files.length, 'every file of the stored generation has its record');
      } else {
        assert.equal(await store.readGeneration(), undefined);
        assert.equal(host.snapshot().corpus, undefined);
      }

      const status = await host.updateCorpus();
      assert.equal(status.state, 'ready', status.message);
      assert.equal(status.files, FILES);
      assert.equal(status.articles, FILES * PER_FILE);
      assert.equal(status.skipped, 0);
      assert.equal(status.duplicates, 0);
      assert.equal(host.snapshot().corpus?.articleCount, FILES * PER_FILE);
      assert.equal(existsSync(lock), false, 'the lock was taken over and released');

      const generation = await store.readGeneration();
      assert.equal(generation?.files.length, FILES);
      assert.equal(generation?.articles.length, FILES * PER_FILE);
      assert.equal((await store.readRecords(generation.files.map((f) => f.path))).length, FILES);
      assert.deepEqual(Object.keys((await store.readManifest())?.files ?? {}).length, FILES);
    } finally {
      host.dispose();
    }
  });

  it('lets two processes update the same store at once, one after the other', async () => {
    const FILES = 30;
    const PER_FILE = 20;
    const corpus = generatedCorpus(FILES, PER_FILE);
    const storeFolder = temporaryFolder('attache-store-');
    const child = startChild(corpus, storeFolder);
    // The listing phase is reported once the child holds the store's lock.
    await child.waitFor((m) => m.progress?.phase === 'listing' || m.progress?.phase === 'reading');
    assert.equal(
      child.messages.some((m) => m.final),
      false,
      'the child is still updating when this process starts',
    );

    const host = openWorkspace({ corpusFolders: [corpus], store: { folder: storeFolder }, today: TODAY });
    try {
      const [childDone, ours] = await Promise.all([child.waitFor((m) => m.final !== undefined), host.updateCorpus()]);
      const exit = await child.exited;
      assert.equal(exit.code, 0, exit.stderr);
      assert.equal(childDone.final?.state, 'ready', childDone.final?.message);
      assert.equal(childDone.final?.articles, FILES * PER_FILE);
      assert.deepEqual(childDone.lastUpdate, { changed: FILES, committed: true });

      assert.equal(ours.state, 'ready', ours.message);
      assert.equal(ours.articles, FILES * PER_FILE);
      // This process waited for the child's lock, then found everything indexed.
      assert.deepEqual(host.lastUpdate, { changed: [], removed: [], unchanged: FILES, committed: false, problems: [] });

      const store = new EmbeddedCorpusStore(storeFolder);
      const generation = await store.readGeneration();
      assert.equal(generation?.files.length, FILES);
      assert.equal(generation?.articles.length, FILES * PER_FILE);
      assert.equal((await store.readRecords(generation.files.map((f) => f.path))).length, FILES);
      assert.equal(existsSync(join(storeFolder, 'write.lock')), false);
    } finally {
      host.dispose();
      child.process.kill('SIGKILL');
    }
  });

  it('indexes the rest of the corpus when a file is gone by the time it is read, naming it in a problem', async () => {
    const { dir, kpl } = wireCorpus();
    const storeFolder = temporaryFolder('attache-store-');
    const host = openWorkspace({ corpusFolders: [dir], store: { folder: storeFolder }, today: TODAY });
    try {
      // Listed, then deleted before any worker reads it.
      const status = await host.updateCorpus({
        onProgress: (s) => {
          if (s.progress?.phase === 'reading' && existsSync(kpl)) unlinkSync(kpl);
        },
      });
      assert.equal(existsSync(kpl), false);
      assert.equal(status.state, 'ready', status.message);
      assert.equal(status.articles, 2);
      assert.equal(status.files, 3);
      assert.equal(status.skipped, 1);
      const problems = host.committedCorpus?.generation.problems ?? [];
      assert.equal(problems.length, 1);
      assert.equal(problems[0]?.path, kpl);
      assert.match(problems[0].message, /cannot be read/);
      assert.ok(problems[0].message.includes(kpl) || problems[0].path === kpl);

      const next = await host.updateCorpus();
      assert.deepEqual(host.lastUpdate?.removed, [kpl]);
      assert.equal(next.skipped, 0);
      assert.equal(next.files, 2);
    } finally {
      host.dispose();
    }
  });

  /** The nice value of each thread of a process, from the 19th field of each thread's stat. */
  const threadNiceValues = (pid: number | 'self') =>
    readdirSync(`/proc/${pid}/task`).map((thread) => {
      const stat = readFileSync(`/proc/${pid}/task/${thread}/stat`, 'utf8');
      return { thread, nice: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]) };
    });

  /** The nice values of the threads of each running child process of this one: the corpus workers. */
  const workerNiceValues = (): number[][] =>
    readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .flatMap((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          if (state === 'Z' || Number(parent) !== process.pid) return [];
          return [threadNiceValues(Number(pid)).map((t) => t.nice)];
        } catch {
          // The process ended while it was read.
          return [];
        }
      });

  const hostNice = getPriority();
  const backgroundNice = Math.min(19, hostNice + 10);

  it('indexes at a lower priority than the process that answers the editor, every thread of its workers', async () => {
    const { dir } = wireCorpus();
    const host = openWorkspace({
      corpusFolders: [dir],
      store: { folder: temporaryFolder('attache-store-') },
      today: TODAY,
    });
    try {
      assert.equal((await host.updateCorpus()).state, 'ready');
      assert.equal(host.inProcessIndexer, undefined, 'indexed in worker processes');
      const own = threadNiceValues('self');
      assert.ok(
        own.every((t) => t.nice === hostNice),
        `every thread of this process keeps its priority: ${own.map((t) => t.nice).join(' ')}`,
      );
      const workers = workerNiceValues();
      assert.ok(workers.length > 0, 'the corpus workers are running');
      assert.ok(
        workers.every((threads) => threads.length > 1 && threads.every((nice) => nice === backgroundNice)),
        `every thread of each corpus worker runs at nice ${backgroundNice}: ${JSON.stringify(workers)}`,
      );
    } finally {
      host.dispose();
    }
  });

  it('indexes at its own priority for a command the user waits on', async () => {
    // The background workers of the tests before are killed, but a process may take a moment to end.
    await until('no background worker left', workerNiceValues, (workers) => workers.length === 0, 10_000);
    const { dir } = wireCorpus();
    const host = openWorkspace({
      corpusFolders: [dir],
      store: { folder: temporaryFolder('attache-store-') },
      today: TODAY,
      backgroundIndexing: false,
    });
    try {
      assert.equal((await host.updateCorpus()).state, 'ready');
      assert.equal(host.inProcessIndexer, undefined, 'indexed in worker processes');
      const workers = workerNiceValues();
      assert.ok(workers.length > 0, 'the corpus workers are running');
      assert.ok(
        workers.every((threads) => threads.every((nice) => nice === hostNice)),
        `every thread of each corpus worker at nice ${hostNice}: ${JSON.stringify(workers)}`,
      );
    } finally {
      host.dispose();
    }
  });

  it('indexes the rest of a corpus given in memory when a file cannot be read, naming it in a problem', async () => {
    const xinhua = 'memory/xinhua-2025-01-14-xi-to-lam-talks.txt';
    const kpl = 'memory/kpl-2025-05-14-sonexay-chinh-meeting.txt';
    const given = new Map([
      [xinhua, wireCopy('xinhua-2025-01-14-xi-to-lam-talks')],
      [kpl, wireCopy('kpl-2025-05-14-sonexay-chinh-meeting')],
    ]);
    const host = openWorkspace({ corpusFiles: given, workers: 0, today: TODAY });
    const status = await host.updateCorpus({
      onProgress: (s) => {
        if (s.progress?.phase === 'reading') given.delete(kpl);
      },
    });
    assert.equal(status.state, 'ready', status.message);
    assert.equal(status.articles, 1);
    assert.equal(status.skipped, 1);
    assert.deepEqual(host.committedCorpus?.generation.problems, [{ path: kpl, message: 'skipped: file is gone' }]);
    assert.equal(host.committedCorpus?.generation.articles.at(0)?.path, xinhua);
    host.dispose();
  });
});
