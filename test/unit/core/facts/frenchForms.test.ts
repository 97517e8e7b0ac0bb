import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  FRENCH_BEFORE_PLACE,
  FRENCH_CUES,
  FRENCH_DAY_FROM_EVENT,
  FRENCH_FUTURE,
  FRENCH_MONTH,
  FRENCH_QUICK,
  FRENCH_RETROSPECT,
  FRENCH_TO_COUNTRY,
} from '../../../../server/src/core/facts/frenchForms.js';

/** The format of the first cue (most specific first, as the extractor reads them) found in the sentence. */
function formatOf(sentence: string): string | undefined {
  return FRENCH_CUES.find((cue) => sentence.match(cue.pattern) !== null)?.format;
}

describe('French event words', () => {
  it('reads each French cue as the event format of its English counterpart', () => {
    assert.equal(formatOf("Le Premier ministre a effectué une visite d'État au Laos."), 'state visit');
    assert.equal(formatOf("Il effectue une visite officielle d'amitié en Chine."), 'official visit');
    assert.equal(formatOf('Elle a eu un entretien téléphonique avec son homologue.'), 'phone call');
    assert.equal(formatOf("Le Président s'est entretenu avec le Secrétaire général."), 'talks');
    assert.equal(formatOf('Les deux dirigeants se sont entretenus à Vientiane.'), 'talks');
    assert.equal(formatOf('Le ministre a été reçu par le Président du Laos.'), 'meeting');
    assert.equal(formatOf('Le Premier ministre a reçu l’ambassadeur de Chine.'), 'meeting');
    assert.equal(formatOf('Le Vice-Président a rencontré la délégation vietnamienne.'), 'meeting');
    assert.equal(formatOf('Le ministre s’est rendu au Viet Nam du 6 au 8 juin.'), 'visit');
  });

  it('does not take a letter, a message or a medal received for a meeting, nor prose with no cue', () => {
    assert.equal(formatOf('Le Président a reçu une lettre de félicitations du Premier ministre chinois.'), undefined);
    assert.equal(formatOf('Le ministère a reçu une médaille de l’amitié.'), undefined);
    assert.equal(formatOf('Le commerce bilatéral a progressé de 12 % cette année.'), undefined);
    assert.equal(FRENCH_QUICK.test('Le commerce bilatéral a progressé de 12 % cette année.'), false);
    assert.equal(FRENCH_QUICK.test('une visite officielle'), true);
  });

  it('tells an announced visit and a look back from a report', () => {
    assert.ok(FRENCH_FUTURE.test('Le Premier ministre effectuera une visite officielle en Chine.'));
    assert.ok(FRENCH_FUTURE.test('Le ministre se rendra à Hanoï la semaine prochaine.'));
    assert.ok(!FRENCH_FUTURE.test('Le Premier ministre a effectué une visite officielle en Chine.'));
    assert.ok(FRENCH_RETROSPECT.test('Il s’était rendu au Laos en 2019.'));
    assert.ok(FRENCH_RETROSPECT.test('Les deux pays coopèrent depuis 1961.'));
    assert.ok(!FRENCH_RETROSPECT.test('Il s’est rendu au Laos mardi.'));
  });

  it('counts "le lendemain" and "la veille" from the event before, not "la veille du sommet"', () => {
    assert.ok(FRENCH_DAY_FROM_EVENT.test('Le lendemain, il a rencontré le Premier ministre.'));
    assert.ok(FRENCH_DAY_FROM_EVENT.test('La veille, les ministres se sont entretenus.'));
    assert.ok(!FRENCH_DAY_FROM_EVENT.test('La veille du sommet, les ministres se sont entretenus.'));
  });

  it('finds French dates and the words before a place', () => {
    assert.ok(FRENCH_MONTH.test('du 6 au 8 juin'));
    assert.ok(FRENCH_MONTH.test('le 1er décembre'));
    assert.ok(!FRENCH_MONTH.test('juin'), 'a month without its day');
    assert.ok(FRENCH_BEFORE_PLACE.test('Les entretiens ont eu lieu à '));
    assert.ok(FRENCH_BEFORE_PLACE.test('il est arrivé dans la '));
    assert.ok(!FRENCH_BEFORE_PLACE.test('le ministre '));
    assert.ok(FRENCH_TO_COUNTRY.test(' au '));
    assert.ok(FRENCH_TO_COUNTRY.test(' en '));
    assert.ok(!FRENCH_TO_COUNTRY.test(' avec le '));
  });
});
