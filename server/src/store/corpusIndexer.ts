/**
 * Who does the heavy work of an update: deriving the records of changed corpus files and
 * merging all records into a generation. In the editor and the command line that is worker
 * processes (see workerIndexer.ts), so the thread that answers requests stays free; tests and
 * a corpus given as strings use {@link InProcessIndexer}.
 */
import { comparePaths, GenerationMerge, type CorpusGeneration } from '../corpus/corpusGeneration.js';
import { deriveFileRecord, unreadableFileRecord } from '../corpus/fileRecord.js';
import { readCorpusText, type ListedFile } from '../corpus/readCorpus.js';
import type { SourceFile } from '../corpus/types.js';
import type { MentionIndex } from '../core/mentions/mentionIndex.js';
import type { CorpusProblem } from '../corpus/types.js';
import type { CorpusStore } from './corpusStore.js';

export interface CorpusIndexer {
  /** Reads, derives and stores the record of each file; `onFile` is called as each is done. */
  derive(files: readonly ListedFile[], onFile: (path: string) => void, signal?: AbortSignal): Promise<void>;
  /**
   * Merges the records of these files into a generation and commits it; extra problems are kept
   * with it. Records that are missing or damaged are listed instead, and nothing is committed,
   * unless `incomplete` says to commit without them.
   */
  merge(
    paths: readonly string[],
    kbKey: string,
    problems: readonly CorpusProblem[],
    options?: MergeOptions,
  ): Promise<string[]>;
  /**
   * Merges the records of a few files into a generation of their own, without committing it:
   * the layer that shows a change while the whole corpus is merged again.
   */
  mergeLayer(paths: readonly string[], kbKey: string, signal?: AbortSignal): Promise<CorpusGeneration>;
  /**
   * Gets ready, in idle time, for the next change: what the first file derived would otherwise
   * wait for (a worker process to start and load the knowledge base). Optional: an indexer in the
   * host's own thread has nothing to get ready.
   */
  prepare?(): Promise<void>;
  /** Stops the worker processes, if any. */
  dispose(): void;
}

/** How a corpus file's text is obtained: from disk, or from a map of files given in memory. */
export type ReadSource = (path: string) => Promise<string | { problem: string }>;

export interface MergeOptions {
  signal?: AbortSignal;
  /** Commit even when records are missing (they were derived again and are still unreadable). */
  incomplete?: boolean;
}

/** Derives one file's record: what a worker process or the in-process indexer runs per file. */
export async function deriveAndStore(
  file: ListedFile,
  read: ReadSource,
  mentionIndex: MentionIndex,
  store: CorpusStore,
): Promise<void> {
  const text = await read(file.path);
  let record;
  try {
    record =
      typeof text === 'string'
        ? deriveFileRecord({ path: file.path, text } satisfies SourceFile, file.fingerprint, mentionIndex)
        : unreadableFileRecord(file.path, file.fingerprint, text.problem);
  } catch (error) {
    // A fault in ingestion costs this file, not the update.
    record = unreadableFileRecord(
      file.path,
      file.fingerprint,
      `skipped: could not be indexed (${(error as Error).message})`,
    );
  }
  await store.putRecord(record, typeof text === 'string' ? text : undefined);
}

/**
 * How many records a merge reads from the store at a time: it holds these, and what the merge
 * keeps of the records before them (see `GenerationMerge`), never the whole corpus's records.
 */
export const RECORDS_PER_READ = 32;

/**
 * Merges the stored records of these files, read a few at a time in path order; `goOnWithout`
 * is told of each whose record is missing or damaged and says whether to go on without it.
 * Undefined when it said not to: the remaining records are still read, to list every missing one.
 */
export async function mergeStoredRecords(
  store: CorpusStore,
  paths: readonly string[],
  kbKey: string,
  goOnWithout: (path: string) => boolean,
  recordsPerRead = RECORDS_PER_READ,
): Promise<CorpusGeneration | undefined> {
  let merge: GenerationMerge | undefined = new GenerationMerge(kbKey);
  const sorted = [...paths].sort(comparePaths);
  for (let start = 0; start < sorted.length; start += recordsPerRead) {
    const batch = sorted.slice(start, start + recordsPerRead);
    const records = await store.readRecords(batch);
    let next = 0;
    for (const path of batch) {
      const record = records[next]?.path === path ? records[next++] : undefined;
      if (record) merge?.add(record);
      else if (!goOnWithout(path)) merge = undefined;
    }
  }
  return merge?.finish();
}

/**
 * Merges the stored records and commits the generation: what the merging worker runs. Returns
 * the paths whose record is missing or damaged; then nothing is committed unless `incomplete`.
 */
export async function mergeAndCommit(
  store: CorpusStore,
  paths: readonly string[],
  kbKey: string,
  problems: readonly CorpusProblem[],
  incomplete = false,
): Promise<string[]> {
  const lost = new Set<string>();
  const generation = await mergeStoredRecords(store, paths, kbKey, (path) => {
    lost.add(path);
    return incomplete;
  });
  const missing = paths.filter((path) => lost.has(path));
  if (!generation) return missing;
  generation.problems.unshift(
    ...problems,
    ...missing.map((path) => ({ path, message: 'left out: its stored record cannot be read' })),
  );
  await store.commitGeneration(generation);
  return missing;
}

/** The generation of a few files' stored records alone (those missing are left out), not committed. */
export async function mergeLayer(
  store: CorpusStore,
  paths: readonly string[],
  kbKey: string,
): Promise<CorpusGeneration> {
  return (await mergeStoredRecords(store, paths, kbKey, () => true))!;
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

  async merge(
    paths: readonly string[],
    kbKey: string,
    problems: readonly CorpusProblem[],
    options: MergeOptions = {},
  ): Promise<string[]> {
    options.signal?.throwIfAborted();
    return mergeAndCommit(this.store, paths, kbKey, problems, options.incomplete);
  }

  async mergeLayer(paths: readonly string[], kbKey: string, signal?: AbortSignal): Promise<CorpusGeneration> {
    signal?.throwIfAborted();
    return mergeLayer(this.store, paths, kbKey);
  }

  dispose(): void {}
}
