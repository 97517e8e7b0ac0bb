import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { titleNotHeld } from '../../../../server/src/core/checks/titleNotHeld.js';
import { entityCard } from '../../../../server/src/core/entityCard.js';
import { applyEdits } from '../../../support/edits.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [titleNotHeld];

/** Two offices, two premiers in turn with a boundary day, and a president with a later successor. */
const YAML = `
countries:
  - { id: china, name: China, adjective: Chinese }
  - { id: vietnam, name: Viet Nam, adjective: Vietnamese }
offices:
  - id: premier-china
    name: Premier of the State Council
    country: china
    titles: [Premier, Chinese Premier, 总理, 總理]
  - id: president-vietnam
    name: President of Viet Nam
    country: vietnam
    titles: [President, Vietnamese President]
  - id: cppcc-chairman
    name: Chairman of the National Committee of the Chinese People's Political Consultative Conference
    country: china
    titles: [Chairman of the CPPCC National Committee, Chairman of the National Committee of the Chinese People's Political Consultative Conference]
people:
  - id: li-keqiang
    name: Li Keqiang
    country: china
    convention: surname-first
    names: { zh-Hans: 李克强, zh-Hant: 李克強 }
    roles:
      - { office: premier-china, from: 2013-03-15, to: 2023-03-11, source: NPC vote 2013 }
  - id: li-qiang
    name: Li Qiang
    country: china
    convention: surname-first
    names: { zh-Hans: 李强, zh-Hant: 李強 }
    roles:
      - { office: premier-china, from: 2023-03-11, source: NPC vote 2023 }
  - id: vo-van-thuong
    name: Vo Van Thuong
    country: vietnam
    convention: full-or-given-name
    roles:
      - { office: president-vietnam, from: 2023-03-02, to: 2024-03-21, source: NA vote 2023 }
  - id: luong-cuong
    name: Luong Cuong
    country: vietnam
    convention: full-or-given-name
    roles:
      - { office: president-vietnam, from: 2024-10-21, source: NA vote 2024 }
  - { id: wang-ming, name: Wang Ming, country: china, convention: surname-first }
  - id: wang-yang
    name: Wang Yang
    country: china
    convention: surname-first
    roles:
      - { office: cppcc-chairman, from: 2018-03-14, to: 2023-03-10, source: CPPCC vote 2018 }
  - id: wang-huning
    name: Wang Huning
    country: china
    convention: surname-first
    roles:
      - { office: cppcc-chairman, from: 2023-03-10, source: CPPCC vote 2023 }
`;
const KB = memoryKnowledgeBase(YAML);

const notHeld = (text: string, date: string) => KB.findings(CHECKS, text, { date });

describe('title/not-held', () => {
  it('flags a title not held at the date, with the holder as the fix and both terms as evidence', () => {
    const [finding, ...rest] = notHeld('Premier Li Keqiang met the visiting delegation.', '2024-06-12');
    assert.equal(rest.length, 0);
    assert.equal(fixOf(finding), 'Li Qiang');
    assert.equal(finding!.message, 'Li Keqiang was not Premier on 2024-06-12; Li Qiang was (since 2023-03-11).');
    assert.deepEqual(
      finding!.evidence.map((e) => e.message),
      [
        'Li Keqiang: Premier 2013-03-15 – 2023-03-11 (knowledge base; NPC vote 2013)',
        'Li Qiang: Premier since 2023-03-11 (knowledge base; NPC vote 2023)',
      ],
    );
  });

  it('flags a title after the term, and before it', () => {
    assert.deepEqual(
      KB.flagged(CHECKS, 'Vietnamese President Vo Van Thuong received the envoy.', { date: '2024-06-05' }),
      ['title/not-held "Vietnamese President Vo Van Thuong"'],
    );
    assert.deepEqual(KB.flagged(CHECKS, 'President Luong Cuong received the envoy.', { date: '2024-06-05' }), [
      'title/not-held "President Luong Cuong"',
    ]);
  });

  it('says when no one held the title that day, and when the person did', () => {
    assert.equal(
      notHeld('President Luong Cuong received the envoy.', '2024-06-05')[0]!.message,
      'Luong Cuong was not President on 2024-06-05; Luong Cuong held it from 2024-10-21.',
    );
    assert.deepEqual(notHeld('President Luong Cuong received the envoy.', '2024-06-05')[0]!.fixes, []);
  });

  it('never flags a title held on the date, boundary days included', () => {
    for (const [text, date] of [
      ['Premier Li Keqiang met the visiting delegation.', '2019-04-26'],
      ['Premier Li Keqiang delivered the government work report.', '2023-03-05'],
      ['Premier Li Keqiang handed over.', '2023-03-11'],
      ['Premier Li Qiang met the press.', '2023-03-11'],
      ['President Vo Van Thuong received the envoy.', '2023-09-10'],
      ['President Luong Cuong received the envoy.', '2024-10-21'],
    ] as const) {
      assert.deepEqual(KB.flagged(CHECKS, text, { date }), [], `${text} on ${date}`);
    }
  });

  it('leaves former, late and then- titles alone', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'Former Premier Li Keqiang was remembered.', { date: '2024-06-12' }), []);
    assert.deepEqual(KB.flagged(CHECKS, 'The late Premier Li Keqiang was remembered.', { date: '2024-06-12' }), []);
    assert.deepEqual(
      KB.flagged(CHECKS, 'Then-President Vo Van Thuong had visited in 2023.', { date: '2025-04-16' }),
      [],
    );
  });

  it('says so when the date is only today’s', () => {
    const [finding] = KB.findings(CHECKS, 'Premier Li Keqiang met the visiting delegation.', { today: '2024-06-12' });
    assert.equal(
      finding!.message,
      'Li Keqiang was not Premier on 2024-06-12 (today); Li Qiang was (since 2023-03-11).',
    );
  });

  it('past the verified date, flags only a term recorded as ended with a successor in office', () => {
    const verified = memoryKnowledgeBase(`verifiedThrough: 2024-12-31\n${YAML}`);
    assert.deepEqual(verified.flagged(CHECKS, 'Premier Li Keqiang met the press.', { date: '2026-01-10' }), [
      'title/not-held "Premier Li Keqiang"',
    ]);
    assert.deepEqual(verified.flagged(CHECKS, 'Premier Li Qiang met the press.', { date: '2026-01-10' }), []);
    assert.deepEqual(
      verified.flagged(CHECKS, 'Premier Wang Ming met the press.', { date: '2026-01-10' }),
      [],
      'a person with no term, past the verified date, is not known to be wrong',
    );
    assert.deepEqual(verified.flagged(CHECKS, 'Premier Wang Ming met the press.', { date: '2024-06-01' }), [
      'title/not-held "Premier Wang Ming"',
    ]);
  });

  it('falls back to a shorter title when the written one makes the message too long', () => {
    const [finding] = notHeld(
      "Chairman of the National Committee of the Chinese People's Political Consultative Conference Wang Yang spoke.",
      '2024-06-12',
    );
    assert.equal(
      finding!.message,
      'Wang Yang was not Chairman of the CPPCC National Committee on 2024-06-12; Wang Huning was (since 2023-03-10).',
    );
  });

  it('a title after a Chinese name is that person’s, and its fix is written in the script the text uses', () => {
    assert.deepEqual(KB.flagged(CHECKS, '李克强总理会见了老挝客人。', { date: '2024-06-12' }), [
      'title/not-held "李克强总理"',
    ]);
    assert.deepEqual(KB.flagged(CHECKS, '李强总理会见了客人。', { date: '2024-06-12' }), []);
    assert.deepEqual(KB.flagged(CHECKS, '李克强总理会见了老挝客人。', { date: '2019-04-26' }), []);
    assert.equal(fixOf(notHeld('李克强总理会见了老挝客人。', '2024-06-12')[0]), '李强');
    assert.equal(fixOf(notHeld('總理李克強會見了客人。', '2024-06-12')[0]), '李強');
  });
});

describe('title/not-held on the same wrong title again', () => {
  const DRAFT = 'Chinese Premier Li Keqiang held talks.\n\nPremier Li said relations were at their best.\n';

  it('reports the short repeat as information pointing at the first, with the evidence on the first', () => {
    const findings = notHeld(DRAFT, '2024-06-12');
    assert.deepEqual(
      findings.map((f) => [f.severity, DRAFT.slice(f.start, f.end)]),
      [
        ['error', 'Chinese Premier Li Keqiang'],
        ['information', 'Premier Li'],
      ],
    );
    const [first, repeat] = findings;
    assert.equal(repeat!.message, 'Same as line 1: Li Keqiang was not Premier on 2024-06-12.');
    assert.deepEqual(repeat!.repeatOf, { start: first!.start, end: first!.end });
    assert.deepEqual(repeat!.evidence, []);
    assert.ok(
      findings.every((f) => f.fixes.length > 0),
      'each occurrence keeps a fix',
    );
    assert.deepEqual(
      notHeld(applyEdits(DRAFT, first!.fixes[0]!.edits), '2024-06-12'),
      [],
      'the first fix makes the short repeat right',
    );
  });

  it('fixes every occurrence from the first when each needs an edit', () => {
    const text = 'Premier Li Keqiang arrived on Monday.\nLater, Premier Li Keqiang left.\n';
    const findings = notHeld(text, '2024-06-12');
    assert.deepEqual(
      findings.map((f) => f.severity),
      ['error', 'information'],
    );
    assert.equal(findings[0]!.fixes[0]!.title, 'Replace with Li Qiang, Premier on 2024-06-12 here and on line 2');
    assert.equal(
      applyEdits(text, findings[0]!.fixes[0]!.edits),
      'Premier Li Qiang arrived on Monday.\nLater, Premier Li Qiang left.\n',
    );
    assert.equal(
      applyEdits(text, findings[0]!.fixes[1]!.edits),
      'Premier Li Qiang arrived on Monday.\nLater, Premier Li Keqiang left.\n',
    );
    assert.equal(
      applyEdits(text, findings[1]!.fixes[0]!.edits),
      'Premier Li Keqiang arrived on Monday.\nLater, Premier Li Qiang left.\n',
    );
  });

  it('keeps different people separate errors, and a correct repeat quiet', () => {
    const text =
      'Premier Li Keqiang and Vietnamese President Vo Van Thuong met.\n\nChinese President Li Keqiang spoke.\n';
    const findings = notHeld(text, '2025-04-16');
    assert.equal(findings.length, 3);
    assert.ok(findings.every((f) => f.severity === 'error' && f.repeatOf === undefined));
    assert.deepEqual(
      notHeld(
        'Chinese Premier Li Qiang held talks.\n\nPremier Li said so. Premier Li Qiang then left.\n',
        '2024-06-12',
      ),
      [],
    );
  });

  it('never raises a repeat above the rule’s configured severity', () => {
    const severities = (setting: 'warning' | 'hint') =>
      KB.findings(CHECKS, DRAFT, { date: '2024-06-12', severities: { 'title/not-held': setting } }).map(
        (f) => f.severity,
      );
    assert.deepEqual(severities('warning'), ['warning', 'information']);
    assert.deepEqual(severities('hint'), ['hint', 'hint']);
  });
});

/**
 * Terms known only to the month or the year: a minister whose term ended in April 2016, his
 * successor from April 2016 to some day in 2020, and the next from some day in 2021.
 */
const IMPRECISE_YAML = `
countries:
  - { id: laos, name: Laos, adjective: Lao }
offices:
  - id: foreign-minister-laos
    name: Minister of Foreign Affairs of the Lao PDR
    country: laos
    titles: [Foreign Minister, Lao Foreign Minister]
people:
  - id: khamsing-phommachak
    name: Khamsing Phommachak
    country: laos
    convention: given-name
    roles:
      - { office: foreign-minister-laos, from: 2006-06, to: 2016-04, source: test }
  - id: bounmy-vongsa
    name: Bounmy Vongsa
    country: laos
    convention: given-name
    roles:
      - { office: foreign-minister-laos, from: 2016-04, to: '2020', source: test }
  - id: sengphet-inthavong
    name: Sengphet Inthavong
    country: laos
    convention: given-name
    roles:
      - { office: foreign-minister-laos, from: 2021, source: test }
`;

describe('title/not-held with month- and year-precise terms', () => {
  const IMPRECISE = memoryKnowledgeBase(IMPRECISE_YAML);
  const flagged = (text: string, date: string) => IMPRECISE.flagged(CHECKS, text, { date });
  const message = (text: string, date: string) => IMPRECISE.findings(CHECKS, text, { date })[0]?.message;

  it('never flags a title inside the month an imprecise term starts or ends', () => {
    for (const date of ['2016-04-01', '2016-04-15', '2016-04-30']) {
      assert.deepEqual(flagged('Foreign Minister Khamsing Phommachak met the envoy.', date), [], date);
      assert.deepEqual(flagged('Foreign Minister Bounmy Vongsa met the envoy.', date), [], date);
    }
  });

  it('flags a title the day after the month a term ended, and the day before the month it began', () => {
    assert.deepEqual(flagged('Foreign Minister Khamsing Phommachak met the envoy.', '2016-05-01'), [
      'title/not-held "Foreign Minister Khamsing Phommachak"',
    ]);
    assert.deepEqual(flagged('Foreign Minister Bounmy Vongsa met the envoy.', '2016-03-31'), [
      'title/not-held "Foreign Minister Bounmy Vongsa"',
    ]);
  });

  it('never flags a title inside the year an imprecise term starts or ends, and flags it outside', () => {
    assert.deepEqual(flagged('Foreign Minister Bounmy Vongsa met the envoy.', '2020-12-31'), []);
    assert.deepEqual(flagged('Foreign Minister Bounmy Vongsa met the envoy.', '2021-01-01'), [
      'title/not-held "Foreign Minister Bounmy Vongsa"',
    ]);
    assert.deepEqual(flagged('Foreign Minister Sengphet Inthavong met the envoy.', '2021-01-01'), []);
    assert.deepEqual(flagged('Foreign Minister Sengphet Inthavong met the envoy.', '2020-12-31'), [
      'title/not-held "Foreign Minister Sengphet Inthavong"',
    ]);
  });

  it('writes an imprecise date as the month or the year it is, never a made-up day', () => {
    assert.equal(
      message('Foreign Minister Khamsing Phommachak met the envoy.', '2018-06-01'),
      'Khamsing Phommachak was not Foreign Minister on 2018-06-01; Bounmy Vongsa was (since April 2016).',
    );
    assert.equal(
      message('Foreign Minister Bounmy Vongsa met the envoy.', '2022-06-01'),
      'Bounmy Vongsa was not Foreign Minister on 2022-06-01; Sengphet Inthavong was (since 2021).',
    );
    assert.deepEqual(
      IMPRECISE.findings(CHECKS, 'Foreign Minister Bounmy Vongsa met the envoy.', {
        date: '2022-06-01',
      })[0]!.evidence.map((e) => e.message),
      [
        'Bounmy Vongsa: Foreign Minister April 2016 – 2020 (knowledge base; test)',
        'Sengphet Inthavong: Foreign Minister since 2021 (knowledge base; test)',
      ],
    );
  });

  it('shows the hover card’s terms as the month or the year, and counts a term held inside its window', () => {
    const card = (id: string, date: string) =>
      entityCard(IMPRECISE.kb.entities.get(id)!, { date, kb: IMPRECISE.kb, linkTo: () => 'file:///kb' });
    const inWindow = card('bounmy-vongsa', '2020-12-31');
    assert.match(inWindow, /\*\*On 2020-12-31:\*\* Minister of Foreign Affairs of the Lao PDR/);
    assert.match(inWindow, /- April 2016 – 2020: Minister of Foreign Affairs of the Lao PDR/);
    assert.match(card('bounmy-vongsa', '2021-01-01'), /\*\*On 2021-01-01:\*\* no office recorded/);
    assert.match(card('sengphet-inthavong', '2021-06-01'), /- 2021 – now: Minister of Foreign Affairs of the Lao PDR/);
  });
});
