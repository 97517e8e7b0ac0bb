/**
 * One committed generation of the embedded store: a folder of parts, each read the way it is
 * used.
 *
 * - `generation.bin`: the summary (version, knowledge base, files, copies, problems), sealed.
 * - `index.bin`: the passage index, its typed arrays as raw bytes; read whole when the
 *   generation is opened, as views of the bytes read.
 * - `articles.bin`: the article table, column by column (see articleColumns.ts); read whole.
 * - `facts.bin`: each entity's title sightings and events, apart; read one entity at a time
 *   when asked for (see below).
 * - `stories.bin`: the stories, sealed; read when listed (nothing the product shows needs them).
 *
 * Every part is sealed with a SHA-256 (sealedFiles.ts), and `facts.bin` seals its directory
 * and each entity's lists on their own, so a part read later is checked when it is read. A
 * part found damaged then reads as missing, the folder is marked (`damaged`) so that no later
 * reader opens it, and the generation's `onDamaged` listeners are told, so it is merged again.
 *
 * `facts.bin`: the magic line, the SHA-256 of the directory, the directory's length (4 bytes)
 * and the directory (JSON: the lists' total length, and per entity `[id, titles offset, titles
 * length, [events offset, events length, first day, last day] per run of events]`, offsets
 * from the end of the directory), then the lists, each its own SHA-256 and its `node:v8`
 * serialization (stableSerialization.ts: the same bytes for the same facts in every run). An
 * entity's events are kept in runs of {@link EVENT_RUN}, each with the first and last day its
 * events are dated, so that the events around one day are read without the rest
 * (claim/differs looks ten days either side of a claim). A file whose length is not what its
 * directory says (cut short) reads as missing when opened.
 *
 * A reader keeps the lazily read parts open from the moment it opens the generation, so it
 * reads the generation it opened to the end, even after a later commit deletes the folder.
 */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { GENERATION_VERSION, type CorpusGeneration } from '../corpus/corpusGeneration.js';
import { factsByEntity, type LoadedGeneration } from '../corpus/loadedGeneration.js';
import type { Story } from '../corpus/types.js';
import type { CorpusEvent, TitleSighting } from '../core/facts/types.js';
import type { PassageIndexData } from '../core/passages/passageIndex.js';
import { ArticleColumns, articleSections } from './articleColumns.js';
import { indexHoldsTogether, indexOfSections, indexOrderOf, indexSections } from './indexSections.js';
import { encodeSections, Sections } from './sections.js';
import type { PrefetchedPart } from './partPrefetch.js';
import { CHECKSUM_BYTES, MAGIC, sealed, sha256, unsealed, writeAtomically } from './sealedFiles.js';
import { serializeStably } from './stableSerialization.js';

/** The parts of a generation folder, in the order they are written. */
export const GENERATION_PARTS = ['index.bin', 'articles.bin', 'facts.bin', 'stories.bin', 'generation.bin'] as const;
/** Left in a generation's folder by a reader that found one of its parts damaged. */
const DAMAGED = 'damaged';
/** How many of an entity's events are kept (and read) together. */
const EVENT_RUN = 64;

/** The summary a generation folder starts with. */
interface Summary {
  version: number;
  kbKey: string;
  files: CorpusGeneration['files'];
  duplicates: CorpusGeneration['duplicates'];
  problems: CorpusGeneration['problems'];
  articles: number;
}

/** Writes a generation's parts into an empty folder; the store commits it afterwards (manifest). */
export async function writeGenerationFolder(folder: string, generation: CorpusGeneration): Promise<void> {
  await writeAtomically(join(folder, 'index.bin'), sealed(encodeSections(indexSections(generation.index))));
  await writeAtomically(
    join(folder, 'articles.bin'),
    sealed(encodeSections(articleSections(generation.articles, indexOrderOf(generation.index)))),
  );
  await writeAtomically(join(folder, 'facts.bin'), factsFile(generation));
  await writeAtomically(join(folder, 'stories.bin'), sealed([serializeStably(generation.stories)]));
  const summary: Summary = {
    version: generation.version,
    kbKey: generation.kbKey,
    files: generation.files,
    duplicates: generation.duplicates,
    problems: generation.problems,
    articles: generation.articles.length,
  };
  await writeAtomically(join(folder, 'generation.bin'), sealed([serializeStably(summary)]));
}

/** The bytes of `facts.bin`: the sealed directory, then each entity's lists, each sealed on its own. */
function factsFile(generation: CorpusGeneration): Uint8Array[] {
  const facts = factsByEntity(generation);
  const lists: Uint8Array[] = [];
  const directory: DirectoryEntry[] = [];
  let offset = 0;
  const add = (values: readonly unknown[] | undefined): [number, number] => {
    if (!values || values.length === 0) return [0, 0];
    const payload = serializeStably(values);
    lists.push(sha256(payload), payload);
    const at = offset;
    offset += CHECKSUM_BYTES + payload.byteLength;
    return [at, CHECKSUM_BYTES + payload.byteLength];
  };
  // An event is listed under each of its entities, and many share a date: each date is read once.
  const days = new Map<string | undefined, string | undefined>();
  const dayOfDate = (date: string | undefined) => {
    if (!days.has(date)) days.set(date, dayOf(date));
    return days.get(date);
  };
  for (const id of facts.entities) {
    const titles = add(facts.titles.get(id));
    const events = facts.events.get(id) ?? [];
    const runs: EventRun[] = [];
    for (let start = 0; start < events.length; start += EVENT_RUN) {
      const run = events.slice(start, start + EVENT_RUN);
      const runDays = run
        .map((event) => dayOfDate(event.date))
        .filter((day): day is string => day !== undefined)
        .sort();
      runs.push([...add(run), runDays[0] ?? '', runDays.at(-1) ?? '']);
    }
    directory.push([id, ...titles, runs]);
  }
  const json = Buffer.from(JSON.stringify({ size: offset, entities: directory }));
  const head = Buffer.alloc(4 + json.byteLength);
  head.writeUInt32LE(json.byteLength);
  json.copy(head, 4);
  return [Buffer.from(MAGIC), sha256(head), head, ...lists];
}

/** The parts of an opened generation that are read later: kept open until the generation is collected. */
interface OpenParts {
  facts: number;
  stories: number;
  closed: boolean;
}

const closeWhenCollected = new FinalizationRegistry<OpenParts>(closeParts);

function closeParts(parts: OpenParts): void {
  if (parts.closed) return;
  parts.closed = true;
  for (const fd of [parts.facts, parts.stories]) {
    try {
      closeSync(fd);
    } catch {
      // Already closed with the process.
    }
  }
}

/**
 * Opens a generation folder: the summary, the index and the article table are read and
 * checked now, the facts' directory too; `prefetched` holds the index and the article table
 * when they were read ahead. Undefined when a part is missing, damaged, of another version, or
 * the folder was marked damaged.
 */
export async function openGenerationFolder(
  folder: string,
  prefetched?: ReadonlyMap<string, PrefetchedPart>,
): Promise<FolderGeneration | undefined> {
  let parts: OpenParts | undefined;
  try {
    if (
      await access(join(folder, DAMAGED)).then(
        () => true,
        () => false,
      )
    )
      return undefined;
    // The large parts are read by the thread pool while this thread checks the summary and
    // then each part in turn: read one after the other, the checks waited for every read.
    // Parts read and hashed ahead (partPrefetch.ts) are only checked against their seals here.
    const read = (name: string) => {
      const part = prefetched?.get(name);
      return part
        ? Promise.resolve(unsealed(part.bytes, part.payloadDigest))
        : readFile(join(folder, name)).then((bytes) => unsealed(bytes));
    };
    const articlesRead = read('articles.bin');
    const indexRead = read('index.bin');
    // A part missing is seen when it is awaited, or not at all when the summary is refused first.
    articlesRead.catch(() => undefined);
    indexRead.catch(() => undefined);
    const summary = deserializeSealed(await readFile(join(folder, 'generation.bin'))) as Summary | undefined;
    if (
      !summary ||
      summary.version !== GENERATION_VERSION ||
      !Array.isArray(summary.files) ||
      !Array.isArray(summary.problems) ||
      !Array.isArray(summary.duplicates)
    )
      return undefined;
    const articlesPayload = await articlesRead;
    const indexPayload = await indexRead;
    if (!articlesPayload || !indexPayload) return undefined;
    const articles = new ArticleColumns(new Sections(articlesPayload));
    const index = indexOfSections(new Sections(indexPayload), articles.indexed);
    if (!indexHoldsTogether(index, summary.articles) || articles.length !== summary.articles) return undefined;
    parts = { facts: openSync(join(folder, 'facts.bin'), 'r'), stories: -1, closed: false };
    parts.stories = openSync(join(folder, 'stories.bin'), 'r');
    const directory = readDirectory(parts.facts);
    if (!directory) {
      closeParts(parts);
      return undefined;
    }
    return new FolderGeneration(folder, summary, index, articles, directory, parts);
  } catch {
    // Missing, truncated or damaged: the caller merges the records again.
    if (parts) closeParts(parts);
    return undefined;
  }
}

/** A run of an entity's events: where it is, and the first and last day its events are dated ('' when none is). */
type EventRun = [offset: number, length: number, firstDay: string, lastDay: string];
type DirectoryEntry = [id: string, titlesOffset: number, titlesLength: number, events: EventRun[]];
type Directory = Map<string, { base: number; titles: [number, number]; events: EventRun[] }>;

/**
 * The day an event's date names (`YYYY-MM-DD`), as `Date.parse` reads it — 31 February is
 * 3 March — or undefined when it names no day; a day outside the years 0–9999 is '!' (never
 * left out, as it does not sort among the others).
 */
function dayOf(date: string | undefined): string | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return undefined;
  const day = new Date(time).toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : '!';
}

/** The directory of `facts.bin`, checked; undefined when damaged. */
function readDirectory(fd: number): Directory | undefined {
  const start = readExactly(fd, 0, MAGIC.length + CHECKSUM_BYTES + 4);
  if (start.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const length = start.readUInt32LE(MAGIC.length + CHECKSUM_BYTES);
  const json = readExactly(fd, MAGIC.length + CHECKSUM_BYTES + 4, length);
  if (
    !start
      .subarray(MAGIC.length, MAGIC.length + CHECKSUM_BYTES)
      .equals(sha256(start.subarray(MAGIC.length + CHECKSUM_BYTES), json))
  )
    return undefined;
  const base = MAGIC.length + CHECKSUM_BYTES + 4 + length;
  const { size, entities: entries } = JSON.parse(json.toString('utf8')) as { size: number; entities: DirectoryEntry[] };
  if (!Array.isArray(entries) || !entries.every(isDirectoryEntry) || fstatSync(fd).size !== base + size)
    return undefined;
  return new Map(
    entries.map(([id, titlesAt, titlesLength, events]) => [id, { base, titles: [titlesAt, titlesLength], events }]),
  );
}

function isDirectoryEntry(entry: unknown): entry is DirectoryEntry {
  const isRun = (run: unknown) =>
    Array.isArray(run) &&
    run.length === 4 &&
    Number.isInteger(run[0]) &&
    Number.isInteger(run[1]) &&
    typeof run[2] === 'string' &&
    typeof run[3] === 'string';
  return (
    Array.isArray(entry) &&
    entry.length === 4 &&
    typeof entry[0] === 'string' &&
    Number.isInteger(entry[1]) &&
    Number.isInteger(entry[2]) &&
    Array.isArray(entry[3]) &&
    entry[3].every(isRun)
  );
}

/** `length` bytes of a file from `position`; throws when the file ends before. */
function readExactly(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) throw new Error('the file ends early');
    done += read;
  }
  return bytes;
}

function deserializeSealed(bytes: Buffer): unknown {
  const payload = unsealed(bytes);
  return payload === undefined ? undefined : deserialize(payload);
}

/** A generation read from its folder: see the module's comment. */
export class FolderGeneration implements LoadedGeneration {
  readonly version: number;
  readonly kbKey: string;
  readonly files: CorpusGeneration['files'];
  readonly duplicates: CorpusGeneration['duplicates'];
  readonly problems: CorpusGeneration['problems'];
  readonly factEntities: readonly string[];
  private damaged = false;
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly folder: string,
    summary: Summary,
    readonly index: PassageIndexData,
    readonly articles: ArticleColumns,
    private readonly directory: Directory,
    private readonly parts: OpenParts,
  ) {
    this.version = summary.version;
    this.kbKey = summary.kbKey;
    this.files = summary.files;
    this.duplicates = summary.duplicates;
    this.problems = summary.problems;
    this.factEntities = [...directory.keys()];
    closeWhenCollected.register(this, parts, parts);
  }

  readTitles(entityId: string): TitleSighting[] {
    const entry = this.directory.get(entityId);
    return entry ? this.readList<TitleSighting>(entry.base, entry.titles) : [];
  }

  readEvents(entityId: string, days?: { from: string; to: string }): CorpusEvent[] {
    const entry = this.directory.get(entityId);
    if (!entry) return [];
    const runs = days
      ? entry.events.filter(
          ([, , first, last]) =>
            first === '!' || last === '!' || (first !== '' && first <= days.to && last >= days.from),
        )
      : entry.events;
    return runs.flatMap(([offset, length]) => this.readList<CorpusEvent>(entry.base, [offset, length]));
  }

  readStories(): Story[] {
    if (this.parts.closed) return [];
    try {
      const stories = deserializeSealed(readExactly(this.parts.stories, 0, fstatSync(this.parts.stories).size));
      if (Array.isArray(stories)) return stories as Story[];
    } catch {
      // Read as damaged below.
    }
    this.foundDamaged();
    return [];
  }

  onDamaged(listener: () => void): void {
    if (this.damaged) listener();
    else this.listeners.push(listener);
  }

  /** Closes the parts read later (they close by themselves once the generation is collected). */
  close(): void {
    closeWhenCollected.unregister(this.parts);
    closeParts(this.parts);
  }

  private readList<T>(base: number, [offset, length]: [number, number]): T[] {
    if (length === 0 || this.parts.closed) return [];
    try {
      const bytes = readExactly(this.parts.facts, base + offset, length);
      const payload = bytes.subarray(CHECKSUM_BYTES);
      if (bytes.subarray(0, CHECKSUM_BYTES).equals(sha256(payload))) {
        const list = deserialize(payload) as unknown;
        if (Array.isArray(list)) return list as T[];
      }
    } catch {
      // Read as damaged below.
    }
    this.foundDamaged();
    return [];
  }

  /** A part read now is damaged: no later reader opens this generation, and this one's listeners merge it again. */
  private foundDamaged(): void {
    if (this.damaged) return;
    this.damaged = true;
    try {
      writeFileSync(join(this.folder, DAMAGED), 'a part of this generation was found damaged\n');
    } catch {
      // The folder is gone (a later generation was committed) or cannot be written: nothing to mark.
    }
    for (const listener of this.listeners.splice(0)) listener();
  }
}
