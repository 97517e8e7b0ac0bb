/** The French forms of event, date and place words, and French offices named by their country's adjective. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  FRENCH_DAY_FROM_EVENT,
  FRENCH_FUTURE,
  FRENCH_NAME_NEXT,
  FRENCH_ROLE,
  frenchRoleOffice,
  words,
} from '../../../../server/src/core/facts/frenchForms.js';

/** Each office a sentence names by its country's adjective, as `words → office`. */
function roles(sentence: string): string[] {
  return [...sentence.matchAll(FRENCH_ROLE)]
    .filter((m) => !FRENCH_NAME_NEXT.test(sentence.slice(m.index + m[0].length)))
    .map((m) => `${m[1]} ${m[2]} → ${frenchRoleOffice(m[1]!, m[2]!) ?? '-'}`);
}

describe('French words', () => {
  it('ends a word at an accented letter, where JavaScript’s \\b would not', () => {
    assert.ok(words(/\bdéjà\b/u).test('il était déjà venu'));
    assert.equal(words(/\bdéjà\b/u).test('déjàvu'), false);
  });

  it('reads the future of a cue’s verb and the day after an event, not the eve of a summit', () => {
    assert.ok(FRENCH_FUTURE.test('le Premier ministre effectuera une visite'));
    assert.equal(FRENCH_FUTURE.test('le Premier ministre a effectué une visite'), false);
    assert.ok(FRENCH_DAY_FROM_EVENT.test('Le lendemain, il a été reçu'));
    assert.equal(FRENCH_DAY_FROM_EVENT.test('La veille du sommet, il a été reçu'), false);
  });
});

describe('French offices named by their country', () => {
  it('names the head of government, of state and of the party of Viet Nam, Laos and China', () => {
    assert.deepEqual(roles('Le lendemain, le chef du gouvernement vietnamien a été reçu à Vientiane.'), [
      'chef du gouvernement vietnamien → prime-minister-vietnam',
    ]);
    assert.deepEqual(roles('Il a rencontré le président lao.'), ['président lao → president-laos']);
    assert.deepEqual(roles('Il a été reçu par le Premier ministre chinois.'), [
      'Premier ministre chinois → premier-china',
    ]);
    assert.deepEqual(roles('Il a salué le secrétaire général laotien.'), [
      'secrétaire général laotien → general-secretary-lprp',
    ]);
  });

  it('leaves an office followed by a name as that name’s title, and other countries alone', () => {
    assert.deepEqual(roles('Il a été reçu par le président lao Thongloun Sisoulith.'), []);
    assert.deepEqual(roles('Il a été reçu par le président lao, M. Thongloun.'), []);
    assert.deepEqual(roles('Il a été reçu par le président indonésien.'), []);
  });
});
