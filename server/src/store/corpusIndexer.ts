/**
 * Who does the heavy work of an update: deriving the records of changed corpus files and
 * merging all records into a generation. In the editor and the command line that is worker
 * threads (see workerIndexer.ts), so the thread that answers requests stays free; tests and
 * a corpus given as strings use {@link InProcessIndexer}.
 */
import { mergeRecords } from '../corpus/corpusGeneration.js';
import { deriveFileRecord, unreadableFileRecord } from '../corpus/fileRecord.js';
import { readCorpusText, type ListedFile } from '../corpus/readCorpus.js';
import type { SourceFile } from '../corpus/types.js';
import type { MentionIndex } from '../core/mentions/mentionIndex.js';
import type { CorpusProblem } from '../corpus/types.js';
import type { CorpusStore } from './corpusStore.js';

export interface CorpusIndexer {
  /** Reads, derives and stores the record of each file; `onFile` is called as each is done. */
  derive(files: readonly ListedFile[], onFile: (path: string) => void, signal?: AbortSignal): Promise<void>;
  /** Merges the records of these files into a generation and commits it; extra problems are kept with it. */
  merge(paths: readonly string[], kbKey: string, problems: readonly CorpusProblem[], signal?: AbortSignal): Promise<void>;
  /** Stops the threads, if any. */
  dispose(): void;
}

/** How a corpus file's text is obtained: from disk, or from a map of files given in memory. */
export type ReadSource = (path: string) => Promise<string | { problem: string }>;

/** Derives one file's record: what a worker thread or the in-process indexer runs per file. */
export async function deriveAndStore(file: ListedFile, read: ReadSource, mentionIndex: MentionIndex, store: CorpusStore): Promise<void> {
  const text = await read(file.path);
  let record;
  try {
    record =
      typeof text === 'string' ? deriveFileRecord({ path: file.path, text } satisfies SourceFile, file.fingerprint, mentionIndex) : unreadableFileRecord(file.path, file.fingerprint, text.problem);
  } catch (error) {
    // A fault in ingestion costs this file, not the update.
    record = unreadableFileRecord(file.path, file.fingerprint, `skipped: could not be indexed (${(error as Error).message})`);
  }
  await store.putRecord(record);
}

/** Merges the stored records and commits the generation: what the merging worker runs. */
export async function mergeAndCommit(store: CorpusStore, paths: readonly string[], kbKey: string, problems: readonly CorpusProblem[]): Promise<void> {
  const generation = mergeRecords(await store.readRecords(paths), kbKey);
  generation.problems.unshift(...problems);
  await store.commitGeneration(generation);
}

/** Does the work on the calling thread: for tests and small in-memory corpora. */
export class InProcessIndexer implements CorpusIndexer {
  /** Paths of the corpus files read, in order, for tests that count work. */
  readonly filesRead: string[] = [];

  constructor(
    private readonly store: CorpusStore,
    private readonly mentionIndex: MentionIndex,
    private readonly read: ReadSource = readCorpusText,
  ) {}

  async derive(files: readonly ListedFile[], onFile: (path: string) => void, signal?: AbortSignal): Promise<void> {
    for (const file of files) {
      signal?.throwIfAborted();
      this.filesRead.push(file.path);
      await deriveAndStore(file, this.read, this.mentionIndex, this.store);
      onFile(file.path);
    }
  }

  async merge(paths: readonly string[], kbKey: string, problems: readonly CorpusProblem[], signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    await mergeAndCommit(this.store, paths, kbKey, problems);
  }

  dispose(): void {}
}
