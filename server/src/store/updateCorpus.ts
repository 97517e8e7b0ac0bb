import { join, sep } from 'node:path';
import { GENERATION_VERSION } from '../corpus/corpusGeneration.js';
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
  /** At most this many files and bytes are indexed (in listing order); the rest is left out and reported. */
  limits?: CorpusLimits;
  /** Merge and commit even when no file changed (the stored generation could not be read). */
  remerge?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: UpdateProgress) => void;
  /**
   * Called once the changed files' records are stored and removed files' deleted, before the
   * whole corpus is merged again: the moment a change can be shown from the records alone.
   */
  onRecordsStored?: (change: { changed: string[]; removed: string[] }) => Promise<void>;
}

/** How much of a corpus is indexed at most. */
export interface CorpusLimits {
  maxFiles: number;
  maxBytes: number;
}

/** Generous for any real corpus, small enough that pointing the indexer at `/` does not take the machine. */
export const DEFAULT_CORPUS_LIMITS: CorpusLimits = { maxFiles: 200_000, maxBytes: 2 * 1024 * 1024 * 1024 };

export interface UpdateResult {
  /** Files derived again (new or changed). */
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Whether a new generation was committed. */
  committed: boolean;
  /** Files beyond the corpus limits, not indexed. */
  leftOut?: { files: number; bytes: number };
  /** What the listing skipped this time (unreadable folders, pipes, bad links), committed or not. */
  problems: CorpusProblem[];
}

/**
 * Brings the store up to date with the corpus folders: files whose fingerprint changed (or
 * that are new) are derived again, records of files that are gone are deleted, and a new
 * generation is merged and committed when anything changed (or the stored one is of an older
 * format). Holds the store's writer lock
 * throughout, so two processes indexing the same corpus take turns. Cancelled through the
 * signal, it leaves the previous generation in place.
 */
export async function updateCorpus(
  store: CorpusStore,
  indexer: CorpusIndexer,
  options: UpdateOptions,
): Promise<UpdateResult> {
  const release = await store.acquireWriteLock(options.signal);
  try {
    options.onProgress?.({ phase: 'listing', done: 0, total: 0 });
    let manifest = options.rebuild ? undefined : await store.readManifest();
    if (options.rebuild || (manifest && manifest.kbKey !== options.kbKey)) {
      await store.clear();
      manifest = undefined;
    }
    const listed = await (options.list ?? listCorpusFiles)(options.folders);
    const { files, problems, leftOut } = withinLimits(
      listed.files,
      listed.problems,
      options.limits ?? DEFAULT_CORPUS_LIMITS,
    );
    const present = new Set(files.map((file) => file.path));
    const changed = files.filter((file) => manifest?.files[file.path] !== file.fingerprint);
    // A store fed by several jobs keeps the files of the others: this one answers for its folders.
    const ours = store.sharedByFolders ? underAny(options.folders) : () => true;
    const others = Object.keys(manifest?.files ?? {}).filter((path) => !present.has(path) && !ours(path));
    const removed = Object.keys(manifest?.files ?? {}).filter((path) => !present.has(path) && ours(path));
    // A generation of an older format is merged again from the records, which are still good.
    const stale = manifest !== undefined && manifest.version !== GENERATION_VERSION;
    if (changed.length === 0 && removed.length === 0 && manifest !== undefined && !options.remerge && !stale) {
      return {
        changed: [],
        removed: [],
        unchanged: files.length,
        committed: false,
        problems,
        ...(leftOut ? { leftOut } : {}),
      };
    }
    let done = 0;
    options.onProgress?.({ phase: 'reading', done, total: changed.length });
    await indexer.derive(
      changed,
      () => options.onProgress?.({ phase: 'reading', done: ++done, total: changed.length }),
      options.signal,
    );
    for (const path of removed) await store.deleteRecord(path);
    options.signal?.throwIfAborted();
    // Nothing to show when no file changed (the records are merged again, as for a damaged generation).
    if (changed.length > 0 || removed.length > 0)
      await options.onRecordsStored?.({ changed: changed.map((file) => file.path), removed });
    options.signal?.throwIfAborted();
    options.onProgress?.({ phase: 'merging', done: 0, total: 1 });
    const paths = [...files.map((file) => file.path), ...others];
    const missing = new Set(await indexer.merge(paths, options.kbKey, problems, { signal: options.signal }));
    if (missing.size > 0) {
      // Records lost or damaged since the manifest was written: those files are derived again.
      await indexer.derive(
        files.filter((file) => missing.has(file.path)),
        () => undefined,
        options.signal,
      );
      await indexer.merge(paths, options.kbKey, problems, { signal: options.signal, incomplete: true });
    }
    return {
      changed: changed.map((file) => file.path),
      removed,
      unchanged: files.length - changed.length,
      committed: true,
      problems,
      ...(leftOut ? { leftOut } : {}),
    };
  } finally {
    await release();
  }
}

/** Whether a path lies in one of the folders (as listed: the folder's path, a separator, the rest). */
function underAny(folders: readonly string[]): (path: string) => boolean {
  const prefixes = folders.map((folder) => join(folder, sep));
  return (path) => prefixes.some((prefix) => path.startsWith(prefix));
}

/**
 * The listed files up to the limits, in listing order; when a file would pass a limit, it and
 * every file after it are left out, and one problem (at the first file left out) says what was
 * indexed and what was not.
 */
function withinLimits(
  files: ListedFile[],
  problems: CorpusProblem[],
  limits: CorpusLimits,
): { files: ListedFile[]; problems: CorpusProblem[]; leftOut?: { files: number; bytes: number } } {
  let bytes = 0;
  let kept = 0;
  while (kept < files.length && kept < limits.maxFiles && bytes + (files[kept]!.size ?? 0) <= limits.maxBytes)
    bytes += files[kept++]!.size ?? 0;
  if (kept === files.length) return { files, problems };
  const rest = files.slice(kept);
  const restBytes = rest.reduce((sum, file) => sum + (file.size ?? 0), 0);
  const count = (n: number) => `${n.toLocaleString('en-US')} file${n === 1 ? '' : 's'}`;
  const size = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const problem: CorpusProblem = {
    path: rest[0]!.path,
    message: `corpus size limit reached (${count(limits.maxFiles)} or ${size(limits.maxBytes)}): ${count(kept)} (${size(bytes)}) indexed, ${count(rest.length)} (${size(restBytes)}) left out, from this file on`,
  };
  return {
    files: files.slice(0, kept),
    problems: [...problems, problem],
    leftOut: { files: rest.length, bytes: restBytes },
  };
}
