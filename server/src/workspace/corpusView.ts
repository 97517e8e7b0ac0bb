import type { StoredArticle } from '../corpus/fileRecord.js';
import type { LoadedGeneration } from '../corpus/loadedGeneration.js';
import { recordHolding, type RecordSpans } from '../corpus/recordSpans.js';
import type { CorpusEvidence } from '../core/checks/quoteMismatch.js';
import type { ArticleMention, CorpusArticles } from '../core/entityCard.js';
import type { FactLookup } from '../core/facts/factLookup.js';
import { findMentions } from '../core/mentions/findMentions.js';
import type { MentionIndex } from '../core/mentions/mentionIndex.js';
import { PassageIndex, type PassageMatch, type SearchOptions } from '../core/passages/passageIndex.js';
import { entityTerm } from '../core/passages/terms.js';
import type { Range } from '../core/text/lineIndex.js';
import type { FileTexts } from './fileTexts.js';

/** How many of the newest articles the entity card lists. */
const CARD_ARTICLES = 5;
/** How many articles the dossier lists at most: every one in a corpus of ordinary size. */
const DOSSIER_ARTICLES = 1000;
/**
 * How many title sightings, and how many events, are kept once read from the store (whole
 * entities' lists, the most recently used): those of the people of the drafts and cards in use,
 * some tens of MB at most. Facts beyond are read again when they are needed.
 */
const REMEMBERED_TITLES = 40_000;
const REMEMBERED_EVENTS = 20_000;

/** A page of the places the corpus mentions an entity, newest article first. */
export interface ReferencePage {
  /** Paragraphs mentioning the entity in the whole corpus. */
  total: number;
  mentions: ArticleMention[];
}

/**
 * One committed corpus generation as the product reads it: passage search, the facts, the
 * articles and paragraphs mentioning an entity. Immutable; article text is read from the
 * corpus files when a passage is shown, and an entity's facts from the store when first asked
 * for (the last few entities' are kept), never held for the whole corpus.
 */
export class CorpusView {
  readonly passages: PassageIndex;
  readonly facts: FactLookup;
  /** What the corpus checks read; one object per generation, so their caches last as long as it. */
  readonly evidence: CorpusEvidence;
  private readonly cardArticles = new Map<string, CorpusArticles>();
  /** Where the records of each JSON Lines file are. */
  private readonly recordSpans: Map<string, RecordSpans>;

  constructor(
    readonly generation: LoadedGeneration,
    private readonly mentionIndex: MentionIndex,
    private readonly files: FileTexts,
  ) {
    this.passages = new PassageIndex(generation.index, mentionIndex);
    this.recordSpans = new Map(generation.files.flatMap((file) => (file.recordSpans ? [[file.path, file.recordSpans] as const] : [])));
    const events = recentlyRead(REMEMBERED_EVENTS, (id) => generation.readEvents(id));
    this.facts = {
      titlesByEntity: recentlyRead(REMEMBERED_TITLES, (id) => generation.readTitles(id)),
      eventsByEntity: events,
      // The whole list when it was read already; else only the part around those days.
      eventsBetween: (id, from, to) => events.kept(id) ?? generation.readEvents(id, { from, to }),
    };
    this.evidence = { passages: this.passages, textOf: this.textOf, facts: this.facts };
  }

  get articleCount(): number {
    return this.generation.articles.length;
  }

  get fileCount(): number {
    return this.generation.files.length;
  }

  article(id: string): StoredArticle | undefined {
    return this.generation.articles.byId(id);
  }

  /**
   * A range of a corpus file's readable text: from its record's line alone when the range lies
   * in one record of a JSON Lines file, else from the file (files are cached a few at a time).
   */
  readonly textOf = (path: string, start: number, end: number): string | undefined => {
    const spans = this.recordSpans.get(path);
    const record = spans && recordHolding(spans, start, end);
    return record === undefined ? this.files.text(path, start, end) : this.files.recordText(path, spans!, record, start, end);
  };

  /** Where a range of a corpus file's readable text is in the file; from its record's line alone, like `textOf`. */
  readonly locationOf = (path: string, start: number, end: number): Range | undefined => {
    const spans = this.recordSpans.get(path);
    const record = spans && recordHolding(spans, start, end);
    return record === undefined ? this.files.location(path, start, end) : this.files.recordLocation(path, spans!, record, start, end);
  };

  /** The corpus passages that best match a text; below the index's relevance floor, none. */
  search(text: string, options: Omit<SearchOptions, 'textOf'> = {}): PassageMatch[] {
    return this.passages.search(text, { ...options, textOf: this.textOf });
  }

  /** The articles mentioning an entity: how many, and the newest few (for the entity card). */
  articlesMentioning(entityId: string): CorpusArticles {
    let cached = this.cardArticles.get(entityId);
    if (!cached) {
      const paragraphs = this.paragraphsOf(entityId);
      const seen = new Set<number>();
      const latest: ArticleMention[] = [];
      for (const passage of paragraphs) {
        const article = this.generation.index.passageArticle[passage]!;
        if (seen.has(article)) continue;
        seen.add(article);
        if (latest.length < CARD_ARTICLES) latest.push(this.mentionIn(passage, entityId));
      }
      cached = { total: seen.size, latest };
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

  /** The paragraphs mentioning an entity: its postings, which the merged index keeps newest article first. */
  private paragraphsOf(entityId: string): Int32Array {
    const index = this.generation.index;
    const term = this.passages.termId(entityTerm(entityId));
    return term === undefined ? new Int32Array(0) : index.postingPassages.subarray(index.postingOffsets[term]!, index.postingOffsets[term + 1]!);
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
    const article = index.articles.at(index.passageArticle[passage]!);
    return { article, path: article.path, start: index.passageStart[passage]!, end: index.passageEnd[passage]! };
  }
}

/**
 * A lookup that reads an entity's list on first use and keeps the lists read last, up to
 * `capacity` items in all (least recently used goes first; the last list read is kept whatever
 * its length); the entities with nothing are remembered apart, so that asking about them does
 * not push out the others. An entity with nothing reads as undefined, like a map.
 */
function recentlyRead<T>(capacity: number, read: (id: string) => T[]): { get(id: string): T[] | undefined; kept(id: string): T[] | undefined } {
  const kept = new Map<string, T[]>();
  const none = new Set<string>();
  let items = 0;
  return {
    /** The list if it is kept (an entity known to have none: empty), without reading it. */
    kept: (id) => (none.has(id) ? [] : kept.get(id)),
    get(id: string): T[] | undefined {
      if (none.has(id)) return undefined;
      let list = kept.get(id);
      if (list) kept.delete(id);
      else {
        list = read(id);
        items += list.length;
      }
      if (list.length === 0) {
        if (none.size >= 4096) none.clear();
        none.add(id);
        return undefined;
      }
      kept.set(id, list);
      for (const [oldest, dropped] of kept) {
        if (items <= capacity || oldest === id) break;
        kept.delete(oldest);
        items -= dropped.length;
      }
      return list;
    },
  };
}
