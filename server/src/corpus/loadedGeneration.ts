/**
 * A committed corpus generation as a store gives it back for reading. What every request needs
 * is there at once — the summary (files, copies, problems), the passage index and the article
 * table — while an entity's facts and the stories are read when asked for, so that a reader
 * holds what it uses rather than the whole corpus. The embedded store reads them from its files
 * (store/generationFiles.ts); {@link loadedGeneration} serves a generation held in memory (the
 * memory store, or a generation merged a moment ago).
 */
import { combineFacts, indexByEntity } from '../core/facts/extractFacts.js';
import type { CorpusEvent, TitleSighting } from '../core/facts/types.js';
import type { PassageIndexData } from '../core/passages/passageIndex.js';
import type { CorpusGeneration, GenerationFile } from './corpusGeneration.js';
import type { StoredArticle } from './fileRecord.js';
import type { CorpusProblem, Story } from './types.js';

/** The distinct articles of a generation, each decoded when asked for. */
export interface ArticleTable extends Iterable<StoredArticle> {
  readonly length: number;
  /** The n-th article in the generation's order: by corpus file path, then as in the file. */
  at(n: number): StoredArticle;
  byId(id: string): StoredArticle | undefined;
  /**
   * The numbers the passage index gives the articles of these files, found without decoding
   * every article (a table kept in columns reads its path column alone). Optional: a view
   * otherwise reads each article's path.
   */
  indexNumbersInFiles?(paths: ReadonlySet<string>): number[];
}

/**
 * Corpus files' text as a store keeps it, for readers that do not have the corpus files (a
 * shared archive's editors and CI jobs). Synchronous, as the checks read passages in the middle
 * of an analysis; undefined for a file the store has no text of (as this generation read it).
 */
export interface StoredFileTexts {
  /** The whole text of a file, without a byte-order mark, as `readUtf8` reads it from disk. */
  text(path: string): string | undefined;
  /** The text of a range of a file's bytes (counted after a byte-order mark), as `readUtf8Range` reads it. */
  bytes(path: string, start: number, end: number): string | undefined;
}

export interface LoadedGeneration {
  readonly version: number;
  /** The knowledge base the records were derived with. */
  readonly kbKey: string;
  readonly files: GenerationFile[];
  /** Copies left out: the same text from the same outlet in another place. */
  readonly duplicates: CorpusGeneration['duplicates'];
  readonly problems: CorpusProblem[];
  /** The passage index; its articles are the table's, numbered newest first. */
  readonly index: PassageIndexData;
  readonly articles: ArticleTable;
  /** The ids of the entities the corpus has titles or events of, sorted. */
  readonly factEntities: readonly string[];
  /**
   * A person's title sightings, oldest first (undated last), read from the store at each call
   * (the corpus view keeps the recent ones). Synchronous, because the checks ask for facts in
   * the middle of an analysis, for entities known only then; a store kept on another machine
   * would keep a local copy of the facts. Empty when there are none, and when the part holding
   * them turns out damaged, which is reported to the `onDamaged` listeners.
   */
  readTitles(entityId: string): TitleSighting[];
  /**
   * The events an entity takes part in or is signed in, in date order; read like `readTitles`.
   * With `days`, at least those dated within them (as `FactLookup.eventsBetween` says), in the
   * same order: a store may read only the part of a long list that holds them.
   */
  readEvents(entityId: string, days?: { from: string; to: string }): CorpusEvent[];
  /**
   * The text of its corpus files, when the store keeps it (a shared archive); absent when the
   * files are read from disk.
   */
  readonly storedTexts?: StoredFileTexts;
  /** The stories, read at each call: nothing the product shows needs them. Empty when damaged. */
  readStories(): Story[];
  /**
   * Calls `listener` once if a part read on first use is found damaged: what it held read as
   * missing, and the generation must be merged again.
   */
  onDamaged(listener: () => void): void;
}

/** The facts of a generation grouped per entity, as a view reads them. */
export interface FactsByEntity {
  titles: Map<string, TitleSighting[]>;
  events: Map<string, CorpusEvent[]>;
  /** Every key of either map, sorted. */
  entities: string[];
}

/**
 * Groups a generation's facts per entity: title sightings per person, oldest first, and events
 * per participant or document, in date order. Both stores keep facts this way, so a reader
 * asking for one entity gets exactly what grouping the whole corpus would give it.
 */
export function factsByEntity(generation: Pick<CorpusGeneration, 'titles' | 'events'>): FactsByEntity {
  const titles = new Map(combineFacts(generation.titles, []).titlesByEntity);
  const events = indexByEntity(generation.events);
  const entities = [...new Set([...titles.keys(), ...events.keys()])].sort();
  return { titles, events, entities };
}

/** A generation held in memory, read through the same interface as a stored one. */
export function loadedGeneration(generation: CorpusGeneration): LoadedGeneration {
  let facts: FactsByEntity | undefined;
  const grouped = () => (facts ??= factsByEntity(generation));
  return {
    version: generation.version,
    kbKey: generation.kbKey,
    files: generation.files,
    duplicates: generation.duplicates,
    problems: generation.problems,
    index: generation.index,
    articles: articleArray(generation.articles),
    get factEntities() {
      return grouped().entities;
    },
    readTitles: (entityId) => grouped().titles.get(entityId) ?? [],
    readEvents: (entityId) => grouped().events.get(entityId) ?? [],
    readStories: () => generation.stories,
    onDamaged: () => undefined,
  };
}

/** Articles held in an array, looked up by id through a map made on first use. */
function articleArray(articles: readonly StoredArticle[]): ArticleTable {
  let byId: Map<string, StoredArticle> | undefined;
  return {
    length: articles.length,
    at: (n) => articles[n]!,
    byId: (id) => (byId ??= new Map(articles.map((article) => [article.id, article]))).get(id),
    [Symbol.iterator]: () => articles[Symbol.iterator](),
  };
}
