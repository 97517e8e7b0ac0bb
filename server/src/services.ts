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
  corpus: Corpus;
}

export interface ServiceOptions {
  /** Corpus folders; the bundled sample corpus when empty. */
  corpusDirs?: readonly string[];
  /** Knowledge-base files layered over the bundled ones, in order. */
  kbFiles?: readonly string[];
}

/**
 * The composition root: reads the knowledge base and the corpus and compiles the mention
 * index. Throws when a corpus folder cannot be read (the message names it).
 */
export async function createServices(options: ServiceOptions = {}): Promise<Services> {
  const kb = readKnowledgeBase(options.kbFiles ?? []);
  const corpusDirs = options.corpusDirs && options.corpusDirs.length > 0 ? options.corpusDirs : [bundledCorpusDir()];
  const corpus = await readCorpus([...corpusDirs]);
  return { kb, mentionIndex: buildMentionIndex(kb), corpus };
}
