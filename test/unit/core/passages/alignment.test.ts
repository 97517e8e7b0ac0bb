import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { alignmentScore, commonSubsequence } from '../../../../server/src/core/passages/alignment.js';

/**
 * The quotation check's alignment as it was written before it shared the LCS: the first and last
 * positions of `b` it aligns and how many it aligns.
 */
function spanAsBefore(
  a: readonly string[],
  b: readonly string[],
): { first: number; last: number; matched: number } | undefined {
  const table: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  let first = -1;
  let last = -1;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      if (first === -1) first = j;
      last = j;
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return first === -1 ? undefined : { first, last, matched: table[0]![0]! };
}

const words = (text: string) => text.split(' ').filter(Boolean);

describe('commonSubsequence', () => {
  it('pairs the words two sentences share, in order', () => {
    const quote = words('the two sides should deepen mutual trust');
    const source = words('he said the two sides should further deepen political mutual trust');
    assert.deepEqual(commonSubsequence(quote, source), [
      [0, 2],
      [1, 3],
      [2, 4],
      [3, 5],
      [4, 7],
      [5, 9],
      [6, 10],
    ]);
  });

  it('nothing in common, or nothing on one side: no pairs', () => {
    assert.deepEqual(commonSubsequence(words('weather was mild'), words('the two sides')), []);
    assert.deepEqual(commonSubsequence([], words('the two sides')), []);
    assert.deepEqual(commonSubsequence(words('the two sides'), []), []);
  });

  it('order counts: crossed words align only one way', () => {
    assert.equal(commonSubsequence(words('a b'), words('b a')).length, 1);
    assert.deepEqual(commonSubsequence(words('a b c'), words('c b a')), [[2, 0]]);
  });

  it('takes a test of sameness for elements of two kinds', () => {
    const folded = [{ folded: 'laos' }, { folded: 'china' }];
    assert.deepEqual(
      commonSubsequence(['Laos', 'China'], folded, (x, y) => x.toLowerCase() === y.folded),
      [
        [0, 0],
        [1, 1],
      ],
    );
  });

  it('pairs equal elements in strictly rising order, as many as a longest common subsequence, as the quotation check did', () => {
    const sequence = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'the'), { maxLength: 25 });
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const pairs = commonSubsequence(a, b);
        for (const [k, [i, j]] of pairs.entries()) {
          assert.equal(a[i], b[j]);
          if (k > 0) assert.ok(i > pairs[k - 1]![0] && j > pairs[k - 1]![1]);
        }
        const before = spanAsBefore(a, b);
        if (!before) assert.deepEqual(pairs, []);
        else assert.deepEqual({ first: pairs[0]![1], last: pairs.at(-1)![1], matched: pairs.length }, before);
      }),
      { numRuns: 2000 },
    );
  });

  it('alignmentScore is the share of the query it aligns', () => {
    assert.equal(alignmentScore(words('a b c d'), words('a x b y')), 0.5);
    assert.equal(alignmentScore([], words('a')), 0);
    assert.equal(alignmentScore(words('a'), []), 0);
  });
});
