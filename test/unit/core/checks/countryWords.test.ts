import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  countryPairs,
  countryWordMisuses,
  countryWordMisusesInOnePass,
} from '../../../../server/src/core/checks/countryWords.js';
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
    // A compound is one word: the misuse covers all of it, and its fix rewrites the wrong side.
    assert.deepEqual(misuses('A Chinese-based firm and the China-Lao border.'), [
      'Chinese-based → China-based (china)',
      'China-Lao → China-Laos (laos)',
    ]);
    assert.deepEqual(misuses('A Lao-Bound train and Lao-China ties.'), [
      'Lao-Bound → Laos-Bound (laos)',
      'Lao-China → Laos-China (laos)',
    ]);
    assert.deepEqual(misuses('Laos-based traders and the China-Laos border.'), []);
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

  it('gives paragraph by paragraph what one pass over the whole text gives', () => {
    const paragraphs = [
      'Investment from Vietnamese firms in Lao has grown.',
      'The talks were held in\n\nLao, China and Vietnamese signed.',
      "Lao's economy grew. The Laos side and the Vietnam side met, and a Lao-based firm joined.",
      'Nothing here names a country.',
      'China-Lao trade and the Viet',
      ' '.repeat(60) + '\nNam side agreed; the Viet Nam people cheered.',
      'translated from Chinese by the China and Lao delegations.',
    ];
    const pick = seeded(7);
    for (let round = 0; round < 300; round++) {
      const text = Array.from(
        { length: 1 + Math.floor(pick() * 6) },
        () => paragraphs[Math.floor(pick() * paragraphs.length)]!,
      ).join(pick() < 0.5 ? '\n\n' : '\n \n');
      assert.deepEqual(countryWordMisuses(text, kb), countryWordMisusesInOnePass(text, kb), JSON.stringify(text));
    }
  });

  it('reads a name split by a blank line, however long, as one pass does', () => {
    const text = `The Viet\n\n${' '.repeat(80)}\nNam side agreed.`;
    assert.deepEqual(misuses(text), ['Viet\n\n' + ' '.repeat(80) + '\nNam → Vietnamese (vietnam)']);
  });

  it('writes the name an earlier paragraph uses in a later paragraph’s fix, after an edit of the earlier one', () => {
    const later = '\n\nInvestment in Vietnamese has grown.';
    assert.deepEqual(misuses(`Viet Nam is near.${later}`), ['Vietnamese → Viet Nam (vietnam)']);
    assert.deepEqual(misuses(`Vietnam is near.${later}`), ['Vietnamese → Vietnam (vietnam)']);
  });
});

/** A repeatable stream of numbers in [0, 1), so that a failing text can be found again. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
