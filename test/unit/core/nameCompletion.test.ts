/** Names and titles completed from the text typed before the cursor, ranked, for the offices held on the document's date. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_HOUSE_STYLE } from '../../../server/src/core/checks/houseStyle.js';
import { completeNames } from '../../../server/src/core/nameCompletion.js';
import { smallKnowledgeBase } from '../../support/smallKnowledgeBase.js';

const { kb } = smallKnowledgeBase();

/** The completions at the end of `text` (or at `offset`), each as the text with the replaced part in brackets. */
function completions(text: string, date = '2019-02-27', offset = text.length): string[] {
  return completeNames(text, offset, kb, { date, houseStyle: DEFAULT_HOUSE_STYLE }).map((c) => {
    assert.equal(c.end, offset, 'a completion ends at the cursor');
    return `${text.slice(0, c.start)}[${c.text}] ${c.form}`;
  });
}

describe('name completion', () => {
  it('completes a name from its first letters, replacing what was typed of it', () => {
    assert.deepEqual(completions('They met Jok'), ['They met [Joko Widodo] name']);
    assert.deepEqual(completions('They met Joko Wi'), ['They met [Joko Widodo] name']);
  });

  it('completes a typed title with the holder, then the office’s formal title, replacing the title typed', () => {
    assert.deepEqual(completions('They met Indonesian Pre').slice(0, 2), [
      'They met [Indonesian President Joko Widodo] title',
      'They met [President of the Republic of Indonesia Joko Widodo] formal-title',
    ]);
  });

  it('offers a title only for an office the person held on the document’s date', () => {
    const in2019 = completions('The General Secretary ', '2019-02-27');
    const in2023 = completions('The General Secretary ', '2023-01-01');
    assert.ok(!in2019.includes('The [General Secretary Kim Jong Un] title'), in2019.join('\n'));
    assert.equal(in2023[0], 'The [General Secretary Kim Jong Un] title');
    assert.ok(
      completions('Vietnamese President Nguyen', '2019-02-27').includes(
        '[Vietnamese President Nguyen Phu Trong] title',
      ),
    );
    assert.deepEqual(completions('Vietnamese President Nguyen', '2022-01-01'), [
      'Vietnamese President [Nguyen Phu Trong] name',
      'Vietnamese President [Nguyen Xuan Phuc] name',
    ]);
  });

  it('completes a Chinese title and name typed together', () => {
    assert.deepEqual(completions('越共中央总书记阮'), ['越共中央[总书记阮富仲] title']);
  });

  it('offers nothing inside a word, or for letters no name begins with', () => {
    assert.deepEqual(completions('They met Jokx'), []);
    assert.deepEqual(completions('Joko Widodo arrived', '2019-02-27', 2), []);
  });
});
