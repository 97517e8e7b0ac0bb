import type { GenerationFile } from '../corpus/corpusGeneration.js';
import { copyKeyOf, type StoredArticle } from '../corpus/fileRecord.js';
import type { LoadedGeneration } from '../corpus/loadedGeneration.js';
import { recordHolding, type RecordSpans } from '../corpus/recordSpans.js';
import type { CorpusEvidence } from '../core/checks/quoteMismatch.js';
import type { ArticleMention, CorpusArticles } from '../core/entityCard.js';
import type { FactLookup } from '../core/facts/factLookup.js';
import type { CorpusEvent, TitleSighting } from '../core/facts/types.js';
import { eventsWithoutArticles } from '../core/facts/layeredFacts.js';
import { findMentions } from '../core/mentions/findMentions.js';
import type { MentionIndex } from '../core/mentions/mentionIndex.js';
import { PassageIndex, type PassageMatch, type SearchOptions } from '../core/passages/passageIndex.js';
import { entityTerm } from '../core/passages/terms.js';
import type { CorpusProblem } from '../corpus/types.js';
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
  readonly facts: FactLookup;
  /** The ids of the entities it has titles or events of, sorted. */
  readonly factEntities: readonly string[];
  /** What the corpus checks read; one object per reader, so their caches last as long as it. */
  readonly evidence: CorpusEvidence;
  article(id: string): StoredArticle | undefined;
  textOf(path: string, start: number, end: number): string | undefined;
  locationOf(path: string, start: number, end: number): Range | undefined;
  search(text: string, options?: Omit<SearchOptions, 'textOf'>): PassageMatch[];
  articlesMentioning(entityId: string): CorpusArticles;
  articlesForDossier(entityId: string): ArticleMention[];
  references(entityId: string, page?: { offset?: number; limit?: number }): ReferencePage;
}

/**
 * One committed corpus generation as the product reads it. Immutable; article text is read
 * from the corpus files when a passage is shown, and an entity's facts from the store when
 * first asked for (the last few entities' are kept), never held for the whole corpus.
 *
 * A view may leave out the articles of some files (`excludedPaths`): those changed since the
 * generation was merged, which a layer over it answers for; a layer leaves out its articles
 * that copy one of the base (by id). Their paragraphs are skipped by search and references,
 * and their reports and title sightings are taken out of each entity's facts as it is read.
 */
export class CorpusView implements CorpusReader {
  readonly passages: PassageIndex;
  readonly facts: FactLookup;
  readonly evidence: CorpusEvidence;
  readonly articleCount: number;
  private readonly cardArticles = new Map<string, CorpusArticles>();
  /** Where the records of each JSON Lines file are. */
  private readonly recordSpans: Map<string, RecordSpans>;
  /** Per article of the index (newest first): 1 when it is left out. Absent when none is. */
  private readonly excluded: Uint8Array | undefined;
  /** The ids of the articles this view leaves out (those of the files left out, and those named). */
  readonly leftOutIds: ReadonlySet<string>;
  constructor(
    readonly generation: LoadedGeneration,
    private readonly mentionIndex: MentionIndex,
    private readonly fileTexts: FileTexts,
    private readonly excludedPaths: ReadonlySet<string> = new Set(),
    private readonly excludedArticles: ReadonlySet<string> = new Set(),
    shared?: { passages: PassageIndex; facts: FactLookup; copyKeys: CopyKeys },
  ) {
    this.passages = shared?.passages ?? new PassageIndex(generation.index, mentionIndex);
    this.recordSpans = new Map(
      generation.files.flatMap((file) => (file.recordSpans ? [[file.path, file.recordSpans] as const] : [])),
    );
    const facts = shared?.facts ?? rememberedFacts(generation);
    this.sharedParts = { passages: this.passages, facts, copyKeys: shared?.copyKeys ?? new CopyKeys(generation) };
    const leftOut =
      excludedPaths.size > 0 || excludedArticles.size > 0
        ? leftOutArticles(generation, excludedPaths, excludedArticles)
        : undefined;
    this.excluded = leftOut?.flags;
    this.leftOutIds = leftOut?.ids ?? new Set();
    this.facts = leftOut ? factsWithout(facts, leftOut.ids) : facts;
    this.articleCount = leftOut ? generation.articles.length - leftOut.ids.size : generation.articles.length;
    this.evidence = {
      passages: {
        search: (text, options) => this.passages.search(text, { ...options, excludedArticles: this.excluded }),
      },
      textOf: this.textOf,
      facts: this.facts,
    };
  }

  /** What views of this generation share: the index, the facts read so far, the copy keys. */
  private readonly sharedParts: { passages: PassageIndex; facts: FactLookup; copyKeys: CopyKeys };

  /** The same generation without the articles of these files, and these articles (by id). */
  excluding(paths: ReadonlySet<string>, articleIds: ReadonlySet<string> = new Set()): CorpusView {
    return new CorpusView(
      this.generation,
      this.mentionIndex,
      this.fileTexts,
      new Set([...this.excludedPaths, ...paths]),
      new Set([...this.excludedArticles, ...articleIds]),
      this.sharedParts,
    );
  }

  get kbKey(): string {
    return this.generation.kbKey;
  }

  get files(): readonly GenerationFile[] {
    return this.excludedPaths.size > 0
      ? this.generation.files.filter((file) => !this.excludedPaths.has(file.path))
      : this.generation.files;
  }

  get problems(): readonly CorpusProblem[] {
    return this.excludedPaths.size > 0
      ? this.generation.problems.filter((problem) => !this.excludedPaths.has(problem.path))
      : this.generation.problems;
  }

  get factEntities(): readonly string[] {
    return this.generation.factEntities;
  }

  get passageCount(): number {
    return this.passages.passageCount;
  }

  get duplicateCount(): number {
    return this.excludedPaths.size > 0
      ? this.generation.duplicates.filter((copy) => !this.excludedPaths.has(copy.path)).length
      : this.generation.duplicates.length;
  }

  /**
   * The articles of this generation by what makes copies of one another (outlet and text): the
   * layer of changed files finds its copies of articles already in the corpus with it.
   */
  articleIdsByCopyKey(): ReadonlyMap<string, string> {
    return this.sharedParts.copyKeys.all();
  }

  /**
   * Builds what laying changed files over this generation needs (articles by copy key), so
   * that the first change after loading shows as fast as the next: called in idle time after
   * a generation is loaded. It goes a slice of articles per turn of the event loop, so a
   * keystroke or a hover waits for one slice, not for the whole corpus; it stops when
   * `wanted` turns false, and a change that needs the table first completes it then.
   */
  async prepareForLayers(wanted: () => boolean = () => true, articlesPerTurn = COPY_KEYS_PER_TURN): Promise<void> {
    const copyKeys = this.sharedParts.copyKeys;
    while (wanted() && !copyKeys.step(articlesPerTurn)) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  article(id: string): StoredArticle | undefined {
    const article = this.generation.articles.byId(id);
    return article && !this.leftOut(article.path, article.id) ? article : undefined;
  }

  private leftOut(path: string, articleId: string): boolean {
    return this.excludedPaths.has(path) || this.excludedArticles.has(articleId);
  }

  /**
   * A range of a corpus file's readable text: from its record's line alone when the range lies
   * in one record of a JSON Lines file, else from the file (files are cached a few at a time).
   */
  readonly textOf = (path: string, start: number, end: number): string | undefined => {
    const spans = this.recordSpans.get(path);
    const record = spans && recordHolding(spans, start, end);
    return record === undefined
      ? this.fileTexts.text(path, start, end)
      : this.fileTexts.recordText(path, spans!, record, start, end);
  };

  /** Where a range of a corpus file's readable text is in the file; from its record's line alone, like `textOf`. */
  readonly locationOf = (path: string, start: number, end: number): Range | undefined => {
    const spans = this.recordSpans.get(path);
    const record = spans && recordHolding(spans, start, end);
    return record === undefined
      ? this.fileTexts.location(path, start, end)
      : this.fileTexts.recordLocation(path, spans!, record, start, end);
  };

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
   * article first (without those of articles left out).
   */
  private paragraphsOf(entityId: string): Int32Array {
    const index = this.generation.index;
    const term = this.passages.termId(entityTerm(entityId));
    if (term === undefined) return new Int32Array(0);
    const postings = index.postingPassages.subarray(index.postingOffsets[term], index.postingOffsets[term + 1]);
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
    let found = findMentions(text, this.mentionIndex).filter((m) => m.known?.id === entityId);
    // The index files a paragraph under the people its article names, a short form ("President
    // Thongloun") included once the article has given the full name: read with the article's
    // headline and paragraphs before it, as the article was indexed, the short form is found.
    let offset = 0;
    if (found.length === 0) {
      const before = this.articleTextBefore(passage, ref);
      if (before) {
        offset = before.length;
        found = findMentions(before + text, this.mentionIndex).filter(
          (m) => m.known?.id === entityId && m.start >= offset,
        );
      }
    }
    const mentions = found.map((m) => ({
      ...ref,
      start: ref.start + m.start - offset,
      end: ref.start + m.end - offset,
    }));
    return mentions.length > 0 ? mentions : [ref];
  }

  /** The headline and the paragraphs of a paragraph's article before it, each followed by a blank line. */
  private articleTextBefore(passage: number, ref: ArticleMention): string | undefined {
    const index = this.generation.index;
    const article = index.passageArticle[passage]!;
    let first = passage;
    while (first > 0 && index.passageArticle[first - 1] === article) first--;
    let before = ref.article.title ? `${ref.article.title}\n\n` : '';
    for (let earlier = first; earlier < passage; earlier++) {
      const text = this.textOf(ref.path, index.passageStart[earlier]!, index.passageEnd[earlier]!);
      if (text === undefined) return undefined;
      before += `${text}\n\n`;
    }
    return before || undefined;
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
function recentlyRead<T>(
  capacity: number,
  read: (id: string) => T[],
): { get(id: string): T[] | undefined; kept(id: string): T[] | undefined } {
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

/** An entity's facts read from a generation's store, the most recently used kept. */
function rememberedFacts(generation: LoadedGeneration): FactLookup {
  const events = recentlyRead(REMEMBERED_EVENTS, (id) => generation.readEvents(id));
  return {
    titlesByEntity: recentlyRead(REMEMBERED_TITLES, (id) => generation.readTitles(id)),
    eventsByEntity: events,
    // The whole list when it was read already; else only the part around those days.
    eventsBetween: (id, from, to) => events.kept(id) ?? generation.readEvents(id, { from, to }),
  };
}

/**
 * The articles left out of a view: a flag per article of the index, and their ids (so that
 * each fact's source is one lookup). A table kept in columns finds the files' articles in its
 * path column, decoding only those: the view is made while a changed file waits to be shown.
 * Otherwise (articles named by id, or a table held in memory) every article's path and id is
 * read once: a view leaving files out is made when a few files change, not per request.
 */
function leftOutArticles(
  generation: LoadedGeneration,
  paths: ReadonlySet<string>,
  articleIds: ReadonlySet<string>,
): { flags: Uint8Array; ids: Set<string> } {
  const articles = generation.index.articles;
  const flags = new Uint8Array(articles.length);
  const ids = new Set<string>();
  const inFiles = articleIds.size === 0 ? generation.articles.indexNumbersInFiles?.(paths) : undefined;
  if (inFiles) {
    for (const n of inFiles) {
      flags[n] = 1;
      ids.add(articles.at(n).id);
    }
    return { flags, ids };
  }
  for (let n = 0; n < articles.length; n++) {
    const article = articles.at(n);
    if (paths.has(article.path) || articleIds.has(article.id)) {
      flags[n] = 1;
      ids.add(article.id);
    }
  }
  return { flags, ids };
}

/** Facts without the title sightings and reports of some articles; an event left with no report is gone. */
function factsWithout(facts: FactLookup, articleIds: ReadonlySet<string>): FactLookup {
  // Each entity's lists are filtered once for this view: a card and the checks ask again and again.
  const titlesKept = new Map<string, TitleSighting[] | undefined>();
  const eventsKept = new Map<string, CorpusEvent[] | undefined>();
  const titles = (id: string) => {
    if (!titlesKept.has(id)) {
      const kept = facts.titlesByEntity.get(id)?.filter((sighting) => !articleIds.has(sighting.source.articleId));
      titlesKept.set(id, kept && kept.length > 0 ? kept : undefined);
    }
    return titlesKept.get(id);
  };
  const events = (list: CorpusEvent[] | undefined) => {
    const kept = list && eventsWithoutArticles(list, articleIds);
    return kept && kept.length > 0 ? kept : undefined;
  };
  return {
    titlesByEntity: { get: titles },
    eventsByEntity: {
      get: (id) => {
        if (!eventsKept.has(id)) eventsKept.set(id, events(facts.eventsByEntity.get(id)));
        return eventsKept.get(id);
      },
    },
    eventsBetween: (id, from, to) =>
      events(facts.eventsBetween ? facts.eventsBetween(id, from, to) : facts.eventsByEntity.get(id)) ?? [],
  };
}

/** Articles added to the copy-key table per turn of the event loop when it is built in idle time (a few milliseconds' work). */
const COPY_KEYS_PER_TURN = 1000;

/** A generation's articles by copy key (outlet and text) → article id, built whole when asked for or a slice at a time. */
class CopyKeys {
  private readonly byKey = new Map<string, string>();
  private next = 0;

  constructor(private readonly generation: LoadedGeneration) {}

  /** Adds up to `count` more articles, in the generation's order; whether every article is in. */
  step(count: number): boolean {
    const { articles } = this.generation;
    const end = Math.min(articles.length, this.next + count);
    for (; this.next < end; this.next++) {
      const article = articles.at(this.next);
      this.byKey.set(copyKeyOf(article), article.id);
    }
    return this.next >= articles.length;
  }

  all(): Map<string, string> {
    this.step(Number.POSITIVE_INFINITY);
    return this.byKey;
  }
}
