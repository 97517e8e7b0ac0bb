/** Clusters of reports turned into events: the value most reports state, copies counted once, places from visits, look-backs. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportDraft } from '../../../../server/src/core/facts/articleEvents.js';
import { attachLookBacks, eventsOf, lettersOf } from '../../../../server/src/core/facts/corpusEvents.js';
import { indexByEntity } from '../../../../server/src/core/facts/extractFacts.js';
import { spanOf, spansTouch } from '../../../../server/src/core/facts/daySpans.js';
import { familyOf } from '../../../../server/src/core/facts/eventFamilies.js';
import { addDays } from '../../../../server/src/core/facts/eventDates.js';
import { venueByName } from '../../../../server/src/core/facts/venues.js';
import type { ReportCluster } from '../../../../server/src/core/facts/groupReports.js';
import type { CorpusEvent, EventReport } from '../../../../server/src/core/facts/types.js';
import { reportDraft } from '../../../support/reportDrafts.js';

const PAIR = ['narendra-modi', 'sheikh-hasina'];

function cluster(...drafts: ReportDraft[]): ReportCluster {
  return { drafts, countries: new Set() };
}

function talks(
  outlet: string,
  fields: Partial<EventReport>,
  draft: Partial<Omit<ReportDraft, 'report'>> = {},
): ReportDraft {
  return reportDraft(
    outlet,
    { format: 'talks', participants: PAIR, text: `${outlet}: the two prime ministers held talks.`, ...fields },
    draft,
  );
}

describe('an event from its reports', () => {
  it('takes the date most reports state, the most trusted basis among them, and counts outlets', () => {
    const [event] = eventsOf([
      cluster(
        talks('PTI', { date: '2024-06-22', dateBasis: 'relative' }),
        talks('BSS', { date: '2024-06-22', dateBasis: 'explicit' }),
        talks('Reuters', { date: '2024-06-21', dateBasis: 'explicit' }),
        talks('Dhaka Tribune', { date: '2024-06-23', dateBasis: 'published' }),
      ),
    ]);
    assert.equal(event?.date, '2024-06-22');
    assert.equal(event?.dateBasis, 'explicit');
    assert.deepEqual(event?.outlets, ['PTI', 'BSS', 'Reuters', 'Dhaka Tribune']);
    assert.deepEqual(
      event?.reports.map((r) => r.source.outlet),
      ['Reuters', 'BSS', 'PTI', 'Dhaka Tribune'],
    );
    assert.deepEqual(
      event?.disagreements.map((d) => d.field),
      ['date'],
    );
  });

  it('prefers a specific format to the generic visit, and a stated city to a country or a dateline', () => {
    const visit = (
      outlet: string,
      format: EventReport['format'],
      place: string,
      draft: Partial<Omit<ReportDraft, 'report'>>,
    ) =>
      reportDraft(outlet, { format, participants: ['sheikh-hasina'], date: '2024-06-21', place, text: outlet }, draft);
    const [event] = eventsOf([
      cluster(
        visit('PTI', 'visit', 'India', { placeCountry: 'india', placeIsCountry: true }),
        visit('BSS', 'state visit', 'New Delhi', { placeCountry: 'india' }),
        visit('AFP', 'visit', 'Mumbai', { placeCountry: 'india', placeFromText: false }),
      ),
    ]);
    assert.equal(event?.format, 'state visit');
    assert.equal(event?.place, 'New Delhi');
    assert.deepEqual(event?.disagreements, []);
  });

  it('counts the same sentence from the same outlet once', () => {
    const [event] = eventsOf([
      cluster(
        talks('PTI', { date: '2024-06-22' }),
        talks('PTI', { date: '2024-06-22' }, {}),
        talks('BSS', { date: '2024-06-22' }),
      ),
    ]);
    assert.equal(event?.reports.length, 2);
    assert.equal(event?.copies, 1);
  });

  it('counts a story no outlet is named for as a source of its own, by its file, unless a named outlet carries it', () => {
    const unnamed = (article: string, story: string) =>
      talks(
        article,
        { date: '2024-06-22', source: { articleId: `${article}#0`, path: `news/${article}`, start: 0, end: 1 } },
        { storyId: story },
      );
    const [event] = eventsOf([cluster(talks('PTI', { date: '2024-06-22' }), unnamed('a.txt', 'story:a'))]);
    assert.deepEqual(event?.outlets, ['PTI', 'a.txt (no outlet named)']);
    // Two pages of one story are one source; a page of the story PTI carries is PTI's.
    const [again] = eventsOf([
      cluster(
        talks('PTI', { date: '2024-06-22' }, { storyId: 'story:pti' }),
        unnamed('b.txt', 'story:pti'),
        unnamed('c.txt', 'story:c'),
        unnamed('d.txt', 'story:c'),
      ),
    ]);
    assert.deepEqual(again?.outlets, ['PTI', 'c.txt (no outlet named)']);
  });

  it('is planned only when every report announces it', () => {
    assert.equal(
      eventsOf([cluster(talks('PTI', { planned: true }), talks('BSS', { planned: true }))])[0]?.planned,
      true,
    );
    assert.equal(eventsOf([cluster(talks('PTI', { planned: true }), talks('BSS', {}))])[0]?.planned, false);
  });
});

/** Sheikh Hasina's state visit to New Delhi of 21 and 22 June 2024, as BSS reported it. */
function hasinaInDelhi(): ReportDraft {
  return reportDraft('BSS', {
    format: 'state visit',
    participants: ['sheikh-hasina'],
    date: '2024-06-21',
    endDate: '2024-06-22',
    place: 'New Delhi',
  });
}

describe('the events of a corpus', () => {
  it('orders events by date, undated last, with ids that stay distinct', () => {
    const events = eventsOf([
      cluster(talks('PTI', {})),
      cluster(talks('BSS', { date: '2024-06-22' })),
      cluster(talks('Reuters', { date: '2024-06-22' })),
      cluster(talks('AFP', { date: '2019-10-05' })),
    ]);
    assert.deepEqual(
      events.map((e) => e.id),
      [
        '2019-10-05:talks:narendra-modi:sheikh-hasina',
        '2024-06-22:talks:narendra-modi:sheikh-hasina',
        '2024-06-22:talks:narendra-modi:sheikh-hasina#2',
        'undated:talks:narendra-modi:sheikh-hasina',
      ],
    );
  });

  it('places talks without a place in the city of a visit one of their people was making that day', () => {
    const visit = hasinaInDelhi();
    const events = eventsOf([
      cluster(visit),
      cluster(talks('PTI', { date: '2024-06-22' })),
      cluster(talks('AFP', { date: '2024-06-25' })),
    ]);
    const [, placed, later] = events;
    assert.equal(placed?.place, 'New Delhi');
    assert.equal(placed?.placeFromVisit, events[0]!.id);
    assert.equal(later?.place, undefined);
  });

  it('places no call or letter in the city of a visit: each joins two places', () => {
    const visit = hasinaInDelhi();
    for (const format of ['phone call', 'letter'] as const) {
      const [, remote] = eventsOf([
        cluster(visit),
        cluster(talks('PTI', { format, date: '2024-06-22', text: 'PTI: the two prime ministers spoke by phone.' })),
      ]);
      assert.equal(remote?.format, format);
      assert.equal(remote?.place, undefined, format);
    }
  });

  it('leaves open the place of talks held at a site in a town the reader does not know', () => {
    const visit = hasinaInDelhi();
    const at = (text: string, namedPlace: string) =>
      talks('PTI', { date: '2024-06-22', text: `PTI: the two prime ministers held talks ${text}.` }, { namedPlace });
    const [, inn] = eventsOf([cluster(visit), cluster(at('at a hot spring inn in Nagato', 'Nagato'))]);
    assert.equal(inn?.place, undefined);
    // A known city beside the town: the town is on its outskirts, and the visit's city places the talks.
    const [, outskirts] = eventsOf([
      cluster(visit),
      cluster(at('at his residence in Mehrauli on the outskirts of New Delhi', 'Mehrauli')),
    ]);
    assert.equal(outskirts?.place, 'New Delhi');
  });

  it('places a meeting in the city of a visit known only by its first day, when the same article reports both', () => {
    const arrival = (article: string) =>
      reportDraft(article, {
        format: 'official visit',
        participants: ['sheikh-hasina'],
        date: '2024-06-21',
        place: 'New Delhi',
      });
    const meeting = (article: string, date: string) => talks(article, { date, source: arrival(article).report.source });
    const [, sameArticle] = eventsOf([cluster(arrival('Xinhua')), cluster(meeting('Xinhua', '2024-06-23'))]);
    assert.equal(sameArticle?.place, 'New Delhi');
    // Another article's meeting, one before the arrival, or one long after it, is not placed by it.
    const [, otherArticle] = eventsOf([cluster(arrival('Xinhua')), cluster(talks('PTI', { date: '2024-06-23' }))]);
    assert.equal(otherArticle?.place, undefined);
    const [before] = eventsOf([cluster(arrival('Xinhua')), cluster(meeting('Xinhua', '2024-06-20'))]);
    assert.equal(before?.place, undefined);
    const [, longAfter] = eventsOf([cluster(arrival('Xinhua')), cluster(meeting('Xinhua', '2024-07-20'))]);
    assert.equal(longAfter?.place, undefined);
  });
});

describe('look-backs', () => {
  function byEntity(events: CorpusEvent[]): Map<string, CorpusEvent[]> {
    const map = new Map<string, CorpusEvent[]>();
    for (const event of events) for (const id of event.participants) map.set(id, [...(map.get(id) ?? []), event]);
    return map;
  }

  it('gives a look-back to the latest earlier event of its family and people, with its place when none was reported', () => {
    const events = eventsOf([
      cluster(talks('PTI', { date: '2024-01-10' })),
      cluster(talks('BSS', { date: '2024-06-22' })),
    ]);
    const look = talks('Xinhua', { place: 'New Delhi' }, { articleDay: '2024-07-01', retrospective: true });
    attachLookBacks([look], byEntity(events));
    assert.equal(events[0]!.mentions, undefined);
    assert.deepEqual(events[1]!.mentions, [look.report.source]);
    assert.equal(events[1]!.place, 'New Delhi');
    assert.equal(events[1]!.placeFromMention, true);
  });

  it('gives none to an event after the article, more than half a year before it, or of another family', () => {
    const events = eventsOf([
      cluster(talks('PTI', { date: '2023-06-22' })),
      cluster(reportDraft('BSS', { format: 'signing', participants: PAIR, date: '2024-06-22' })),
    ]);
    attachLookBacks(
      [talks('Xinhua', {}, { articleDay: '2024-07-01' }), talks('Xinhua', {}, { articleDay: '2023-06-22' })],
      byEntity(events),
    );
    assert.deepEqual(
      events.map((e) => e.mentions),
      [undefined, undefined],
    );
  });
});

describe('places from visits, over many events', () => {
  /** The placing as a scan of every visit of each person, in event order: what the indexed search must agree with. */
  function placeByScanningEveryVisit(events: CorpusEvent[]): void {
    const visits = events.filter(
      (e) => familyOf(e.format) === 'visit' && e.place && venueByName(e.place)?.city === e.place && spanOf(e),
    );
    for (const event of events) {
      const span = spanOf(event);
      if (event.place || !span || familyOf(event.format) === 'visit') continue;
      for (const person of event.participants) {
        const visit = visits.find(
          (v) =>
            v.participants.includes(person) &&
            (spansTouch(spanOf(v)!, span, 0) ||
              (!v.endDate &&
                v.date?.length === 10 &&
                spansTouch({ from: v.date, to: addDays(v.date, 6) }, span, 0) &&
                span.from >= v.date &&
                event.reports.some((r) => v.reports.some((s) => s.source.articleId === r.source.articleId)))),
        );
        if (!visit) continue;
        event.place = visit.place!;
        event.placeFromVisit = visit.id;
        break;
      }
    }
  }

  it('gives every unplaced event the visit a scan of all visits would, on 40 random corpora', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
    const people = ['xi-jinping', 'to-lam', 'thongloun-sisoulith', 'li-qiang'];
    const day = (offset: number) => addDays('2024-03-01', offset);
    let placedSomewhere = 0;
    for (let corpus = 0; corpus < 40; corpus++) {
      const clusters: ReportCluster[] = [];
      for (let n = 0; n < 120; n++) {
        const article = `a${Math.floor(random() * 60)}`;
        const participants = [...new Set([pick(people), pick(people)])];
        const start = Math.floor(random() * 90);
        const isVisit = random() < 0.35;
        const date = random() < 0.1 ? '2024-04' : day(start);
        const fields: Partial<EventReport> = {
          participants,
          date,
          ...(isVisit && random() < 0.6 && date.length === 10
            ? { endDate: day(start + Math.floor(random() * (random() < 0.1 ? 40 : 4))) }
            : {}),
          ...(isVisit || random() < 0.2 ? { place: pick(['Hanoi', 'Vientiane', 'New Delhi', 'Laos']) } : {}),
          source: { articleId: article, path: article, outlet: `O${n}`, start: 0, end: 1 },
          text: `report ${n}`,
        };
        clusters.push(cluster(reportDraft(article, { format: isVisit ? 'state visit' : 'talks', ...fields })));
      }
      const events = eventsOf(clusters);
      const expected = events.map((e) => {
        const copy = { ...e };
        if (copy.placeFromVisit) {
          delete copy.place;
          delete copy.placeFromVisit;
        }
        return copy;
      });
      placeByScanningEveryVisit(expected);
      placedSomewhere += events.filter((e) => e.placeFromVisit).length;
      assert.deepEqual(
        events.map((e) => [e.id, e.place, e.placeFromVisit]),
        expected.map((e) => [e.id, e.place, e.placeFromVisit]),
        `corpus ${corpus}`,
      );
    }
    assert.ok(placedSomewhere > 200, `only ${placedSomewhere} events placed from visits: the corpora test too little`);
  });
});

describe('what copies of a sentence share', () => {
  const byPattern = (text: string) => text.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();

  it('drops white space, punctuation and symbols of every script, and keeps letters and digits', () => {
    assert.equal(lettersOf('VIENTIANE, April 23 (Xinhua) -- The two sides…'), 'vientianeapril23xinhuathetwosides');
    assert.equal(lettersOf('习近平会见通伦。“双方”——同意！'), '习近平会见通伦双方同意');
    assert.equal(lettersOf('Ðà Nẵng\u00a0€5 👍 Ça va?'), 'ðànẵng5çava');
    assert.equal(lettersOf('already plain'), 'alreadyplain');
    assert.equal(lettersOf(`${'A, b. '.repeat(3000)}end`), `${'ab'.repeat(3000)}end`);
    assert.equal(lettersOf(''), '');
  });

  it('reads as the Unicode classes do, astral characters and lone surrogates included', () => {
    const pieces = [
      'a',
      'Z',
      '9',
      ' ',
      '\t',
      '\n',
      '.',
      ',',
      '$',
      '+',
      '^',
      '`',
      '_',
      '\u00a0',
      '\u2003',
      '\u3000',
      '。',
      '、',
      '《',
      '€',
      '©',
      'É',
      'ß',
      'İ',
      'ǅ',
      '习',
      '𠀀',
      '😀',
      '𝐀',
      '\ud83d',
      '\ude00',
      '\u200b',
      '\ufeff',
      '٣',
      'ـ',
    ];
    const random = seeded(7);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = Math.floor(random() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      assert.equal(lettersOf(text), byPattern(text), JSON.stringify(text));
    }
  });
});

describe('events by entity', () => {
  it('gives an event each person and document once, in the order its reports first name them', () => {
    const [event] = eventsOf([
      cluster(
        talks('PTI', { date: '2024-06-22', participants: ['narendra-modi'], documents: ['mou-b', 'mou-a'] }),
        talks('BSS', { date: '2024-06-22', participants: ['sheikh-hasina', 'narendra-modi'], documents: ['mou-a'] }),
      ),
    ]);
    assert.deepEqual(event?.participants, ['narendra-modi', 'sheikh-hasina']);
    assert.deepEqual(event?.documents, ['mou-b', 'mou-a']);
  });

  it('lists an event once under each of its people and documents, in the order they are first named', () => {
    const [first, second] = eventsOf([
      cluster(talks('PTI', { date: '2024-06-22', documents: ['mou-a', 'narendra-modi'] })),
      cluster(talks('BSS', { date: '2024-07-01', participants: ['sheikh-hasina'], documents: ['mou-a', 'mou-a'] })),
    ]);
    const byEntity = indexByEntity([first!, second!]);
    assert.deepEqual([...byEntity.keys()], ['narendra-modi', 'sheikh-hasina', 'mou-a']);
    assert.deepEqual(byEntity.get('narendra-modi'), [first]);
    assert.deepEqual(byEntity.get('sheikh-hasina'), [first, second]);
    assert.deepEqual(byEntity.get('mou-a'), [first, second]);
  });
});

/** A small deterministic generator, so that a failing string can be found again. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
