/**
 * The corpus as a whole, merged from the per-file records: articles (one per distinct text),
 * stories across outlets, the passage index, and the facts grouped into events. A store keeps
 * the latest complete generation; readers open it as a `LoadedGeneration` (loadedGeneration.ts),
 * which reads each part when it is needed, and never see a half-written one.
 */
import type { ReportDraft } from '../core/facts/articleEvents.js';
import { combineFacts } from '../core/facts/extractFacts.js';
import type { CorpusEvent, TitleSighting } from '../core/facts/types.js';
import { mergeIndexSegments } from '../core/passages/indexSegments.js';
import type { PassageIndexData } from '../core/passages/passageIndex.js';
import { copyKeyOf, type FileRecord, type StoredArticle } from './fileRecord.js';
import type { RecordSpans } from './recordSpans.js';
import { groupStoriesByTerms } from './stories.js';
import type { CorpusProblem, Story } from './types.js';

/**
 * Bump when the generation's shape, its derivation or the way a store keeps it changes: a
 * stored generation of another version is merged again from the records. 5: kept in parts
 * (raw index arrays, an article table in columns, facts per entity) instead of one object.
 */
export const GENERATION_VERSION = 5;

/** A corpus file as the generation saw it. */
export interface GenerationFile {
  path: string;
  fingerprint: string;
  articles: number;
  /** A JSON Lines file's records: where each is, so that a passage is read from its line alone. */
  recordSpans?: RecordSpans;
}

export interface CorpusGeneration {
  version: number;
  /** Identifies the knowledge base the records were derived with: another one means deriving again. */
  kbKey: string;
  files: GenerationFile[];
  /** Distinct articles, in file order, each with its story. */
  articles: StoredArticle[];
  /** Copies left out: the same text from the same outlet in another place. */
  duplicates: { id: string; path: string; of: string }[];
  stories: Story[];
  index: PassageIndexData;
  /** Title sightings, grouped per person and sorted by `combineFacts` when loaded. */
  titles: TitleSighting[];
  events: CorpusEvent[];
  problems: CorpusProblem[];
}

/**
 * Merges per-file records (in path order) into a generation. An article whose text an earlier
 * article of the same outlet already has is a copy, not a second source: it is listed as a
 * duplicate and left out of stories, facts and the index. Syndicated copies under other
 * outlets stay articles of their own and join the original's story.
 */
export function mergeRecords(records: readonly FileRecord[], kbKey: string): CorpusGeneration {
  const sorted = [...records].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const firstOf = new Map<string, string>();
  const kept: boolean[][] = [];
  const articles: StoredArticle[] = [];
  const terms: Uint32Array[] = [];
  const duplicates: CorpusGeneration['duplicates'] = [];
  for (const record of sorted) {
    kept.push(
      record.articles.map((article, a) => {
        const key = copyKeyOf(article);
        const original = firstOf.get(key);
        if (original !== undefined) {
          duplicates.push({ id: article.id, path: article.path, of: original });
          return false;
        }
        firstOf.set(key, article.id);
        articles.push(article);
        terms.push(record.storyTerms[a]!);
        return true;
      }),
    );
  }
  const stories = groupStoriesByTerms(articles, terms);
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articleIds) storyOf.set(id, story.id);
  const titles: TitleSighting[] = [];
  const drafts: ReportDraft[] = [];
  sorted.forEach((record, r) => {
    record.facts.forEach((facts, a) => {
      if (!kept[r]![a]) return;
      titles.push(...facts.titles);
      for (const draft of facts.drafts)
        drafts.push({ ...draft, storyId: storyOf.get(draft.report.source.articleId) ?? draft.storyId });
    });
  });
  return {
    version: GENERATION_VERSION,
    kbKey,
    files: sorted.map((record) => ({
      path: record.path,
      fingerprint: record.fingerprint,
      articles: record.articles.length,
      ...(record.recordSpans ? { recordSpans: record.recordSpans } : {}),
    })),
    articles: articles.map((article) => ({ ...article, storyId: storyOf.get(article.id) ?? article.storyId })),
    duplicates,
    stories,
    index: mergeIndexSegments(
      sorted.map((record) => record.index),
      (s, a) => kept[s]![a]!,
      (id) => storyOf.get(id),
    ),
    titles,
    events: combineFacts([], drafts).events,
    problems: sorted.flatMap((record) => record.problems),
  };
}
