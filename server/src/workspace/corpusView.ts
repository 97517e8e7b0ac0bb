import type { CorpusGeneration, GenerationFile } from '../corpus/corpusGeneration.js';
import { copyKeyOf, type StoredArticle } from '../corpus/fileRecord.js';
import type { CorpusProblem } from '../corpus/types.js';
import type { CorpusEvidence } from '../core/checks/quoteMismatch.js';
import type { ArticleMention, CorpusArticles } from '../core/entityCard.js';
import { combineFacts, indexByEntity } from '../core/facts/extractFacts.js';
import { factsByArticle, withoutArticles, type FactsByArticle } from '../core/facts/layeredFacts.js';
import type { FactIndex } from '../core/facts/types.js';
import { findMentions } from '../core/mentions/findMentions.js';
import type { MentionIndex } from '../core/mentions/mentionIndex.js';
import { PassageIndex, type PassageMatch, type SearchOptions } from '../core/passages/passageIndex.js';
import { entityTerm } from '../core/passages/terms.js';
import type { FileTexts } from './fileTexts.js';

/** How many of the newest articles the entity card lists. */
const CARD_ARTICLES = 5;
/** How many articles the dossier lists at most: every one in a corpus of ordinary size. */
const DOSSIER_ARTICLES = 1000;

/** What every view of one generation shares, built once when the generation is loaded. */
interface LoadedGeneration {
  passages: PassageIndex;
  facts: FactIndex;
  byId: Map<string, StoredArticle>;
  /** Built when a first layer is laid over the generation (see `prepareForLayers`). */
  byCopyKey?: Map<string, string>;
  factsByArticle?: FactsByArticle;
}

const loadedGenerations = new WeakMap<CorpusGeneration, { mentionIndex: MentionIndex; loaded: LoadedGeneration }>();

function loadedGeneration(generation: CorpusGeneration, mentionIndex: MentionIndex): LoadedGeneration {
  const known = loadedGenerations.get(generation);
  if (known?.mentionIndex === mentionIndex) return known.loaded;
  const titles = combineFacts(generation.titles, []).titlesByEntity;
  const loaded: LoadedGeneration = {
    passages: new PassageIndex(generation.index, mentionIndex),
    facts: { titlesByEntity: titles, events: generation.events, eventsByEntity: indexByEntity(generation.events) },
    byId: new Map(generation.articles.map((article) => [article.id, article])),
  };
  loadedGenerations.set(generation, { mentionIndex, loaded });
  return loaded;
}

/** A page of the places the corpus mentions an entity, newest article first. */
export interface ReferencePage {
  /** Paragraphs mentioning the entity in the whole corpus. */
  total: number;
  mentions: ArticleMention[];
}

/**
 * What the product reads of the corpus: passage search, the facts, the articles and
 * paragraphs mentioning an entity. One committed generation ({@link CorpusView}), or one
 * with the files changed since laid over it (`LayeredCorpusView`).
 */
export interface CorpusReader {
  /** The knowledge base the corpus was read with. */
  readonly kbKey: string;
  /** The corpus files it holds, with their fingerprints. */
  readonly files: readonly GenerationFile[];
  /** What could not be read in those files. */
  readonly problems: readonly CorpusProblem[];
  readonly articleCount: number;
  /** Paragraphs in the passage index. */
  readonly passageCount: number;
  /** Copies of articles counted once. */
  readonly duplicateCount: number;
  readonly facts: FactIndex;
  /** What the corpus checks read; one object per reader, so their caches last as long as it. */
  readonly evidence: CorpusEvidence;
  article(id: string): StoredArticle | undefined;
  textOf(path: string, start: number, end: number): string | undefined;
  search(text: string, options?: Omit<SearchOptions, 'textOf'>): PassageMatch[];
  articlesMentioning(entityId: string): CorpusArticles;
  articlesForDossier(entityId: string): ArticleMention[];
  references(entityId: string, page?: { offset?: number; limit?: number }): ReferencePage;
}

/**
 * One committed corpus generation as the product reads it. Immutable; article text is read
 * from the corpus files when a passage is shown, never held for the whole corpus. A view may
 * leave out the articles of some files (`excludedPaths`): those changed since the generation
 * was merged, which a layer over it answers for; a layer leaves out its articles that copy
 * one of the base (by id).
 */
export class CorpusView implements CorpusReader {
  readonly passages: PassageIndex;
  readonly facts: FactIndex;
  readonly evidence: CorpusEvidence;
  readonly articleCount: number;
  private readonly loaded: LoadedGeneration;
  private readonly cardArticles = new Map<string, CorpusArticles>();
  /** Per article of the index (newest first): 1 when its file is left out. Absent when none is. */
  private readonly excluded: Uint8Array | undefined;

  constructor(
    readonly generation: CorpusGeneration,
    private readonly mentionIndex: MentionIndex,
    private readonly fileTexts: FileTexts,
    private readonly excludedPaths: ReadonlySet<string> = new Set(),
    private readonly excludedArticles: ReadonlySet<string> = new Set(),
  ) {
    this.loaded = loadedGeneration(generation, mentionIndex);
    this.passages = this.loaded.passages;
    const leavesOut = excludedPaths.size > 0 || excludedArticles.size > 0;
    // Every article left out by id, so that each fact's source is one lookup.
    const leftOutIds = new Set(excludedArticles);
    if (excludedPaths.size > 0) for (const article of generation.articles) if (excludedPaths.has(article.path)) leftOutIds.add(article.id);
    this.facts = leavesOut ? withoutArticles(this.loaded.facts, leftOutIds, (this.loaded.factsByArticle ??= factsByArticle(this.loaded.facts))) : this.loaded.facts;
    this.excluded = leavesOut ? Uint8Array.from(generation.index.articles, (article) => (leftOutIds.has(article.id) ? 1 : 0)) : undefined;
    this.articleCount = this.excluded ? this.excluded.reduce((kept, out) => kept + 1 - out, 0) : generation.articles.length;
    this.evidence = { passages: { search: (text, options) => this.passages.search(text, { ...options, excludedArticles: this.excluded }) }, textOf: this.textOf, facts: this.facts };
  }

  /** The same generation without the articles of these files, and these articles (by id). */
  excluding(paths: ReadonlySet<string>, articleIds: ReadonlySet<string> = new Set()): CorpusView {
    return new CorpusView(this.generation, this.mentionIndex, this.fileTexts, new Set([...this.excludedPaths, ...paths]), new Set([...this.excludedArticles, ...articleIds]));
  }

  get kbKey(): string {
    return this.generation.kbKey;
  }

  get files(): readonly GenerationFile[] {
    return this.excludedPaths.size > 0 ? this.generation.files.filter((file) => !this.excludedPaths.has(file.path)) : this.generation.files;
  }

  get problems(): readonly CorpusProblem[] {
    return this.excludedPaths.size > 0 ? this.generation.problems.filter((problem) => !this.excludedPaths.has(problem.path)) : this.generation.problems;
  }

  get passageCount(): number {
    return this.passages.passageCount;
  }

  get duplicateCount(): number {
    return this.excludedPaths.size > 0 ? this.generation.duplicates.filter((copy) => !this.excludedPaths.has(copy.path)).length : this.generation.duplicates.length;
  }

  article(id: string): StoredArticle | undefined {
    const article = this.loaded.byId.get(id);
    return article && !this.leftOut(article.path, article.id) ? article : undefined;
  }

  /**
   * The articles of this view by what makes copies of one another (outlet and text): the
   * layer of changed files finds its copies of articles already in the corpus with it.
   */
  articleIdsByCopyKey(): ReadonlyMap<string, string> {
    return (this.loaded.byCopyKey ??= new Map(this.generation.articles.map((article) => [copyKeyOf(article), article.id])));
  }

  /**
   * Builds what laying changed files over this generation needs (where each article's facts
   * are, articles by copy key), so that the first change after loading shows as fast as the
   * next: called in idle time after a generation is loaded.
   */
  prepareForLayers(): void {
    this.loaded.factsByArticle ??= factsByArticle(this.loaded.facts);
    this.articleIdsByCopyKey();
  }

  private leftOut(path: string, articleId: string): boolean {
    return this.excludedPaths.has(path) || this.excludedArticles.has(articleId);
  }

  /** A range of a corpus file's readable text (files are cached a few at a time). */
  readonly textOf = (path: string, start: number, end: number): string | undefined => this.fileTexts.text(path, start, end);

  /** The corpus passages that best match a text; below the index's relevance floor, none. */
  search(text: string, options: Omit<SearchOptions, 'textOf'> = {}): PassageMatch[] {
    return this.passages.search(text, { ...options, textOf: this.textOf, excludedArticles: this.excluded });
  }

  /** The articles mentioning an entity: how many, and the newest few (for the entity card). */
  articlesMentioning(entityId: string): CorpusArticles {
    let cached = this.cardArticles.get(entityId);
    if (!cached) {
      const paragraphs = this.paragraphsOf(entityId);
      // A flag per article, not a Set: a country's postings run to six figures.
      const seen = new Uint8Array(this.generation.index.articles.length);
      let total = 0;
      const latest: ArticleMention[] = [];
      for (const passage of paragraphs) {
        const article = this.generation.index.passageArticle[passage]!;
        if (seen[article]) continue;
        seen[article] = 1;
        total++;
        if (latest.length < CARD_ARTICLES) latest.push(this.mentionIn(passage, entityId));
      }
      cached = { total, latest };
      this.cardArticles.set(entityId, cached);
    }
    return cached;
  }

  /** Every article mentioning an entity (up to a bound), newest first, each at its first mention. */
  articlesForDossier(entityId: string): ArticleMention[] {
    const seen = new Set<number>();
    const articles: ArticleMention[] = [];
    for (const passage of this.paragraphsOf(entityId)) {
      const article = this.generation.index.passageArticle[passage]!;
      if (seen.has(article)) continue;
      seen.add(article);
      articles.push(this.mentionIn(passage, entityId));
      if (articles.length >= DOSSIER_ARTICLES) break;
    }
    return articles;
  }

  /**
   * A page of the places the corpus mentions an entity, newest article first, each at the
   * exact range of the mention (found again in the paragraph's text, read from its file).
   */
  references(entityId: string, page: { offset?: number; limit?: number } = {}): ReferencePage {
    const paragraphs = this.paragraphsOf(entityId);
    const offset = page.offset ?? 0;
    const end = Math.min(paragraphs.length, offset + (page.limit ?? 200));
    const mentions: ArticleMention[] = [];
    for (let k = offset; k < end; k++) mentions.push(...this.mentionsIn(paragraphs[k]!, entityId));
    return { total: paragraphs.length, mentions };
  }

  /**
   * The paragraphs mentioning an entity: its postings, which the merged index keeps newest
   * article first (without those of files left out).
   */
  private paragraphsOf(entityId: string): Int32Array {
    const index = this.generation.index;
    const term = this.passages.termId(entityTerm(entityId));
    if (term === undefined) return new Int32Array(0);
    const postings = index.postingPassages.subarray(index.postingOffsets[term]!, index.postingOffsets[term + 1]!);
    const excluded = this.excluded;
    return excluded ? postings.filter((passage) => excluded[index.passageArticle[passage]!] === 0) : postings;
  }

  private mentionIn(passage: number, entityId: string): ArticleMention {
    return this.mentionsIn(passage, entityId)[0] ?? this.paragraphRef(passage);
  }

  private mentionsIn(passage: number, entityId: string): ArticleMention[] {
    const ref = this.paragraphRef(passage);
    const text = this.textOf(ref.path, ref.start, ref.end);
    if (text === undefined) return [ref];
    const found = findMentions(text, this.mentionIndex)
      .filter((m) => m.known?.id === entityId)
      .map((m) => ({ ...ref, start: ref.start + m.start, end: ref.start + m.end }));
    return found.length > 0 ? found : [ref];
  }

  private paragraphRef(passage: number): ArticleMention {
    const index = this.generation.index;
    const article = index.articles[index.passageArticle[passage]!]!;
    return { article, path: article.path, start: index.passageStart[passage]!, end: index.passageEnd[passage]! };
  }
}
