/**
 * Where the indexed corpus lives between runs. A store keeps one record per corpus file (what
 * was derived from that file alone) and the latest complete generation merged from them. Any
 * store passes the same contract tests (test/unit/store/storeContract.ts): the embedded one on disk,
 * the in-memory one for tests, and a shared server.
 */
import type { CorpusGeneration } from '../corpus/corpusGeneration.js';
import type { FileRecord } from '../corpus/fileRecord.js';
import type { LoadedGeneration } from '../corpus/loadedGeneration.js';

/** What the latest committed generation was made from: knowledge base and file fingerprints. */
export interface StoreManifest {
  /** The generation's format (`GENERATION_VERSION` when it was written); an older one is merged again. */
  version: number;
  kbKey: string;
  /** Corpus file path → fingerprint, for every file merged into the generation. */
  files: Record<string, string>;
}

export interface CorpusStore {
  /** Where the store is, for messages ("a folder", "a server"). */
  readonly location: string;
  /**
   * Whether several ingest jobs feed the store, each from its own folders (a shared archive):
   * an update then removes only the files under its own folders, and merges the others' with its
   * own. Otherwise the store holds one corpus, and an update removes every file it did not list.
   */
  readonly sharedByFolders?: boolean;
  /**
   * Takes the store's writer lock, waiting while another process holds it (a lock whose
   * process is gone is taken over). Resolves to the function that releases it.
   */
  acquireWriteLock(signal?: AbortSignal): Promise<() => Promise<void>>;
  /** The manifest of the latest committed generation; undefined when there is none (or it cannot be read). */
  readManifest(): Promise<StoreManifest | undefined>;
  /**
   * Stores (or replaces) the record of one corpus file. `text` is the file's text it was
   * derived from (absent when the file could not be read): a store whose readers do not have
   * the corpus files (a shared archive) keeps it for them.
   */
  putRecord(record: FileRecord, text?: string): Promise<void>;
  deleteRecord(path: string): Promise<void>;
  /** The records of these files; a record missing or unreadable is left out. */
  readRecords(paths: readonly string[]): Promise<FileRecord[]>;
  /** Commits a generation: readers see the old one or this one whole, never a mixture. */
  commitGeneration(generation: CorpusGeneration): Promise<void>;
  /**
   * Opens the latest committed generation for reading: its summary, passage index and article
   * table now, an entity's facts and the stories when asked for (see `LoadedGeneration`). It
   * stays readable, whole, when a later generation is committed. Undefined when there is none,
   * it is damaged, or it was written in another format.
   */
  readGeneration(): Promise<LoadedGeneration | undefined>;
  /**
   * Optional: starts reading the committed generation ahead, off this thread, for the next
   * `readGeneration` (the host calls it before loading the knowledge base).
   */
  prefetchGeneration?(): Promise<void>;
  /** Forgets everything (a rebuild, another knowledge base). */
  clear(): Promise<void>;
}

/** The manifest a generation stands for. */
export function manifestOf(generation: CorpusGeneration): StoreManifest {
  return {
    version: generation.version,
    kbKey: generation.kbKey,
    files: Object.fromEntries(generation.files.map((f) => [f.path, f.fingerprint])),
  };
}
