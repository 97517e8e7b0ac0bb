import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryPairs, countryWordMisuses } from '../../../../server/src/core/checks/countryWords.js';
import { memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

/** Countries whose adjective differs from the name, and one whose adjective is its name (no pair). */
const { kb } = memoryKnowledgeBase(`
countries:
  - { id: vietnam, name: Viet Nam, adjective: Vietnamese, nameVariants: [Vietnam] }
  - { id: china, name: China, adjective: Chinese }
  - { id: laos, name: Laos, adjective: Lao }
  - { id: myanmar, name: Myanmar, adjective: Myanmar }
`);

const misuses = (text: string) =>
  countryWordMisuses(text, kb).map((m) => `${text.slice(m.start, m.end)} → ${m.fix} (${m.country})`);

describe('country words', () => {
  it('pairs each country whose adjective differs from its names, and knows every country’s name', () => {
    const { pairs, names } = countryPairs(kb);
    assert.deepEqual(pairs.map((pair) => [pair.country.id, pair.adjective]).sort(), [
      ['china', 'Chinese'],
      ['laos', 'Lao'],
      ['vietnam', 'Vietnamese'],
    ]);
    assert.ok(names.includes('Myanmar') && names.includes('Vietnam'));
    assert.deepEqual(
      pairs.find((pair) => pair.country.id === 'laos')!.nouns,
      [],
      'Laos’s name before a noun is style/lao-laos’s own rule',
    );
  });

  it('finds an adjective as a noun: a possessive, a coordination, after a preposition', () => {
    assert.deepEqual(misuses("Chinese's economy grew."), ["Chinese's → China's (china)"]);
    assert.deepEqual(misuses('In Viet Nam, China and Vietnamese signed the deal.'), [
      'Vietnamese → Viet Nam (vietnam)',
    ]);
    assert.deepEqual(misuses('Foreign investment in Lao has grown.'), ['Lao → Laos (laos)']);
  });

  it('writes the name as the document does, else as the knowledge base does', () => {
    assert.deepEqual(misuses('In Vietnam, China and Vietnamese signed the deal.'), ['Vietnamese → Vietnam (vietnam)']);
    assert.deepEqual(misuses('On the China-Vietnam border, China and Vietnamese signed the deal.'), [
      'Vietnamese → Vietnam (vietnam)',
    ]);
    assert.deepEqual(
      misuses('China and Vietnamese signed the deal.'),
      ['Vietnamese → Viet Nam (vietnam)'],
      '"Vietnamese" does not write the name "Vietnam"',
    );
  });

  it('finds a name as an adjective before the nouns that take one, and mixed compounds', () => {
    assert.deepEqual(misuses('The Viet Nam side agreed.'), ['Viet Nam → Vietnamese (vietnam)']);
    assert.deepEqual(misuses('A Chinese-based firm and the China-Lao border.'), [
      'Chinese → China (china)',
      'Lao → Laos (laos)',
    ]);
  });

  it('finds nothing in correct usage, a language, or a country whose adjective is its name', () => {
    for (const text of [
      'The Vietnamese side and the Chinese delegation met.',
      'The text was translated from Chinese by the embassy.',
      'Myanmar officials met.',
      'China and Viet Nam signed.',
    ]) {
      assert.deepEqual(misuses(text), [], text);
    }
  });
});
