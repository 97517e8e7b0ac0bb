/** Reports of undated articles that name only a weekday, dated by the visits other reports date. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { settleWeekdays } from '../../../../server/src/core/facts/weekdays.js';
import type { ReportDraft } from '../../../../server/src/core/facts/articleEvents.js';
import { reportDraft } from '../../../support/reportDrafts.js';

// Anwar Ibrahim's official visit to China ran from Wednesday 29 March to Saturday 1 April 2023.
const datedVisit = reportDraft(
  'Bernama',
  {
    format: 'official visit',
    participants: ['anwar-ibrahim'],
    date: '2023-03-29',
    endDate: '2023-04-01',
    dateBasis: 'explicit',
    place: 'Beijing',
  },
  { placeCountry: 'china' },
);

/** The undated page's visit, arriving on a weekday. */
function arrivalOn(day: number, country = 'china'): ReportDraft {
  return reportDraft(
    'Undated page',
    { format: 'visit', participants: ['anwar-ibrahim'] },
    { placeCountry: country, weekday: { day, role: 'start' } },
  );
}

function dates(drafts: readonly ReportDraft[]): (string | undefined)[] {
  return drafts.map((d) =>
    d.report.date
      ? `${d.report.date}${d.report.endDate ? `..${d.report.endDate}` : ''} ${d.report.dateBasis}`
      : undefined,
  );
}

describe('weekdays settled by another report', () => {
  it('dates a visit starting on the weekday the undated page names, and a meeting on a weekday within it', () => {
    const meeting = reportDraft(
      'Undated page',
      { format: 'talks', participants: ['li-qiang', 'anwar-ibrahim'] },
      { placeCountry: 'china', weekday: { day: 5, role: 'day' } },
    );
    const settled = settleWeekdays([datedVisit, arrivalOn(3), meeting]);
    assert.deepEqual(dates(settled), [
      '2023-03-29..2023-04-01 explicit',
      '2023-03-29..2023-04-01 other-report',
      '2023-03-31 other-report',
    ]);
    assert.equal(settled[1]!.weekday, undefined, 'a settled report no longer waits for its weekday');
  });

  it('dates the undated article’s other reports of the same visit by the visit it was anchored to', () => {
    const sameVisit = reportDraft(
      'Undated page',
      { format: 'visit', participants: ['anwar-ibrahim'] },
      { placeCountry: 'china' },
    );
    assert.deepEqual(
      dates(settleWeekdays([datedVisit, arrivalOn(3), sameVisit]))[2],
      '2023-03-29..2023-04-01 other-report',
    );
  });

  it('leaves the report undated when the weekday fits no visit, or a visit to another country', () => {
    assert.deepEqual(dates(settleWeekdays([datedVisit, arrivalOn(4)])), ['2023-03-29..2023-04-01 explicit', undefined]);
    assert.deepEqual(dates(settleWeekdays([datedVisit, arrivalOn(3, 'japan')])), [
      '2023-03-29..2023-04-01 explicit',
      undefined,
    ]);
  });

  it('leaves the report undated when two visits fit', () => {
    const laterVisit = reportDraft(
      'Bernama',
      {
        format: 'official visit',
        participants: ['anwar-ibrahim'],
        date: '2024-11-06',
        endDate: '2024-11-09',
        dateBasis: 'explicit',
      },
      { placeCountry: 'china' },
    );
    // 6 November 2024 was a Wednesday too.
    assert.deepEqual(dates(settleWeekdays([datedVisit, laterVisit, arrivalOn(3)]))[2], undefined);
  });

  it('does not place a meeting inside a visit its own article does not speak of', () => {
    const meeting = reportDraft(
      'Other undated page',
      { format: 'talks', participants: ['li-qiang', 'anwar-ibrahim'] },
      { placeCountry: 'china', weekday: { day: 5, role: 'day' } },
    );
    assert.deepEqual(dates(settleWeekdays([datedVisit, meeting]))[1], undefined);
  });

  it('copies the drafts and never changes them', () => {
    const arrival = arrivalOn(3);
    const before = structuredClone(arrival);
    const settled = settleWeekdays([datedVisit, arrival]);
    assert.deepEqual(arrival, before);
    assert.notEqual(settled[1], arrival);
    const without = [datedVisit];
    assert.notEqual(settleWeekdays(without), without);
    assert.deepEqual(settleWeekdays(without), without);
  });
});
