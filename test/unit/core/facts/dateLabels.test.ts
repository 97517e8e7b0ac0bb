/** An event's date as a reader should take it, with how it was found. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDate } from '../../../../server/src/core/facts/dateLabels.js';

it('writes a day, a span, a month-day or undated, with how the date was found', () => {
  assert.equal(describeDate({ date: '2023-10-20', dateBasis: 'relative' }), '2023-10-20 (relative)');
  assert.equal(
    describeDate({ date: '2018-11-29', endDate: '2018-12-01', dateBasis: 'explicit' }),
    '2018-11-29 – 2018-12-01 (stated)',
  );
  assert.equal(describeDate({ date: '2018-11-29', endDate: '2018-12-01' }, ' to '), '2018-11-29 to 2018-12-01');
  assert.equal(describeDate({ partialDate: '--04-23', dateBasis: 'dateline' }), '--04-23 (dateline)');
  assert.equal(describeDate({ date: '2023-03-29', dateBasis: 'other-report' }), '2023-03-29 (other report)');
  assert.equal(describeDate({}), 'undated');
  assert.equal(describeDate({ dateBasis: 'published' }), 'undated');
});

it('writes a publication date as a bound: the event was on or before it', () => {
  assert.equal(describeDate({ date: '2025-09-05', dateBasis: 'published' }), 'by 2025-09-05 (published)');
});
