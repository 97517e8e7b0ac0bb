/**
 * Looking at and reading files given by users — corpus folders and drafts — without blocking
 * or straying: a named pipe or a device is never opened, a symbolic link is followed only when
 * it stays inside the folder being listed, a loop or a dangling link is a reason rather than
 * a crash, and a file is read only up to a limit. Whatever cannot be used comes back as a
 * problem naming the path and the reason; nothing here throws for a bad entry.
 */
import { constants, realpathSync } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, relative, isAbsolute, sep } from 'node:path';

/** What a file-system entry is, as far as these functions need to know. */
export interface EntryInfo {
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  size: number;
  mtimeMs: number;
}

/** An open regular file. */
export interface OpenFile {
  stat(): Promise<EntryInfo>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

/** An entry of a folder, with the type the listing already knows (so that other files cost no further call). */
export interface FolderEntry {
  name: string;
  isFile(): boolean;
}

/** The file-system calls used here: Node's by default; tests give one that refuses some paths. */
export interface FileAccess {
  stat(path: string): Promise<EntryInfo>;
  lstat(path: string): Promise<EntryInfo>;
  realpath(path: string): Promise<string>;
  readdir(path: string): Promise<FolderEntry[]>;
  /** Opens for reading without waiting (a FIFO would otherwise block until a writer comes). */
  openForReading(path: string): Promise<OpenFile>;
}

export const nodeFileAccess: FileAccess = {
  stat: (path) => stat(path),
  lstat: (path) => lstat(path),
  realpath: (path) => realpath(path),
  readdir: (path) => readdir(path, { withFileTypes: true }),
  openForReading: (path) => open(path, constants.O_RDONLY | constants.O_NONBLOCK),
};

/** A path that cannot be used, and why. */
export interface FileProblem {
  path: string;
  message: string;
}

/** A regular file found by {@link listFiles}. */
export interface FoundFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** What a path turned out to be, links followed. */
export type Inspected = { kind: 'file'; info: EntryInfo } | { kind: 'folder' } | { kind: 'problem'; message: string };

/**
 * What `path` is once symbolic links are followed: a regular file, a folder, or the reason it
 * is neither (missing, a dangling link, a link loop, a pipe, a device, a socket, no permission).
 */
export async function inspect(path: string, access: FileAccess = nodeFileAccess): Promise<Inspected> {
  let info: EntryInfo;
  try {
    info = await access.stat(path);
  } catch (error) {
    return { kind: 'problem', message: await whyUnreachable(path, error, access) };
  }
  if (info.isDirectory()) return { kind: 'folder' };
  if (info.isFile()) return { kind: 'file', info };
  return { kind: 'problem', message: `${kindOf(info)}, not a regular file` };
}

/** How many entries of a folder are asked for their information at once. */
const LSTAT_BATCH = 64;

/**
 * The regular files under `root` whose paths `wanted` accepts, sorted, recursively; hidden
 * entries (a name starting with ".") are passed over. A symbolic link is followed only when
 * its target is inside `root`; one that leads outside, dangles or loops is a problem, as are a
 * subfolder that cannot be listed and a wanted name that is a pipe, a device or a socket.
 * `root` itself must be a folder that can be listed: otherwise this throws an Error naming it.
 */
export async function listFiles(
  root: string,
  wanted: (path: string) => boolean,
  access: FileAccess = nodeFileAccess,
): Promise<{ files: FoundFile[]; problems: FileProblem[] }> {
  let rootReal: string;
  let names: FolderEntry[];
  try {
    rootReal = await access.realpath(root);
    if (!(await access.stat(rootReal)).isDirectory()) throw new Error('not a folder');
    names = await access.readdir(root);
  } catch (error) {
    throw Object.assign(new Error(`"${root}" cannot be read: ${reasonOf(error)}`), {
      code: (error as NodeJS.ErrnoException).code,
    });
  }
  const files: FoundFile[] = [];
  const problems: FileProblem[] = [];
  const listed = new Set<string>([rootReal]);

  const visit = async (dir: string, entries: FolderEntry[]): Promise<void> => {
    const paths = [...entries]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .filter((entry) => !entry.name.startsWith('.') && !(entry.isFile() && !wanted(join(dir, entry.name))))
      .map((entry) => join(dir, entry.name));
    // The entries' own information is asked for a batch at a time: asked one by one, each
    // waited a trip to the thread pool, and a thousand files took tens of milliseconds to list.
    let owns: PromiseSettledResult<EntryInfo>[] = [];
    for (const [i, path] of paths.entries()) {
      if (i % LSTAT_BATCH === 0)
        owns = await Promise.allSettled(paths.slice(i, i + LSTAT_BATCH).map((next) => access.lstat(next)));
      const name = basename(path);
      const settled = owns[i % LSTAT_BATCH]!;
      if (settled.status === 'rejected') {
        problems.push({ path, message: `skipped: cannot be read (${reasonOf(settled.reason)})` });
        continue;
      }
      const own = settled.value;
      let info = own;
      let real = path;
      if (own.isSymbolicLink()) {
        try {
          real = await access.realpath(path);
          info = await access.stat(real);
        } catch (error) {
          if (wanted(path) || !hasExtension(name))
            problems.push({ path, message: `skipped: ${await whyUnreachable(path, error, access)}` });
          continue;
        }
        if (!isWithin(real, rootReal)) {
          if (wanted(path) || info.isDirectory())
            problems.push({ path, message: `skipped: symbolic link leading outside ${root}` });
          continue;
        }
      }
      if (info.isDirectory()) {
        const realDir = own.isSymbolicLink() ? real : await access.realpath(path).catch(() => path);
        if (listed.has(realDir)) {
          problems.push({
            path,
            message: 'skipped: symbolic link to a folder already listed (a loop or a second way in)',
          });
          continue;
        }
        listed.add(realDir);
        let children: FolderEntry[];
        try {
          children = await access.readdir(path);
        } catch (error) {
          problems.push({ path, message: `skipped: folder cannot be read (${reasonOf(error)})` });
          continue;
        }
        await visit(path, children);
      } else if (wanted(path)) {
        if (info.isFile()) files.push({ path, size: info.size, mtimeMs: info.mtimeMs });
        else problems.push({ path, message: `skipped: ${kindOf(info)}, not a regular file` });
      }
    }
  };
  await visit(root, names);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

/** How a file's bytes are turned into text. */
export interface ReadOptions {
  /** Files larger than this are not read. */
  maxBytes: number;
  /** Keep a leading byte-order mark as U+FEFF (as an editor's buffer would) instead of dropping it. */
  keepByteOrderMark?: boolean;
}

/**
 * Reads a regular file as UTF-8 text, or says why it cannot be used: not a regular file
 * (never opened then), unreadable, over the size limit, binary (NUL bytes) or not valid UTF-8.
 * The reason is a phrase such as "binary file (contains NUL bytes)".
 */
export async function readTextFile(
  path: string,
  options: ReadOptions,
  access: FileAccess = nodeFileAccess,
): Promise<{ text: string } | { problem: string }> {
  const found = await inspect(path, access);
  if (found.kind === 'folder') return { problem: 'a folder, not a regular file' };
  if (found.kind === 'problem') return { problem: found.message };
  if (found.info.size > options.maxBytes) return { problem: tooLarge(found.info.size, options.maxBytes) };
  let bytes: Uint8Array;
  try {
    const read = await readAtMost(path, options.maxBytes, access);
    if ('problem' in read) return read;
    bytes = read.bytes;
  } catch (error) {
    return { problem: `cannot be read (${reasonOf(error)})` };
  }
  if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes)' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: options.keepByteOrderMark === true }).decode(bytes),
    };
  } catch {
    return { problem: `not valid UTF-8 (first bad byte on line ${lineOfFirstInvalidByte(bytes)})` };
  }
}

/** Reads up to `maxBytes` (and says so when there is more: the file grew, or it is a special file that lied about its size). */
async function readAtMost(
  path: string,
  maxBytes: number,
  access: FileAccess,
): Promise<{ bytes: Uint8Array } | { problem: string }> {
  const file = await access.openForReading(path);
  try {
    // The path may have been replaced between the look and the open.
    const info = await file.stat();
    if (!info.isFile()) return { problem: `${kindOf(info)}, not a regular file` };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await file.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { problem: tooLarge(total, maxBytes, true) };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } finally {
    await file.close();
  }
}

function tooLarge(size: number, maxBytes: number, sizeUnknown = false): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  return sizeUnknown
    ? `file is over the ${mb(maxBytes)} limit`
    : `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${mb(maxBytes)} limit`;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Decode growing prefixes line by line; the first line that fails holds the bad byte.
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

/** Why `stat` failed, told apart: a dangling link and a loop read differently from a missing file. */
async function whyUnreachable(path: string, error: unknown, access: FileAccess): Promise<string> {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') {
    const own = await access.lstat(path).catch(() => undefined);
    if (own?.isSymbolicLink()) return 'dangling symbolic link (its target does not exist)';
  }
  return `cannot be read (${reasonOf(error)})`;
}

function kindOf(info: EntryInfo): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'a special file';
}

/** Whether `path` is `folder` or lies under it (paths as given; resolve links first with {@link realPathOrSelf}). */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The path with symbolic links resolved, or the path itself when it cannot be (it does not exist yet). */
export function realPathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function hasExtension(name: string): boolean {
  return name.lastIndexOf('.') > 0;
}

/** An error's reason without the stack: the errno code when there is one. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}
