/** Runs of days: what a date covers, whether two touch, and the order of dated things. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  compareKeys,
  dayKey,
  monthDayOf,
  spanOf,
  spansTouch,
  widen,
} from '../../../../server/src/core/facts/daySpans.js';

describe('the days a date covers', () => {
  it('covers one day, a span, or a whole month', () => {
    assert.deepEqual(spanOf({ date: '2018-11-29' }), { from: '2018-11-29', to: '2018-11-29' });
    assert.deepEqual(spanOf({ date: '2018-11-29', endDate: '2018-12-01' }), { from: '2018-11-29', to: '2018-12-01' });
    assert.deepEqual(spanOf({ date: '2020-02' }), { from: '2020-02-01', to: '2020-02-29' });
    assert.deepEqual(spanOf({ date: '2019-02' }), { from: '2019-02-01', to: '2019-02-28' });
    assert.deepEqual(spanOf({ date: '2019-12' }), { from: '2019-12-01', to: '2019-12-31' });
    // Asked again after other months: each month keeps its own last day.
    assert.deepEqual(spanOf({ date: '2020-02' }), { from: '2020-02-01', to: '2020-02-29' });
  });

  it('ignores an end before the start, and covers nothing without a full year', () => {
    assert.deepEqual(spanOf({ date: '2018-11-29', endDate: '2018-11-28' }), { from: '2018-11-29', to: '2018-11-29' });
    assert.equal(spanOf({ partialDate: '--11-29' }), undefined);
    assert.equal(spanOf({}), undefined);
  });

  it('lets spans touch within the slack and not beyond it', () => {
    const third = { from: '2019-12-03', to: '2019-12-03' };
    const fourth = { from: '2019-12-04', to: '2019-12-04' };
    assert.equal(spansTouch(third, fourth, 1), true);
    assert.equal(spansTouch(fourth, third, 1), true);
    assert.equal(spansTouch(third, fourth, 0), false);
    assert.equal(spansTouch({ from: '2019-12-01', to: '2019-12-05' }, third, 0), true);
    assert.equal(
      spansTouch({ from: '2019-12-31', to: '2019-12-31' }, { from: '2020-01-01', to: '2020-01-02' }, 1),
      true,
    );
  });

  it('widens to the smallest span covering both', () => {
    assert.deepEqual(widen({ from: '2019-04-24', to: '2019-04-25' }, { from: '2019-04-25', to: '2019-04-27' }), {
      from: '2019-04-24',
      to: '2019-04-27',
    });
    assert.deepEqual(widen({ from: '2019-04-24', to: '2019-04-30' }, { from: '2019-04-25', to: '2019-04-27' }), {
      from: '2019-04-24',
      to: '2019-04-30',
    });
  });
});

describe('month-days and sort keys', () => {
  it('gives the month and day of a full or partial date, and none of a month', () => {
    assert.equal(monthDayOf({ date: '2021-03-22' }), '--03-22');
    assert.equal(monthDayOf({ partialDate: '--04-23' }), '--04-23');
    assert.equal(monthDayOf({ date: '2021-03' }), undefined);
    assert.equal(monthDayOf({}), undefined);
  });

  it('sorts full dates in order, then month-days, then undated things', () => {
    const things = [
      {},
      { partialDate: '--01-05' },
      { date: '2021-03-22' },
      { date: '2020-12-31' },
      { partialDate: '--01-02' },
    ];
    const sorted = things
      .map((t) => ({ t, key: dayKey(t) }))
      .sort((a, b) => compareKeys(a.key, b.key))
      .map((x) => x.t);
    assert.deepEqual(sorted, [
      { date: '2020-12-31' },
      { date: '2021-03-22' },
      { partialDate: '--01-02' },
      { partialDate: '--01-05' },
      {},
    ]);
    assert.equal(compareKeys('a', 'a'), 0);
  });
});
