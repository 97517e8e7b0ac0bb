/**
 * The corpus merge takes records one at a time and keeps only compact state between them; the
 * generation it writes must be, byte for byte, the one the merge of every record at once wrote
 * (test/support/wholeCorpusMerge.ts): on the sample corpus, and on the benchmark's synthetic
 * corpus with exact copies and syndicated copies among its files.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { syntheticCorpus } from '../../../bench/searchScale.js';
import { GenerationMerge, mergeRecords, type CorpusGeneration } from '../../../server/src/corpus/corpusGeneration.js';
import { deriveFileRecord, type FileRecord } from '../../../server/src/corpus/fileRecord.js';
import type { SourceFile } from '../../../server/src/corpus/types.js';
import { bundledCorpusDir } from '../../../server/src/paths.js';
import { mergeAndCommit, mergeStoredRecords } from '../../../server/src/store/corpusIndexer.js';
import { writeGenerationFolder } from '../../../server/src/store/generationFolder.js';
import { MemoryCorpusStore } from '../../../server/src/store/memoryStore.js';
import { bundled } from '../../support/bundled.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';
import { mergeRecordsWhole } from '../../support/wholeCorpusMerge.js';

/**
 * A fresh copy of records, as a store reads them: merging groups the reports of events in place
 * (an event's reports are its records' objects), so each merge compared is given its own.
 */
function fresh(records: readonly FileRecord[]): FileRecord[] {
  return structuredClone(records) as FileRecord[];
}

function derive(files: readonly SourceFile[]): FileRecord[] {
  return files.map((file) => deriveFileRecord(file, `fingerprint of ${file.path}`, bundled().index));
}

/** Writes a generation as the embedded store does; returns its folder. */
async function written(generation: CorpusGeneration): Promise<string> {
  const folder = temporaryFolder('attache-generation-');
  await writeGenerationFolder(folder, generation);
  return folder;
}

/**
 * The generations written are the same, every part byte for byte: the passage index and the
 * article table (raw arrays and columns), and the summary, every entity's title sightings and
 * events, and the stories, which are `node:v8` serializations written the same for the same
 * values however the engine happened to lay out their arrays.
 */
async function assertSameGeneration(actual: CorpusGeneration, expected: CorpusGeneration): Promise<void> {
  const [got, wanted] = [await written(actual), await written(expected)];
  assert.deepEqual(readdirSync(got).sort(), readdirSync(wanted).sort());
  for (const part of readdirSync(wanted))
    assert.ok(readFileSync(join(got, part)).equals(readFileSync(join(wanted, part))), `${part} differs`);
}

/**
 * A copy of a value whose arrays are all laid out holey (allocated at their length, then
 * filled), as an optimised `.map` may leave them, with the same elements.
 */
function holeyCopy(value: unknown): unknown {
  if (Array.isArray(value)) {
    const array = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) array[i] = holeyCopy(value[i]);
    return array;
  }
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, holeyCopy(field)]));
}

/** What a generation says, with its index's articles listed, for a readable comparison. */
function plain(generation: CorpusGeneration): unknown {
  const { articles } = generation.index;
  return {
    ...generation,
    index: { ...generation.index, articles: Array.from({ length: articles.length }, (_, n) => articles.at(n)) },
  };
}

/** A store in memory that keeps the last generation committed as it was given. */
class CommittingStore extends MemoryCorpusStore {
  committed: CorpusGeneration | undefined;

  override async commitGeneration(generation: CorpusGeneration): Promise<void> {
    this.committed = generation;
    await super.commitGeneration(generation);
  }
}

const sampleFiles: SourceFile[] = readdirSync(bundledCorpusDir())
  .sort()
  .map((name) => ({ path: `samples/${name}`, text: readFileSync(join(bundledCorpusDir(), name), 'utf8') }));

/**
 * The benchmark's synthetic corpus (JSON Lines, 100 articles a file), with an exact copy of
 * one file (its articles are duplicates) and a copy of another under a second outlet (its
 * articles are syndicated copies: sources of their own, in the original's stories).
 */
function syntheticFiles(articles: number): SourceFile[] {
  const sampleText = sampleFiles.map((file) => file.text).join('\n');
  const { files } = syntheticCorpus(sampleText, articles);
  return [
    ...files,
    { path: 'synthetic/copy-of-first.jsonl', text: files[0]!.text },
    {
      path: 'synthetic/syndicated.jsonl',
      text: files[1]!.text.replace(/"outlet":"[^"]*"/g, '"outlet":"Syndicated Wire"'),
    },
  ];
}

describe('the corpus merge, one record at a time', () => {
  let sample: FileRecord[];
  let synthetic: FileRecord[];
  before(() => {
    sample = derive(sampleFiles);
    synthetic = derive(syntheticFiles(1_000));
  });

  it('writes the generation the merge of every record at once wrote, on the sample corpus', async () => {
    const generation = mergeRecords(fresh(sample), 'kb');
    assert.ok(
      generation.stories.some((story) => story.articleIds.length > 1),
      'the sample has stories across outlets',
    );
    assert.ok(generation.events.length > 0);
    assert.deepEqual(plain(generation), plain(mergeRecordsWhole(fresh(sample), 'kb')));
    await assertSameGeneration(generation, mergeRecordsWhole(fresh(sample), 'kb'));
  });

  it('writes the same generation on a synthetic corpus with copies and syndicated copies', async () => {
    const generation = mergeRecords(fresh(synthetic), 'kb');
    const copied = synthetic.find((record) => record.path === 'synthetic/copy-of-first.jsonl')!;
    assert.ok(copied.articles.length > 50);
    assert.deepEqual(
      generation.duplicates.filter((copy) => copy.path === copied.path).map((copy) => copy.id),
      copied.articles.map((article) => article.id),
      'every article of the copied file is a duplicate',
    );
    assert.ok(
      generation.stories.some((story) => story.outlets.includes('Syndicated Wire') && story.outlets.length > 1),
    );
    await assertSameGeneration(generation, mergeRecordsWhole(fresh(synthetic), 'kb'));
  });

  it('writes the same bytes whatever the layout of the arrays in its facts, stories and summary', async () => {
    const generation = mergeRecords(fresh(synthetic), 'kb');
    assert.ok(generation.events.some((event) => event.disagreements.length > 0));
    const laidOutHoley: CorpusGeneration = {
      ...generation,
      files: holeyCopy(generation.files) as CorpusGeneration['files'],
      duplicates: holeyCopy(generation.duplicates) as CorpusGeneration['duplicates'],
      problems: holeyCopy(generation.problems) as CorpusGeneration['problems'],
      stories: holeyCopy(generation.stories) as CorpusGeneration['stories'],
      titles: holeyCopy(generation.titles) as CorpusGeneration['titles'],
      events: holeyCopy(generation.events) as CorpusGeneration['events'],
    };
    await assertSameGeneration(laidOutHoley, generation);
  });

  it('writes the same bytes each time the same records are merged', async () => {
    // The first merge runs the facts' code mostly unoptimised, the later ones optimised.
    const generations = [1, 2, 3].map(() => mergeRecords(fresh(synthetic), 'kb'));
    await assertSameGeneration(generations[0]!, generations[2]!);
    await assertSameGeneration(generations[1]!, generations[2]!);
  });

  it('takes records in path order whatever order they are given in', async () => {
    await assertSameGeneration(mergeRecords(fresh([...sample].reverse()), 'kb'), mergeRecords(fresh(sample), 'kb'));
  });

  it('keeps no view of the bytes a record was read from', () => {
    // As a store reads it: node:v8 gives typed arrays back as views of the bytes read.
    const record = deserialize(serialize(synthetic[0]!)) as FileRecord;
    assert.ok(record.recordSpans!.line.buffer.byteLength > record.recordSpans!.line.byteLength);
    const generation = mergeRecords([record], 'kb');
    for (const span of Object.values(generation.files[0]!.recordSpans!) as Int32Array[])
      assert.equal(span.buffer.byteLength, span.byteLength);
  });

  it('refuses a record added out of path order', () => {
    const merge = new GenerationMerge('kb');
    merge.add(sample[1]!);
    assert.throws(() => merge.add(sample[0]!), /path order/);
  });

  it('merges the same generation from records read from a store a few at a time', async () => {
    const store = new CommittingStore();
    for (const record of fresh(synthetic)) await store.putRecord(record);
    const paths = synthetic.map((record) => record.path).reverse();
    const generation = await mergeStoredRecords(store, paths, 'kb', () => false, 3);
    assert.ok(generation);
    await assertSameGeneration(generation, mergeRecordsWhole(fresh(synthetic), 'kb'));
  });

  it('commits the same generation as the whole merge', async () => {
    const store = new CommittingStore();
    for (const record of fresh(sample)) await store.putRecord(record);
    assert.deepEqual(await mergeAndCommit(store, sample.map((record) => record.path).reverse(), 'kb', []), []);
    assert.ok(store.committed);
    await assertSameGeneration(store.committed, mergeRecordsWhole(fresh(sample), 'kb'));
  });

  it('lists every missing record and commits nothing, unless told to commit without them', async () => {
    const store = new CommittingStore();
    for (const record of fresh(sample)) await store.putRecord(record);
    const lost = [sample[0]!.path, sample.at(-1)!.path];
    for (const path of lost) await store.deleteRecord(path);
    const paths = sample.map((record) => record.path);
    assert.deepEqual(await mergeAndCommit(store, paths, 'kb', []), lost);
    assert.equal(await store.readManifest(), undefined, 'nothing is committed');
    assert.deepEqual(await mergeAndCommit(store, paths, 'kb', [], true), lost);
    const committed = store.committed!;
    assert.deepEqual(
      committed.problems
        .filter((problem) => problem.message === 'left out: its stored record cannot be read')
        .map((problem) => problem.path),
      lost,
    );
    assert.deepEqual(
      committed.articles.map((article) => article.id),
      mergeRecordsWhole(fresh(sample.slice(1, -1)), 'kb').articles.map((article) => article.id),
    );
  });
});
