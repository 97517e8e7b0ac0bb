import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PassageIndexData } from '../core/passages/passageIndex.js';

/**
 * The passage index on disk: a small header (format version, the corpus files' fingerprints,
 * articles, terms) and the typed arrays as raw bytes, so loading is a read and a few views.
 * An index whose version or fingerprints do not match, or that cannot be read, is rebuilt,
 * never trusted.
 */

const MAGIC = 'ATTACHE-PASSAGE-INDEX';
/** Bump when the format or what is indexed changes. */
export const INDEX_FORMAT_VERSION = 1;
const ARRAYS = ['passageArticle', 'passageStart', 'passageEnd', 'passageLength', 'postingOffsets', 'postingPassages', 'postingFrequencies'] as const;

/** What identifies a corpus state: every file with its size and modification time. */
export type CorpusFingerprint = string[];

export function fingerprintCorpus(dirs: readonly string[]): CorpusFingerprint {
  const entries: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const stats = statSync(path);
        entries.push(`${path}\t${stats.size}\t${Math.floor(stats.mtimeMs)}`);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return entries.sort();
}

/** Where the index of a set of corpus folders lives by default: the user's cache. */
export function defaultIndexPath(corpusDirs: readonly string[]): string {
  const key = createHash('sha1').update(corpusDirs.join('\n')).digest('hex').slice(0, 16);
  const cache = process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache');
  return join(cache, 'attache', 'index', `${key}.bin`);
}

export function writePassageIndex(path: string, data: PassageIndexData, fingerprint: CorpusFingerprint): void {
  const header = Buffer.from(
    JSON.stringify({
      version: INDEX_FORMAT_VERSION,
      fingerprint,
      articles: data.articles,
      terms: data.terms,
      lengths: ARRAYS.map((name) => data[name].length),
    }),
    'utf8',
  );
  const parts: Buffer[] = [];
  const preamble = Buffer.alloc(MAGIC.length + 8);
  preamble.write(MAGIC, 0, 'latin1');
  preamble.writeUInt32LE(INDEX_FORMAT_VERSION, MAGIC.length);
  preamble.writeUInt32LE(header.length, MAGIC.length + 4);
  parts.push(preamble, header);
  let offset = preamble.length + header.length;
  for (const name of ARRAYS) {
    const padding = (4 - (offset % 4)) % 4;
    parts.push(Buffer.alloc(padding));
    offset += padding;
    const bytes = Buffer.from(data[name].buffer, data[name].byteOffset, data[name].byteLength);
    parts.push(bytes);
    offset += bytes.length;
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat(parts));
  renameSync(temporary, path);
}

/** Reads an index if it exists, is of this format and matches the fingerprint; otherwise undefined. */
export function readPassageIndex(path: string, fingerprint: CorpusFingerprint): PassageIndexData | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    if (bytes.readUInt32LE(MAGIC.length) !== INDEX_FORMAT_VERSION) return undefined;
    const headerLength = bytes.readUInt32LE(MAGIC.length + 4);
    let offset = MAGIC.length + 8;
    const header = JSON.parse(bytes.toString('utf8', offset, offset + headerLength)) as {
      version: number;
      fingerprint: CorpusFingerprint;
      articles: PassageIndexData['articles'];
      terms: string[];
      lengths: number[];
    };
    offset += headerLength;
    if (header.version !== INDEX_FORMAT_VERSION || header.fingerprint.join('\n') !== fingerprint.join('\n')) return undefined;
    // Typed-array views need 4-byte alignment: use the file's own memory when it has it (large
    // reads do), else one aligned copy.
    let aligned: ArrayBuffer;
    let base = 0;
    if (bytes.byteOffset % 4 === 0 && bytes.buffer instanceof ArrayBuffer) {
      aligned = bytes.buffer;
      base = bytes.byteOffset;
    } else {
      aligned = new ArrayBuffer(bytes.length);
      new Uint8Array(aligned).set(bytes);
    }
    const views: Record<string, Int32Array | Uint16Array> = {};
    ARRAYS.forEach((name, index) => {
      offset += (4 - (offset % 4)) % 4;
      const length = header.lengths[index]!;
      const is16 = name === 'passageLength' || name === 'postingFrequencies';
      const view = is16 ? new Uint16Array(aligned, base + offset, length) : new Int32Array(aligned, base + offset, length);
      if (offset + view.byteLength > bytes.length) throw new Error('truncated index');
      views[name] = view;
      offset += view.byteLength;
    });
    const data = { articles: header.articles, terms: header.terms, ...views } as unknown as PassageIndexData;
    validate(data);
    return data;
  } catch {
    return undefined;
  }
}

/** Cheap consistency checks, so that a damaged file is rebuilt instead of answering nonsense. */
function validate(data: PassageIndexData): void {
  const passages = data.passageArticle.length;
  if (data.postingOffsets.length !== data.terms.length + 1) throw new Error('bad term table');
  if (data.postingOffsets[data.terms.length] !== data.postingPassages.length) throw new Error('bad postings');
  if (data.passageStart.length !== passages || data.passageEnd.length !== passages || data.passageLength.length !== passages) throw new Error('bad passages');
  for (const article of data.passageArticle) if (article < 0 || article >= data.articles.length) throw new Error('bad article reference');
}
