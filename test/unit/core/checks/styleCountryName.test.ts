import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { styleCountryName } from '../../../../server/src/core/checks/styleCountryName.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [styleCountryName];

/** A country with a name variant, and one without, whose names are never judged. */
const KB = memoryKnowledgeBase(`
countries:
  - { id: vietnam, name: Viet Nam, adjective: Vietnamese, nameVariants: [Vietnam] }
  - { id: china, name: China, adjective: Chinese }
`);

describe('style/country-name', () => {
  it('flags the other form when a document mixes them, inside longer names too; the first form used wins', () => {
    const text =
      'Viet Nam and China agreed. The China-Vietnam railway link and the Communist Party of Vietnam were discussed.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [
        ['Vietnam', 'Viet Nam'],
        ['Vietnam', 'Viet Nam'],
      ],
    );
    assert.equal(
      findings[0]!.message,
      '"Vietnam" and "Viet Nam" are both used in this document; keep to "Viet Nam" as first used.',
    );
    assert.match(findings[0]!.evidence[0]!.message, /^Viet Nam: also written "Vietnam"/);
    assert.deepEqual(KB.flagged(CHECKS, 'Vietnam and China met. Viet Nam said so.'), ['style/country-name "Viet Nam"']);
  });

  it('is quiet on one form used throughout under the default setting', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'Vietnam and China agreed on the China-Vietnam railway.'), []);
    assert.deepEqual(KB.flagged(CHECKS, 'Viet Nam and China agreed. Viet Nam said so.'), []);
  });

  it('follows the vietNam setting: each prescribed form flags the other, and leaves the adjective alone', () => {
    const text = 'Vietnam and China agreed on the China-Vietnam railway.';
    assert.deepEqual(KB.flagged(CHECKS, text, { houseStyle: { vietNam: 'Viet Nam' } }), [
      'style/country-name "Vietnam"',
      'style/country-name "Vietnam"',
    ]);
    assert.equal(
      KB.findings(CHECKS, text, { houseStyle: { vietNam: 'Viet Nam' } })[0]!.message,
      'House style writes "Viet Nam", not "Vietnam".',
    );
    assert.deepEqual(KB.flagged(CHECKS, text, { houseStyle: { vietNam: 'Vietnam' } }), []);
    assert.deepEqual(KB.flagged(CHECKS, 'Viet Nam met China.', { houseStyle: { vietNam: 'Vietnam' } }), [
      'style/country-name "Viet Nam"',
    ]);
    assert.deepEqual(KB.flagged(CHECKS, 'Vietnamese officials met.', { houseStyle: { vietNam: 'Viet Nam' } }), []);
    assert.deepEqual(KB.flagged(CHECKS, 'Viet Nam and Vietnam.', { houseStyle: { vietNam: 'consistent' } }), [
      'style/country-name "Vietnam"',
    ]);
  });
});
