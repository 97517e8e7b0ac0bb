/** The words before a title that say it was held in the past. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { PAST_TITLE } from '../../../../server/src/core/facts/pastTitles.js';

it('recognizes then-, former, the late and 时任 right before a title', () => {
  for (const before of ['then-', 'then ', 'the former ', 'ex-', 'the late ', 'onetime ', '时任', '已故', '前任 '])
    assert.ok(PAST_TITLE.test(before), before);
});

it('does not take other words, or a past word further back, for one', () => {
  for (const before of ['the ', 'current ', 'Laotian ', 'the former minister met the ', 'lately ', '现任'])
    assert.ok(!PAST_TITLE.test(before), before);
});
