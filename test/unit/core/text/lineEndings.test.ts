/** A text's LF form with the way back to its own offsets, and messages on one line. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { oneLine, withLineFeeds } from '../../../../server/src/core/text/lineEndings.js';

describe('the LF form of a text', () => {
  it('writes CR LF and lone CR as LF, and maps each offset back to the original', () => {
    const original = 'Hanoi\r\nVientiane\rPhnom Penh\r\nBangkok';
    const lf = withLineFeeds(original);
    assert.equal(lf.text, 'Hanoi\nVientiane\nPhnom Penh\nBangkok');
    for (const word of ['Hanoi', 'Vientiane', 'Phnom Penh', 'Bangkok']) {
      assert.equal(
        original.slice(lf.toOriginal(lf.text.indexOf(word)), lf.toOriginal(lf.text.indexOf(word) + word.length)),
        word,
      );
    }
    assert.equal(lf.toOriginal(lf.text.length), original.length);
  });

  it('never maps an offset between a CR and its LF', () => {
    const original = 'a\r\nb';
    const lf = withLineFeeds(original);
    assert.equal(lf.toOriginal(1), 1, 'before the line break: before the CR');
    assert.equal(lf.toOriginal(2), 3, 'after it: after the LF');
  });

  it('leaves a text without CR as it is', () => {
    const lf = withLineFeeds('one\ntwo');
    assert.equal(lf.text, 'one\ntwo');
    assert.equal(lf.toOriginal(5), 5);
  });
});

describe('one-line messages', () => {
  it('makes each line break, with the spaces around it, one space', () => {
    assert.equal(oneLine('Laos PDR  \r\n  is not the name'), 'Laos PDR is not the name');
    assert.equal(oneLine('a\u2028b\u0085c\rd'), 'a b c d');
    assert.equal(oneLine('no break'), 'no break');
  });
});
