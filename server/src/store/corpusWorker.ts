/**
 * A worker thread of the corpus indexer. It opens the store itself (the embedded store's folder,
 * or a shared archive's connection) and loads the same
 * knowledge base as the host (from the same files), then derives the records of the files it
 * is sent, one at a time, or merges a generation. Nothing big crosses between threads: the
 * results go to the store, and the messages are paths and counts.
 */
import { parentPort } from 'node:worker_threads';
import { readCorpusText } from '../corpus/readCorpus.js';
import { buildMentionIndex, type MentionIndex } from '../core/mentions/mentionIndex.js';
import { readKnowledgeBase } from '../kb/readKnowledgeBase.js';
import { deriveAndStore, mergeAndCommit } from './corpusIndexer.js';
import type { CorpusStore } from './corpusStore.js';
import { EmbeddedCorpusStore } from './embeddedStore.js';
import { isArchiveAddress } from './postgres/archiveConnection.js';
import { PostgresCorpusStore } from './postgres/postgresStore.js';
import type { WorkerReply, WorkerRequest } from './workerMessages.js';

let loaded: { key: string; index: MentionIndex } | undefined;

function mentionIndexFor(kbFiles: readonly string[]): MentionIndex {
  const key = kbFiles.join('\n');
  if (loaded?.key !== key) loaded = { key, index: buildMentionIndex(readKnowledgeBase(kbFiles)) };
  return loaded.index;
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

port.on('message', (request: WorkerRequest) => {
  void handle(request).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
});

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  const store = storeAt(request.storeFolder);
  if (request.kind === 'derive') {
    await deriveAndStore(request.file, readCorpusText, mentionIndexFor(request.kbFiles), store);
    return { kind: 'derived', id: request.id, path: request.file.path };
  }
  const missing = await mergeAndCommit(store, request.paths, request.kbKey, request.problems, request.incomplete);
  return { kind: 'merged', id: request.id, missing };
}
