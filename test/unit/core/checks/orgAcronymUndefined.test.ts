import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orgAcronymUndefined } from '../../../../server/src/core/checks/orgAcronymUndefined.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [orgAcronymUndefined];

const KB = memoryKnowledgeBase(`
countries:
  - { id: china, name: China, adjective: Chinese }
  - { id: laos, name: Laos, adjective: Lao }
organizations:
  - { id: cpc, name: Communist Party of China, kind: party, country: china, acronym: CPC, caseSensitive: [CPC] }
  - { id: lprp, name: Lao People's Revolutionary Party, kind: party, country: laos, acronym: LPRP, caseSensitive: [LPRP] }
  - { id: asean, name: Association of Southeast Asian Nations, kind: organization, acronym: ASEAN, caseSensitive: [ASEAN] }
  - { id: vna, name: Vietnam News Agency, kind: organization, acronym: VNA, caseSensitive: [VNA] }
`);

describe('org/acronym-undefined', () => {
  it('flags each acronym used before its name is spelled out, with the expansion as the fix', () => {
    const text = 'The CPC and the LPRP signed a plan. The Communist Party of China (CPC) said so.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => text.slice(f.start, f.end)),
      ['CPC', 'LPRP'],
    );
    assert.equal(fixOf(findings[0]), 'Communist Party of China (CPC)');
    assert.equal(
      findings[0]!.message,
      'CPC is used before it is spelled out; write "Communist Party of China (CPC)" at first use.',
    );
  });

  it('is quiet once the name is spelled out, and on well-known acronyms', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'The Communist Party of China (CPC) met. The CPC said so. ASEAN agreed.'), []);
  });

  it('does not count an outlet credit in a dateline, a heading or front matter as first use', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'HANOI, May 2 (VNA) – Vietnamese officials met Chinese counterparts.'), []);
    assert.deepEqual(
      KB.flagged(CHECKS, '# CPC delegation visits\n\nThe Communist Party of China (CPC) sent a delegation.'),
      [],
    );
    assert.deepEqual(
      KB.flagged(CHECKS, '---\ntitle: CPC delegation\n---\n\nThe Communist Party of China (CPC) sent a delegation.'),
      [],
    );
  });

  it('follows the wellKnownAcronyms setting: a listed acronym needs no expansion, an unlisted one does', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'The CPC met.', { houseStyle: { wellKnownAcronyms: ['CPC'] } }), []);
    assert.deepEqual(KB.flagged(CHECKS, 'ASEAN agreed.', { houseStyle: { wellKnownAcronyms: [] } }), [
      'org/acronym-undefined "ASEAN"',
    ]);
  });
});
