/** Reports of the same event across articles grouped: same family, people in common, dates that touch. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportDraft } from '../../../../server/src/core/facts/articleEvents.js';
import { groupReports } from '../../../../server/src/core/facts/groupReports.js';
import type { EventReport } from '../../../../server/src/core/facts/types.js';
import { reportDraft } from '../../../support/reportDrafts.js';

const PAIR = ['anwar-ibrahim', 'prabowo-subianto'];

/** A report by `article` of a meeting of the pair on `date` (or undated), with other fields as given. */
function meeting(
  article: string,
  date: Partial<EventReport>,
  draft: Partial<Omit<ReportDraft, 'report'>> = {},
  format: EventReport['format'] = 'talks',
): ReportDraft {
  return reportDraft(article, { format, participants: PAIR, ...date }, draft);
}

/** The clusters as lists of the articles they hold, with their span. */
function grouped(drafts: readonly ReportDraft[]): string[] {
  return groupReports(drafts).map(
    (c) => `${c.drafts.map((d) => d.report.source.path).join(' + ')}${c.span ? ` [${c.span.from}..${c.span.to}]` : ''}`,
  );
}

describe('dated reports', () => {
  it('groups reports of one family and pair at most a day apart, and widens the span', () => {
    assert.deepEqual(
      grouped([
        meeting('Bernama', { date: '2024-06-27' }),
        meeting('Antara', { date: '2024-06-28' }, {}, 'meeting'),
        meeting('Reuters', { date: '2024-07-01' }),
      ]),
      ['Bernama + Antara [2024-06-27..2024-06-28]', 'Reuters [2024-07-01..2024-07-01]'],
    );
  });

  it('keeps apart other families, other pairs, and visits to other countries', () => {
    const visit = (article: string, country: string) =>
      reportDraft(
        article,
        { format: 'official visit', participants: ['anwar-ibrahim'], date: '2024-06-27' },
        { placeCountry: country },
      );
    assert.equal(
      groupReports([
        meeting('Bernama', { date: '2024-06-27' }),
        reportDraft('Antara', { format: 'signing', participants: PAIR, date: '2024-06-27' }),
      ]).length,
      2,
    );
    assert.equal(
      groupReports([
        meeting('Bernama', { date: '2024-06-27' }),
        reportDraft('Antara', {
          format: 'talks',
          participants: ['anwar-ibrahim', 'lawrence-wong'],
          date: '2024-06-27',
        }),
      ]).length,
      2,
    );
    assert.deepEqual(
      grouped([visit('Bernama', 'indonesia'), visit('Antara', 'indonesia'), visit('Straits Times', 'singapore')]),
      ['Bernama + Antara [2024-06-27..2024-06-27]', 'Straits Times [2024-06-27..2024-06-27]'],
    );
  });

  it('keeps apart two visits its own article sends to two cities it names, one of them in no country known', () => {
    const stop = (article: string, place: string) =>
      reportDraft(article, { format: 'visit', participants: ['anwar-ibrahim'], date: '2024-06-27', place });
    assert.deepEqual(grouped([stop('Arab News', 'Abu Dhabi'), stop('Arab News', 'Riyadh')]), [
      'Arab News [2024-06-27..2024-06-27]',
      'Arab News [2024-06-27..2024-06-27]',
    ]);
    // Two outlets naming two cities for one visit: the outlets disagree, the visit is one.
    assert.deepEqual(grouped([stop('Arab News', 'Abu Dhabi'), stop('Gulf News', 'Riyadh')]), [
      'Arab News + Gulf News [2024-06-27..2024-06-27]',
    ]);
    // One article naming one city twice: one visit.
    assert.deepEqual(grouped([stop('Arab News', 'Riyadh'), stop('Arab News', 'Riyadh')]), [
      'Arab News + Arab News [2024-06-27..2024-06-27]',
    ]);
  });

  it('groups a report naming three people with each pair it shares', () => {
    const three = reportDraft('Xinhua', {
      format: 'meeting',
      participants: [...PAIR, 'lawrence-wong'],
      date: '2024-06-27',
    });
    assert.equal(groupReports([meeting('Bernama', { date: '2024-06-27' }), three]).length, 1);
  });
});

describe('reports without a full date', () => {
  it('joins a month and day without a year to the one cluster within a day of it', () => {
    assert.deepEqual(
      grouped([meeting('Bernama', { date: '2024-06-27' }), meeting('Scrape', { partialDate: '--06-28' })]),
      ['Bernama + Scrape [2024-06-27..2024-06-27]'],
    );
  });

  it('leaves a month and day alone when two years have a cluster on it', () => {
    assert.deepEqual(
      grouped([
        meeting('Bernama', { date: '2023-06-27' }),
        meeting('Antara', { date: '2024-06-27' }),
        meeting('Scrape', { partialDate: '--06-27' }),
      ]),
      ['Bernama [2023-06-27..2023-06-27]', 'Antara [2024-06-27..2024-06-27]', 'Scrape'],
    );
  });

  it('joins an undated report to a cluster holding a report of its story, and not otherwise', () => {
    const dated = meeting('Bernama', { date: '2024-06-27' }, { storyId: 'summit-story' });
    assert.deepEqual(grouped([dated, meeting('Undated', {}, { storyId: 'summit-story' })]), [
      'Bernama + Undated [2024-06-27..2024-06-27]',
    ]);
    assert.deepEqual(grouped([dated, meeting('Undated', {}, { storyId: 'another-story' })]), [
      'Bernama [2024-06-27..2024-06-27]',
      'Undated',
    ]);
  });

  it('groups undated reports placed in the same country', () => {
    assert.deepEqual(
      grouped([
        meeting('Undated one', {}, { placeCountry: 'malaysia' }),
        meeting('Undated two', {}, { placeCountry: 'malaysia' }),
        meeting('Undated three', {}, { placeCountry: 'indonesia' }),
      ]),
      ['Undated one + Undated two', 'Undated three'],
    );
  });

  it('anchors an undated article whose two reports each fit one dated event within a week', () => {
    const visit = reportDraft(
      'Bernama',
      { format: 'official visit', participants: ['anwar-ibrahim'], date: '2024-06-27', endDate: '2024-06-29' },
      { placeCountry: 'indonesia' },
    );
    const talks = meeting('Antara', { date: '2024-06-28' });
    const undatedVisit = reportDraft(
      'Undated',
      { format: 'visit', participants: ['anwar-ibrahim'] },
      { placeCountry: 'indonesia', storyId: 'undated-story' },
    );
    const undatedTalks = meeting('Undated', {}, { storyId: 'undated-story' });
    assert.deepEqual(grouped([visit, talks, undatedVisit, undatedTalks]), [
      'Bernama + Undated [2024-06-27..2024-06-29]',
      'Antara + Undated [2024-06-28..2024-06-28]',
    ]);
    // Alone, one fitting report says too little: the corpus may lack the other time they met.
    assert.deepEqual(grouped([talks, meeting('Undated', {}, { storyId: 'undated-story' })]), [
      'Antara [2024-06-28..2024-06-28]',
      'Undated',
    ]);
  });
});
