/**
 * Deriving and merging in worker threads, over an embedded store in a temporary folder: every
 * file handed out and reported, the merge saying which records it lacked, the layer of a few
 * files sent back whole, a worker got ready ahead of a change, and cancellation answered as an
 * AbortError.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancelledError, WorkerIndexer } from '../../../server/src/store/workerIndexer.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const root = temporaryFolder('attache-worker-indexer-');
const corpus = join(root, 'corpus');
mkdirSync(corpus);
const railway = join(corpus, 'railway.txt');
const border = join(corpus, 'border.txt');
writeFileSync(
  railway,
  'Laos-China railway carries record freight\n\nVIENTIANE, May 14, 2024 (KPL) -- The Laos-China Railway carried a record volume of freight in April, as more goods from Thailand crossed the Mekong to be loaded at the Vientiane South station.',
);
writeFileSync(
  border,
  'Vietnam and Cambodia review border work\n\nHANOI, May 15, 2024 (VNA) -- Officials of Vietnam and Cambodia reviewed the demarcation of their land border and agreed to finish planting the remaining markers this year.',
);
const files = [
  { path: border, fingerprint: 'border-1' },
  { path: railway, fingerprint: 'railway-1' },
];

const indexer = new WorkerIndexer(join(root, 'store'), [], 2, false);
after(() => indexer.dispose());

describe('WorkerIndexer', () => {
  it('derives every file, reporting each as it is stored', async () => {
    const stored: string[] = [];
    await indexer.derive(files, (path) => stored.push(path));
    assert.deepEqual(stored.sort(), [border, railway].sort());
  });

  it('sends back the layer of a few stored files whole, before a merge commits them, its index’s articles readable', async () => {
    const layer = await indexer.mergeLayer([railway], 'key-1');
    assert.equal(layer.kbKey, 'key-1');
    assert.deepEqual(layer.problems, []);
    assert.deepEqual(
      layer.articles.map((article) => article.path),
      [railway],
    );
    assert.equal(layer.articles[0]!.outlet, 'KPL');
    assert.equal(layer.index.articles.length, 1);
    assert.equal(layer.index.articles.at(0).id, layer.articles[0]!.id);
    assert.equal(layer.index.articles.language(0), 'en');
  });

  it('merges the stored records, and says which paths have none', async () => {
    const missing = await indexer.merge([border, railway, join(corpus, 'never-derived.txt')], 'key-1', []);
    assert.deepEqual(missing, [join(corpus, 'never-derived.txt')]);
    assert.deepEqual(await indexer.merge([border, railway], 'key-1', []), []);
  });

  it('does nothing for no files', async () => {
    let called = false;
    await indexer.derive([], () => (called = true));
    assert.equal(called, false);
  });

  it('gets a worker ready before a change, and a request made meanwhile waits for it and is answered', async () => {
    const ready = indexer.prepare();
    const stored: string[] = [];
    await indexer.derive([files[1]!], (path) => stored.push(path));
    await ready;
    assert.deepEqual(stored, [railway]);
  });

  it('does not hold up the next request when getting ready fails (its worker stopped)', async () => {
    const stopped = new WorkerIndexer(join(root, 'store'), [], 1, false);
    try {
      const ready = stopped.prepare();
      stopped.dispose();
      await assert.rejects(ready, /stopped/);
      const stored: string[] = [];
      await stopped.derive([files[0]!], (path) => stored.push(path));
      assert.deepEqual(stored, [border]);
    } finally {
      stopped.dispose();
    }
  });

  it('answers a cancelled update with an AbortError, and works again afterwards', async () => {
    await assert.rejects(
      indexer.derive(files, () => undefined, AbortSignal.abort()),
      (error) => error instanceof CancelledError && error.name === 'AbortError',
    );
    const stored: string[] = [];
    await indexer.derive([files[0]!], (path) => stored.push(path));
    assert.deepEqual(stored, [border]);
  });
});
