/**
 * The worker thread behind `SynchronousQueries`: one connection to the archive, one query at a
 * time. Each answer is posted on the port, then the shared flag is set and the waiting thread
 * woken (see synchronousQueries.ts).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import pg from 'pg';
import type { QueryAnswer, QueryRequest, QueryWorkerData } from './synchronousQueries.js';

const data = workerData as QueryWorkerData | undefined;
if (!parentPort || !data) throw new Error('archiveQueryWorker.js runs as a worker thread');
const flag = new Int32Array(data.flag);
const answers: MessagePort = data.port;
let client: pg.Client | undefined;

async function connected(): Promise<pg.Client> {
  if (client) return client;
  const fresh = new pg.Client(data!.config);
  // A connection lost later is seen by the next query, which connects again.
  fresh.on('error', () => {
    if (client === fresh) client = undefined;
  });
  await fresh.connect();
  client = fresh;
  return fresh;
}

answers.on('message', (request: QueryRequest) => {
  void (async () => {
    let answer: QueryAnswer;
    try {
      const result = await (
        await connected()
      ).query<Record<string, unknown>>({ text: request.text, values: request.values as unknown[] });
      answer = { id: request.id, rows: result.rows };
    } catch (error) {
      const dropped = client;
      client = undefined;
      void dropped?.end().catch(() => undefined);
      answer = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    answers.postMessage(answer);
    Atomics.store(flag, 0, request.id);
    Atomics.notify(flag, 0);
  })();
});
