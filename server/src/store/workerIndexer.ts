import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ListedFile } from '../corpus/readCorpus.js';
import type { CorpusGeneration } from '../corpus/corpusGeneration.js';
import type { CorpusProblem } from '../corpus/types.js';
import type { CorpusIndexer, MergeOptions } from './corpusIndexer.js';
import { BACKGROUND_ARGUMENT, receivedGeneration, type WorkerReply, type WorkerRequest } from './workerMessages.js';

/** The worker's script: beside this module when compiled, `corpusWorker.cjs` beside the bundle. */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const compiled = join(dirname(here), 'corpusWorker.js');
  return here.endsWith('.js') && existsSync(compiled) ? compiled : join(dirname(here), 'corpusWorker.cjs');
}

/** Distinct type so that a cancelled update can be told from a failed one. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

/**
 * Derives and merges in worker processes, one per core: the files of an update are handed out
 * one at a time to whichever worker is free, so a large file does not hold up the rest.
 * Cancelling kills the workers mid-file; the store keeps what was complete, and the next
 * update starts new workers.
 *
 * Processes rather than threads so that background indexing can be given a lower priority as a
 * whole: V8's helper threads (background compilation of the indexing code, garbage collection)
 * belong to the process, and in the editor's process they would compete with the thread
 * answering keystrokes at normal priority however low the worker threads were set.
 */
export class WorkerIndexer implements CorpusIndexer {
  private workers: ChildProcess[] = [];
  private nextId = 0;
  /**
   * The worker getting ready (`prepare`), if it is: a request waits for it rather than run
   * beside it, since a worker's messages are listened to by one request at a time.
   */
  private preparing: Promise<void> | undefined;

  constructor(
    private readonly storeFolder: string,
    private readonly kbFiles: readonly string[],
    private readonly threads = Math.max(1, Math.min(availableParallelism(), 4)),
    /** Whether the workers yield the cores to the editor's process (see corpusWorker.ts); a command the user waits on runs them at its own priority. */
    private readonly background = true,
  ) {}

  /**
   * Starts the worker a change's files go to first and has it load the knowledge base: a
   * process starting and reading the knowledge base is most of a second, which the first change
   * after the corpus is opened would otherwise wait for. A failure here is left for the next
   * request to meet and report (the workers are started again then).
   */
  prepare(): Promise<void> {
    this.preparing ??= this.run(this.pool(1), undefined, (worker, settle) =>
      this.send(worker, { kind: 'prepare', id: this.nextId++, kbFiles: [...this.kbFiles] }, settle),
    ).finally(() => (this.preparing = undefined));
    return this.preparing;
  }

  async derive(files: readonly ListedFile[], onFile: (path: string) => void, signal?: AbortSignal): Promise<void> {
    if (files.length === 0) return;
    await this.prepared();
    const queue = [...files];
    const pool = this.pool(Math.min(this.threads, files.length));
    await this.run(pool, signal, (worker, settle) => {
      const next = () => {
        const file = queue.shift();
        if (!file) return settle();
        this.send(
          worker,
          { kind: 'derive', id: this.nextId++, storeFolder: this.storeFolder, kbFiles: [...this.kbFiles], file },
          (reply) => {
            if (reply.kind === 'derived') onFile(reply.path);
            next();
          },
        );
      };
      next();
    });
  }

  async merge(
    paths: readonly string[],
    kbKey: string,
    problems: readonly CorpusProblem[],
    options: MergeOptions = {},
  ): Promise<string[]> {
    await this.prepared();
    const pool = this.pool(1);
    let missing: string[] = [];
    await this.run(pool, options.signal, (worker, settle) => {
      const request: WorkerRequest = {
        kind: 'merge',
        id: this.nextId++,
        storeFolder: this.storeFolder,
        paths: [...paths],
        kbKey,
        problems: [...problems],
        incomplete: options.incomplete === true,
      };
      this.send(worker, request, (reply) => {
        if (reply.kind === 'merged') missing = reply.missing;
        settle();
      });
    });
    return missing;
  }

  async mergeLayer(paths: readonly string[], kbKey: string, signal?: AbortSignal): Promise<CorpusGeneration> {
    await this.prepared();
    let generation: CorpusGeneration | undefined;
    await this.run(this.pool(1), signal, (worker, settle) => {
      this.send(
        worker,
        { kind: 'mergeLayer', id: this.nextId++, storeFolder: this.storeFolder, paths: [...paths], kbKey },
        (reply) => {
          if (reply.kind === 'layer') generation = receivedGeneration(reply.generation);
          settle();
        },
      );
    });
    if (!generation) throw new Error('a corpus worker answered without the merged files');
    return generation;
  }

  /** Once no worker is getting ready; whether it got ready is the request's own to find out. */
  private async prepared(): Promise<void> {
    await this.preparing?.catch(() => undefined);
  }

  dispose(): void {
    // SIGKILL, as a thread is terminated: mid-file, at once; the store is made for writers that die so.
    for (const worker of this.workers) worker.kill('SIGKILL');
    this.workers = [];
  }

  /** The process ids of the workers running now: to watch them (their priority, that they end with the host). */
  get processIds(): number[] {
    return this.workers.flatMap((worker) => (worker.pid === undefined ? [] : [worker.pid]));
  }

  private pool(size: number): ChildProcess[] {
    while (this.workers.length < size) {
      const worker = fork(workerScript(), this.background ? [BACKGROUND_ARGUMENT] : [], {
        // Typed arrays cross as they do between threads (the layer's index).
        serialization: 'advanced',
        // Never the parent's stdout: the language server speaks its protocol there.
        stdio: ['ignore', 2, 2, 'ipc'],
        // None of the host's options: they may be a script to run (`-e`) or a debugger's port.
        execArgv: [],
      });
      // An idle worker does not keep the host's process alive, neither the process nor its
      // message channel (a channel holds a process open by itself); one at work does, its channel
      // referenced for as long as a request runs (see `run`).
      worker.unref();
      worker.channel?.unref();
      // Between requests a failure (a kill that did not take) is met by the next request; the
      // request at work listens for its own.
      worker.on('error', () => undefined);
      this.workers.push(worker);
    }
    return this.workers.slice(0, size);
  }

  /**
   * Runs `start` on every worker of the pool and resolves when each has called `settle`;
   * rejects on the first failure, a worker's exit, or cancellation (which terminates them).
   */
  private run(
    pool: ChildProcess[],
    signal: AbortSignal | undefined,
    start: (worker: ChildProcess, settle: () => void) => void,
  ): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let pending = pool.length;
      const cleanups: (() => void)[] = [];
      const finish = (error?: Error) => {
        for (const cleanup of cleanups) cleanup();
        cleanups.length = 0;
        if (error) {
          this.dispose();
          reject(error);
        } else resolve();
      };
      const onAbort = () => finish(new CancelledError());
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => signal?.removeEventListener('abort', onAbort));
      for (const worker of pool) {
        const onError = (error: Error) => finish(error);
        const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
          finish(new Error(`a corpus worker stopped (${signal ? `signal ${signal}` : `exit code ${code}`})`));
        worker.on('error', onError);
        worker.on('exit', onExit);
        // At work, the worker holds the host open: its channel for the replies, its process for
        // the 'exit' that fails the request if it dies (a killed worker's channel closes first).
        worker.ref();
        worker.channel?.ref();
        cleanups.push(() => {
          worker.off('error', onError);
          worker.off('exit', onExit);
          worker.removeAllListeners('message');
          worker.channel?.unref();
          worker.unref();
        });
        start(worker, () => {
          if (--pending === 0) finish();
        });
      }
    });
  }

  private send(worker: ChildProcess, request: WorkerRequest, onReply: (reply: WorkerReply) => void): void {
    const listener = (reply: WorkerReply) => {
      if (reply.id !== request.id) return;
      worker.off('message', listener);
      if (reply.kind === 'failed') worker.emit('error', new Error(reply.message));
      else onReply(reply);
    };
    worker.on('message', listener);
    worker.send(request, (error) => {
      // A worker that has gone fails the request through its 'exit'.
      if (error && worker.connected) worker.emit('error', error);
    });
  }
}
