import type { ListedFile } from '../corpus/readCorpus.js';
import type { CorpusProblem } from '../corpus/types.js';

/** What the host asks a corpus worker to do; `storeFolder` is the embedded store's folder or a shared archive's connection string. */
export type WorkerRequest =
  | { kind: 'derive'; id: number; storeFolder: string; kbFiles: string[]; file: ListedFile }
  | { kind: 'merge'; id: number; storeFolder: string; paths: string[]; kbKey: string; problems: CorpusProblem[]; incomplete: boolean };

/** What a corpus worker answers. */
export type WorkerReply = { kind: 'derived'; id: number; path: string } | { kind: 'merged'; id: number; missing: string[] } | { kind: 'failed'; id: number; message: string };
