import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { styleCountryAdjective } from '../../../../server/src/core/checks/styleCountryAdjective.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [styleCountryAdjective];

const KB = memoryKnowledgeBase(`
countries:
  - { id: vietnam, name: Viet Nam, adjective: Vietnamese, nameVariants: [Vietnam] }
  - { id: thailand, name: Thailand, adjective: Thai }
  - { id: china, name: China, adjective: Chinese }
  - { id: laos, name: Laos, adjective: Lao }
  - { id: north-korea, name: North Korea, adjective: North Korean, nameVariants: [DPRK] }
`);

describe('style/country-adjective', () => {
  it('flags a name used as the adjective, with the adjective as the fix', () => {
    const text = 'The Viet Nam side thanked the hosts. Thailand nationals were evacuated.';
    const findings = KB.findings(CHECKS, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [
        ['Viet Nam', 'Vietnamese'],
        ['Thailand', 'Thai'],
      ],
    );
  });

  it('flags a name before a delegation or an office, but not an acronym or a name after a preposition', () => {
    const text = 'The Viet Nam delegation met Thailand Prime Minister Srettha Thavisin and China officials.';
    assert.deepEqual(
      KB.findings(CHECKS, text).map((f) => [text.slice(f.start, f.end), fixOf(f)]),
      [
        ['Viet Nam', 'Vietnamese'],
        ['Thailand', 'Thai'],
        ['China', 'Chinese'],
      ],
    );
    assert.deepEqual(KB.flagged(CHECKS, 'The DPRK delegation arrived.'), []);
    assert.deepEqual(
      KB.flagged(CHECKS, 'In Viet Nam leaders have promised reforms, and from China officials came.'),
      [],
    );
  });

  it('flags an adjective used as the name, and a pair mixing the two', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'China and Vietnamese signed the deal.'), [
      'style/country-adjective "Vietnamese"',
    ]);
    assert.equal(
      fixOf(KB.findings(CHECKS, 'Viet Nam hosted the talks. China and Vietnamese signed the deal.')[0]),
      'Viet Nam',
      'the name as the document writes it',
    );
    assert.equal(
      fixOf(KB.findings(CHECKS, 'Vietnam hosted the talks. China and Vietnamese signed the deal.')[0]),
      'Vietnam',
    );
    // A hyphenated pair is one word: the finding covers it, and the fix rewrites the wrong side.
    assert.deepEqual(KB.flagged(CHECKS, 'The China-Vietnamese border is long.'), [
      'style/country-adjective "China-Vietnamese"',
    ]);
    assert.equal(fixOf(KB.findings(CHECKS, 'The Vietnamese-China border is long.')[0]), 'Viet Nam-China');
  });

  it('is quiet on correct usage and on quoted speech, and leaves Laos to style/lao-laos', () => {
    assert.deepEqual(KB.flagged(CHECKS, 'The Vietnamese side and the Thai delegation met in Bangkok.'), []);
    assert.deepEqual(KB.flagged(CHECKS, 'The minister said: "The Viet Nam side is ready to cooperate."'), []);
    assert.deepEqual(KB.flagged(CHECKS, 'China and Lao signed the deal.'), []);
  });
});
