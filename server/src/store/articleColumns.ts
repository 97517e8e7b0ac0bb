/**
 * The distinct articles of a generation as the embedded store keeps them: one table in the
 * passage index's order (newest first), column by column — the strings of a column joined
 * into one text, outlets, languages and paths as small dictionaries, offsets as typed arrays —
 * and an article decoded into an object only when a search result, a card or a lookup shows
 * it. The same table answers in the generation's own order (by file), by id, and as the
 * index's articles, so each article is held once.
 */
import type { StoredArticle } from '../corpus/fileRecord.js';
import type { ArticleTable } from '../corpus/loadedGeneration.js';
import type { Language } from '../corpus/types.js';
import type { IndexedArticle, IndexedArticles } from '../core/passages/passageIndex.js';
import { StringColumn, type Sections, type SectionValue } from './sections.js';

/** The optional fields, one bit each in the `present` column, in the order an article lists them. */
const OPTIONAL = ['date', 'dateText', 'eventDate', 'partialDate', 'outlet', 'url', 'line'] as const;
const DATE = 1 << OPTIONAL.indexOf('date');
const DATE_TEXT = 1 << OPTIONAL.indexOf('dateText');
const EVENT_DATE = 1 << OPTIONAL.indexOf('eventDate');
const PARTIAL_DATE = 1 << OPTIONAL.indexOf('partialDate');
const OUTLET = 1 << OPTIONAL.indexOf('outlet');
const URL = 1 << OPTIONAL.indexOf('url');
const LINE = 1 << OPTIONAL.indexOf('line');
/** The fields the columns hold; any other an article has is kept with it as JSON. */
const COLUMNS = new Set(['id', 'path', 'start', 'end', 'title', 'language', 'storyId', 'contentHash', ...OPTIONAL]);

/**
 * The sections of the table. `articles` are in the generation's order; `indexOrder` lists the
 * same articles' ids in the passage index's order, which the table is kept in.
 */
export function articleSections(
  articles: readonly StoredArticle[],
  indexOrder: readonly string[],
): Record<string, SectionValue> {
  const count = indexOrder.length;
  // One table of ids, the index's: each article finds its rank in it, and a story its first article's.
  const rankOf = new Map<string, number>();
  for (let rank = 0; rank < count; rank++) rankOf.set(indexOrder[rank]!, rank);
  if (articles.length !== count || rankOf.size !== count)
    throw new Error('the passage index and the articles of a generation do not match');
  const ranked = new Array<StoredArticle>(count);
  const fileOrder = new Int32Array(count);
  for (let n = 0; n < count; n++) {
    const article = articles[n]!;
    const rank = rankOf.get(article.id);
    if (rank === undefined) continue;
    if (ranked[rank] !== undefined) throw new Error('the passage index and the articles of a generation do not match');
    ranked[rank] = article;
    fileOrder[n] = rank;
  }
  for (let rank = 0; rank < count; rank++)
    if (ranked[rank] === undefined)
      throw new Error(`the passage index has an article the generation has not: ${indexOrder[rank]!}`);
  const present = new Uint8Array(count);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const line = new Int32Array(count);
  const storyArticle = new Int32Array(count);
  const paths = dictionary();
  const outlets = dictionary();
  const languages = dictionary();
  const path = new Int32Array(count);
  const outlet = new Int32Array(count);
  const language = new Uint8Array(count);
  // Each column is filled in one pass over the articles, every field read by its name: a field
  // read by a key held in a variable, from articles of several shapes, is many times slower,
  // and at a hundred thousand articles that was a second of every commit.
  const columns = {
    id: new Array<string>(count),
    title: new Array<string>(count),
    contentHash: new Array<string>(count),
    date: new Array<string>(count),
    dateText: new Array<string>(count),
    eventDate: new Array<string>(count),
    partialDate: new Array<string>(count),
    url: new Array<string>(count),
    storyId: new Array<string>(count),
    extra: new Array<string>(count),
  };
  for (let rank = 0; rank < count; rank++) {
    const article = ranked[rank]!;
    const bits =
      (article.date !== undefined ? DATE : 0) |
      (article.dateText !== undefined ? DATE_TEXT : 0) |
      (article.eventDate !== undefined ? EVENT_DATE : 0) |
      (article.partialDate !== undefined ? PARTIAL_DATE : 0) |
      (article.outlet !== undefined ? OUTLET : 0) |
      (article.url !== undefined ? URL : 0) |
      (article.line !== undefined ? LINE : 0);
    present[rank] = bits;
    if (!isInt32(article.start) || !isInt32(article.end) || !isInt32(article.line ?? 0))
      throw new Error(`an offset of article ${article.id} is not a 32-bit integer`);
    start[rank] = article.start;
    end[rank] = article.end;
    line[rank] = article.line ?? 0;
    path[rank] = paths.code(article.path);
    outlet[rank] = article.outlet === undefined ? -1 : outlets.code(article.outlet);
    language[rank] = languages.code(article.language);
    // A story is named after its first article: most articles point at one instead of spelling it.
    const named = article.storyId.startsWith('story:') ? rankOf.get(article.storyId.slice('story:'.length)) : undefined;
    storyArticle[rank] = named ?? -1;
    columns.storyId[rank] = named === undefined ? article.storyId : '';
    columns.id[rank] = textOf(article.id);
    columns.title[rank] = textOf(article.title);
    columns.contentHash[rank] = textOf(article.contentHash);
    columns.date[rank] = textOf(article.date);
    columns.dateText[rank] = textOf(article.dateText);
    columns.eventDate[rank] = textOf(article.eventDate);
    columns.partialDate[rank] = textOf(article.partialDate);
    columns.url[rank] = textOf(article.url);
    columns.extra[rank] = extraOf(article);
  }
  return {
    fileOrder,
    present,
    start,
    end,
    line,
    path,
    paths: { json: paths.values },
    outlet,
    outlets: { json: outlets.values },
    language,
    languages: { json: languages.values },
    storyArticle,
    ...StringColumn.sections('id', columns.id),
    ...StringColumn.sections('title', columns.title),
    ...StringColumn.sections('contentHash', columns.contentHash),
    ...StringColumn.sections('date', columns.date),
    ...StringColumn.sections('dateText', columns.dateText),
    ...StringColumn.sections('eventDate', columns.eventDate),
    ...StringColumn.sections('partialDate', columns.partialDate),
    ...StringColumn.sections('url', columns.url),
    ...StringColumn.sections('storyId', columns.storyId),
    ...StringColumn.sections('extra', columns.extra),
  };
}

/** A string field as its column keeps it: '' when absent (its bit in `present` tells the two apart). */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isInt32(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) < 2 ** 31;
}

/** The fields of an article that no column holds, as JSON ('' when there are none, as for nearly every article). */
function extraOf(article: StoredArticle): string {
  for (const key in article) {
    if (!COLUMNS.has(key))
      return JSON.stringify(Object.fromEntries(Object.entries(article).filter(([name]) => !COLUMNS.has(name))));
  }
  return '';
}

function dictionary(): { values: string[]; code(value: string): number } {
  const codes = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    code(value) {
      let code = codes.get(value);
      if (code === undefined) {
        code = values.length;
        codes.set(value, code);
        values.push(value);
      }
      return code;
    },
  };
}

/** The table read back: the generation's articles in its order and by id, and the index's by number. */
export class ArticleColumns implements ArticleTable {
  readonly length: number;
  /** The same articles as the passage index numbers them. */
  readonly indexed: IndexedArticles;
  private readonly fileOrder: Int32Array;
  private readonly present: Uint8Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly line: Int32Array;
  private readonly path: Int32Array;
  private readonly paths: string[];
  private readonly outlet: Int32Array;
  private readonly outlets: string[];
  private readonly language: Uint8Array;
  private readonly languages: Language[];
  private readonly storyArticle: Int32Array;
  private readonly strings: Record<
    'id' | 'title' | 'contentHash' | 'date' | 'dateText' | 'eventDate' | 'partialDate' | 'url' | 'storyId' | 'extra',
    StringColumn
  >;
  private rankById: Map<string, number> | undefined;

  /** Reads the table's sections (copying its numbers, so the bytes read can go); throws on a table that does not hold together. */
  constructor(sections: Sections) {
    this.fileOrder = sections.int32('fileOrder', true);
    this.length = this.fileOrder.length;
    this.present = sections.uint8('present', true);
    this.start = sections.int32('start', true);
    this.end = sections.int32('end', true);
    this.line = sections.int32('line', true);
    this.path = sections.int32('path', true);
    this.paths = sections.json<string[]>('paths');
    this.outlet = sections.int32('outlet', true);
    this.outlets = sections.json<string[]>('outlets');
    this.language = sections.uint8('language', true);
    this.languages = sections.json<Language[]>('languages');
    this.storyArticle = sections.int32('storyArticle', true);
    const names = [
      'id',
      'title',
      'contentHash',
      'date',
      'dateText',
      'eventDate',
      'partialDate',
      'url',
      'storyId',
      'extra',
    ] as const;
    this.strings = Object.fromEntries(
      names.map((name) => [name, StringColumn.read(sections, name)]),
    ) as ArticleColumns['strings'];
    const columns = [
      this.present,
      this.start,
      this.end,
      this.line,
      this.path,
      this.outlet,
      this.language,
      this.storyArticle,
      ...Object.values(this.strings),
    ];
    if (columns.some((column) => column.length !== this.length))
      throw new Error('the article table’s columns differ in length');
    const inRange = (codes: ArrayLike<number>, count: number, absent: number) => {
      for (let n = 0; n < codes.length; n++)
        if (codes[n] !== absent && !(codes[n]! >= 0 && codes[n]! < count)) return false;
      return true;
    };
    const fits = [
      inRange(this.path, this.paths.length, -2),
      inRange(this.outlet, this.outlets.length, -1),
      inRange(this.language, this.languages.length, -2),
      inRange(this.storyArticle, this.length, -1),
      inRange(this.fileOrder, this.length, -2),
    ];
    if (fits.includes(false)) throw new Error('the article table refers outside itself');
    this.indexed = {
      length: this.length,
      at: (rank) => this.indexedAt(rank),
      language: (rank) => this.languages[this.language[rank]!]!,
    };
  }

  /** The n-th article in the generation's order (by file). */
  at(n: number): StoredArticle {
    return this.articleAt(this.fileOrder[n]!);
  }

  byId(id: string): StoredArticle | undefined {
    if (!this.rankById) {
      this.rankById = new Map();
      for (let rank = 0; rank < this.length; rank++) this.rankById.set(this.strings.id.at(rank), rank);
    }
    const rank = this.rankById.get(id);
    return rank === undefined ? undefined : this.articleAt(rank);
  }

  indexNumbersInFiles(paths: ReadonlySet<string>): number[] {
    const codes = new Set<number>();
    this.paths.forEach((path, code) => {
      if (paths.has(path)) codes.add(code);
    });
    const numbers: number[] = [];
    if (codes.size === 0) return numbers;
    // The table is in the index's order: an article's rank here is its number there.
    for (let rank = 0; rank < this.length; rank++) if (codes.has(this.path[rank]!)) numbers.push(rank);
    return numbers;
  }

  *[Symbol.iterator](): Iterator<StoredArticle> {
    for (let n = 0; n < this.length; n++) yield this.at(n);
  }

  /** An article as the generation holds it, its fields in the order ingestion gives them. */
  private articleAt(rank: number): StoredArticle {
    const present = this.present[rank]!;
    const s = this.strings;
    const article: Record<string, unknown> = {
      id: s.id.at(rank),
      path: this.paths[this.path[rank]!]!,
      start: this.start[rank]!,
      end: this.end[rank]!,
      title: s.title.at(rank),
    };
    if (present & DATE) article['date'] = s.date.at(rank);
    if (present & DATE_TEXT) article['dateText'] = s.dateText.at(rank);
    if (present & EVENT_DATE) article['eventDate'] = s.eventDate.at(rank);
    if (present & PARTIAL_DATE) article['partialDate'] = s.partialDate.at(rank);
    if (present & OUTLET) article['outlet'] = this.outlets[this.outlet[rank]!]!;
    article['language'] = this.languages[this.language[rank]!]!;
    if (present & URL) article['url'] = s.url.at(rank);
    if (present & LINE) article['line'] = this.line[rank]!;
    article['storyId'] = this.storyIdAt(rank);
    article['contentHash'] = s.contentHash.at(rank);
    const extra = s.extra.at(rank);
    if (extra) Object.assign(article, JSON.parse(extra) as object);
    return article as StoredArticle;
  }

  /** The fields a search result shows, as `indexedArticleOf` gives them. */
  private indexedAt(rank: number): IndexedArticle {
    const present = this.present[rank]!;
    const s = this.strings;
    return {
      id: s.id.at(rank),
      path: this.paths[this.path[rank]!]!,
      title: s.title.at(rank),
      date: present & EVENT_DATE ? s.eventDate.at(rank) : present & DATE ? s.date.at(rank) : undefined,
      outlet: present & OUTLET ? this.outlets[this.outlet[rank]!]! : undefined,
      language: this.languages[this.language[rank]!]!,
      storyId: this.storyIdAt(rank),
    };
  }

  private storyIdAt(rank: number): string {
    const named = this.storyArticle[rank]!;
    return named >= 0 ? `story:${this.strings.id.at(named)}` : this.strings.storyId.at(rank);
  }
}
