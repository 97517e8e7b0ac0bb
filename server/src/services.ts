import { access, stat } from 'node:fs/promises';
import { readCorpus } from './corpus/readCorpus.js';
import type { Corpus } from './corpus/types.js';
import { buildMentionIndex, type MentionIndex } from './core/mentions/mentionIndex.js';
import type { KnowledgeBase } from './kb/knowledgeBase.js';
import { readKnowledgeBase } from './kb/readKnowledgeBase.js';
import { bundledCorpusDir } from './paths.js';

/** What the CLI and the language server share: the knowledge base, its index, the corpus. */
export interface Services {
  kb: KnowledgeBase;
  mentionIndex: MentionIndex;
  /** The corpus folders in use. */
  corpusDirs: readonly string[];
  /** The ingested corpus, read on first use (name and title checks do not need it). */
  corpus(): Promise<Corpus>;
}

export interface ServiceOptions {
  /** Corpus folders; the bundled sample corpus when empty. */
  corpusDirs?: readonly string[];
  /** Knowledge-base files layered over the bundled ones, in order. */
  kbFiles?: readonly string[];
}

/**
 * The composition root: reads the knowledge base, compiles the mention index, and makes sure
 * the corpus folders can be read (throwing an error that names the folder if not); the
 * corpus itself is ingested when first asked for.
 */
export async function createServices(options: ServiceOptions = {}): Promise<Services> {
  const corpusDirs = options.corpusDirs && options.corpusDirs.length > 0 ? [...options.corpusDirs] : [bundledCorpusDir()];
  for (const dir of corpusDirs) await assertReadableFolder(dir);
  const kb = readKnowledgeBase(options.kbFiles ?? []);
  let corpus: Promise<Corpus> | undefined;
  return {
    kb,
    mentionIndex: buildMentionIndex(kb),
    corpusDirs,
    corpus: () => (corpus ??= readCorpus(corpusDirs)),
  };
}

async function assertReadableFolder(dir: string): Promise<void> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    await access(dir);
  } catch (error) {
    throw new Error(`corpus folder "${dir}" cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
