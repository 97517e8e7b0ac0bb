import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { extractFacts, indexByEntity } from './core/facts/extractFacts.js';
import type { FactIndex, TitleSighting } from './core/facts/types.js';
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
  /** Titles and events read from the corpus, stored beside the index under the same fingerprint. */
  facts(): Promise<FactIndex>;
}

/** Bump when the facts or their stored form change. */
const FACTS_FORMAT_VERSION = 1;

interface StoredFacts {
  version: number;
  fingerprint: string[];
  titles: [string, TitleSighting[]][];
  events: FactIndex['events'];
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
  const factsPath = path.replace(/\.bin$/, '') + '.facts.json';
  const facts = async (): Promise<FactIndex> => {
    try {
      const stored = JSON.parse(readFileSync(factsPath, 'utf8')) as StoredFacts;
      if (stored.version === FACTS_FORMAT_VERSION && stored.fingerprint.join('\n') === fingerprint.join('\n')) {
        return { titlesByEntity: new Map(stored.titles), events: stored.events, eventsByEntity: indexByEntity(stored.events) };
      }
    } catch {
      // Missing or unreadable: read the facts again below.
    }
    const fresh = extractFacts(await services.corpus(), services.mentionIndex);
    try {
      mkdirSync(dirname(factsPath), { recursive: true });
      const stored: StoredFacts = { version: FACTS_FORMAT_VERSION, fingerprint, titles: [...fresh.titlesByEntity], events: fresh.events };
      writeFileSync(factsPath, JSON.stringify(stored));
    } catch {
      // Not fatal: the next run reads them again.
    }
    return fresh;
  };
  return { index: new PassageIndex(data, services.mentionIndex), path, built, textOf, facts };
}
