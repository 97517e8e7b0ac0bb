import type { GenerationFile } from '../corpus/corpusGeneration.js';
import { copyKeyOf, type StoredArticle } from '../corpus/fileRecord.js';
import type { CorpusProblem } from '../corpus/types.js';
import type { CorpusEvidence } from '../core/checks/quoteMismatch.js';
import type { ArticleMention, CorpusArticles } from '../core/entityCard.js';
import { layerFacts } from '../core/facts/layeredFacts.js';
import type { FactLookup } from '../core/facts/factLookup.js';
import type { Range } from '../core/text/lineIndex.js';
import { queryLanguage, rescored, type PassageMatch, type SearchOptions } from '../core/passages/passageIndex.js';
import type { CorpusReader, CorpusView, ReferencePage } from './corpusView.js';

/** How many of the newest articles the entity card lists (as a single view does). */
const CARD_ARTICLES = 5;

/**
 * The corpus while a few changed files wait for the next full merge: the committed generation
 * without those files (`base`, a view that leaves them out), and a small generation merged
 * from their new records alone (`layer`). Every answer combines the two, so a changed file
 * shows within a second, not after the merge of the whole corpus. The full merge, running
 * meanwhile in a worker, then replaces this with one generation.
 *
 * Two things are approximate until then: search scores the layer's paragraphs with the
 * layer's own term statistics (a handful of files, so its matches rank by their coverage and
 * alignment as much as by BM25), and the layer's articles form stories among themselves.
 * Duplicates are found across the two: an article of the layer whose text the same outlet
 * already published in the base is a copy, not a new source.
 */
export class LayeredCorpusView implements CorpusReader {
  readonly facts: FactLookup;
  readonly evidence: CorpusEvidence;
  /** The layer without its articles that copy an article of the base. */
  readonly layer: CorpusView;
  /** How many of the layer's articles copy one of the base. */
  private readonly copies: number;
  /** The files the layer was read from: their text and records are the layer's, not the base's. */
  private readonly layerPaths: ReadonlySet<string>;

  constructor(
    readonly base: CorpusView,
    layer: CorpusView,
  ) {
    const originals = base.articleIdsByCopyKey();
    const copies = new Set<string>();
    for (const article of layer.generation.articles) {
      const original = originals.get(copyKeyOf(article));
      if (original !== undefined && base.article(original) !== undefined) copies.add(article.id);
    }
    this.layerPaths = new Set(layer.generation.files.map((file) => file.path));
    this.copies = copies.size;
    this.layer = copies.size > 0 ? layer.excluding(new Set(), copies) : layer;
    this.facts = layerFacts(base.facts, this.layer.facts);
    this.evidence = {
      passages: { search: (text, options) => this.searchWith(text, options) },
      textOf: this.textOf,
      facts: this.facts,
    };
  }

  get kbKey(): string {
    return this.base.kbKey;
  }

  get files(): readonly GenerationFile[] {
    return [...this.base.files, ...this.layer.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  get problems(): readonly CorpusProblem[] {
    return [...this.base.problems, ...this.layer.problems];
  }

  get articleCount(): number {
    return this.base.articleCount + this.layer.articleCount;
  }

  get factEntities(): readonly string[] {
    return [...new Set([...this.base.factEntities, ...this.layer.factEntities])].sort();
  }

  get passageCount(): number {
    return this.base.passageCount + this.layer.passageCount;
  }

  get duplicateCount(): number {
    return this.base.duplicateCount + this.layer.duplicateCount + this.copies;
  }

  article(id: string): StoredArticle | undefined {
    return this.layer.article(id) ?? this.base.article(id);
  }

  readonly textOf = (path: string, start: number, end: number): string | undefined =>
    (this.layerPaths.has(path) ? this.layer : this.base).textOf(path, start, end);

  readonly locationOf = (path: string, start: number, end: number): Range | undefined =>
    (this.layerPaths.has(path) ? this.layer : this.base).locationOf(path, start, end);

  search(text: string, options: Omit<SearchOptions, 'textOf'> = {}): PassageMatch[] {
    return this.searchWith(text, { ...options, textOf: this.textOf });
  }

  articlesMentioning(entityId: string): CorpusArticles {
    const base = this.base.articlesMentioning(entityId);
    const layer = this.layer.articlesForDossier(entityId);
    return { total: base.total + layer.length, latest: newestFirst(base.latest, layer).slice(0, CARD_ARTICLES) };
  }

  articlesForDossier(entityId: string): ArticleMention[] {
    return newestFirst(this.base.articlesForDossier(entityId), this.layer.articlesForDossier(entityId));
  }

  references(entityId: string, page: { offset?: number; limit?: number } = {}): ReferencePage {
    const offset = page.offset ?? 0;
    const limit = page.limit ?? 200;
    const layer = this.layer.references(entityId, { limit: Number.MAX_SAFE_INTEGER });
    // The first offset + limit paragraphs of the base and all the layer's, merged by date, hold the page.
    const base = this.base.references(entityId, { offset: 0, limit: offset + limit });
    const merged = newestFirst(base.mentions, layer.mentions);
    return { total: base.total + layer.total, mentions: merged.slice(offset, offset + limit) };
  }

  private searchWith(text: string, options: SearchOptions): PassageMatch[] {
    const limit = options.limit ?? 10;
    const found = [
      ...this.base.evidence.passages.search(text, options),
      ...this.layer.evidence.passages.search(text, options),
    ];
    // Each side scored its BM25 against its own best candidate: score both against the better one.
    const best = found.reduce((most, match) => Math.max(most, match.bm25), 0);
    const language = queryLanguage(text);
    return found
      .map((match) => rescored(match, best, language))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}

/** Two lists each newest first (undated last), merged the same way; ties keep the first list's first. */
function newestFirst(first: readonly ArticleMention[], second: readonly ArticleMention[]): ArticleMention[] {
  const merged: ArticleMention[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && !newer(second[j]!, first[i]!))) merged.push(first[i++]!);
    else merged.push(second[j++]!);
  }
  return merged;
}

/** Whether a's article is strictly newer than b's; an undated article is older than any dated one. */
function newer(a: ArticleMention, b: ArticleMention): boolean {
  const dateA = a.article.date ?? '';
  const dateB = b.article.date ?? '';
  if (dateA === dateB) return false;
  if (dateA === '') return false;
  if (dateB === '') return true;
  return dateA > dateB;
}
