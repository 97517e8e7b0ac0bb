import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orgAcronymMismatch } from '../../../../server/src/core/checks/orgAcronymMismatch.js';
import { orgNonOfficialName } from '../../../../server/src/core/checks/orgNonOfficialName.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [orgAcronymMismatch];

const KB = memoryKnowledgeBase(`
countries:
  - { id: vietnam, name: Viet Nam, adjective: Vietnamese }
  - { id: china, name: China, adjective: Chinese }
organizations:
  - id: cpv
    name: Communist Party of Viet Nam
    kind: party
    country: vietnam
    acronym: CPV
    aliases: [Communist Party of Vietnam]
    caseSensitive: [CPV, VCP]
    wrongForms:
      - { form: VCP, use: CPV, reason: The official English acronym is CPV. }
  - id: cpc
    name: Communist Party of China
    kind: party
    country: china
    acronym: CPC
    caseSensitive: [CPC, CCP]
    wrongForms:
      - { form: Chinese Communist Party, use: Communist Party of China }
      - { form: CCP, use: CPC }
`);

describe('org/acronym-mismatch', () => {
  it('flags an acronym in parentheses that is not the organization’s, with its own acronym as the fix', () => {
    const text = 'The Communist Party of Viet Nam (VPC) Central Committee met.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['VPC'],
    );
    assert.equal(fixOf(findings[0]), 'CPV');
    assert.equal(findings[0]!.message, '"VPC" is not the acronym of the Communist Party of Viet Nam; write "CPV".');
  });

  it('is quiet on the right acronym, after the name or an accepted alias', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'The Communist Party of Viet Nam (CPV) Central Committee met.'), []);
    assert.deepEqual(KB.flagged(CHECKS, 'The Communist Party of Vietnam (CPV) met.'), []);
  });

  it('leaves an acronym that matches the words it follows to org/non-official-name', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'The Chinese Communist Party (CCP) met.'), []);
  });

  it('supersedes org/non-official-name on the same fault: "(VCP)" is reported once', () => {
    const findings = KB.findings(
      [orgAcronymMismatch, orgNonOfficialName],
      'The Communist Party of Viet Nam (VCP) met.',
    );
    assert.deepEqual(
      findings.map((f) => f.code),
      ['org/acronym-mismatch'],
    );
  });
});
