/**
 * Reading corpus folders from disk. This is the only corpus module that touches the file system;
 * everything after reading is done by `ingestFiles`, which tests can call directly.
 */
import { extname } from 'node:path';
import { listFiles, nodeFileAccess, readTextFile, type FileAccess, type FoundFile } from '../fileAccess.js';
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
 * (recursively, skipping hidden entries, following symbolic links only within the folder) and
 * ingests them.
 * Files that are unreadable, binary, not UTF-8 or larger than 50 MB are skipped with a problem.
 * A folder that is missing or cannot be listed throws an Error naming the folder, because the
 * caller asked for that folder explicitly and cannot get a meaningful corpus without it.
 */
export async function readCorpus(dirs: readonly string[]): Promise<Corpus> {
  const files: SourceFile[] = [];
  const problems: CorpusProblem[] = [];
  for (const dir of dirs) {
    const listed = await listFolder(dir);
    problems.push(...listed.problems);
    for (const { path } of listed.files) {
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
 * The corpus files under the folders, sorted, each with its fingerprint. A subfolder or file
 * that cannot be used — unreadable, a pipe or a device, a dangling or looping symbolic link, or
 * a link leading outside the folder — is a problem naming it, and the rest is listed. A folder
 * that is missing or cannot be listed throws an Error naming it.
 */
export async function listCorpusFiles(
  dirs: readonly string[],
  access: FileAccess = nodeFileAccess,
): Promise<{ files: ListedFile[]; problems: CorpusProblem[] }> {
  const problems: CorpusProblem[] = [];
  const files: ListedFile[] = [];
  for (const dir of dirs) {
    const listed = await listFolder(dir, access);
    problems.push(...listed.problems);
    for (const file of listed.files)
      files.push({ path: file.path, fingerprint: `${file.size}:${Math.floor(file.mtimeMs)}`, size: file.size });
  }
  return { files, problems };
}

async function listFolder(
  dir: string,
  access: FileAccess = nodeFileAccess,
): Promise<{ files: FoundFile[]; problems: CorpusProblem[] }> {
  try {
    return await listFiles(dir, (path) => EXTENSIONS.has(extname(path).toLowerCase()), access);
  } catch (error) {
    throw new Error(`Corpus folder ${reason(error)}`, { cause: error });
  }
}

/**
 * Reads one corpus file, or says why it cannot be used (not a regular file, unreadable,
 * binary, not UTF-8, too large). A pipe or a device is never opened.
 */
export async function readCorpusText(
  path: string,
  access: FileAccess = nodeFileAccess,
): Promise<string | { problem: string }> {
  const read = await readTextFile(path, { maxBytes: MAX_FILE_BYTES }, access);
  return 'text' in read ? read.text : { problem: `skipped: ${read.problem}` };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
