/** The facts of a few changed files laid over the corpus's, and the corpus's without what those files said. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportDraft } from '../../../../server/src/core/facts/articleEvents.js';
import { eventsOf } from '../../../../server/src/core/facts/corpusEvents.js';
import type { FactLookup } from '../../../../server/src/core/facts/factLookup.js';
import {
  eventsWithoutArticles,
  layerEntityEvents,
  layerFacts,
} from '../../../../server/src/core/facts/layeredFacts.js';
import type { CorpusEvent, EventReport, TitleSighting } from '../../../../server/src/core/facts/types.js';
import { reportDraft } from '../../../support/reportDrafts.js';

const PAIR = ['emmanuel-macron', 'narendra-modi'];

/** One event per report, as a corpus with one outlet per event would have it. */
function event(outlet: string, fields: Partial<EventReport> & Pick<EventReport, 'format'>): CorpusEvent {
  const draft: ReportDraft = reportDraft(outlet, { participants: PAIR, text: outlet, ...fields });
  return eventsOf([{ drafts: [draft], countries: new Set() }])[0]!;
}

function sighting(outlet: string, title: string, date?: string): TitleSighting {
  return {
    entityId: 'narendra-modi',
    title,
    ...(date ? { date } : {}),
    position: 'before',
    start: 0,
    end: 1,
    source: { articleId: `${outlet}#0`, path: outlet, outlet, start: 0, end: 1 },
  };
}

function lookup(titles: TitleSighting[], events: CorpusEvent[]): FactLookup {
  return {
    titlesByEntity: { get: (id) => (id === 'narendra-modi' && titles.length > 0 ? titles : undefined) },
    eventsByEntity: { get: (id) => (PAIR.includes(id) && events.length > 0 ? events : undefined) },
  };
}

describe('an entity’s events with a layer laid over them', () => {
  it('joins a layer event to the corpus event it reports: same family, a day apart, the same people', () => {
    const base = [
      event('PIB', { format: 'talks', date: '2023-07-14' }),
      event('AFP', { format: 'talks', date: '2023-09-10' }),
    ];
    const laid = layerEntityEvents(base, [event('Le Monde', { format: 'meeting', date: '2023-07-15' })]);
    assert.equal(laid.length, 2);
    assert.deepEqual(laid[0]!.outlets, ['PIB', 'Le Monde']);
    assert.equal(laid[0]!.reports.length, 2);
    assert.deepEqual(base[0]!.outlets, ['PIB'], 'the corpus event is not changed');
  });

  it('adds a layer event of another family, another day or other people as a new one, in day order', () => {
    const base = [
      event('PIB', { format: 'talks', date: '2023-07-14' }),
      event('AFP', { format: 'talks', date: '2023-09-10' }),
    ];
    const laid = layerEntityEvents(base, [
      event('Le Monde', { format: 'signing', date: '2023-07-14' }),
      event('Reuters', { format: 'talks', date: '2023-08-01' }),
      event('DD News', { format: 'talks', date: '2023-07-14', participants: ['narendra-modi', 'olaf-scholz'] }),
    ]);
    assert.deepEqual(
      laid.map((e) => `${e.date} ${e.format} ${e.outlets.join('+')}`),
      [
        '2023-07-14 talks PIB',
        '2023-07-14 signing Le Monde',
        '2023-07-14 talks DD News',
        '2023-08-01 talks Reuters',
        '2023-09-10 talks AFP',
      ],
    );
  });

  it('joins events without a year only on the same month and day', () => {
    const base = [event('PIB', { format: 'talks', partialDate: '--07-14' })];
    assert.equal(layerEntityEvents(base, [event('Le Monde', { format: 'talks', partialDate: '--07-14' })]).length, 1);
    assert.equal(layerEntityEvents(base, [event('Le Monde', { format: 'talks', partialDate: '--07-15' })]).length, 2);
  });

  it('returns a copy of the corpus events when the layer has none', () => {
    const base = [event('PIB', { format: 'talks', date: '2023-07-14' })];
    const laid = layerEntityEvents(base, []);
    assert.deepEqual(laid, base);
    assert.notEqual(laid, base);
  });
});

describe('the corpus without some articles', () => {
  it('drops those articles’ reports, and an event left with none', () => {
    const joined = layerEntityEvents(
      [event('PIB', { format: 'talks', date: '2023-07-14' })],
      [event('Le Monde', { format: 'talks', date: '2023-07-14' })],
    );
    const alone = event('AFP', { format: 'talks', date: '2023-09-10' });
    const kept = eventsWithoutArticles([...joined, alone], new Set(['Le Monde#0', 'AFP#0']));
    assert.equal(kept.length, 1);
    assert.deepEqual(kept[0]!.outlets, ['PIB']);
    assert.deepEqual(
      kept[0]!.reports.map((r) => r.source.articleId),
      ['PIB#0'],
    );
    assert.equal(joined[0]!.reports.length, 2, 'the input is not changed');
  });

  it('keeps events of other articles as they are', () => {
    const events = [event('PIB', { format: 'talks', date: '2023-07-14' })];
    assert.equal(eventsWithoutArticles(events, new Set(['Le Monde#0']))[0], events[0]);
  });
});

describe('a fact lookup with a layer', () => {
  it('merges title sightings by day and lays events, entity by entity', () => {
    const base = lookup(
      [sighting('PIB', 'Prime Minister', '2023-07-14'), sighting('PIB', 'Prime Minister', '2023-09-10')],
      [event('PIB', { format: 'talks', date: '2023-07-14' })],
    );
    const layer = lookup(
      [sighting('Le Monde', 'Indian Prime Minister', '2023-08-01')],
      [event('Le Monde', { format: 'talks', date: '2023-07-15' })],
    );
    const laid = layerFacts(base, layer);
    assert.deepEqual(
      laid.titlesByEntity.get('narendra-modi')?.map((t) => `${t.date} ${t.source.outlet}`),
      ['2023-07-14 PIB', '2023-08-01 Le Monde', '2023-09-10 PIB'],
    );
    assert.deepEqual(
      laid.eventsByEntity.get('emmanuel-macron')?.map((e) => e.outlets.join('+')),
      ['PIB+Le Monde'],
    );
    assert.equal(
      laid.eventsByEntity.get('emmanuel-macron'),
      laid.eventsByEntity.get('emmanuel-macron'),
      'an entity’s lists are laid once',
    );
    assert.equal(laid.titlesByEntity.get('emmanuel-macron'), undefined);
    assert.equal(laid.eventsByEntity.get('olaf-scholz'), undefined);
  });

  it('asks the corpus for the days wanted when it can, and lays the layer over them', () => {
    const asked: string[] = [];
    const base: FactLookup = {
      ...lookup([], [event('PIB', { format: 'talks', date: '2023-07-14' })]),
      eventsBetween: (id, from, to) => {
        asked.push(`${id} ${from} ${to}`);
        return [event('PIB', { format: 'talks', date: '2023-07-14' })];
      },
    };
    const laid = layerFacts(base, lookup([], [event('Le Monde', { format: 'talks', date: '2023-07-14' })]));
    assert.deepEqual(
      laid.eventsBetween?.('narendra-modi', '2023-07-01', '2023-07-31').map((e) => e.outlets.join('+')),
      ['PIB+Le Monde'],
    );
    assert.deepEqual(asked, ['narendra-modi 2023-07-01 2023-07-31']);
  });
});
