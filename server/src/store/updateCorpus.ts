import { listCorpusFiles, type ListedFile } from '../corpus/readCorpus.js';
import type { CorpusProblem } from '../corpus/types.js';
import type { CorpusIndexer } from './corpusIndexer.js';
import type { CorpusStore } from './corpusStore.js';

/** Where an update is: files derived out of those that changed, then the merge. */
export interface UpdateProgress {
  phase: 'listing' | 'reading' | 'merging';
  done: number;
  total: number;
}

export interface UpdateOptions {
  folders: readonly string[];
  /** Identifies the knowledge base: records derived with another one are derived again. */
  kbKey: string;
  /** Forget the store and derive every file again. */
  rebuild?: boolean;
  /** Lists the corpus files (the disk by default; tests give files in memory). */
  list?: (folders: readonly string[]) => Promise<{ files: ListedFile[]; problems: CorpusProblem[] }>;
  /** Merge and commit even when no file changed (the stored generation could not be read). */
  remerge?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: UpdateProgress) => void;
}

export interface UpdateResult {
  /** Files derived again (new or changed). */
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Whether a new generation was committed. */
  committed: boolean;
  /** What the listing skipped this time (unreadable folders, pipes, bad links), committed or not. */
  problems: CorpusProblem[];
}

/**
 * Brings the store up to date with the corpus folders: files whose fingerprint changed (or
 * that are new) are derived again, records of files that are gone are deleted, and a new
 * generation is merged and committed when anything changed. Holds the store's writer lock
 * throughout, so two processes indexing the same corpus take turns. Cancelled through the
 * signal, it leaves the previous generation in place.
 */
export async function updateCorpus(store: CorpusStore, indexer: CorpusIndexer, options: UpdateOptions): Promise<UpdateResult> {
  const release = await store.acquireWriteLock(options.signal);
  try {
    options.onProgress?.({ phase: 'listing', done: 0, total: 0 });
    let manifest = options.rebuild ? undefined : await store.readManifest();
    if (options.rebuild || (manifest && manifest.kbKey !== options.kbKey)) {
      await store.clear();
      manifest = undefined;
    }
    const { files, problems } = await (options.list ?? listCorpusFiles)(options.folders);
    const present = new Set(files.map((file) => file.path));
    const changed = files.filter((file) => manifest?.files[file.path] !== file.fingerprint);
    const removed = Object.keys(manifest?.files ?? {}).filter((path) => !present.has(path));
    if (changed.length === 0 && removed.length === 0 && manifest !== undefined && !options.remerge) {
      return { changed: [], removed: [], unchanged: files.length, committed: false, problems };
    }
    let done = 0;
    options.onProgress?.({ phase: 'reading', done, total: changed.length });
    await indexer.derive(changed, () => options.onProgress?.({ phase: 'reading', done: ++done, total: changed.length }), options.signal);
    for (const path of removed) await store.deleteRecord(path);
    options.signal?.throwIfAborted();
    options.onProgress?.({ phase: 'merging', done: 0, total: 1 });
    await indexer.merge(
      files.map((file) => file.path),
      options.kbKey,
      problems,
      options.signal,
    );
    return { changed: changed.map((file) => file.path), removed, unchanged: files.length - changed.length, committed: true, problems };
  } finally {
    await release();
  }
}
