/**
 * Reads the committed generation's large parts, and computes their seals' checksums, in a worker
 * thread while the thread that opens the workspace loads the knowledge base. The asynchronous
 * file API would not help: it reads a large file in chunks, each waiting for the event loop,
 * which a synchronous load holds. The parts are read into shared memory, so nothing is copied
 * back; the opening thread still compares each checksum with the seal (`unsealedWith`) and
 * uses a part only when the manifest still names the generation it came from.
 */
import { Worker } from 'node:worker_threads';
import { PAYLOAD_START } from './sealedFiles.js';

/** A part's bytes as stored and the SHA-256 of its payload (after the seal). */
export interface PrefetchedPart {
  bytes: Buffer;
  payloadDigest: Buffer;
}

/** The parts read of the generation the manifest named when the worker looked. */
export interface PrefetchedGeneration {
  generation: string;
  parts: Map<string, PrefetchedPart>;
}

interface WorkerAnswer {
  generation?: string;
  parts: { name: string; shared: SharedArrayBuffer; payloadDigest: Uint8Array }[];
}

/**
 * The worker, as CommonJS source: it needs nothing but Node, so it runs from the bundle and from
 * the compiled modules alike. A part it cannot read whole is left out (the opening thread reads
 * it again, and finds it missing or damaged itself).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { closeSync, fstatSync, openSync, readFileSync, readSync } = require('node:fs');
const { join } = require('node:path');
const { createHash } = require('node:crypto');
const { location, names, payloadStart } = workerData;
const answer = { parts: [] };
try {
  const { generation } = JSON.parse(readFileSync(join(location, 'manifest.json'), 'utf8'));
  if (typeof generation === 'string' && /^g\\d+$/.test(generation)) {
    answer.generation = generation;
    for (const name of names) {
      try {
        const file = openSync(join(location, 'generations', generation, name), 'r');
        try {
          const size = fstatSync(file).size;
          if (size < payloadStart) continue;
          const shared = new SharedArrayBuffer(size);
          const bytes = new Uint8Array(shared);
          let read = 0;
          for (let got = 1; read < size && got > 0; read += got) got = readSync(file, bytes, read, size - read, read);
          if (read !== size) continue;
          const payloadDigest = createHash('sha256').update(bytes.subarray(payloadStart)).digest();
          answer.parts.push({ name, shared, payloadDigest: new Uint8Array(payloadDigest) });
        } finally {
          closeSync(file);
        }
      } catch {}
    }
  }
} catch {}
parentPort.postMessage(answer);
`;

/**
 * Starts reading the parts `names` of the generation the store at `location` has committed.
 * Resolves to undefined when there is none, or when the worker fails; never rejects. The worker
 * does not keep the process alive.
 */
export function prefetchGenerationParts(
  location: string,
  names: readonly string[],
): Promise<PrefetchedGeneration | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { location, names: [...names], payloadStart: PAYLOAD_START },
      });
    } catch {
      resolve(undefined);
      return;
    }
    worker.unref();
    worker.once('message', (answer: WorkerAnswer) => {
      if (!answer.generation) return resolve(undefined);
      const parts = new Map<string, PrefetchedPart>();
      for (const part of answer.parts)
        parts.set(part.name, { bytes: Buffer.from(part.shared), payloadDigest: Buffer.from(part.payloadDigest) });
      resolve({ generation: answer.generation, parts });
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
