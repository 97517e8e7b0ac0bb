/**
 * A stored corpus survives what disks do: any single flipped bit in a record or in a part of a
 * generation is noticed (the file reads as missing, never as other data) — when the generation
 * is opened, or for the parts read later (an entity's facts, the stories) when they are read —
 * and a workspace opened on a damaged store derives or merges what it lost and answers exactly
 * as before.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedCorpusStore } from '../../server/src/store/embeddedStore.js';
import { GENERATION_PARTS } from '../../server/src/store/generationFolder.js';
import { openWorkspace, type WorkspaceHost } from '../../server/src/workspace/host.js';
import { indexedWorkspace } from '../unit/store/storeContract.js';

/** A small deterministic generator, so a failure names a flip that can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** What a writer would see from the corpus: passages for two queries, with their articles and offsets. */
function answers(host: WorkspaceHost): unknown {
  const snapshot = host.snapshot();
  return ['General Secretary To Lam held talks with Xi Jinping', 'Sonexay Siphandone met Pham Minh Chinh'].map(
    (query) => snapshot.passages(query, { limit: 5 }).map((passage) => ({ ...passage })),
  );
}

/** Every entity's titles and events as the workspace's corpus view gives them. */
function factsOf(host: WorkspaceHost): Record<string, unknown> {
  const corpus = host.committedCorpus!;
  return Object.fromEntries(
    corpus.generation.factEntities.map((id) => [
      id,
      { titles: corpus.facts.titlesByEntity.get(id), events: corpus.facts.eventsByEntity.get(id) },
    ]),
  );
}

/**
 * Whether the store notices damage: the generation does not open, or reading every part it
 * reads later (each entity's facts, the stories) reports a damaged one.
 */
async function damageNoticed(store: EmbeddedCorpusStore): Promise<boolean> {
  const generation = await store.readGeneration();
  if (!generation) return true;
  let damaged = false;
  generation.onDamaged(() => (damaged = true));
  for (const id of generation.factEntities) {
    generation.readTitles(id);
    generation.readEvents(id);
  }
  generation.readStories();
  generation.close();
  return damaged;
}

function flipBit(path: string, random: () => number): string {
  const bytes = readFileSync(path);
  const bit = Math.floor(random() * bytes.length * 8);
  bytes[bit >> 3]! ^= 1 << (bit & 7);
  writeFileSync(path, bytes);
  return `bit ${bit} of ${path.split('/').slice(-2).join('/')}`;
}

describe('stored corpus integrity', { timeout: 120_000 }, () => {
  it('notices every one of 120 random single-bit flips in the generation’s parts and the records', async () => {
    const { storeFolder } = await indexedWorkspace();
    const store = new EmbeddedCorpusStore(storeFolder);
    const recordFiles = readdirSync(join(storeFolder, 'records')).map((name) => join(storeFolder, 'records', name));
    const generationFolder = join(storeFolder, 'generations', 'g1');
    const parts = GENERATION_PARTS.map((part) => join(generationFolder, part));
    const manifest = await store.readManifest();
    const paths = Object.keys(manifest?.files ?? {});
    assert.equal(paths.length, 3);
    assert.equal(await damageNoticed(store), false, 'the whole store reads as whole');
    const random = seededRandom(20261129);
    const undetected: string[] = [];
    for (let trial = 0; trial < 120; trial++) {
      const record = trial % 2 === 1;
      const target = record ? recordFiles[trial % recordFiles.length]! : parts[(trial / 2) % parts.length]!;
      const whole = readFileSync(target);
      const flip = flipBit(target, random);
      const noticed = record
        ? (await store.readRecords(paths)).length === paths.length - 1
        : await damageNoticed(store);
      if (!noticed) undetected.push(flip);
      writeFileSync(target, whole);
      rmSync(join(generationFolder, 'damaged'), { force: true });
    }
    assert.deepEqual(undetected, [], 'flipped bits that were read as data');
  });

  it('answers as before after a damaged generation is merged again', async () => {
    const { storeFolder, options } = await indexedWorkspace();
    const before = openWorkspace(options);
    assert.equal(await before.openStored(), true);
    const expected = answers(before);
    before.dispose();
    assert.ok(JSON.stringify(expected).includes('To Lam'), 'the queries find passages at all');

    flipBit(join(storeFolder, 'generations', 'g1', 'index.bin'), seededRandom(7));
    const after = openWorkspace(options);
    assert.equal(await after.openStored(), false, 'the damaged generation is not opened');
    assert.equal((await after.updateCorpus()).state, 'ready');
    assert.deepEqual(answers(after), expected);
    after.dispose();
  });

  it('reads an entity’s damaged facts as missing, merges the generation again at once, then answers as before', async () => {
    const { storeFolder, options } = await indexedWorkspace();
    const before = openWorkspace(options);
    assert.equal(await before.openStored(), true);
    const expected = factsOf(before);
    before.dispose();
    assert.ok(Object.keys(expected).length > 3, 'the corpus has facts');

    // One bit of the facts' lists (after their directory), not of the directory itself.
    const facts = join(storeFolder, 'generations', 'g1', 'facts.bin');
    const bytes = readFileSync(facts);
    const listsStart = 52 + bytes.readUInt32LE(48);
    const bit = listsStart * 8 + Math.floor(seededRandom(11)() * (bytes.length - listsStart) * 8);
    bytes[bit >> 3]! ^= 1 << (bit & 7);
    writeFileSync(facts, bytes);

    const after = openWorkspace(options);
    assert.equal(await after.openStored(), true, 'the facts are checked when read, not when opened');
    const merged = new Promise<void>((resolve) => after.onDidChange(() => resolve()));
    const damaged = factsOf(after);
    assert.notDeepEqual(damaged, expected, 'the damaged list read as missing');
    await merged;
    assert.deepEqual(factsOf(after), expected);
    assert.deepEqual(
      readdirSync(join(storeFolder, 'generations')),
      ['g2'],
      'a new generation replaced the damaged one',
    );
    after.dispose();
  });

  it('derives again a file whose record is damaged when the next change is merged, losing no article', async () => {
    const { corpus, storeFolder, options } = await indexedWorkspace();
    for (const name of readdirSync(join(storeFolder, 'records')))
      flipBit(join(storeFolder, 'records', name), seededRandom(name.length));
    writeFileSync(
      join(corpus, 'kpl.txt'),
      `${readFileSync(join(corpus, 'kpl.txt'), 'utf8')}\n\nBoth sides agreed to meet again next year.\n`,
    );
    const host = openWorkspace(options);
    const status = await host.updateCorpus();
    assert.equal(status.state, 'ready', status.message);
    assert.equal(host.snapshot().corpus?.articleCount, 3);
    assert.deepEqual([...(host.inProcessIndexer?.filesRead ?? [])].map((path) => path.split('/').pop()).sort(), [
      'kpl.txt',
      'vna.txt',
      'xinhua.txt',
    ]);
    host.dispose();
  });
});
