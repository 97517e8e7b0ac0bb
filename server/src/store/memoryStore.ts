import type { CorpusGeneration } from '../corpus/corpusGeneration.js';
import type { FileRecord } from '../corpus/fileRecord.js';
import { loadedGeneration, type LoadedGeneration } from '../corpus/loadedGeneration.js';
import { manifestOf, type CorpusStore, type StoreManifest } from './corpusStore.js';

/** A store in memory: for tests and for a corpus given as strings. Nothing survives the process. */
export class MemoryCorpusStore implements CorpusStore {
  readonly location = 'memory';
  private readonly records = new Map<string, FileRecord>();
  private generation: CorpusGeneration | undefined;
  private loaded: LoadedGeneration | undefined;
  private locked: Promise<void> = Promise.resolve();
  /** How many records were written, for tests that count work. */
  recordsWritten = 0;

  async acquireWriteLock(): Promise<() => Promise<void>> {
    const previous = this.locked;
    let release!: () => void;
    this.locked = new Promise((resolve) => (release = resolve));
    await previous;
    return async () => release();
  }

  async readManifest(): Promise<StoreManifest | undefined> {
    return this.generation && manifestOf(this.generation);
  }

  async putRecord(record: FileRecord): Promise<void> {
    this.records.set(record.path, record);
    this.recordsWritten++;
  }

  async deleteRecord(path: string): Promise<void> {
    this.records.delete(path);
  }

  async readRecords(paths: readonly string[]): Promise<FileRecord[]> {
    return paths.flatMap((path) => this.records.get(path) ?? []);
  }

  async commitGeneration(generation: CorpusGeneration): Promise<void> {
    this.generation = generation;
    this.loaded = loadedGeneration(generation);
  }

  async readGeneration(): Promise<LoadedGeneration | undefined> {
    return this.loaded;
  }

  async clear(): Promise<void> {
    this.records.clear();
    this.generation = undefined;
    this.loaded = undefined;
  }
}
