/**
 * The corpus as a whole, merged from the per-file records: articles (one per distinct text),
 * stories across outlets, the passage index, and the facts grouped into events. A store keeps
 * the latest complete generation; readers open it as a `LoadedGeneration` (loadedGeneration.ts),
 * which reads each part when it is needed, and never see a half-written one.
 */
import type { ReportDraft } from '../core/facts/articleEvents.js';
import { combineFacts } from '../core/facts/extractFacts.js';
import type { CorpusEvent, TitleSighting } from '../core/facts/types.js';
import { IndexMerge, indexedArticleOf } from '../core/passages/indexSegments.js';
import type { PassageIndexData } from '../core/passages/passageIndex.js';
import { copyKeyOf, type FileRecord, type StoredArticle } from './fileRecord.js';
import type { RecordSpans } from './recordSpans.js';
import { groupStoriesOfPackedTerms } from './stories.js';
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
 * Merges per-file records into a generation (see {@link GenerationMerge}); the records are
 * taken in path order whatever order they are given in.
 */
export function mergeRecords(records: readonly FileRecord[], kbKey: string): CorpusGeneration {
  const merge = new GenerationMerge(kbKey);
  for (const record of [...records].sort((a, b) => comparePaths(a.path, b.path))) merge.add(record);
  return merge.finish();
}

/** The order records are merged in: by path, code unit by code unit. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Merges per-file records, given one at a time in path order, into a generation, so that a
 * merge holds one record at a time rather than the whole corpus's: of each record it keeps what
 * the generation shows (articles, title sightings, problems) and, compactly, what the merge of
 * the corpus needs: the copy key of each article, its story terms packed in one array, its
 * reports of events, and its index segment as numbers (see `IndexMerge`).
 *
 * An article whose text an earlier article of the same outlet already has is a copy, not a
 * second source: it is listed as a duplicate and left out of stories, facts and the index.
 * Syndicated copies under other outlets stay articles of their own and join the original's
 * story.
 */
export class GenerationMerge {
  private readonly files: GenerationFile[] = [];
  /** Copy key (outlet and text hash) → the id of the first article with it. */
  private readonly firstOf = new Map<string, string>();
  private readonly articles: StoredArticle[] = [];
  private readonly storyTerms = new PackedTerms();
  private readonly duplicates: CorpusGeneration['duplicates'] = [];
  private readonly titles: TitleSighting[] = [];
  private readonly drafts: ReportDraft[] = [];
  private readonly problems: CorpusProblem[] = [];
  private readonly index = new IndexMerge();
  private lastPath: string | undefined;

  constructor(private readonly kbKey: string) {}

  /** Adds one file's record; records come in path order (`comparePaths`). */
  add(record: FileRecord): void {
    if (this.lastPath !== undefined && comparePaths(record.path, this.lastPath) < 0)
      throw new Error(`records are merged in path order: ${record.path} came after ${this.lastPath}`);
    this.lastPath = record.path;
    this.files.push({
      path: record.path,
      fingerprint: record.fingerprint,
      articles: record.articles.length,
      ...(record.recordSpans ? { recordSpans: ownSpans(record.recordSpans) } : {}),
    });
    const kept = new Uint8Array(record.articles.length);
    for (let a = 0; a < record.articles.length; a++) {
      const article = record.articles[a]!;
      const key = copyKeyOf(article);
      const original = this.firstOf.get(key);
      if (original !== undefined) {
        this.duplicates.push({ id: article.id, path: article.path, of: original });
        continue;
      }
      this.firstOf.set(key, article.id);
      kept[a] = 1;
      this.articles.push(article);
      this.storyTerms.push(record.storyTerms[a]!);
      const facts = record.facts[a]!;
      for (const sighting of facts.titles) this.titles.push(sighting);
      for (const draft of facts.drafts) this.drafts.push(draft);
    }
    this.index.add(record.index, (a) => kept[a] === 1);
    for (const problem of record.problems) this.problems.push(problem);
  }

  /** The generation of the records added. */
  finish(): CorpusGeneration {
    this.firstOf.clear();
    const { terms, offsets } = this.storyTerms.take();
    const stories = groupStoriesOfPackedTerms(this.articles, terms, offsets);
    const storyOf = new Map<string, string>();
    for (const story of stories) for (const id of story.articleIds) storyOf.set(id, story.id);
    // An article or report copied only when the corpus's stories moved it: most stay in the
    // story their file gave them (a story of their own), and are taken as they are.
    const articles = this.articles.map((article) => {
      const storyId = storyOf.get(article.id) ?? article.storyId;
      return storyId === article.storyId ? article : { ...article, storyId };
    });
    this.articles.length = 0;
    const drafts = this.drafts;
    for (let d = 0; d < drafts.length; d++) {
      const draft = drafts[d]!;
      const storyId = storyOf.get(draft.report.source.articleId) ?? draft.storyId;
      if (storyId !== draft.storyId) drafts[d] = { ...draft, storyId };
    }
    storyOf.clear();
    const events = combineFacts([], drafts).events;
    drafts.length = 0;
    return {
      version: GENERATION_VERSION,
      kbKey: this.kbKey,
      files: this.files,
      articles,
      duplicates: this.duplicates,
      stories,
      index: this.index.finish((added) => indexedArticleOf(articles[added]!)),
      titles: this.titles,
      events,
      problems: this.problems,
    };
  }
}

/**
 * A record's spans in arrays of their own. A typed array that `node:v8` reads back is a view of
 * the bytes it was read from: kept as it is, each file's spans would keep its whole record's
 * bytes alive (a few hundred kilobytes a file, a quarter of a gigabyte at 100,000 articles).
 */
function ownSpans(spans: RecordSpans): RecordSpans {
  return {
    textStart: spans.textStart.slice(),
    textEnd: spans.textEnd.slice(),
    byteStart: spans.byteStart.slice(),
    byteEnd: spans.byteEnd.slice(),
    line: spans.line.slice(),
  };
}

/** Story terms of many articles, packed one after another in one array that doubles as it fills. */
class PackedTerms {
  private terms = new Uint32Array(1 << 16);
  private used = 0;
  private readonly offsets: number[] = [0];

  push(terms: Uint32Array): void {
    if (this.used + terms.length > this.terms.length) {
      let size = this.terms.length * 2;
      while (size < this.used + terms.length) size *= 2;
      const larger = new Uint32Array(size);
      larger.set(this.terms.subarray(0, this.used));
      this.terms = larger;
    }
    this.terms.set(terms, this.used);
    this.used += terms.length;
    this.offsets.push(this.used);
  }

  /** Article n's terms are `terms[offsets[n] .. offsets[n + 1]]`; the packing is empty afterwards. */
  take(): { terms: Uint32Array; offsets: Uint32Array } {
    const taken = { terms: this.terms.subarray(0, this.used), offsets: Uint32Array.from(this.offsets) };
    this.terms = new Uint32Array(0);
    this.used = 0;
    this.offsets.length = 1;
    return taken;
  }
}
