/**
 * Reading a committed generation's parts ahead in a worker thread: the bytes as stored, in shared
 * memory, with the SHA-256 of each payload; the generation the manifest names; nothing when there
 * is no manifest, and a part that is missing or too short to be sealed left out.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prefetchGenerationParts } from '../../../server/src/store/partPrefetch.js';
import { sealed, sha256, unsealed } from '../../../server/src/store/sealedFiles.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

/** A store folder whose manifest names `g3`, holding the given parts. */
function storeWith(parts: Record<string, Buffer>): string {
  const store = temporaryFolder('attache-prefetch-');
  mkdirSync(join(store, 'generations', 'g3'), { recursive: true });
  writeFileSync(join(store, 'manifest.json'), JSON.stringify({ version: 1, generation: 'g3' }));
  for (const [name, bytes] of Object.entries(parts)) writeFileSync(join(store, 'generations', 'g3', name), bytes);
  return store;
}

describe('prefetchGenerationParts', () => {
  it('reads the parts of the generation the manifest names, each with its payload’s checksum', async () => {
    const index = Buffer.concat(sealed([Buffer.from('the passage index')]));
    const articles = Buffer.concat(sealed([Buffer.from('the article table')]));
    const read = await prefetchGenerationParts(storeWith({ 'index.bin': index, 'articles.bin': articles }), [
      'articles.bin',
      'index.bin',
    ]);
    assert.equal(read?.generation, 'g3');
    assert.deepEqual([...read.parts.keys()], ['articles.bin', 'index.bin']);
    const part = read.parts.get('index.bin')!;
    assert.ok(part.bytes.equals(index));
    assert.ok(part.bytes.buffer instanceof SharedArrayBuffer, 'read into shared memory, not copied back');
    assert.ok(part.payloadDigest.equals(sha256(Buffer.from('the passage index'))));
    assert.equal(unsealed(part.bytes, part.payloadDigest)?.toString(), 'the passage index');
  });

  it('leaves out a part that is missing or shorter than a seal, and gives nothing without a manifest', async () => {
    const store = storeWith({ 'index.bin': Buffer.from('short') });
    const read = await prefetchGenerationParts(store, ['articles.bin', 'index.bin']);
    assert.equal(read?.generation, 'g3');
    assert.equal(read?.parts.size, 0);
    assert.equal(await prefetchGenerationParts(temporaryFolder('attache-prefetch-none-'), ['index.bin']), undefined);
    const odd = storeWith({});
    writeFileSync(join(odd, 'manifest.json'), JSON.stringify({ generation: '../elsewhere' }));
    assert.equal(await prefetchGenerationParts(odd, ['index.bin']), undefined, 'a folder that is no generation’s');
  });
});
