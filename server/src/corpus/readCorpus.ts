/**
 * Reading corpus folders from disk. This is the only corpus module that touches the file system;
 * everything after reading is done by `ingestFiles`, which tests can call directly.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestFiles } from './ingest.js';
import type { Corpus, CorpusProblem, SourceFile } from './types.js';

/** Re-exported so that callers of `readCorpus` can also ingest in-memory files. */
export { ingestFiles } from './ingest.js';

/** Extensions read as corpus files; other files in the folders are ignored silently. */
const EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.jsonl']);

/** Files above this size are skipped: a scrape that large is a mistake, and would stall the server. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Reads every `.txt`, `.md`, `.html`/`.htm` and `.jsonl` file under the given folders
 * (recursively, skipping hidden entries and not following symbolic links) and ingests them.
 * Files that are unreadable, binary, not UTF-8 or larger than 50 MB are skipped with a problem.
 * A folder that is missing or cannot be listed throws an Error naming the folder, because the
 * caller asked for that folder explicitly and cannot get a meaningful corpus without it.
 */
export async function readCorpus(dirs: readonly string[]): Promise<Corpus> {
  const files: SourceFile[] = [];
  const problems: CorpusProblem[] = [];
  for (const dir of dirs) {
    for (const path of await listFolder(dir, problems)) {
      const read = await readCorpusText(path);
      if (typeof read === 'string') files.push({ path, text: read });
      else problems.push({ path, message: read.problem });
    }
  }
  const corpus = ingestFiles(files);
  return { ...corpus, problems: [...problems, ...corpus.problems] };
}

/** A corpus file found on disk, with what identifies its state. */
export interface ListedFile {
  path: string;
  /** Size and modification time: a file whose fingerprint is unchanged is not read again. */
  fingerprint: string;
  /** Size in bytes, for the corpus size limit. */
  size?: number;
}

/**
 * The corpus files under the folders, sorted, each with its fingerprint; a subfolder or file
 * that cannot be looked at is a problem, not a failure. A folder that is missing or cannot be
 * listed throws an Error naming it.
 */
export async function listCorpusFiles(dirs: readonly string[]): Promise<{ files: ListedFile[]; problems: CorpusProblem[] }> {
  const problems: CorpusProblem[] = [];
  const files: ListedFile[] = [];
  for (const dir of dirs) {
    for (const path of await listFolder(dir, problems)) {
      try {
        const info = await stat(path);
        files.push({ path, fingerprint: `${info.size}:${Math.floor(info.mtimeMs)}`, size: info.size });
      } catch (error) {
        problems.push({ path, message: `skipped: file cannot be read (${reason(error)})` });
      }
    }
  }
  return { files, problems };
}

async function listFolder(dir: string, problems: CorpusProblem[]): Promise<string[]> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    throw new Error(`Corpus folder "${dir}" cannot be read: ${reason(error)}`);
  }
  if (!info.isDirectory()) throw new Error(`Corpus folder "${dir}" is not a folder`);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new Error(`Corpus folder "${dir}" cannot be read: ${reason(error)}`);
  }
  const found: string[] = [];
  await walk(dir, entries, found, problems);
  return found.sort();
}

/** Collects corpus files below `dir`; a subfolder that cannot be listed is a problem, not a failure. */
async function walk(dir: string, entries: Dirent[], found: string[], problems: CorpusProblem[]): Promise<void> {
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      let children: Dirent[];
      try {
        children = await readdir(path, { withFileTypes: true });
      } catch (error) {
        problems.push({ path, message: `skipped: folder cannot be read (${reason(error)})` });
        continue;
      }
      await walk(path, children, found, problems);
    } else if (entry.isFile() && EXTENSIONS.has(extensionOf(entry.name))) {
      found.push(path);
    }
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Reads one corpus file, or says why it cannot be used (unreadable, binary, not UTF-8, too large). */
export async function readCorpusText(path: string): Promise<string | { problem: string }> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) {
      return { problem: `skipped: file is ${(info.size / 1024 / 1024).toFixed(1)} MB, over the 50 MB limit` };
    }
    bytes = await readFile(path);
  } catch (error) {
    return { problem: `skipped: file cannot be read (${reason(error)})` };
  }
  if (bytes.includes(0)) return { problem: 'skipped: binary file (contains NUL bytes)' };
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problem: 'skipped: file is not valid UTF-8' };
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
