import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreementDetails } from '../../../../server/src/core/checks/agreementDetails.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [agreementDetails];

/** An agreement with a span of years, a project with an opening date, and an agreement with neither. */
const KB = memoryKnowledgeBase(`
agreements:
  - id: action-plan-2024
    name: Action Plan on Building a China-Laos Community with a Shared Future
    kind: agreement
    years: [2024, 2028]
    source: Xinhua 2024-04-02
  - id: china-laos-railway
    name: China-Laos Railway
    kind: project
    date: 2021-12-03
    source: Xinhua 2021-12-03
  - { id: friendship-treaty, name: Treaty of Friendship, kind: agreement }
`);

describe('agreement/details', () => {
  it('flags wrong years next to the agreement, with the right ones in the same style', () => {
    const text =
      'The two parties signed the Action Plan on Building a China-Laos Community with a Shared Future (2023-2027) last year.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [['2023-2027', '2024-2028']],
    );
    assert.equal(
      findings[0]!.message,
      'The Action Plan on Building a China-Laos Community with a Shared Future covers 2024–2028, not 2023–2027.',
    );
    assert.match(findings[0]!.evidence[0]!.message, /Xinhua 2024-04-02/);
    assert.equal(
      fixOf(
        KB.findings(
          CHECKS,
          'The Action Plan on Building a China-Laos Community with a Shared Future (2023 to 2027) was signed.',
        )[0],
      ),
      '2024 to 2028',
    );
  });

  it('is quiet on the right years, and on years in another sentence', () => {
    assert.deepEqual(
      KB.flagged(
        CHECKS,
        'The two parties signed the Action Plan on Building a China-Laos Community with a Shared Future (2024-2028) last year.',
      ),
      [],
    );
    assert.deepEqual(
      KB.flagged(
        CHECKS,
        'The Action Plan on Building a China-Laos Community with a Shared Future was praised. 2019-2023 was hard.',
      ),
      [],
    );
  });

  it('flags a wrong opening date at the precision the text uses', () => {
    const text = 'The China-Laos Railway, which began operating in December 2022, carries freight.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [['December 2022', 'December 2021']],
    );
    assert.equal(
      fixOf(KB.findings(CHECKS, 'The China-Laos Railway opened on December 4, 2021.')[0]),
      'December 3, 2021',
    );
    assert.equal(fixOf(KB.findings(CHECKS, 'The China-Laos Railway was launched in 2022.')[0]), '2021');
  });

  it('is quiet on the right date at any precision, and on an agreement that records none', () => {
    for (const text of [
      'The China-Laos Railway opened on 3 December 2021.',
      'The China-Laos Railway began operating in December 2021.',
      'The China-Laos Railway was launched in 2021 and has carried millions since.',
      'The Treaty of Friendship was signed in 1961 (1961-1971).',
    ]) {
      assert.deepEqual(KB.flagged(CHECKS, text), [], text);
    }
  });
});
