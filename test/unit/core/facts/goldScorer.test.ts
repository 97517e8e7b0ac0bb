/**
 * The gold-set scorer's own rules, on events built by hand: what it counts as a false event or a
 * non-event taken decides the figures every gold set prints.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CorpusEvent, FactIndex } from '../../../../server/src/core/facts/types.js';
import { bundled } from '../../../support/bundled.js';
import { scoreFacts, type GoldSet } from '../../../support/factsGold.js';

const ARTICLE = '2024-10-24-example-modi-kazan.md#0';
const ANNOUNCED = 'He is scheduled to hold talks with President Vladimir Putin today.';
const HELD = 'Modi held talks with President Xi Jinping in Kazan on Wednesday.';

const gold: GoldSet = {
  corpus: 'example',
  events: [
    {
      id: 'modi-xi-talks',
      format: 'talks',
      date: '2024-10-23',
      participants: ['narendra-modi', 'xi-jinping'],
      place: 'Kazan',
      outlets: 1,
      reports: [{ article: ARTICLE, basis: 'relative', quote: HELD }],
    },
  ],
  notEvents: [{ article: ARTICLE, why: 'announcement', quote: ANNOUNCED }],
};

function event(text: string, fields: Partial<CorpusEvent>): CorpusEvent {
  return {
    id: text,
    format: 'talks',
    planned: false,
    participants: ['narendra-modi'],
    documents: [],
    outlets: ['Example'],
    reports: [
      {
        format: 'talks',
        planned: fields.planned ?? false,
        participants: fields.participants ?? ['narendra-modi'],
        documents: [],
        documentDetails: [],
        numbers: [],
        source: { articleId: `corpus/${ARTICLE}`, path: 'corpus/example.md', outlet: 'Example', start: 0, end: 1 },
        text,
      },
    ],
    ...fields,
  } as CorpusEvent;
}

const held = event(HELD, {
  date: '2024-10-23',
  participants: ['narendra-modi', 'xi-jinping'],
  place: 'Kazan',
});
const score = (events: CorpusEvent[]) => scoreFacts(gold, { events } as unknown as FactIndex, bundled().kb);

describe('the gold-set scorer', () => {
  it('takes an announcement listed as planned as what the product should do with it: no false event, no non-event taken', () => {
    const s = score([held, event(ANNOUNCED, { planned: true, date: '2024-10-24', place: 'Kazan' })]);
    assert.equal(s.spurious, 0);
    assert.equal(s.notEventsTaken, 0);
    assert.equal(s.precision, 1);
  });

  it('counts an announcement listed as held against the extraction, twice', () => {
    const s = score([held, event(ANNOUNCED, { planned: false, date: '2024-10-24', place: 'Kazan' })]);
    assert.equal(s.spurious, 1);
    assert.equal(s.notEventsTaken, 1);
    assert.equal(s.precision, 1 / 2);
  });

  it('takes a span of one day for that day, written either way, and a longer span for another date', () => {
    const oneDay = event(HELD, { ...held, endDate: '2024-10-23' });
    assert.deepEqual(score([oneDay]).exactDates, { right: 1, of: 1 });
    const twoDays = event(HELD, { ...held, endDate: '2024-10-24' });
    assert.deepEqual(score([twoDays]).exactDates, { right: 0, of: 1 });
  });

  it('counts a planned event read from a sentence that is no announcement as false', () => {
    const other = 'Modi is expected to raise the question of trade.';
    const s = score([held, event(other, { planned: true, date: '2024-10-24' })]);
    assert.equal(s.spurious, 1);
  });
});
