/**
 * The offset map from a decoded text back to the raw file: copied runs, escapes, inserted
 * units, clamping of out-of-range requests, and a deferred map built only when first asked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OffsetMap } from '../../../server/src/corpus/offsetMap.js';

/** A map for raw `a&amp;b` decoded as `a&b`: one copied unit, one five-unit escape, one copied unit. */
function entityMap(): OffsetMap {
  const builder = OffsetMap.builder();
  builder.push(0, 1);
  builder.push(1, 6);
  builder.push(6, 7);
  return builder.build();
}

describe('OffsetMap', () => {
  it('maps copied units one for one', () => {
    const builder = OffsetMap.builder();
    builder.pushCopied(10, 5);
    assert.equal(builder.length, 5);
    const map = builder.build();
    assert.deepEqual(map.rawRange(0, 5), { start: 10, end: 15 });
    assert.deepEqual(map.rawRange(2, 3), { start: 12, end: 13 });
  });

  it('maps an escape to all the raw units it was written as', () => {
    const map = entityMap();
    assert.deepEqual(map.rawRange(1, 2), { start: 1, end: 6 });
    assert.deepEqual(map.rawRange(2, 3), { start: 6, end: 7 });
    assert.deepEqual(map.rawRange(0, 3), { start: 0, end: 7 });
  });

  it('does not extend a copied run across a gap in the raw file', () => {
    const builder = OffsetMap.builder();
    builder.push(0, 1);
    builder.push(5, 6);
    const map = builder.build();
    assert.deepEqual(map.rawRange(1, 2), { start: 5, end: 6 });
  });

  it('puts an inserted unit where the unit before it ended', () => {
    const builder = OffsetMap.builder();
    builder.pushCopied(0, 3);
    builder.pushInserted();
    builder.pushInserted();
    builder.pushCopied(8, 2);
    const map = builder.build();
    assert.deepEqual(map.rawRange(3, 5), { start: 3, end: 3 });
    assert.deepEqual(map.rawRange(5, 6), { start: 8, end: 9 });
    assert.deepEqual(map.rawRange(2, 6), { start: 2, end: 9 });
  });

  it('gives an empty range at the unit for an empty request, and at the end past the text', () => {
    const map = entityMap();
    assert.deepEqual(map.rawRange(1, 1), { start: 1, end: 1 });
    assert.deepEqual(map.rawRange(3, 3), { start: 7, end: 7 });
    assert.deepEqual(map.rawRange(50, 60), { start: 7, end: 7 });
  });

  it('clamps a range that starts before the text or ends after it', () => {
    const map = entityMap();
    assert.deepEqual(map.rawRange(-4, 99), { start: 0, end: 7 });
  });

  it('maps nothing to the start of the file when the text is empty', () => {
    assert.deepEqual(OffsetMap.builder().build().rawRange(0, 4), { start: 0, end: 0 });
  });

  it('ignores a copied run of no units', () => {
    const builder = OffsetMap.builder();
    builder.pushCopied(4, 0);
    assert.equal(builder.length, 0);
  });

  it('builds a deferred map once, on the first request', () => {
    let fills = 0;
    const map = OffsetMap.deferred((builder) => {
      fills++;
      builder.pushCopied(100, 4);
    });
    assert.equal(fills, 0);
    assert.deepEqual(map.rawRange(1, 3), { start: 101, end: 103 });
    assert.deepEqual(map.rawRange(0, 4), { start: 100, end: 104 });
    assert.equal(fills, 1);
  });
});
