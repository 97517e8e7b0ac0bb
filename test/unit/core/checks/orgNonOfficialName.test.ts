import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orgNonOfficialName } from '../../../../server/src/core/checks/orgNonOfficialName.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [orgNonOfficialName];

const KB = memoryKnowledgeBase(`
countries:
  - { id: china, name: China, adjective: Chinese }
organizations:
  - id: cpc
    name: Communist Party of China
    kind: party
    country: china
    acronym: CPC
    caseSensitive: [CPC, CCP]
    wrongForms:
      - { form: Chinese Communist Party, use: Communist Party of China, reason: The party's official English name. }
      - { form: CCP, use: CPC, reason: The official English acronym is CPC. }
`);

describe('org/non-official-name', () => {
  it('flags non-official names and acronyms with the official ones, and says why in the evidence', () => {
    const text = 'The Chinese Communist Party (CCP) and the Communist Party of China (CPC) are the same.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [
        ['Chinese Communist Party', 'Communist Party of China'],
        ['CCP', 'CPC'],
      ],
    );
    assert.equal(
      findings[0]!.message,
      '"Chinese Communist Party" is not the official name; write "Communist Party of China".',
    );
    assert.equal(
      findings[1]!.evidence[0]!.message,
      'Communist Party of China: "CPC", not "CCP": the official English acronym is CPC (knowledge base)',
    );
  });

  it('is quiet on the official name and acronym', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'The Communist Party of China (CPC) set the agenda.'), []);
  });

  it('follows the partyNames setting: off under "any", on under "official"', () => {
    assert.deepEqual(
      KB.flagged(CHECKS, 'The Chinese Communist Party set the agenda.', { houseStyle: { partyNames: 'any' } }),
      [],
    );
    assert.deepEqual(
      KB.flagged(CHECKS, 'The Chinese Communist Party set the agenda.', { houseStyle: { partyNames: 'official' } }),
      ['org/non-official-name "Chinese Communist Party"'],
    );
  });
});
