import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { titleWrongSystem } from '../../../../server/src/core/checks/titleWrongSystem.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [titleWrongSystem];

/** Two offices, each with a listed wrong form; the party office's titles also make another system's forms. */
const KB = memoryKnowledgeBase(`
countries:
  - { id: laos, name: Laos, adjective: Lao }
  - { id: china, name: China, adjective: Chinese }
offices:
  - id: prime-minister-laos
    name: Prime Minister of the Lao PDR
    country: laos
    titles: [Prime Minister, Lao Prime Minister]
    wrongForms:
      - { form: Lao Premier, use: Lao Prime Minister, reason: The Lao head of government is the Prime Minister. }
      - { form: Lao Vice Premier, use: Lao Deputy Prime Minister, reason: Laos has Deputy Prime Ministers. }
  - id: general-secretary-cpc
    name: General Secretary of the CPC Central Committee
    country: china
    titles: [General Secretary, Party General Secretary]
    wrongForms:
      - { form: Party Chairman, use: General Secretary, reason: The CPC has had no chairman since 1982. }
people:
  - id: sonexay-siphandone
    name: Sonexay Siphandone
    country: laos
    convention: given-name
    roles:
      - { office: prime-minister-laos, from: 2022-12-30, source: NA vote 2022 }
  - id: xi-jinping
    name: Xi Jinping
    country: china
    convention: surname-first
    roles:
      - { office: general-secretary-cpc, from: 2012-11-15, source: Plenum 2012 }
  - { id: li-qiang, name: Li Qiang, country: china, convention: surname-first }
`);

describe('title/wrong-system', () => {
  it('flags a listed title of another system on its wrong words, with the right title in the message and the reason as evidence', () => {
    const text = 'Lao Premier Sonexay Siphandone arrived in Beijing.';
    const findings = KB.findings(CHECKS, text, { date: '2024-06-12' });
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [['Premier', 'Prime Minister']],
    );
    assert.equal(findings[0]!.message, '"Lao Premier" is not the title of this office; write "Lao Prime Minister".');
    assert.equal(
      findings[0]!.evidence[0]!.message,
      'Prime Minister of the Lao PDR: "Lao Prime Minister", not "Lao Premier": the Lao head of government is the Prime Minister (knowledge base)',
    );
    assert.equal(
      fixOf(KB.findings(CHECKS, 'Party Chairman Xi Jinping addressed the plenum.', { date: '2024-06-12' })[0]),
      'General Secretary',
    );
  });

  it('leaves the country out of the range but keeps a title whose every word differs whole', () => {
    const text = 'Lao Vice Premier Sonexay Siphandone and Party Chairman Xi Jinping met.';
    const findings = KB.findings(CHECKS, text, { date: '2024-06-12' });
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [
        ['Vice Premier', 'Deputy Prime Minister'],
        ['Party Chairman', 'General Secretary'],
      ],
    );
    assert.equal(
      findings[0]!.message,
      '"Lao Vice Premier" is not the title of this office; write "Lao Deputy Prime Minister".',
    );
  });

  it('is quiet on the right titles', () => {
    assert.deepEqual(
      KB.flagged(CHECKS, 'Lao Prime Minister Sonexay Siphandone met General Secretary Xi Jinping.', {
        date: '2024-06-12',
      }),
      [],
    );
  });

  it('flags a title made from another system’s word only for the office’s holder on the day', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'Party Secretary Xi Jinping spoke.', { date: '2024-06-12' }), [
      'title/wrong-system "Party Secretary"',
    ]);
    assert.deepEqual(KB.flagged(CHECKS, 'Party Secretary Li Qiang of Shanghai spoke.', { date: '2017-06-12' }), []);
    assert.deepEqual(
      KB.flagged(CHECKS, 'Party Secretary Xi Jinping of Zhejiang spoke.', { date: '2006-06-12' }),
      [],
      'before he held the office, the words are his other post',
    );
  });

  it('makes the same wrong title on the same person again one error', () => {
    const text = 'Lao Premier Sonexay Siphandone arrived.\n\nLao Premier Sonexay Siphandone left.\n';
    const findings = KB.findings(CHECKS, text, { date: '2024-06-12' });
    assert.deepEqual(
      findings.map((f) => f.severity),
      ['error', 'information'],
    );
    assert.equal(findings[1]!.message, 'Same as line 1: "Lao Premier" is not the title of this office.');
  });
});
