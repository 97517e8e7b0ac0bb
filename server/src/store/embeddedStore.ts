/**
 * The default store: a folder on disk, no setup, no native module (it runs in VS Code's
 * extension host on every platform). Records and generations are written with Node's own
 * structured serialization (`node:v8`), which keeps typed arrays as raw bytes, so a
 * generation of 100,000 articles loads in one read and one decode.
 *
 * Every record and generation file starts with a magic line and the SHA-256 of its payload:
 * a truncated file or a flipped bit reads as missing (and is derived again), never as other data.
 *
 * Layout: `records/<hash of path>.rec` per corpus file, `generation.bin` (the latest complete
 * generation), `manifest.json` (what it was made from), `write.lock` (the writer's pid).
 * Every file is written to a temporary name and renamed into place, so a process killed at
 * any moment leaves the previous file whole; the manifest is written after the generation,
 * so at worst a file is derived again.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { GENERATION_VERSION, type CorpusGeneration } from '../corpus/corpusGeneration.js';
import { FILE_RECORD_VERSION, type FileRecord } from '../corpus/fileRecord.js';
import { indexedArticleList } from '../core/passages/indexSegments.js';
import type { IndexedArticle } from '../core/passages/passageIndex.js';
import { manifestOf, type CorpusStore, type StoreManifest } from './corpusStore.js';

/** The first bytes of every record and generation file; a file from another format version reads as missing. */
const MAGIC = 'ATTACHE-STORE-2\n';
/** After the magic: the SHA-256 of the rest, so a flipped bit reads as a damaged file, never as other data. */
const CHECKSUM_BYTES = 32;
/** How often a writer waiting for the lock looks again. */
const LOCK_POLL_MS = 100;


export class EmbeddedCorpusStore implements CorpusStore {
  constructor(readonly location: string) {}

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

  async readManifest(): Promise<StoreManifest | undefined> {
    try {
      const manifest = JSON.parse(await readFile(join(this.location, 'manifest.json'), 'utf8')) as StoreManifest;
      return manifest.version === GENERATION_VERSION && typeof manifest.files === 'object' ? manifest : undefined;
    } catch {
      return undefined;
    }
  }

  async putRecord(record: FileRecord): Promise<void> {
    await mkdir(join(this.location, 'records'), { recursive: true });
    await writeAtomically(this.recordPath(record.path), sealed(serialize(record)));
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

  async commitGeneration(generation: CorpusGeneration): Promise<void> {
    await mkdir(this.location, { recursive: true });
    // The index's articles are an interface; they are stored as the array they stand for.
    const articles = Array.from({ length: generation.index.articles.length }, (_, n) => generation.index.articles.at(n));
    await writeAtomically(join(this.location, 'generation.bin'), sealed(serialize({ ...generation, index: { ...generation.index, articles } })));
    await writeAtomically(join(this.location, 'manifest.json'), Buffer.from(JSON.stringify(manifestOf(generation))));
  }

  async readGeneration(): Promise<CorpusGeneration | undefined> {
    const generation = await readSerialized<CorpusGeneration & { index: { articles: unknown } }>(join(this.location, 'generation.bin'));
    if (!generation || generation.version !== GENERATION_VERSION || !Array.isArray(generation.articles) || !Array.isArray(generation.index?.articles)) return undefined;
    return { ...generation, index: { ...generation.index, articles: indexedArticleList(generation.index.articles as IndexedArticle[]) } };
  }

  async clear(): Promise<void> {
    await rm(join(this.location, 'manifest.json'), { force: true });
    await rm(join(this.location, 'generation.bin'), { force: true });
    await rm(join(this.location, 'records'), { recursive: true, force: true });
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

async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw storeError(path, error);
  }
}

/** The bytes as stored: magic, checksum, payload. */
function sealed(payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(MAGIC), sha256(payload), payload]);
}

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

async function readSerialized<T>(path: string): Promise<T | undefined> {
  try {
    const bytes = await readFile(path);
    if (bytes.length < MAGIC.length + CHECKSUM_BYTES || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const checksum = bytes.subarray(MAGIC.length, MAGIC.length + CHECKSUM_BYTES);
    const payload = bytes.subarray(MAGIC.length + CHECKSUM_BYTES);
    if (!checksum.equals(sha256(payload))) return undefined;
    return deserialize(payload) as T;
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

/** An error that names the store file and says what went wrong ("no space left on device"). */
function storeError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
  return new Error(`cannot write the corpus store file ${path}: ${reason}`);
}
