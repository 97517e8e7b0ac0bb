/**
 * The default store: a folder on disk, no setup, no native module (it runs in VS Code's
 * extension host on every platform).
 *
 * Layout:
 * - `records/<hash of path>.rec`: one record per corpus file (`node:v8` serialization, sealed);
 * - `generations/g<n>/`: a committed generation, in parts read the way they are used — the
 *   passage index as raw typed arrays, the article table in columns, each entity's facts
 *   apart (read when asked for), the stories (see generationFolder.ts);
 * - `manifest.json`: what the latest generation was made from (knowledge base, file
 *   fingerprints) and which folder holds it;
 * - `write.lock`: the writer's pid.
 *
 * Every file is sealed with the SHA-256 of its content (sealedFiles.ts): a truncated file or a
 * flipped bit reads as missing (and is derived or merged again), never as other data. Every
 * file is written under a temporary name and renamed into place. A generation is written into
 * a new folder and committed by writing the manifest that names it, after which older folders
 * are deleted: a process killed at any moment leaves the previous generation whole, and a
 * reader opens the one or the other, never a mixture.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { GENERATION_VERSION, type CorpusGeneration } from '../corpus/corpusGeneration.js';
import { FILE_RECORD_VERSION, type FileRecord } from '../corpus/fileRecord.js';
import { manifestOf, type CorpusStore, type StoreManifest } from './corpusStore.js';
import { openGenerationFolder, writeGenerationFolder, type FolderGeneration } from './generationFolder.js';
import { prefetchGenerationParts, type PrefetchedGeneration } from './partPrefetch.js';
import { sealed, storeError, unsealed, writeAtomically } from './sealedFiles.js';

/** How often a writer waiting for the lock looks again. */
const LOCK_POLL_MS = 100;
/** A generation's folder under `generations/`. */
const GENERATION_FOLDER = /^g(\d+)$/;

/** The manifest as stored: the public one, and the folder of the generation it stands for. */
interface StoredManifest extends StoreManifest {
  generation?: string;
}

/** The parts of a generation read ahead (the large ones the opening waits for). */
const PREFETCHED_PARTS = ['articles.bin', 'index.bin'];

export class EmbeddedCorpusStore implements CorpusStore {
  /** The committed generation's large parts being read in a worker thread, taken by the next `readGeneration`. */
  private prefetched: Promise<PrefetchedGeneration | undefined> | undefined;

  constructor(readonly location: string) {}

  /**
   * Starts reading the committed generation's index and article table in a worker thread, so
   * that the next `readGeneration` finds them read and hashed while this thread did other work
   * (loading the knowledge base). Used only if the manifest still names that generation then.
   * Resolves when the parts are read (or could not be); never rejects.
   */
  async prefetchGeneration(): Promise<void> {
    this.prefetched ??= prefetchGenerationParts(this.location, PREFETCHED_PARTS);
    await this.prefetched;
  }

  async acquireWriteLock(signal?: AbortSignal): Promise<() => Promise<void>> {
    await mkdir(this.location, { recursive: true });
    const path = join(this.location, 'write.lock');
    for (;;) {
      signal?.throwIfAborted();
      // The lock appears with its pid already in it (a filled temporary file, hard-linked into
      // place, which fails if a lock exists): no one ever sees a lock without its holder.
      const filled = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      try {
        await writeFile(filled, `${process.pid}\n`);
        await link(filled, path);
        return async () => {
          await unlink(path).catch(() => undefined);
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw storeError(path, error);
      } finally {
        await unlink(filled).catch(() => undefined);
      }
      const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (!Number.isInteger(holder) || !isAlive(holder)) {
        // The writer died (killed mid-index): its lock is stale, its half-written files were never renamed into place.
        await unlink(path).catch(() => undefined);
        continue;
      }
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }

  /**
   * The manifest, whatever generation version it was written for: the records it lists are
   * still good when only the generation's format changed (`updateCorpus` then merges again).
   */
  async readManifest(): Promise<StoreManifest | undefined> {
    const manifest = await this.storedManifest();
    return manifest && { version: manifest.version, kbKey: manifest.kbKey, files: manifest.files };
  }

  async putRecord(record: FileRecord): Promise<void> {
    await mkdir(join(this.location, 'records'), { recursive: true });
    await writeAtomically(this.recordPath(record.path), sealed([serialize(record)]));
  }

  async deleteRecord(path: string): Promise<void> {
    await rm(this.recordPath(path), { force: true });
  }

  async readRecords(paths: readonly string[]): Promise<FileRecord[]> {
    const records: FileRecord[] = [];
    for (const path of paths) {
      const record = await readSerialized<FileRecord>(this.recordPath(path));
      if (record && record.version === FILE_RECORD_VERSION && record.path === path) records.push(record);
    }
    return records;
  }

  /**
   * Writes the generation into a new folder, commits it by writing the manifest that names
   * it, then deletes the other folders (a reader that opened one keeps reading it: it holds
   * its files open) and the single file of the previous format.
   */
  async commitGeneration(generation: CorpusGeneration): Promise<void> {
    const generations = join(this.location, 'generations');
    await mkdir(generations, { recursive: true });
    const existing = await this.generationFolders();
    const name = `g${Math.max(0, ...existing.map((folder) => Number(GENERATION_FOLDER.exec(folder)![1]))) + 1}`;
    const folder = join(generations, name);
    await mkdir(folder);
    try {
      await writeGenerationFolder(folder, generation);
    } catch (error) {
      await rm(folder, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    const manifest: StoredManifest = { ...manifestOf(generation), generation: name };
    await writeAtomically(join(this.location, 'manifest.json'), [Buffer.from(JSON.stringify(manifest))]);
    for (const old of existing)
      await rm(join(generations, old), { recursive: true, force: true }).catch(() => undefined);
    await rm(join(this.location, 'generation.bin'), { force: true }).catch(() => undefined);
  }

  async readGeneration(): Promise<FolderGeneration | undefined> {
    // A writer may commit between reading the manifest and opening the folder it names (and
    // delete that folder): then the manifest names another one, which is opened instead.
    let tried: string | undefined;
    const prefetched = await this.prefetched;
    this.prefetched = undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const manifest = await this.storedManifest();
      if (
        !manifest?.generation ||
        manifest.version !== GENERATION_VERSION ||
        !GENERATION_FOLDER.test(manifest.generation) ||
        manifest.generation === tried
      )
        return undefined;
      const generation = await openGenerationFolder(
        join(this.location, 'generations', manifest.generation),
        prefetched?.generation === manifest.generation ? prefetched.parts : undefined,
      );
      if (generation) {
        if (generation.kbKey === manifest.kbKey) return generation;
        generation.close();
        return undefined;
      }
      tried = manifest.generation;
    }
    return undefined;
  }

  async clear(): Promise<void> {
    this.prefetched = undefined;
    await rm(join(this.location, 'manifest.json'), { force: true });
    await rm(join(this.location, 'generations'), { recursive: true, force: true });
    await rm(join(this.location, 'generation.bin'), { force: true });
    await rm(join(this.location, 'records'), { recursive: true, force: true });
  }

  private async storedManifest(): Promise<StoredManifest | undefined> {
    try {
      const manifest = JSON.parse(await readFile(join(this.location, 'manifest.json'), 'utf8')) as StoredManifest;
      const valid =
        typeof manifest === 'object' &&
        manifest !== null &&
        typeof manifest.version === 'number' &&
        typeof manifest.kbKey === 'string' &&
        typeof manifest.files === 'object' &&
        manifest.files !== null;
      return valid ? manifest : undefined;
    } catch {
      return undefined;
    }
  }

  /** The generation folders present, committed or left by a writer that was killed. */
  private async generationFolders(): Promise<string[]> {
    const names = await readdir(join(this.location, 'generations')).catch(() => [] as string[]);
    return names.filter((name) => GENERATION_FOLDER.test(name));
  }

  private recordPath(path: string): string {
    return join(this.location, 'records', `${createHash('sha1').update(path).digest('hex').slice(0, 32)}.rec`);
  }
}

/** Where a workspace's store lives by default: the user's cache, one folder per set of corpus folders. */
export function defaultStoreFolder(corpusFolders: readonly string[], cacheRoot: string): string {
  const key = createHash('sha1').update(corpusFolders.join('\n')).digest('hex').slice(0, 16);
  return join(cacheRoot, 'attache', 'store', key);
}

async function readSerialized<T>(path: string): Promise<T | undefined> {
  try {
    const payload = unsealed(await readFile(path));
    return payload === undefined ? undefined : (deserialize(payload) as T);
  } catch {
    // Missing, truncated or damaged: the caller derives it again.
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
