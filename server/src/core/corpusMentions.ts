import type { Article, Corpus } from '../corpus/types.js';
import { findMentions } from './mentions/findMentions.js';
import type { MentionIndex } from './mentions/mentionIndex.js';

/** Where the corpus mentions an entity: the article, the mention's and its passage's offsets in the file. */
export interface PassageRef {
  article: Article;
  path: string;
  /** Offsets of the mention in the corpus file. */
  start: number;
  end: number;
  /** Offsets and text of the paragraph it stands in. */
  passageStart: number;
  passageEnd: number;
  passageText: string;
}

/** Corpus passages by the entity they mention, newest article first. */
export type CorpusMentionIndex = ReadonlyMap<string, readonly PassageRef[]>;

/**
 * Finds every knowledge-base entity in every paragraph of the corpus. Built once per corpus
 * snapshot; hovers, references and the entity card read it.
 */
export function indexCorpusMentions(corpus: Corpus, index: MentionIndex): CorpusMentionIndex {
  const byEntity = new Map<string, PassageRef[]>();
  for (const article of corpus.articles) {
    for (const passage of article.passages) {
      if (passage.kind !== 'paragraph') continue;
      for (const mention of findMentions(passage.text, index)) {
        if (!mention.known) continue;
        const refs = byEntity.get(mention.known.id) ?? [];
        refs.push({
          article,
          path: article.path,
          start: passage.start + mention.start,
          end: passage.start + mention.end,
          passageStart: passage.start,
          passageEnd: passage.end,
          passageText: passage.text,
        });
        byEntity.set(mention.known.id, refs);
      }
    }
  }
  for (const refs of byEntity.values()) refs.sort((a, b) => (b.article.date ?? '').localeCompare(a.article.date ?? ''));
  return byEntity;
}
