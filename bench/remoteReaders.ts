/**
 * Readers on machines of their own, as the editors and CI jobs of a desk are: the server's side
 * of many concurrent searches, on a machine that cannot also give each reader cores of its own.
 *
 * One warm reader runs every query once with a pool that records what it asks: the statements
 * each search sends, in order, and the CPU the reader itself spent before each and after the
 * last (analysing the query, scoring, the rerank). Then `readers` concurrent readers, each with
 * a connection of its own, replay those searches in a closed loop: each statement is sent as it
 * was, its answer received and parsed, and the reader's own work is a wait as long as the CPU it
 * took alone — on its own machine it would take that long and use none of the server's cores.
 * A latency is then the reader's own time plus the server's answers under the load of all the
 * others: what a writer at an editor of their own would see.
 *
 * Waits are timers, which fire a millisecond late at most: the figures err on the slow side.
 */
import pg from 'pg';

/** One search as a reader made it: its own CPU before each statement, the statements, its CPU after the last. */
export interface RecordedSearch {
  steps: { ownMs: number; text: string; values: unknown[] }[];
  lastOwnMs: number;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * A pool that answers as `pool` does and, while `record` runs a search through it, records the
 * statements the search sends and the CPU spent before each and after the last.
 */
export function recordingPool(pool: pg.Pool): {
  pool: pg.Pool;
  record(search: () => Promise<unknown>): Promise<RecordedSearch>;
} {
  let steps: RecordedSearch['steps'] | undefined;
  let mark = 0;
  const recording = new Proxy(pool, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver) as unknown;
      return async (text: string, values: unknown[]) => {
        steps?.push({ ownMs: cpuMs() - mark, text, values });
        try {
          return await target.query(text, values);
        } finally {
          mark = cpuMs();
        }
      };
    },
  });
  return {
    pool: recording,
    async record(search) {
      const recorded: RecordedSearch['steps'] = (steps = []);
      mark = cpuMs();
      try {
        await search();
        return { steps: recorded, lastOwnMs: cpuMs() - mark };
      } finally {
        steps = undefined;
      }
    },
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `total` recorded searches replayed by `readers` concurrent readers, each with a connection of
 * its own, all starting together: the wall time to the last answer and every latency.
 */
export async function replaySearches(
  url: string,
  recorded: readonly RecordedSearch[],
  readers: number,
  total: number,
): Promise<{ seconds: number; latencies: number[] }> {
  const clients = await Promise.all(
    Array.from({ length: readers }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  try {
    const latencies: number[] = [];
    let next = 0;
    const start = performance.now();
    await Promise.all(
      clients.map(async (client) => {
        while (next < total) {
          const search = recorded[next++ % recorded.length]!;
          const t = performance.now();
          for (const step of search.steps) {
            await wait(step.ownMs);
            await client.query(step.text, step.values);
          }
          await wait(search.lastOwnMs);
          latencies.push(performance.now() - t);
        }
      }),
    );
    return { seconds: (performance.now() - start) / 1000, latencies };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}
