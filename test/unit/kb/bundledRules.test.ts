/**
 * What the bundled knowledge base's entries and the sample corpus make the rules find: real
 * leaders' terms, their names in other scripts and romanizations, the parties' acronyms, the
 * agreements' years. A rule's own behaviour is tested on a knowledge base written in its test
 * (test/unit/core/checks/<rule>.test.ts); these cases break when an entry here changes, and
 * say which.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyzeDocument } from '../../../server/src/core/analyze.js';
import type { CorpusEvidence } from '../../../server/src/core/checks/quoteMismatch.js';
import { analyze, bundled, findingsOf, mentionsOf, sampleCorpusEvidence } from '../../support/bundled.js';

describe("title/not-held on the bundled leaders' terms", () => {
  function titleFindings(text: string, date: string): string[] {
    return findingsOf(text, date).filter((f) => f.startsWith('title/'));
  }

  it('a title not held at the document date is flagged, with the holder as the fix', () => {
    const findings = analyze('Premier Li Keqiang met the visiting delegation.', '2024-06-12').filter(
      (f) => f.code === 'title/not-held',
    );
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'Li Qiang');
    assert.match(findings[0]!.message, /Li Qiang/);
    assert.ok(findings[0]!.evidence.length >= 2);
    assert.deepEqual(titleFindings('Vietnamese President Vo Van Thuong received the envoy.', '2024-06-05'), [
      'title/not-held "Vietnamese President Vo Van Thuong"',
    ]);
  });

  it('a title held on the date is never flagged, boundary days included', () => {
    assert.deepEqual(titleFindings('Premier Li Keqiang met the visiting delegation.', '2019-04-26'), []);
    assert.deepEqual(titleFindings('President Vo Van Thuong received the envoy.', '2023-09-10'), []);
    assert.deepEqual(titleFindings('Premier Li Keqiang delivered the government work report.', '2023-03-05'), []);
    assert.deepEqual(titleFindings('Premier Li Qiang met the press.', '2023-03-13'), []);
    assert.deepEqual(titleFindings('President To Lam received the envoy.', '2024-05-22'), []);
    assert.deepEqual(titleFindings('President Luong Cuong received the envoy.', '2024-10-21'), []);
  });

  it('a title before it was held is flagged too', () => {
    assert.deepEqual(titleFindings('General Secretary To Lam received the envoy.', '2023-06-01'), [
      'title/not-held "General Secretary To Lam"',
    ]);
  });

  it('titles from another system are flagged with the right title', () => {
    const laos = analyze('Lao Premier Sonexay Siphandone arrived in Beijing.', '2024-06-12').filter(
      (f) => f.code === 'title/wrong-system',
    );
    assert.equal(laos.length, 1);
    // The fix changes the wrong word only; the country before it stays as written.
    assert.equal(laos[0]!.fixes[0]!.edits[0]!.newText, 'Prime Minister');
    const chairman = analyze('Party Chairman Xi Jinping addressed the plenum.', '2024-06-12').filter(
      (f) => f.code === 'title/wrong-system',
    );
    assert.equal(chairman.length, 1);
    assert.match(chairman[0]!.fixes[0]!.edits[0]!.newText, /General Secretary/);
  });

  it('the right system stays quiet', () => {
    assert.deepEqual(
      titleFindings(
        'Lao Prime Minister Sonexay Siphandone met Premier Li Qiang and Vietnamese Prime Minister Pham Minh Chinh.',
        '2024-06-12',
      ),
      [],
    );
  });

  it('former, late and then- titles are about another time and stay quiet', () => {
    assert.deepEqual(titleFindings('Former Premier Li Keqiang was remembered.', '2024-06-12'), []);
    assert.deepEqual(titleFindings('The late General Secretary Nguyen Phu Trong was remembered.', '2025-04-16'), []);
    assert.deepEqual(titleFindings('Then-President Vo Van Thuong had visited in 2023.', '2025-04-16'), []);
  });
});

describe('a Chinese title after the name, on the bundled leaders', () => {
  it('a title after a Chinese name resolves to that person’s office', () => {
    const mentions = mentionsOf('习近平总书记出席会议，李强总理主持。');
    assert.ok(
      mentions.includes('总书记 → General Secretary of the Communist Party of China Central Committee'),
      mentions.join(' | '),
    );
    assert.ok(
      mentions.includes('总理 → Premier of the State Council of the People’s Republic of China') ||
        mentions.includes("总理 → Premier of the State Council of the People's Republic of China"),
      mentions.join(' | '),
    );
  });

  it('a title after a Chinese name that the person did not hold at the date is flagged', () => {
    assert.deepEqual(
      findingsOf('李克强总理会见了老挝客人。', '2024-06-12').filter((f) => f.startsWith('title/')),
      ['title/not-held "李克强总理"'],
    );
  });

  it('a title after a Chinese name held at the date stays quiet, and a title before the next name still goes to that name', () => {
    assert.deepEqual(
      findingsOf('李强总理会见了老挝国家主席通伦。习近平总书记出席。', '2024-06-12').filter((f) =>
        f.startsWith('title/'),
      ),
      [],
    );
    assert.deepEqual(
      findingsOf('李克强总理会见了老挝客人。', '2019-04-26').filter((f) => f.startsWith('title/')),
      [],
    );
    // "国务院总理李强": the title comes first and goes to the name after it, as in English.
    assert.deepEqual(
      findingsOf('国务院总理李克强会见了客人。', '2024-06-12').filter((f) => f.startsWith('title/')),
      ['title/not-held "国务院总理李克强"'],
    );
  });

  it('the fix for a Chinese name writes the holder in Chinese characters, in the script the text uses', () => {
    const fixOf = (text: string) =>
      analyze(text, '2024-06-12').find((f) => f.code === 'title/not-held')?.fixes[0]?.edits[0]?.newText;
    assert.equal(fixOf('李克强总理会见了老挝客人。'), '李强');
    assert.equal(fixOf('國務院總理李克強會見了客人。'), '李強');
    assert.equal(fixOf('Premier Li Keqiang met the delegation.'), 'Li Qiang');
  });
});

describe('names of the bundled people', () => {
  const NAMES_DATE = '2024-03-01';

  it('one person spelled two ways is flagged, the canonical form wins', () => {
    const text = 'Prime Minister Sonxay Siphandone arrived. Sonexay Siphandone then met the press.';
    const findings = analyze(text, NAMES_DATE).filter((f) => f.code === 'name/inconsistent');
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), 'Sonxay Siphandone');
    assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'Sonexay Siphandone');
  });

  it('one consistent spelling, even a variant, is quiet', () => {
    assert.deepEqual(
      findingsOf('Prime Minister Sonxay Siphandone arrived. Sonxay Siphandone then spoke.', NAMES_DATE),
      [],
    );
  });

  it('wrong second-mention forms follow the naming convention', () => {
    const findings = analyze(
      'Prime Minister Sonexay Siphandone arrived. Mr. Siphandone said. Premier Li Qiang spoke. Premier Qiang added.',
      NAMES_DATE,
    ).filter((f) => f.code === 'name/second-mention');
    assert.deepEqual(
      findings.map((f) => f.fixes[0]!.edits[0]!.newText),
      ['Sonexay', 'Li'],
    );
  });

  it('right second mentions are quiet', () => {
    assert.deepEqual(
      findingsOf(
        'Prime Minister Sonexay Siphandone arrived. Sonexay said. Premier Li Qiang spoke. Li added. General Secretary To Lam agreed. To Lam left.',
        '2024-09-01',
      ),
      [],
    );
  });

  it('the correct form is never the one flagged, wherever it comes', () => {
    // A variant first, the standard name after: the variant is flagged, the standard name is not.
    for (const [text, date, wrong, right] of [
      [
        'Sonesay Siphandon arrived on Tuesday. Sonexay Siphandone then met the press.',
        '2024-03-12',
        'Sonesay Siphandon',
        'Sonexay Siphandone',
      ],
      ['Hsi Chin-ping arrived. Xi Jinping then spoke.', '2017-11-12', 'Hsi Chin-ping', 'Xi Jinping'],
      ['Xi Jinping arrived. Hsi Chin-ping then spoke.', '2017-11-12', 'Hsi Chin-ping', 'Xi Jinping'],
      [
        'Sonxay Siphandone arrived. Sonexay Siphandone then met the press.',
        '2024-03-12',
        'Sonxay Siphandone',
        'Sonexay Siphandone',
      ],
    ] as const) {
      const findings = analyze(text, date).filter((f) => f.code.startsWith('name/'));
      const at = text.indexOf(right);
      assert.ok(
        !findings.some((f) => f.start < at + right.length && f.end > at),
        `${text}: the standard form was flagged`,
      );
      assert.ok(
        findings.some((f) => text.slice(f.start, f.end) === wrong && f.fixes[0]!.edits[0]!.newText === right),
        `${text}: "${wrong}" not flagged`,
      );
    }
  });

  it('forms that differ only in case are one form: a headline in capitals is not an inconsistency', () => {
    assert.deepEqual(
      findingsOf('SONXAY SIPHANDONE VISITS HANOI\n\nSonxay Siphandone arrived in Hanoi.', NAMES_DATE),
      [],
    );
    assert.deepEqual(
      findingsOf('SONEXAY SIPHANDONE VISITS HANOI\n\nSonexay Siphandone arrived in Hanoi.', NAMES_DATE),
      [],
    );
  });

  it('without the canonical form, the accepted spelling is kept over a differently written one', () => {
    // Two accepted romanizations and no canonical form: the first one written as the knowledge base has it wins.
    const text = 'Sonexay Siphandon arrived. Sonxay Siphandone then met the press.';
    const findings = analyze(text, NAMES_DATE).filter((f) => f.code === 'name/inconsistent');
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), 'Sonxay Siphandone');
    assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'Sonexay Siphandon');
  });
});

describe('name/misspelled on the bundled people', () => {
  const MISSPELLED_DATE = '2025-05-01';

  it('near misses of known names are flagged with the right spelling as the fix', () => {
    for (const [text, wrong, right] of [
      ['President Xi Jinpin met the delegation.', 'Xi Jinpin', 'Xi Jinping'],
      ['Chairman of the National Assembly Tran Thanh Mann attended.', 'Tran Thanh Mann', 'Tran Thanh Man'],
      ['The late General Secretary Nguyen Phu Trung was remembered.', 'Nguyen Phu Trung', 'Nguyen Phu Trong'],
    ] as const) {
      const findings = analyze(text, MISSPELLED_DATE).filter((f) => f.code === 'name/misspelled');
      assert.equal(findings.length, 1, `${text}: ${JSON.stringify(findings.map((f) => f.message))}`);
      assert.equal(text.slice(findings[0]!.start, findings[0]!.end), wrong);
      assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, right);
    }
  });

  it('machine translations of Chinese renderings are flagged', () => {
    assert.ok(
      findingsOf('Su Lin held talks with Xi Jinping in Hanoi.', MISSPELLED_DATE).includes('name/misspelled "Su Lin"'),
    );
    assert.ok(
      findingsOf('Prime Minister Fan Mingzheng attended the forum.', MISSPELLED_DATE).includes(
        'name/misspelled "Fan Mingzheng"',
      ),
    );
  });

  it('accepted romanizations and correct names are not flagged', () => {
    for (const text of [
      'Prime Minister Sonxay Siphandone met the delegation.',
      'Former Prime Minister Phankham Viphavan visited Beijing.',
      'Xi Jinping and To Lam held talks.',
      'Tran Thanh Man and Pham Minh Chinh attended.',
    ]) {
      assert.deepEqual(
        findingsOf(text, '2023-01-15').filter((f) => f.startsWith('name/misspelled')),
        [],
        text,
      );
    }
  });

  it('names of people the knowledge base does not know are left alone', () => {
    assert.deepEqual(findingsOf('Ambassador Nguyen Minh Vu and Director Tran Van Binh attended.', MISSPELLED_DATE), []);
  });

  it('a Chinese rendering with one wrong character is flagged; the right one is not', () => {
    const text = '国家主席习近平会见老挝国家主席通伦·西苏利。';
    const findings = analyze(text, '2022-11-30').filter((f) => f.code === 'name/misspelled');
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['通伦·西苏利'],
    );
    assert.deepEqual(findingsOf('国家主席习近平会见老挝国家主席通伦·西苏里。', '2022-11-30'), []);
  });

  it('a misspelled first mention still introduces the person for later short forms', () => {
    const findings = analyze('Prime Minister Pham Minh Chin arrived. Chinh said so.', MISSPELLED_DATE);
    assert.deepEqual(
      findings.map((f) => f.code),
      ['name/misspelled'],
    );
  });
});

describe('the bundled parties and organizations', () => {
  const ORGS_DATE = '2024-06-12';

  it('non-official party names are flagged with the official ones', () => {
    const findings = analyze(
      'The Chinese Communist Party (CCP) and the Communist Party of China (CPC) are the same.',
      ORGS_DATE,
    ).filter((f) => f.code === 'org/non-official-name');
    assert.deepEqual(
      findings.map((f) => f.fixes[0]!.edits[0]!.newText),
      ['Communist Party of China', 'CPC'],
    );
  });

  it('house style can accept any party name', () => {
    assert.deepEqual(findingsOf('The Chinese Communist Party set the agenda.', ORGS_DATE, { partyNames: 'any' }), []);
  });

  it('an acronym that does not match its expansion is flagged', () => {
    const findings = analyze('The Communist Party of Viet Nam (VPC) Central Committee met.', ORGS_DATE).filter(
      (f) => f.code === 'org/acronym-mismatch',
    );
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'CPV');
    assert.deepEqual(findingsOf('The Communist Party of Viet Nam (CPV) Central Committee met.', ORGS_DATE), []);
  });

  it('an acronym used before it is defined is flagged, with the expansion as the fix', () => {
    const text = 'The CPC and the LPRP signed a plan. The Communist Party of China (CPC) said so.';
    const findings = analyze(text, ORGS_DATE).filter((f) => f.code === 'org/acronym-undefined');
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['CPC', 'LPRP'],
    );
    assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'Communist Party of China (CPC)');
    assert.deepEqual(
      findingsOf('The Communist Party of China (CPC) met. The CPC said so. ASEAN agreed.', ORGS_DATE),
      [],
    );
  });

  it('an outlet credit in a dateline is not an undefined acronym', () => {
    assert.deepEqual(findingsOf('HANOI, May 2 (VNA) – Vietnamese officials met Chinese counterparts.', ORGS_DATE), []);
  });

  it('one fault seen by two rules is reported once', () => {
    const findings = analyze('The Communist Party of Viet Nam (VCP) met.', ORGS_DATE);
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.code)));
    assert.equal(findings[0]!.code, 'org/acronym-mismatch');
  });
});

describe("the bundled countries' names and adjectives", () => {
  const STYLE_DATE = '2025-04-16';

  it('mixing Viet Nam and Vietnam is flagged; the first form used wins by default', () => {
    const text =
      'Viet Nam and China agreed. The China-Vietnam railway link and the Communist Party of Vietnam were discussed.';
    const findings = analyze(text, STYLE_DATE).filter((f) => f.code === 'style/country-name');
    assert.equal(findings.length, 2);
    assert.ok(findings.every((f) => f.fixes[0]!.edits[0]!.newText === 'Viet Nam'));
  });

  it('one form used throughout is quiet unless the house style prescribes the other', () => {
    const text = 'Vietnam and China agreed on the China-Vietnam railway.';
    assert.deepEqual(
      findingsOf(text, STYLE_DATE).filter((f) => f.startsWith('style/')),
      [],
    );
    assert.equal(
      analyze(text, STYLE_DATE, { vietNam: 'Viet Nam' }).filter((f) => f.code === 'style/country-name').length,
      2,
    );
    assert.deepEqual(findingsOf('Vietnamese officials met.', STYLE_DATE, { vietNam: 'Viet Nam' }), []);
  });

  it('Laos used as an adjective, and Lao as a noun, are flagged', () => {
    assert.deepEqual(
      findingsOf('The Laos government and a Laos official welcomed the visit to Lao.', STYLE_DATE).filter((f) =>
        f.startsWith('style/lao-laos'),
      ),
      ['style/lao-laos "Laos"', 'style/lao-laos "Laos"', 'style/lao-laos "Lao"'],
    );
  });

  it('a speaker naming his own country first is correct usage', () => {
    assert.deepEqual(
      findingsOf('Thongloun Sisoulith said the Laos-China Railway has become a golden route.', STYLE_DATE),
      [],
    );
    assert.deepEqual(
      findingsOf('The Lao government and the people of Laos welcomed the Lao delegation.', STYLE_DATE),
      [],
    );
  });

  it('Laotian is fine by default and flagged when the house style keeps to Lao', () => {
    assert.deepEqual(findingsOf('Laotian President Thongloun Sisoulith spoke.', '2023-10-20'), []);
    assert.deepEqual(
      findingsOf('Laotian President Thongloun Sisoulith spoke.', '2023-10-20', { laoAdjective: 'Lao' }),
      ['style/lao-laos "Laotian"'],
    );
  });
});

describe("the bundled agreements' years and dates", () => {
  const AGREEMENTS_DATE = '2024-02-01';

  it('wrong years of the 2024-2028 Action Plan are flagged with the right ones', () => {
    const text =
      'The two parties signed the Action Plan on Building a China-Laos Community with a Shared Future (2023-2027) last year.';
    const findings = analyze(text, AGREEMENTS_DATE).filter((f) => f.code === 'agreement/details');
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, '2024-2028');
  });

  it('the right years are quiet', () => {
    assert.deepEqual(
      findingsOf(
        'The two parties signed the Action Plan on Building a China-Laos Community with a Shared Future (2024-2028) last year.',
        AGREEMENTS_DATE,
      ),
      [],
    );
  });

  it('a wrong opening date is flagged at the precision the text uses', () => {
    const text = 'The China-Laos Railway, which began operating in December 2022, carries freight.';
    const findings = analyze(text, AGREEMENTS_DATE).filter((f) => f.code === 'agreement/details');
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), 'December 2022');
    assert.equal(findings[0]!.fixes[0]!.edits[0]!.newText, 'December 2021');
    assert.equal(
      analyze('The China-Laos Railway opened on December 4, 2021.', AGREEMENTS_DATE).filter(
        (f) => f.code === 'agreement/details',
      ).length,
      1,
    );
  });

  it('the right date, at any precision, is quiet', () => {
    for (const text of [
      'The China-Laos Railway opened on 3 December 2021.',
      'The China-Laos Railway began operating in December 2021.',
      'The China-Laos Railway was launched in 2021 and has carried millions since.',
    ]) {
      assert.deepEqual(findingsOf(text, AGREEMENTS_DATE), [], text);
    }
  });
});

describe('title/not-held names who held the title', () => {
  const notHeld = (text: string, date: string) => analyze(text, date).filter((f) => f.code === 'title/not-held');

  it('says who was not and who was, with the day the holder took office', () => {
    const [finding, ...rest] = notHeld('Premier Li Keqiang met the visiting delegation.', '2024-06-12');
    assert.equal(rest.length, 0);
    assert.equal(finding!.message, 'Li Keqiang was not Premier on 2024-06-12; Li Qiang was (since 2023-03-11).');
    assert.equal(
      notHeld('Vietnamese President Vo Van Thuong received the envoy.', '2025-04-16')[0]!.message,
      'Vo Van Thuong was not Vietnamese President on 2025-04-16; Luong Cuong was (since 2024-10-21).',
    );
    assert.match(
      notHeld('General Secretary To Lam received the envoy.', '2023-06-01')[0]!.message,
      /^To Lam was not General Secretary on 2023-06-01; Nguyen Phu Trong was \(since \d{4}-\d{2}-\d{2}\)\.$/,
    );
  });

  it('keeps the terms and their sources in the evidence, pointing at the entries', () => {
    const [finding] = notHeld('Premier Li Keqiang met the visiting delegation.', '2024-06-12');
    const messages = finding!.evidence.map((e) => e.message);
    assert.ok(
      messages.some((m) =>
        m.startsWith('Li Keqiang: Premier 2013-03-15 – 2023-03-11 (knowledge base; 12th NPC vote, Xinhua 2013-03-15'),
      ),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.startsWith('Li Qiang: Premier since 2023-03-11 (knowledge base; 14th NPC vote')),
      messages.join('\n'),
    );
    assert.ok(finding!.evidence.every((e) => /server\/kb\/china\.yaml$/.test(e.path) && e.line! > 0));
  });

  it('says so when the date is only today’s', () => {
    const { kb, index } = bundled();
    const [finding] = analyzeDocument('Premier Li Keqiang met the visiting delegation.', kb, index, {
      today: '2024-06-12',
    }).findings;
    assert.equal(
      finding!.message,
      'Li Keqiang was not Premier on 2024-06-12 (today); Li Qiang was (since 2023-03-11).',
    );
  });

  it('falls back to a shorter title when the written one makes the message too long', () => {
    const text =
      'Chairman of the National Committee of the Chinese People’s Political Consultative Conference Wang Yang spoke.';
    const [finding] = notHeld(text.replace('’', "'"), '2024-06-12');
    assert.equal(
      finding!.message,
      'Wang Yang was not Chairman of the CPPCC National Committee on 2024-06-12; Wang Huning was (since 2023-03-10).',
    );
  });
});

describe('the same wrong title on the same person again is one error', () => {
  const DRAFT =
    'Chinese Premier Li Keqiang held talks with Lao Prime Minister Sonexay Siphandone.\n\nPremier Li said relations were at their best.\n';

  it('reports "Premier Li" after "Chinese Premier Li Keqiang" as information that points at the first', () => {
    const findings = analyze(DRAFT, '2024-06-12').filter((f) => f.code === 'title/not-held');
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
    assert.equal(first!.repeatOf, undefined);
    assert.deepEqual(repeat!.evidence, [], 'the evidence is on the first finding');
  });
});

describe('claim/differs against the sample corpus', () => {
  let corpus: CorpusEvidence;
  const claims = (text: string) => {
    const { kb, index } = bundled();
    return analyzeDocument(text, kb, index, { today: '2026-11-25', corpus }).findings.filter(
      (f) => f.code === 'claim/differs',
    );
  };

  before(async () => {
    corpus = await sampleCorpusEvidence();
  });

  it('flags a date that differs from the sources for the same event, counting them', () => {
    const text =
      '---\ndate: 2023-10-25\n---\n\nOn October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.\n';
    const [finding] = claims(text);
    assert.ok(finding);
    assert.equal(text.slice(finding.start, finding.end), 'October 21, 2023');
    assert.equal(finding.fixes[0]!.edits[0]!.newText, 'October 20, 2023');
    assert.match(finding.message, /2 independent sources/);
    assert.equal(finding.evidence.length, 2);
    const [virtual] = claims(
      '---\ndate: 2021-12-06\n---\n\nOn December 4, 2021, Xi Jinping held a virtual meeting with Thongloun Sisoulith.\n',
    );
    assert.equal(virtual!.fixes[0]!.edits[0]!.newText, 'December 3, 2021');
  });

  it('is quiet when the date agrees, or when the corpus has no such event', () => {
    assert.deepEqual(
      claims(
        '---\ndate: 2021-12-06\n---\n\nOn December 3, 2021, Xi Jinping held a virtual meeting with Thongloun Sisoulith.\n',
      ),
      [],
    );
    assert.deepEqual(
      claims('---\ndate: 2019-05-02\n---\n\nOn April 30, 2019, Xi Jinping met with Bounnhang Vorachit in Beijing.\n'),
      [],
    );
  });
});

describe('claim/differs for figures', () => {
  let corpus: CorpusEvidence;
  before(async () => {
    corpus = await sampleCorpusEvidence();
  });
  const claims = (text: string) => {
    const { kb, index } = bundled();
    return analyzeDocument(text, kb, index, { today: '2026-11-25', corpus }).findings.filter(
      (f) => f.code === 'claim/differs',
    );
  };

  it('flags a figure that differs from the source statement, offering the source figure', () => {
    const text = 'By November 2022, the China-Laos Railway had carried 20 million tons of freight, China Railway said.';
    const [finding] = claims(text);
    assert.ok(finding);
    assert.equal(text.slice(finding.start, finding.end), '20 million');
    assert.equal(finding.fixes[0]!.edits[0]!.newText, '10 million');
    assert.match(finding.evidence[0]!.path, /samples\/corpus\//);
  });

  it('is quiet when the figure agrees or the corpus says nothing like it', () => {
    assert.deepEqual(
      claims('By November 2022, the freight transported by the China-Laos Railway had exceeded 10 million tons.'),
      [],
    );
    assert.deepEqual(claims('The new bridge will carry 30 million passengers a year across the Mekong.'), []);
  });
});

describe('quote/mismatch against the sample corpus', () => {
  let corpus: CorpusEvidence;
  const quoteFindings = (text: string) => {
    const { kb, index } = bundled();
    return analyzeDocument(text, kb, index, { today: '2021-12-05', corpus }).findings.filter(
      (f) => f.code === 'quote/mismatch',
    );
  };

  before(async () => {
    corpus = await sampleCorpusEvidence();
  });

  it('flags a misquote, shows the difference and offers the source wording', () => {
    const text =
      'Xi Jinping said that "this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties and the Year of China-Laos Friendship."';
    const [finding] = quoteFindings(text);
    assert.ok(finding);
    assert.match(finding.message, /−“ties” \+“relations”/);
    assert.match(finding.fixes[0]!.edits[0]!.newText, /diplomatic relations and the Year/);
    assert.match(finding.evidence[0]!.path, /001_/);
  });

  it('leaves an exact quotation, and one the corpus does not have, alone', () => {
    assert.deepEqual(
      quoteFindings(
        'Xi Jinping stressed that “China and Laos are ruled by communist parties and are socialist in orientation, which is the essential characteristic of bilateral relations.”',
      ),
      [],
    );
    assert.deepEqual(quoteFindings('He said "we will build a bridge to the moon together with our friends."'), []);
  });

  it('checks nothing without a corpus', () => {
    const { kb, index } = bundled();
    const text =
      'Xi Jinping said that "this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties."';
    assert.deepEqual(
      analyzeDocument(text, kb, index, { today: '2021-12-05' }).findings.filter((f) => f.code === 'quote/mismatch'),
      [],
    );
  });
});

describe('the wider knowledge base: Politburos since 2016, Hong Kong, Myanmar', () => {
  it('recognizes members of the Politburos and neighbouring leaders, in their scripts', () => {
    assert.deepEqual(mentionsOf("Chen Min'er and Shi Taifeng met Truong Thi Mai."), [
      "Chen Min'er → Chen Min'er",
      'Shi Taifeng → Shi Taifeng',
      'Truong Thi Mai → Truong Thi Mai',
    ]);
    assert.deepEqual(mentionsOf('陳敏爾會見了Trương Thị Mai。'), [
      "陳敏爾 → Chen Min'er",
      'Trương Thị Mai → Truong Thi Mai',
    ]);
    assert.deepEqual(mentionsOf('熊波大使会见了Hoàng Bình Quân。'), [
      '熊波 → Xiong Bo',
      'Hoàng Bình Quân → Hoang Binh Quan',
    ]);
    assert.deepEqual(mentionsOf('Min Aung Hlaing met Wang Yi in Naypyitaw.'), [
      'Min Aung Hlaing → Min Aung Hlaing',
      'Wang Yi → Wang Yi',
    ]);
  });

  it('flags a title not held at the date, with the holder as the fix where the office has one', () => {
    const titles = (text: string, date: string) => findingsOf(text, date).filter((f) => f.startsWith('title/'));
    assert.deepEqual(titles('Vice Premier Sun Chunlan met the Lao delegation.', '2024-05-10'), [
      'title/not-held "Vice Premier Sun Chunlan"',
    ]);
    assert.deepEqual(titles('State Counsellor Aung San Suu Kyi met Wang Yi.', '2022-06-01'), [
      'title/not-held "State Counsellor Aung San Suu Kyi"',
    ]);
    const [lam] = analyze('Chief Executive Carrie Lam opened the trade fair.', '2023-06-01').filter(
      (f) => f.code === 'title/not-held',
    );
    assert.equal(lam?.fixes[0]?.edits[0]?.newText, 'John Lee');
  });

  it('is quiet on the same titles when they were held', () => {
    assert.deepEqual(findingsOf('Vice Premier Sun Chunlan met the Lao delegation.', '2021-05-10'), []);
    assert.deepEqual(findingsOf('State Counsellor Aung San Suu Kyi met Wang Yi.', '2020-01-17'), []);
    assert.deepEqual(findingsOf('Chief Executive Carrie Lam opened the trade fair.', '2019-06-01'), []);
    assert.deepEqual(findingsOf('Chief Executive John Lee Ka-chiu opened the trade fair.', '2025-06-01'), []);
  });
});

describe('terms known to the month or the year: the LPRP and CPV Politburos, ambassadors', () => {
  const titles = (text: string, date: string) => findingsOf(text, date).filter((f) => f.startsWith('title/'));

  it('recognizes the new people in their romanizations and scripts', () => {
    assert.deepEqual(mentionsOf('Vilay Lakhamphong and Sisay Leudethmounsone met Tran Tuan Anh and Fang Hong.'), [
      'Vilay Lakhamphong → Vilay Lakhamfong',
      'Sisay Leudethmounsone → Sisay Leudetmounsone',
      'Tran Tuan Anh → Tran Tuan Anh',
      'Fang Hong → Fang Hong',
    ]);
    assert.deepEqual(mentionsOf('方虹大使会见了Trương Hòa Bình和Đinh Tiến Dũng。'), [
      '方虹 → Fang Hong',
      'Trương Hòa Bình → Truong Hoa Binh',
      'Đinh Tiến Dũng → Dinh Tien Dung',
    ]);
  });

  it('is quiet inside the month a Congress elected or retired a Politburo member, and flags outside it', () => {
    const kikeo = 'Politburo member Kikeo Khaykhamphithoune met the delegation.';
    assert.deepEqual(titles(kikeo, '2021-01-01'), []);
    assert.deepEqual(titles(kikeo, '2020-12-31'), [`title/not-held "Politburo member Kikeo Khaykhamphithoune"`]);
    const chansy = 'Politburo member Chansy Phosikham met the delegation.';
    assert.deepEqual(titles(chansy, '2021-01-31'), []);
    assert.deepEqual(titles(chansy, '2021-02-01'), [`title/not-held "Politburo member Chansy Phosikham"`]);
    const binh = 'Politburo member Truong Hoa Binh met the delegation.';
    assert.deepEqual(titles(binh, '2020-06-01'), []);
    assert.deepEqual(titles(binh, '2021-02-01'), [`title/not-held "Politburo member Truong Hoa Binh"`]);
  });

  it('is quiet inside the year an ambassador’s term is known by, and names the successor by month outside it', () => {
    const xiong = 'Chinese Ambassador to Viet Nam Xiong Bo met the minister.';
    assert.deepEqual(titles(xiong, '2018-01-01'), []);
    assert.deepEqual(titles(xiong, '2017-12-31'), [`title/not-held "Chinese Ambassador to Viet Nam Xiong Bo"`]);
    const [late] = analyze(xiong, '2025-01-01').filter((f) => f.code === 'title/not-held');
    assert.equal(
      late?.message,
      'Xiong Bo was not Chinese Ambassador to Viet Nam on 2025-01-01; He Wei was (since September 2024).',
    );
    assert.deepEqual(titles('Chinese Ambassador to Laos Fang Hong met the minister.', '2024-01-01'), []);
    assert.deepEqual(titles('Chinese Ambassador to Laos Fang Hong met the minister.', '2023-12-31'), [
      'title/not-held "Chinese Ambassador to Laos Fang Hong"',
    ]);
    assert.deepEqual(titles('中国驻老挝大使姜再冬出席仪式。', '2023-06-26'), []);
    assert.deepEqual(titles('中国驻老挝大使姜再冬出席仪式。', '2024-06-26'), ['title/not-held "中国驻老挝大使姜再冬"']);
  });

  it('leaves an ambassador of a country with no such office in the knowledge base alone', () => {
    assert.deepEqual(titles('U.S. Ambassador to China Nicholas Burns met the press.', '2023-05-01'), []);
  });
});

describe('Cantonese romanizations of the bundled Chinese names', () => {
  it('recognizes a Cantonese rendering of a mainland leader as the person, and flags it', () => {
    const text = 'Tsap Kan-ping met the Chief Executive.';
    assert.deepEqual(mentionsOf(text)[0], 'Tsap Kan-ping → Xi Jinping');
    const [finding] = analyze(text, '2025-06-01').filter((f) => f.code === 'name/misspelled');
    assert.equal(
      finding?.message,
      '"Tsap Kan-ping" is a non-standard transliteration of Xi Jinping; write "Xi Jinping".',
    );
    assert.deepEqual(findingsOf('Premier Lee Keung met the delegation in Macao.', '2025-06-01'), [
      'name/misspelled "Lee Keung"',
    ]);
  });

  it('accepts the Cantonese names Hong Kong people are known by, and leaves other Cantonese names alone', () => {
    assert.deepEqual(findingsOf('Carrie Lam Cheng Yuet-ngor opened the trade fair.', '2019-06-01'), []);
    assert.deepEqual(findingsOf('Lee Ka-chiu and Leung Chun-ying attended.', '2025-06-01'), []);
    assert.deepEqual(findingsOf('Chan Tai-man and Tsang Yam-kuen attended.', '2025-06-01'), []);
  });
});
