/**
 * Queries to the archive answered synchronously. The checks read an entity's facts in the
 * middle of an analysis (`LoadedGeneration.readTitles` is synchronous, as reading the embedded
 * store's file is); for a store on a server, the calling thread hands the query to a worker
 * thread that holds a connection and waits for it (`Atomics.wait`, bounded by a timeout), then
 * takes the answer off a message port (`receiveMessageOnPort`). Readers fetch what they know
 * they need ahead, in batches (`PostgresGeneration.prefetchFacts`); this is for the rest.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type pg from 'pg';

export interface QueryWorkerData {
  config: pg.ClientConfig;
  flag: SharedArrayBuffer;
  port: MessagePort;
}
export interface QueryRequest {
  id: number;
  text: string;
  values: readonly unknown[];
}
export type QueryAnswer = { id: number; rows: Record<string, unknown>[] } | { id: number; error: string };

/** The worker's script: beside this module when compiled, `archiveQueryWorker.cjs` beside the bundle. */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const compiled = join(dirname(here), 'archiveQueryWorker.js');
  return here.endsWith('.js') && existsSync(compiled) ? compiled : join(dirname(here), 'archiveQueryWorker.cjs');
}

export class SynchronousQueries {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private nextId = 0;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly timeoutMs = 5_000,
  ) {}

  /** The rows of a query; throws when the server fails or does not answer within the timeout. */
  query<Row>(text: string, values: readonly unknown[]): Row[] {
    const port = this.started();
    const id = ++this.nextId;
    port.postMessage({ id, text, values } satisfies QueryRequest);
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const message = receiveMessageOnPort(port)?.message as QueryAnswer | undefined;
      if (message?.id === id) {
        if ('error' in message) throw new Error(message.error);
        return message.rows as Row[];
      }
      if (message) continue; // the answer to a query that timed out earlier
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no answer within ${this.timeoutMs} ms`);
      Atomics.wait(this.flag, 0, Atomics.load(this.flag, 0), Math.min(left, 50));
    }
  }

  /** Stops the worker and its connection. */
  close(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.worker = undefined;
    this.port = undefined;
  }

  private started(): MessagePort {
    if (this.port) return this.port;
    const channel = new MessageChannel();
    const worker = new Worker(workerScript(), {
      workerData: { config: this.config, flag: this.flag.buffer, port: channel.port2 } satisfies QueryWorkerData,
      transferList: [channel.port2],
    });
    // The worker never keeps the process alive: a command ends when its work is done.
    worker.unref();
    channel.port1.unref();
    worker.on('error', () => this.close());
    this.worker = worker;
    this.port = channel.port1;
    return channel.port1;
  }
}
