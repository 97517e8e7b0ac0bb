/**
 * How the embedded store writes and checks its files. Every file is sealed: a magic line naming
 * the format, then the SHA-256 of the rest, then the payload, so a truncated file, a flipped bit
 * or a file of another format reads as missing (and is derived again), never as other data. A
 * file is written under a temporary name and renamed into place, so a process killed at any
 * moment leaves the previous file whole or none at all.
 */
import { createHash } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';

/** The first bytes of every sealed file; a file from another format version reads as missing. */
export const MAGIC = 'ATTACHE-STORE-2\n';
/** After the magic: the SHA-256 of the rest. */
export const CHECKSUM_BYTES = 32;
/** Where the payload starts: a multiple of 8, so typed arrays can be read in place. */
export const PAYLOAD_START = MAGIC.length + CHECKSUM_BYTES;
/** How many buffers one write hands to the system at most (below every system's bound). */
const WRITE_BATCH = 256;

export function sha256(...parts: Uint8Array[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** The bytes of a sealed file whose payload is these parts, in order (not copied into one buffer). */
export function sealed(parts: Uint8Array[]): Uint8Array[] {
  return [Buffer.from(MAGIC), sha256(...parts), ...parts];
}

/**
 * The payload of a sealed file's bytes, or undefined when they are not a whole, unchanged sealed
 * file. `payloadDigest`, when given, is the payload's SHA-256 computed elsewhere (a part read
 * and hashed in a worker thread), compared with the seal here.
 */
export function unsealed(bytes: Buffer, payloadDigest?: Buffer): Buffer | undefined {
  if (bytes.length < PAYLOAD_START || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const payload = bytes.subarray(PAYLOAD_START);
  return bytes.subarray(MAGIC.length, PAYLOAD_START).equals(payloadDigest ?? sha256(payload)) ? payload : undefined;
}

/** Writes the parts to a temporary file beside `path`, then renames it into place. */
export async function writeAtomically(path: string, parts: Uint8Array[]): Promise<void> {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const file = await open(temporary, 'w');
    try {
      // A few hundred buffers at a time (systems bound one call's); a call writes what it can,
      // and the rest goes again from where it stopped.
      const pending = parts.filter((part) => part.byteLength > 0);
      let next = 0;
      while (next < pending.length) {
        const batch = pending.slice(next, next + WRITE_BATCH);
        let written = (await file.writev(batch)).bytesWritten;
        if (written === 0) throw new Error('the file system accepted nothing');
        for (const part of batch) {
          if (written < part.byteLength) {
            pending[next] = part.subarray(written);
            break;
          }
          written -= part.byteLength;
          next++;
        }
      }
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw storeError(path, error);
  }
}

/** An error that names the store file and says what went wrong ("no space left on device"). */
export function storeError(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : (error as Error).message;
  return new Error(`cannot write the corpus store file ${path}: ${reason}`);
}
