import type { CorpusGeneration } from '../corpus/corpusGeneration.js';
import type { ListedFile } from '../corpus/readCorpus.js';
import type { CorpusProblem } from '../corpus/types.js';
import { indexedArticleList } from '../core/passages/indexSegments.js';
import type { IndexedArticle, PassageIndexData } from '../core/passages/passageIndex.js';

/** The argument that tells a corpus worker it runs in the background, below the host's priority. */
export const BACKGROUND_ARGUMENT = '--background';

/** What the host asks a corpus worker to do; `storeFolder` is the embedded store's folder or a shared archive's connection string. */
export type WorkerRequest =
  | { kind: 'derive'; id: number; storeFolder: string; kbFiles: string[]; file: ListedFile }
  | {
      kind: 'merge';
      id: number;
      storeFolder: string;
      paths: string[];
      kbKey: string;
      problems: CorpusProblem[];
      incomplete: boolean;
    }
  | { kind: 'mergeLayer'; id: number; storeFolder: string; paths: string[]; kbKey: string }
  /** Load the knowledge base now, so that the next file to derive does not wait for it. */
  | { kind: 'prepare'; id: number; kbFiles: string[] };

/** What a corpus worker answers. */
export type WorkerReply =
  | { kind: 'prepared'; id: number }
  | { kind: 'derived'; id: number; path: string }
  | { kind: 'merged'; id: number; missing: string[] }
  | { kind: 'layer'; id: number; generation: PostedGeneration }
  | { kind: 'failed'; id: number; message: string };

/**
 * A generation as a message carries it: the index's articles as a plain list, since the
 * articles a merge makes are reached through functions, which a message cannot hold.
 */
export type PostedGeneration = Omit<CorpusGeneration, 'index'> & {
  index: Omit<PassageIndexData, 'articles'> & { articles: IndexedArticle[] };
};

/** A generation made ready to post to another thread. */
export function postedGeneration(generation: CorpusGeneration): PostedGeneration {
  const { articles } = generation.index;
  return {
    ...generation,
    index: { ...generation.index, articles: Array.from({ length: articles.length }, (_, n) => articles.at(n)) },
  };
}

/** A generation received from another thread, as the merge made it. */
export function receivedGeneration(posted: PostedGeneration): CorpusGeneration {
  return { ...posted, index: { ...posted.index, articles: indexedArticleList(posted.index.articles) } };
}
