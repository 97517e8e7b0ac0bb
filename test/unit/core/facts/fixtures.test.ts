/**
 * Facts from small corpora written for these tests (`test/fixtures/facts/`), each modelled on
 * how the outlets named reported real events:
 *
 * - Xi Jinping's virtual meeting with Joe Biden: Xinhua dated it 16 November 2021 (Tuesday
 *   morning, Beijing time), AP 15 November (Monday evening, Washington time). One event, with
 *   a date disagreement.
 * - Xi Jinping's talks with To Lam in Beijing on 19 August 2024, reported in Chinese by Xinhua
 *   and in English by VNA. One event: the names, the format and the place (人民大会堂 and
 *   "in Beijing") agree across languages.
 * - Xi Jinping's talks with Nguyen Phu Trong in Hanoi on 12 December 2023, after which the two
 *   sides signed a batch of documents. The Xinhua count (36) is real; the Reuters count (37) is
 *   written in to pin down a number disagreement.
 * - A May 2023 report that Pham Minh Chinh "will visit China next month": a planned visit in
 *   June, and sentences naming two leaders with no event verb, which must give no event.
 *
 * The rest use one-article corpora built in memory.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ingestFiles, readCorpus } from '../../../../server/src/corpus/readCorpus.js';
import { extractFacts } from '../../../../server/src/core/facts/extractFacts.js';
import type { FactIndex } from '../../../../server/src/core/facts/types.js';
import { bundled } from '../../../support/bundled.js';

const FIXTURES = fileURLToPath(new URL('../../../../../test/fixtures/facts/', import.meta.url));

let facts: FactIndex;

before(async () => {
  facts = extractFacts(await readCorpus([FIXTURES]), bundled().index);
});

/** An in-memory article, published on `date` by `outlet` (as a JSONL record would give them). */
function article(text: string, date: string, outlet: string, path = 'mem/article.txt') {
  return { path, text, hints: { single: true, date, outlet } };
}

/** Facts of in-memory articles. */
function factsOf(...articles: ReturnType<typeof article>[]): FactIndex {
  return extractFacts(ingestFiles(articles), bundled().index);
}

describe('grouping across outlets', () => {
  it('makes one event of two outlets reporting the same meeting on different days, with a date disagreement', () => {
    const meetings = facts.events.filter(
      (e) => e.participants.includes('joe-biden') && e.participants.includes('xi-jinping'),
    );
    assert.equal(meetings.length, 1);
    const meeting = meetings[0]!;
    assert.equal(meeting.format, 'virtual meeting');
    assert.deepEqual(meeting.outlets.sort(), ['AP', 'Xinhua']);
    assert.equal(meeting.place, undefined, 'a virtual meeting is not placed by a dateline');
    const date = meeting.disagreements.find((d) => d.field === 'date');
    assert.ok(date, JSON.stringify(meeting.disagreements));
    assert.deepEqual(date.values.map((v) => [v.value, v.sources.map((s) => s.outlet)]).sort(), [
      ['2021-11-15', ['AP']],
      ['2021-11-16', ['Xinhua']],
    ]);
  });

  it('makes one event of a Chinese and an English report of the same talks', () => {
    const talks = facts.events.filter(
      (e) => e.participants.includes('to-lam') && e.participants.includes('xi-jinping'),
    );
    assert.equal(talks.length, 1, talks.map((e) => e.id).join(', '));
    const event = talks[0]!;
    assert.equal(event.format, 'talks');
    assert.equal(event.date, '2024-08-19');
    assert.equal(event.place, 'Beijing');
    assert.equal(event.reports.length, 2);
    assert.ok(event.reports.some((r) => r.text.startsWith('新华社北京8月19日电')));
    assert.deepEqual(event.outlets.sort(), ['Vietnam News Agency', 'Xinhua']);
    assert.deepEqual(event.disagreements, []);
  });

  it('compares the counts of documents signed, whatever each outlet calls them', () => {
    const talks = facts.events.find((e) => e.participants.includes('nguyen-phu-trong'));
    assert.ok(talks);
    assert.equal(talks.format, 'talks');
    assert.equal(talks.place, 'Hanoi');
    assert.deepEqual(talks.outlets.sort(), ['Reuters', 'Xinhua']);
    const counts = talks.disagreements.find((d) => d.field === 'number');
    assert.ok(counts);
    assert.equal(counts.subject, 'documents signed');
    assert.deepEqual(counts.values.map((v) => v.value).sort(), ['36', '37']);
  });
});

describe('what is not an event', () => {
  it('gives no event for a sentence naming two leaders without an event verb', () => {
    assert.ok(!facts.events.some((e) => e.participants.includes('thongloun-sisoulith')));
    assert.ok(!facts.events.some((e) => e.participants.includes('li-qiang')));
    const none = factsOf(
      article(
        'VIENTIANE, June 4 (Xinhua) -- Lao President Thongloun Sisoulith and Chinese President Xi Jinping both stressed the importance of the China-Laos Railway.\n\nThe railway opened in December 2021.\n',
        '2024-06-04',
        'Xinhua',
      ),
    );
    assert.deepEqual(none.events, []);
  });

  it('reads "will visit next month" as a planned visit in that month', () => {
    const visit = facts.events.find((e) => e.participants.includes('pham-minh-chinh'));
    assert.ok(visit);
    assert.equal(visit.format, 'visit');
    assert.equal(visit.planned, true);
    assert.equal(visit.date, '2023-06');
    assert.equal(visit.place, 'China');
  });

  it('skips sentences that look back at earlier events', () => {
    const old = factsOf(
      article(
        'BEIJING, June 12 (Xinhua) -- Chinese President Xi Jinping has met Lao President Thongloun Sisoulith many times since 2021.\n\nIn 2019, Xi Jinping held talks with Bounnhang Vorachith in Beijing.\n',
        '2024-06-12',
        'Xinhua',
      ),
    );
    assert.deepEqual(old.events, []);
  });

  it('does not take "visited a restaurant" for a visit; "visiting Cuban President" reports his visit under way that day', () => {
    const facts = factsOf(
      article(
        'While in Beijing, Secretary of State Antony Blinken visited a record store.\n\nChina on Thursday received visiting Cuban President Miguel Diaz-Canel Bermudez.\n',
        '2024-04-27',
        'The New York Times',
      ),
    );
    const visits = facts.events.filter((e) => e.format === 'visit');
    assert.deepEqual(
      visits.map((v) => [v.participants, v.date, v.dateBasis]),
      [[['miguel-diaz-canel'], '2024-04-25', 'relative']],
    );
  });
});

describe('single reports', () => {
  it('dates "on Friday" by the latest Friday not after the article date', () => {
    const text =
      'BEIJING (Xinhua) -- Chinese President Xi Jinping met with Lao President Thongloun Sisoulith in Beijing on Friday.\n';
    const [event] = factsOf(article(text, '2023-10-21', 'Xinhua')).events;
    assert.equal(event?.date, '2023-10-20');
    assert.equal(event?.reports[0]?.dateBasis, 'relative');
    assert.equal(event?.place, 'Beijing');
  });

  it("gives a later meeting with a pronoun subject the article's lead person", () => {
    const text =
      'HANOI, Sept. 10 (VNA) – Lao President Thongloun Sisoulith held talks with Vietnamese President To Lam in Hanoi on Tuesday.\n\nLater the same day, he met with Prime Minister Pham Minh Chinh.\n';
    const events = factsOf(article(text, '2024-09-10', 'VNA')).events;
    const meeting = events.find((e) => e.format === 'meeting');
    assert.deepEqual(meeting?.participants.sort(), ['pham-minh-chinh', 'thongloun-sisoulith']);
    assert.equal(events.find((e) => e.format === 'talks')?.date, '2024-09-10');
  });

  it('reads figures with their units and adds the documents of a signing to the meeting before it', () => {
    const text =
      'BEIJING, Oct. 20 (Xinhua) -- Chinese President Xi Jinping met with Lao President Thongloun Sisoulith in Beijing on Friday.\n\nAfter the meeting, the two leaders signed the 2024-2028 Action Plan and witnessed the signing of 10 bilateral cooperation documents.\n\nThe China-Laos Railway has carried more than 10 million tons of cargo.\n';
    const [meeting, ...rest] = factsOf(article(text, '2023-10-20', 'Xinhua')).events;
    assert.equal(rest.length, 0);
    assert.deepEqual(meeting?.documents, ['cpc-lprp-action-plan-2024-2028']);
    assert.deepEqual(meeting?.reports[0]?.documentDetails, [
      { id: 'cpc-lprp-action-plan-2024-2028', years: '2024-2028' },
    ]);
    assert.deepEqual(
      meeting?.reports[0]?.numbers.map((n) => [n.value, n.unit]),
      [['10', 'document']],
    );
  });

  it('flags two reports that give an agreement different years', () => {
    const a =
      'BEIJING, Oct. 20 (Xinhua) -- Chinese President Xi Jinping held talks with Lao President Thongloun Sisoulith in Beijing on Friday, and the two leaders signed the 2024-2028 Action Plan.\n';
    const b =
      'VIENTIANE, Oct. 21 (KPL) -- Lao President Thongloun Sisoulith held talks with Chinese President Xi Jinping in Beijing on Oct. 20 and signed the 2023-2028 Action Plan.\n';
    const facts2 = factsOf(
      article(a, '2023-10-20', 'Xinhua', 'mem/a.txt'),
      article(b, '2023-10-21', 'KPL', 'mem/b.txt'),
    );
    assert.equal(facts2.events.length, 1, facts2.events.map((e) => e.id).join(', '));
    const years = facts2.events[0]!.disagreements.find((d) => d.field === 'years');
    assert.ok(years, JSON.stringify(facts2.events[0]!.disagreements));
    assert.equal(years.subject, 'cpc-lprp-action-plan-2024-2028');
    assert.deepEqual(years.values.map((v) => v.value).sort(), ['2023-2028', '2024-2028']);
  });

  it('keeps visits to two countries apart even when the dates touch, and makes one visit per stop of a trip', () => {
    const text =
      'BEIJING, April 11 (Xinhua) -- President Xi Jinping will pay a state visit to Viet Nam from April 14 to 15.\n\nPresident Xi Jinping will pay a state visit to Malaysia and Cambodia from April 15 to 18.\n';
    const visits = factsOf(article(text, '2025-04-11', 'Xinhua')).events.filter((e) => e.format === 'state visit');
    assert.deepEqual(
      visits.map((v) => [v.place, v.date, v.endDate, v.planned]),
      [
        ['Viet Nam', '2025-04-14', '2025-04-15', true],
        ['Malaysia', '2025-04-15', '2025-04-18', true],
        ['Cambodia', '2025-04-15', '2025-04-18', true],
      ],
    );
  });
});
