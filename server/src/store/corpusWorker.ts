/**
 * A worker process of the corpus indexer. It opens the store itself (the embedded store's folder,
 * or a shared archive's connection) and loads the same knowledge base as the host (from the
 * same files), then derives the records of the files it is sent, one at a time, or merges a
 * generation. Nothing big crosses between the processes: the results go to the store, and the
 * messages are paths and counts (but for the small generation of a few changed files, which is
 * sent back whole).
 */
import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
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
import { BACKGROUND_ARGUMENT, postedGeneration, type WorkerReply, type WorkerRequest } from './workerMessages.js';

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

const send = process.send?.bind(process);
if (!send) throw new Error('corpusWorker.js runs as a child process with a channel to its host');
// A worker never outlives its host: when the host's process ends, however it ends, the channel closes.
process.on('disconnect', () => process.exit(0));

/**
 * How far below the host indexing runs in the background (nice values; on Windows, the priority
 * class below). The whole process is lowered, V8's helper threads with the main thread, so the
 * editor's process keeps the cores while it answers, and indexing takes them all when it is idle.
 */
const BACKGROUND_NICE_STEP = 10;
const LOWEST_PRIORITY = 19;

/**
 * Lowers this process below the priority it was started at. On Linux a nice value belongs to
 * each thread: the threads already running (V8's helpers were started before this module) are
 * lowered one by one, and those started later inherit it from the thread that starts them.
 */
function lowerPriority(): void {
  const priority = Math.min(LOWEST_PRIORITY, getPriority() + BACKGROUND_NICE_STEP);
  try {
    if (process.platform === 'linux')
      for (const thread of readdirSync('/proc/self/task')) setPriority(Number(thread), priority);
    else setPriority(0, priority);
  } catch {
    // Not allowed here (a sandbox): indexing runs at the host's priority.
  }
}

if (process.argv.includes(BACKGROUND_ARGUMENT)) lowerPriority();

process.on('message', (request: WorkerRequest) => {
  // A reply that cannot be sent (a value a message cannot carry) fails like the work would.
  void handle(request)
    .then((reply) => send(reply))
    .catch((error: unknown) =>
      send({
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
