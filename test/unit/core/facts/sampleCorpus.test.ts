/**
 * Facts read from the bundled sample corpus (`samples/corpus/`): the titles its articles print
 * beside Thongloun Sisoulith's name, and the events they report, grouped across outlets and
 * languages. The expectations are what a reader of those articles would note down by hand.
 *
 * Compiled to `out/test/unit/core/facts/`; the sample is read from the repository root.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../../../server/src/corpus/readCorpus.js';
import type { Corpus } from '../../../../server/src/corpus/types.js';
import { extractFacts } from '../../../../server/src/core/facts/extractFacts.js';
import type { CorpusEvent, FactIndex } from '../../../../server/src/core/facts/types.js';
import { bundled } from '../../../support/bundled.js';

const SAMPLE_DIR = fileURLToPath(new URL('../../../../../samples/corpus/', import.meta.url));
const MFA = 'Ministry of Foreign Affairs of China';

let corpus: Corpus;
let facts: FactIndex;

before(async () => {
  corpus = await readCorpus([SAMPLE_DIR]);
  facts = extractFacts(corpus, bundled().index);
});

function familyOfVisit(event: CorpusEvent): boolean {
  return /visit$/.test(event.format);
}

/** The one event of this format with exactly these people among its participants on this date. */
function eventOf(format: string, people: string[], date: string): CorpusEvent {
  const found = facts.events.filter(
    (e) => e.format === format && e.date === date && people.every((p) => e.participants.includes(p)),
  );
  assert.equal(
    found.length,
    1,
    `expected one ${format} of ${people.join(' and ')} on ${date}, found ${found.map((e) => e.id).join(', ') || 'none'}`,
  );
  return found[0]!;
}

describe('titles beside names', () => {
  it("reads both of Thongloun Sisoulith's titles, dated by their articles", () => {
    const titles = facts.titlesByEntity.get('thongloun-sisoulith') ?? [];
    const gs = titles.filter((t) => t.officeId === 'general-secretary-lprp');
    const president = titles.filter((t) => t.officeId === 'president-laos');
    assert.ok(
      gs.some(
        (t) =>
          t.date === '2023-10-20' &&
          t.title === "General Secretary of the Lao People's Revolutionary Party Central Committee" &&
          t.position === 'before',
      ),
    );
    assert.ok(gs.some((t) => t.date === '2021-01-21' && t.source.outlet === MFA));
    assert.ok(president.some((t) => t.date === '2023-10-20' && t.title === 'Lao President'));
    assert.ok(president.some((t) => t.date === '2021-12-03' && t.title === 'Laotian President'));
  });

  it('splits an appositive on "and" and maps each part to its office', () => {
    const govcn = (facts.titlesByEntity.get('thongloun-sisoulith') ?? []).filter((t) => t.source.outlet === 'gov.cn');
    assert.deepEqual(
      govcn.map((t) => [t.title, t.officeId, t.position, t.partialDate]),
      [
        [
          "general secretary of the Lao People's Revolutionary Party (LPRP) Central Committee",
          'general-secretary-lprp',
          'after',
          '--10-20',
        ],
        ['Lao president', 'president-laos', 'after', '--10-20'],
      ],
    );
    const xi = (facts.titlesByEntity.get('xi-jinping') ?? []).filter((t) => t.source.outlet === 'gov.cn');
    assert.deepEqual(
      xi.map((t) => t.officeId),
      ['general-secretary-cpc', 'president-china'],
    );
  });

  it('reads Chinese titles joined by 、 before the name', () => {
    const zh = (facts.titlesByEntity.get('thongloun-sisoulith') ?? []).filter((t) => /[\u4e00-\u9fff]/u.test(t.title));
    assert.deepEqual(
      zh.map((t) => [t.title, t.officeId, t.date]),
      [
        ['老挝人民革命党中央总书记', 'general-secretary-lprp', '2025-12-03'],
        ['国家主席', 'president-laos', '2025-12-03'],
      ],
    );
  });

  it('gives exact offsets: the title text is at its offsets in the file', async () => {
    const { readFileSync } = await import('node:fs');
    for (const sighting of facts.titlesByEntity.get('thongloun-sisoulith') ?? []) {
      const text = readFileSync(sighting.source.path, 'utf8');
      assert.equal(text.slice(sighting.start, sighting.end).replace(/\s+/g, ' '), sighting.title);
      assert.ok(sighting.source.start <= sighting.start && sighting.end <= sighting.source.end);
    }
  });
});

describe('events', () => {
  it('groups the 20 Oct 2023 Xi–Thongloun meeting in Beijing reported by the MFA and gov.cn', () => {
    const meeting = eventOf('meeting', ['xi-jinping', 'thongloun-sisoulith'], '2023-10-20');
    assert.equal(meeting.place, 'Beijing');
    assert.equal(meeting.venue, 'Great Hall of the People');
    // China Daily's undated report of the November 2022 meeting in Beijing is not folded in:
    // nothing dates it, and it is not the same story.
    assert.deepEqual(new Set(meeting.outlets), new Set([MFA, 'gov.cn']));
    assert.equal(meeting.reports.length, 2);
    assert.ok(meeting.documents.includes('cpc-lprp-action-plan-2024-2028'));
    assert.deepEqual(meeting.disagreements, []);
  });

  it('finds the 3 Dec 2021 virtual meeting and the 21 Jan 2021 phone call', () => {
    const virtual = eventOf('virtual meeting', ['xi-jinping', 'thongloun-sisoulith'], '2021-12-03');
    assert.equal(virtual.reports[0]!.dateBasis, 'explicit');
    const call = eventOf('phone call', ['xi-jinping', 'thongloun-sisoulith'], '2021-01-21');
    assert.equal(call.outlets[0], MFA);
  });

  it('places the 14 Apr 2025 Xi–To Lam talks in Hanoi', () => {
    const talks = eventOf('talks', ['xi-jinping', 'to-lam'], '2025-04-14');
    assert.equal(talks.place, 'Hanoi');
    const visit = eventOf('state visit', ['xi-jinping'], '2025-04-14');
    assert.equal(visit.place, 'Hanoi');
    assert.equal(visit.planned, false);
    const banquet = eventOf('banquet', ['xi-jinping', 'to-lam'], '2025-04-14');
    assert.equal(banquet.placeFromVisit, visit.id);
  });

  it("reads Wang Huning's December 2025 official visit to Vientiane from the Chinese report", () => {
    const visit = facts.events.find((e) => e.format === 'official visit' && e.participants.includes('wang-huning'));
    assert.ok(visit);
    assert.equal(visit.date, '2025-12-01');
    assert.equal(visit.endDate, '2025-12-03');
    assert.equal(visit.place, 'Vientiane');
    // 分别会见: one meeting with each leader, not one meeting of four.
    const met = facts.events
      .filter((e) => e.format === 'meeting' && e.participants.includes('wang-huning'))
      .map((e) => e.participants.filter((p) => p !== 'wang-huning'));
    assert.deepEqual(met.sort(), [['saysomphone-phomvihane'], ['sonexay-siphandone'], ['thongloun-sisoulith']]);
    const talks = facts.events.find((e) => e.format === 'talks' && e.participants.includes('wang-huning'));
    assert.deepEqual(talks?.participants, ['wang-huning', 'sinlavong-khoutphaythoune']);
  });

  it('leaves out Xi Jinping when he only sends greetings through Wang Huning', () => {
    const meeting = facts.events.find(
      (e) =>
        e.format === 'meeting' &&
        e.participants.includes('wang-huning') &&
        e.participants.includes('thongloun-sisoulith'),
    );
    assert.ok(meeting && !meeting.participants.includes('xi-jinping'));
  });

  it('makes the announced state visit of 29 November - 1 December 2022 held once an undated page reports it under way', () => {
    // Xinhua and China Daily announce it; Friends of Socialist China's undated reprint says Thongloun
    // "is paying a visit to China from Tuesday to Thursday", which only that span fits.
    const visit = eventOf('state visit', ['thongloun-sisoulith'], '2022-11-29');
    assert.equal(visit.planned, false);
    assert.equal(visit.endDate, '2022-12-01');
    // China Daily: "met with visiting Lao President Thongloun Sisoulith in Beijing".
    assert.equal(visit.place, 'Beijing');
    assert.deepEqual(visit.outlets.sort(), ['China Daily', 'Friends of Socialist China', 'Xinhua']);
  });

  it('keeps an announced visit planned while no report says it took place', () => {
    const visits = facts.events.filter(
      (e) => familyOfVisit(e) && e.participants.includes('xi-jinping') && e.date === '2025-04-15',
    );
    assert.deepEqual(visits.map((v) => [v.place, v.planned]).sort(), [
      ['Cambodia', true],
      ['Malaysia', true],
    ]);
    const saysomphone = facts.events.find(
      (e) => e.participants.includes('saysomphone-phomvihane') && e.format === 'visit',
    );
    assert.equal(saysomphone?.planned, true);
  });

  it('indexes events by participant, in date order', () => {
    const thongloun = facts.eventsByEntity.get('thongloun-sisoulith') ?? [];
    const dated = thongloun.map((e) => e.date).filter((d): d is string => !!d);
    assert.deepEqual(dated, [...dated].sort());
    assert.ok(thongloun.length >= 5);
  });

  it("keeps every report's source offsets on its sentence", async () => {
    const { readFileSync } = await import('node:fs');
    for (const event of facts.events) {
      for (const report of event.reports) {
        const text = readFileSync(report.source.path, 'utf8');
        assert.equal(text.slice(report.source.start, report.source.end), report.text);
      }
    }
  });
});
