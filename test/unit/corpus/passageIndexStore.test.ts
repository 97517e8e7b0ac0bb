import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildPassageIndex } from '../../../server/src/core/passages/passageIndex.js';
import { readPassageIndex, writePassageIndex } from '../../../server/src/corpus/passageIndexStore.js';
import { ingestFiles } from '../../../server/src/corpus/readCorpus.js';
import { bundled } from '../../support/bundled.js';

const ARTICLE = 'Leaders meet\n\nBEIJING, May 5 (Xinhua) -- Xi Jinping met Thongloun Sisoulith in Beijing on Friday and the two sides signed cooperation documents on trade and the railway.\n\nThe two leaders agreed to deepen cooperation.\n';

function sampleIndex() {
  return buildPassageIndex(ingestFiles([{ path: 'a.txt', text: ARTICLE }]), bundled().index);
}

test('an index written to disk reads back equal', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'attache-index-')), 'passages.bin');
  const data = sampleIndex();
  writePassageIndex(path, data, ['a.txt\t1\t2']);
  const read = readPassageIndex(path, ['a.txt\t1\t2'])!;
  assert.deepEqual(read.terms, data.terms);
  assert.deepEqual([...read.postingPassages], [...data.postingPassages]);
  assert.deepEqual([...read.postingFrequencies], [...data.postingFrequencies]);
  assert.deepEqual(read.articles, JSON.parse(JSON.stringify(data.articles)));
});

test('an index for other corpus files, of another format, truncated or garbled is not trusted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-index-'));
  const path = join(dir, 'passages.bin');
  writePassageIndex(path, sampleIndex(), ['a.txt\t1\t2']);
  assert.equal(readPassageIndex(path, ['a.txt\t1\t3']), undefined, 'changed file');
  const bytes = readFileSync(path);
  writeFileSync(path, bytes.subarray(0, bytes.length - 10));
  assert.equal(readPassageIndex(path, ['a.txt\t1\t2']), undefined, 'truncated');
  const versioned = Buffer.from(bytes);
  versioned.writeUInt32LE(999, 'ATTACHE-PASSAGE-INDEX'.length);
  writeFileSync(path, versioned);
  assert.equal(readPassageIndex(path, ['a.txt\t1\t2']), undefined, 'other format version');
  writeFileSync(path, 'not an index at all');
  assert.equal(readPassageIndex(path, ['a.txt\t1\t2']), undefined, 'garbage');
  assert.equal(readPassageIndex(join(dir, 'missing.bin'), []), undefined, 'missing');
});
