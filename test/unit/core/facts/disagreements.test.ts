/** Where the reports of one event differ: only what they state, and only what cannot both be right. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { disagreementsOf, hasStatedDate } from '../../../../server/src/core/facts/disagreements.js';
import type { Disagreement } from '../../../../server/src/core/facts/types.js';
import { reportDraft } from '../../../support/reportDrafts.js';

/** Each disagreement as `field[subject]: value (outlets) | value (outlets)`. */
function described(list: readonly Disagreement[]): string[] {
  return list.map(
    (d) =>
      `${d.field}${d.subject ? `[${d.subject}]` : ''}: ${d.values.map((v) => `${v.value} (${v.sources.map((s) => s.outlet).join(', ')})`).join(' | ')}`,
  );
}

const PEOPLE = ['joko-widodo', 'lee-hsien-loong'];

describe('dates', () => {
  it('finds two stated days that cannot both be right', () => {
    const found = disagreementsOf([
      reportDraft('Antara', { format: 'meeting', participants: PEOPLE, date: '2019-10-08', dateBasis: 'explicit' }),
      reportDraft('Straits Times', {
        format: 'meeting',
        participants: PEOPLE,
        date: '2019-10-09',
        dateBasis: 'relative',
      }),
    ]);
    assert.deepEqual(described(found), ['date: 2019-10-08 (Antara) | 2019-10-09 (Straits Times)']);
  });

  it('lets a day inside a span, and a publication date, stand beside a stated day', () => {
    assert.deepEqual(
      disagreementsOf([
        reportDraft('Antara', {
          format: 'state visit',
          participants: PEOPLE,
          date: '2019-10-07',
          endDate: '2019-10-09',
          dateBasis: 'explicit',
        }),
        reportDraft('Straits Times', {
          format: 'state visit',
          participants: PEOPLE,
          date: '2019-10-08',
          dateBasis: 'explicit',
        }),
        reportDraft('Jakarta Post', {
          format: 'state visit',
          participants: PEOPLE,
          date: '2019-10-10',
          dateBasis: 'published',
        }),
      ]),
      [],
    );
  });

  it('compares month-days when a year is missing', () => {
    assert.deepEqual(
      described(
        disagreementsOf([
          reportDraft('Antara', {
            format: 'meeting',
            participants: PEOPLE,
            partialDate: '--10-08',
            dateBasis: 'dateline',
          }),
          reportDraft('Straits Times', {
            format: 'meeting',
            participants: PEOPLE,
            date: '2019-10-09',
            dateBasis: 'explicit',
          }),
        ]),
      ),
      ['date: --10-08 (Antara) | 2019-10-09 (Straits Times)'],
    );
    assert.deepEqual(
      disagreementsOf([
        reportDraft('Antara', {
          format: 'meeting',
          participants: PEOPLE,
          partialDate: '--10-08',
          dateBasis: 'dateline',
        }),
        reportDraft('Straits Times', {
          format: 'meeting',
          participants: PEOPLE,
          date: '2019-10-08',
          dateBasis: 'explicit',
        }),
      ]),
      [],
    );
  });

  it('counts only stated dates', () => {
    assert.equal(hasStatedDate(reportDraft('a', { format: 'meeting', dateBasis: 'dateline' }).report), true);
    assert.equal(hasStatedDate(reportDraft('a', { format: 'meeting', dateBasis: 'published' }).report), false);
    assert.equal(hasStatedDate(reportDraft('a', { format: 'meeting', dateBasis: 'other-report' }).report), false);
    assert.equal(hasStatedDate(reportDraft('a', { format: 'meeting' }).report), false);
  });
});

describe('places and formats', () => {
  it('finds two cities, but not a city and the country it is in, nor a dateline city', () => {
    const bogor = reportDraft(
      'Antara',
      { format: 'meeting', participants: PEOPLE, place: 'Bogor' },
      { placeCountry: 'indonesia' },
    );
    const singapore = reportDraft(
      'Straits Times',
      { format: 'meeting', participants: PEOPLE, place: 'Singapore' },
      { placeCountry: 'singapore' },
    );
    const indonesia = reportDraft(
      'Reuters',
      { format: 'meeting', participants: PEOPLE, place: 'Indonesia' },
      { placeCountry: 'indonesia', placeIsCountry: true },
    );
    const datelineOnly = reportDraft(
      'AFP',
      { format: 'meeting', participants: PEOPLE, place: 'Jakarta' },
      { placeCountry: 'indonesia', placeFromText: false },
    );
    assert.deepEqual(described(disagreementsOf([bogor, singapore])), [
      'place: Bogor (Antara) | Singapore (Straits Times)',
    ]);
    assert.deepEqual(disagreementsOf([bogor, indonesia, datelineOnly]), []);
  });

  it('finds two formats of one family, but not the generic visit beside a state visit', () => {
    assert.deepEqual(
      described(
        disagreementsOf([
          reportDraft('Xinhua', { format: 'talks', participants: PEOPLE }),
          reportDraft('Antara', { format: 'meeting', participants: PEOPLE }),
        ]),
      ),
      ['format: talks (Xinhua) | meeting (Antara)'],
    );
    assert.deepEqual(
      disagreementsOf([
        reportDraft('Xinhua', { format: 'state visit', participants: PEOPLE }),
        reportDraft('Antara', { format: 'visit', participants: PEOPLE }),
      ]),
      [],
    );
  });
});

describe('figures and agreements', () => {
  it('compares counts of documents signed across units, and hours of talks', () => {
    const found = disagreementsOf([
      reportDraft('Xinhua', {
        format: 'signing',
        numbers: [
          { value: '36', unit: 'document', context: '' },
          { value: 'about 3', unit: 'hour', context: '' },
        ],
      }),
      reportDraft('Antara', {
        format: 'signing',
        numbers: [
          { value: '37', unit: 'agreement', context: '' },
          { value: 'about 3', unit: 'hour', context: '' },
        ],
      }),
      reportDraft('Reuters', { format: 'signing', numbers: [{ value: '1.5 billion', unit: 'person', context: '' }] }),
    ]);
    assert.deepEqual(described(found), ['number[documents signed]: 36 (Xinhua) | 37 (Antara)']);
  });

  it('finds an agreement given two different terms of years', () => {
    const found = disagreementsOf([
      reportDraft('Xinhua', {
        format: 'signing',
        documents: ['action-plan'],
        documentDetails: [{ id: 'action-plan', years: '2024-2028' }],
      }),
      reportDraft('Antara', {
        format: 'signing',
        documents: ['action-plan'],
        documentDetails: [{ id: 'action-plan', years: '2024-2029' }],
      }),
      reportDraft('Reuters', {
        format: 'signing',
        documents: ['action-plan'],
        documentDetails: [{ id: 'action-plan' }],
      }),
    ]);
    assert.deepEqual(described(found), ['years[action-plan]: 2024-2028 (Xinhua) | 2024-2029 (Antara)']);
  });

  it('is quiet when every report agrees', () => {
    const same = (outlet: string) =>
      reportDraft(outlet, {
        format: 'talks',
        participants: PEOPLE,
        date: '2019-10-08',
        dateBasis: 'explicit',
        place: 'Bogor',
        numbers: [{ value: '5', unit: 'document', context: '' }],
      });
    assert.deepEqual(disagreementsOf([same('Xinhua'), same('Antara'), same('Straits Times')]), []);
  });
});
