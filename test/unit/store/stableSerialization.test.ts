/**
 * Stable serialization: the same values give the same bytes whether their arrays are packed or
 * holey (as an optimised `.map` may leave them), the bytes read back with plain `deserialize`,
 * and what is not an array or a plain object is written as it is.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { packedCopy, serializeStably } from '../../../server/src/store/stableSerialization.js';

/** The same elements in an array laid out holey (allocated at its length, then filled), with no hole in it. */
function holey<T>(elements: readonly T[]): T[] {
  const array = new Array<T>(elements.length);
  for (let i = 0; i < elements.length; i++) array[i] = elements[i]!;
  return array;
}

/** An event's disagreement as the merge makes it, its values' array packed or holey. */
function disagreement(layout: <T>(elements: readonly T[]) => T[]) {
  const source = { articleId: 'a1', path: 'xinhua.jsonl', start: 10, end: 80 };
  return {
    field: 'date',
    values: layout([
      { value: '2024-03-01', sources: layout([source]) },
      { value: '2024-03-02', sources: layout([{ ...source, articleId: 'a2' }]) },
    ]),
  };
}

const packed = <T>(elements: readonly T[]): T[] => [...elements];

describe('serializeStably', () => {
  it('writes a holey array with the bytes of the same values packed', () => {
    // What the plain serialization does: the same values, other bytes.
    assert.ok(!serialize(holey(['a', 'b'])).equals(serialize(['a', 'b'])));
    assert.ok(serializeStably(holey(['a', 'b'])).equals(serializeStably(['a', 'b'])));
    assert.ok(serializeStably(holey(['a', 'b'])).equals(serialize(['a', 'b'])));
  });

  it('packs arrays at every depth, inside objects and arrays', () => {
    const bytes = serializeStably([disagreement(holey)]);
    assert.ok(bytes.equals(serializeStably([disagreement(packed)])));
    assert.ok(bytes.equals(serialize([disagreement(packed)])));
    assert.deepEqual(deserialize(bytes), [disagreement(packed)]);
  });

  it('writes the same bytes as the plain serialization for values already packed', () => {
    const value = { id: 'e1', participants: ['xi-jinping', 'to-lam'], copies: 2, planned: false, place: undefined };
    assert.ok(serializeStably(value).equals(serialize(value)));
  });

  it('keeps what is neither an array nor a plain object as it is', () => {
    const spans = new Int32Array([1, 2, 3]);
    const value = { spans, byId: new Map([['a', holey([1])]]), when: new Date(0), none: null };
    const copy = packedCopy(value);
    assert.equal(copy.spans, spans);
    assert.equal(copy.byId, value.byId);
    assert.equal(copy.when, value.when);
    assert.deepEqual(deserialize(serializeStably(value)), value);
  });

  it('keeps a key named __proto__ a key, not the prototype', () => {
    const value = JSON.parse('{"__proto__": ["x"], "after": 1}') as Record<string, unknown>;
    const copy = packedCopy(value);
    assert.equal(Object.getPrototypeOf(copy), Object.prototype);
    assert.deepEqual(Object.keys(copy), ['__proto__', 'after']);
    assert.ok(serializeStably(value).equals(serialize(value)));
  });

  it('leaves the value it copies unchanged', () => {
    const value = disagreement(holey);
    const before = serialize(value);
    serializeStably(value);
    assert.ok(serialize(value).equals(before));
  });
});
