/**
 * A worker thread of the corpus indexer. It opens the store itself (the embedded store's folder,
 * or a shared archive's connection) and loads the same
 * knowledge base as the host (from the same files), then derives the records of the files it
 * is sent, one at a time, or merges a generation. Nothing big crosses between threads: the
 * results go to the store, and the messages are paths and counts (but for the small
 * generation of a few changed files, which is sent back whole).
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { mergeRecords } from '../corpus/corpusGeneration.js';
import { deriveFileRecord } from '../corpus/fileRecord.js';
import { readCorpusText } from '../corpus/readCorpus.js';
import { buildMentionIndex, type MentionIndex } from '../core/mentions/mentionIndex.js';
import { readKnowledgeBase } from '../kb/readKnowledgeBase.js';
import { deriveAndStore, mergeAndCommit, mergeLayer } from './corpusIndexer.js';
import type { CorpusStore } from './corpusStore.js';
import { EmbeddedCorpusStore } from './embeddedStore.js';
import { isArchiveAddress } from './postgres/archiveConnection.js';
import { PostgresCorpusStore } from './postgres/postgresStore.js';
import { postedGeneration, type WorkerReply, type WorkerRequest } from './workerMessages.js';

let loaded: { key: string; index: MentionIndex } | undefined;

function mentionIndexFor(kbFiles: readonly string[]): MentionIndex {
  const key = kbFiles.join('\n');
  if (loaded?.key !== key) loaded = { key, index: buildMentionIndex(readKnowledgeBase(kbFiles)) };
  return loaded.index;
}

/**
 * A few articles of the kinds a corpus holds (JSON Lines with metadata, dated text with a
 * dateline, people, titles, a meeting), derived and merged once when the worker gets ready.
 */
const WARM_UP_FILE = [
  {
    title: 'Lao, Vietnamese leaders discuss border demarcation',
    date: '2024-05-15',
    outlet: 'KPL',
    text: 'VIENTIANE, May 15, 2024 (KPL) -- President Thongloun Sisoulith held talks with General Secretary To Lam of Vietnam on Tuesday in Vientiane.\n\nThe two leaders agreed to finish planting the remaining border markers this year.',
  },
  {
    title: 'Laos-China railway carries record freight',
    date: '2024-05-14',
    outlet: 'Xinhua',
    text: 'BEIJING, May 14 (Xinhua) -- Chinese President Xi Jinping met Lao Prime Minister Sonexay Siphandone in Beijing on Monday.\n\nThe Laos-China Railway carried a record volume of freight in April.',
  },
]
  .map((article) => JSON.stringify(article))
  .join('\n');

/**
 * Runs the derive and merge code once on a small file, nothing stored: the first real file
 * after the worker starts otherwise pays for compiling that code as it goes (about as long
 * again as deriving it).
 */
function warmUp(index: MentionIndex): void {
  mergeRecords([deriveFileRecord({ path: 'warm-up.jsonl', text: WARM_UP_FILE }, 'warm-up', index)], 'warm-up');
}

let archive: PostgresCorpusStore | undefined;

/** The store the host names: a folder (opened per request: nothing to keep), or a shared archive (one connection, kept). */
function storeAt(location: string): CorpusStore {
  if (!isArchiveAddress(location)) return new EmbeddedCorpusStore(location);
  if (archive?.connectionString !== location) archive = new PostgresCorpusStore(location, { maxConnections: 1 });
  return archive;
}

const port = parentPort;
if (!port) throw new Error('corpusWorker.js runs as a worker thread');

/**
 * How far below the editor's thread indexing runs (a nice value). On Linux a thread's nice
 * value is its own, so the workers yield the cores to the thread answering keystrokes and
 * hovers, and take them all when it is idle. Elsewhere the call would lower the whole process
 * (the editor's thread with it), so it is not made; nor for a command the user waits on.
 */
const WORKER_NICE = 10;
if (process.platform === 'linux' && (workerData as { background?: boolean } | null)?.background !== false) {
  try {
    setPriority(0, WORKER_NICE);
  } catch {
    // Not allowed here (a sandbox): indexing runs at the editor's priority.
  }
}

port.on('message', (request: WorkerRequest) => {
  // A reply that cannot be posted (a value a message cannot carry) fails like the work would.
  void handle(request)
    .then((reply) => port.postMessage(reply))
    .catch((error: unknown) =>
      port.postMessage({
        kind: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
    );
});

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  if (request.kind === 'prepare') {
    warmUp(mentionIndexFor(request.kbFiles));
    return { kind: 'prepared', id: request.id };
  }
  const store = storeAt(request.storeFolder);
  if (request.kind === 'derive') {
    await deriveAndStore(request.file, readCorpusText, mentionIndexFor(request.kbFiles), store);
    return { kind: 'derived', id: request.id, path: request.file.path };
  }
  if (request.kind === 'mergeLayer')
    return {
      kind: 'layer',
      id: request.id,
      generation: postedGeneration(await mergeLayer(store, request.paths, request.kbKey)),
    };
  const missing = await mergeAndCommit(store, request.paths, request.kbKey, request.problems, request.incomplete);
  return { kind: 'merged', id: request.id, missing };
}
