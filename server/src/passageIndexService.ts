import { readFileSync } from 'node:fs';
import { buildPassageIndex, PassageIndex } from './core/passages/passageIndex.js';
import { defaultIndexPath, fingerprintCorpus, readPassageIndex, writePassageIndex } from './corpus/passageIndexStore.js';
import type { Services } from './services.js';

/** The passage index in use, where it is stored, and whether this call built it. */
export interface LoadedPassageIndex {
  index: PassageIndex;
  path: string;
  built: boolean;
  /** A paragraph's text, read from its corpus file (files cached). */
  textOf(path: string, start: number, end: number): string | undefined;
}

/**
 * Loads the persisted passage index for the services' corpus folders, or builds and stores it
 * when it is missing, of another format, damaged, or older than the corpus files. A store that
 * cannot be written (a read-only cache) leaves the index in memory only.
 */
export async function loadPassageIndex(services: Services, options: { indexPath?: string; rebuild?: boolean } = {}): Promise<LoadedPassageIndex> {
  const path = options.indexPath ?? defaultIndexPath(services.corpusDirs);
  const fingerprint = fingerprintCorpus(services.corpusDirs);
  let data = options.rebuild ? undefined : readPassageIndex(path, fingerprint);
  const built = data === undefined;
  if (!data) {
    data = buildPassageIndex(await services.corpus(), services.mentionIndex);
    try {
      writePassageIndex(path, data, fingerprint);
    } catch {
      // Not fatal: the next start rebuilds.
    }
  }
  const files = new Map<string, string | undefined>();
  const textOf = (file: string, start: number, end: number) => {
    if (!files.has(file)) {
      try {
        files.set(file, readFileSync(file, 'utf8'));
      } catch {
        files.set(file, undefined);
      }
    }
    return files.get(file)?.slice(start, end);
  };
  return { index: new PassageIndex(data, services.mentionIndex), path, built, textOf };
}
