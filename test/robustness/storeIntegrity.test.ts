/**
 * A stored corpus survives what disks do: any single flipped bit in a record or a generation
 * file is noticed (the file reads as missing, never as other data), and a workspace opened on a
 * damaged store derives what it lost and answers exactly as before.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedCorpusStore } from '../../server/src/store/embeddedStore.js';
import { openWorkspace, type WorkspaceHost } from '../../server/src/workspace/host.js';
import { temporaryFolder } from '../support/temporaryFolders.js';
import { writeThreeWireItems } from '../unit/store/storeContract.js';

/** A small deterministic generator, so a failure names a flip that can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function indexedWorkspace(): Promise<{ corpus: string; storeFolder: string; options: Parameters<typeof openWorkspace>[0] }> {
  const corpus = temporaryFolder('attache-corpus-');
  writeThreeWireItems(corpus);
  const storeFolder = temporaryFolder('attache-store-');
  const options = { corpusFolders: [corpus], store: { folder: storeFolder }, workers: 0, today: () => '2025-06-01' };
  const host = openWorkspace(options);
  assert.equal((await host.updateCorpus()).state, 'ready');
  host.dispose();
  return { corpus, storeFolder, options };
}

/** What a writer would see from the corpus: passages for two queries, with their articles and offsets. */
function answers(host: WorkspaceHost): unknown {
  const snapshot = host.snapshot();
  return ['General Secretary To Lam held talks with Xi Jinping', 'Sonexay Siphandone met Pham Minh Chinh'].map((query) =>
    snapshot.passages(query, { limit: 5 }).map((passage) => ({ ...passage })),
  );
}

function flipBit(path: string, random: () => number): string {
  const bytes = readFileSync(path);
  const bit = Math.floor(random() * bytes.length * 8);
  bytes[bit >> 3]! ^= 1 << (bit & 7);
  writeFileSync(path, bytes);
  return `bit ${bit} of ${path.split('/').slice(-2).join('/')}`;
}

describe('stored corpus integrity', { timeout: 120_000 }, () => {
  it('notices every one of 120 random single-bit flips in the generation and the records', async () => {
    const { storeFolder } = await indexedWorkspace();
    const store = new EmbeddedCorpusStore(storeFolder);
    const recordFiles = readdirSync(join(storeFolder, 'records')).map((name) => join(storeFolder, 'records', name));
    const manifest = await store.readManifest();
    const paths = Object.keys(manifest?.files ?? {});
    assert.equal(paths.length, 3);
    const random = seededRandom(20261129);
    const undetected: string[] = [];
    for (let trial = 0; trial < 120; trial++) {
      const target = trial % 2 === 0 ? join(storeFolder, 'generation.bin') : recordFiles[trial % recordFiles.length]!;
      const whole = readFileSync(target);
      const flip = flipBit(target, random);
      const read = target.endsWith('generation.bin') ? await store.readGeneration() : await store.readRecords(paths);
      const noticed = target.endsWith('generation.bin') ? read === undefined : (read as unknown[]).length === paths.length - 1;
      if (!noticed) undetected.push(flip);
      writeFileSync(target, whole);
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

    flipBit(join(storeFolder, 'generation.bin'), seededRandom(7));
    const after = openWorkspace(options);
    assert.equal(await after.openStored(), false, 'the damaged generation is not opened');
    assert.equal((await after.updateCorpus()).state, 'ready');
    assert.deepEqual(answers(after), expected);
    after.dispose();
  });

  it('derives again a file whose record is damaged when the next change is merged, losing no article', async () => {
    const { corpus, storeFolder, options } = await indexedWorkspace();
    for (const name of readdirSync(join(storeFolder, 'records'))) flipBit(join(storeFolder, 'records', name), seededRandom(name.length));
    writeFileSync(join(corpus, 'kpl.txt'), `${readFileSync(join(corpus, 'kpl.txt'), 'utf8')}\n\nBoth sides agreed to meet again next year.\n`);
    const host = openWorkspace(options);
    const status = await host.updateCorpus();
    assert.equal(status.state, 'ready', status.message);
    assert.equal(host.snapshot().corpus?.articleCount, 3);
    assert.deepEqual([...(host.inProcessIndexer?.filesRead ?? [])].map((path) => path.split('/').pop()).sort(), ['kpl.txt', 'vna.txt', 'xinhua.txt']);
    host.dispose();
  });
});
