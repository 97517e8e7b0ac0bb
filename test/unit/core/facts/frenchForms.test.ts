/** The French forms of event, date and place words, and French offices named by their country's adjective. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCues } from '../../../../server/src/core/facts/eventCues.js';
import {
  FRENCH_BEFORE_PLACE,
  FRENCH_CUES,
  FRENCH_DAY_FROM_EVENT,
  FRENCH_FUTURE,
  FRENCH_MONTH,
  FRENCH_NAME_NEXT,
  FRENCH_QUICK,
  FRENCH_RETROSPECT,
  FRENCH_TO_COUNTRY,
  frenchRoleOffice,
  frenchRolesIn,
  frenchSubordinateIn,
  holdsFrenchFuture,
  words,
} from '../../../../server/src/core/facts/frenchForms.js';

/** Each office a sentence names by its country's adjective, as `words → office`. */
function roles(sentence: string): string[] {
  return frenchRolesIn(sentence)
    .filter((m) => !FRENCH_NAME_NEXT.test(sentence.slice(m.index + m[0].length)))
    .map((m) => `${m[1]} ${m[2]} → ${frenchRoleOffice(m[1]!, m[2]!) ?? '-'}`);
}

describe('French words', () => {
  it('ends a word at an accented letter, where JavaScript’s \\b would not', () => {
    assert.ok(words(/\bdéjà\b/u).test('il était déjà venu'));
    assert.equal(words(/\bdéjà\b/u).test('déjàvu'), false);
  });

  it('finds the first relative pronoun opening a clause, in either case, and none in a word', () => {
    assert.equal(frenchSubordinateIn('le président, qui est arrivé lundi'), 'le président, '.length);
    assert.equal(frenchSubordinateIn('LE PRÉSIDENT QU’IL A REÇU'), 'LE PRÉSIDENT '.length);
    assert.equal(frenchSubordinateIn('a quick question on the quay'), undefined);
    assert.equal(frenchSubordinateIn('the talks were held in Hanoi'), undefined);
  });

  it('reads the future of a cue’s verb and the day after an event, not the eve of a summit', () => {
    assert.ok(FRENCH_FUTURE.test('le Premier ministre effectuera une visite'));
    assert.equal(FRENCH_FUTURE.test('le Premier ministre a effectué une visite'), false);
    assert.ok(holdsFrenchFuture('le Premier ministre effectuera une visite'));
    assert.ok(holdsFrenchFuture('Les deux dirigeants se reverront puis se rendront à Genève.'));
    assert.equal(holdsFrenchFuture('le Premier ministre a effectué une visite'), false);
    assert.equal(holdsFrenchFuture('The leaders will meet in Geneva.'), false);
    assert.ok(FRENCH_DAY_FROM_EVENT.test('Le lendemain, il a été reçu'));
    assert.equal(FRENCH_DAY_FROM_EVENT.test('La veille du sommet, il a été reçu'), false);
  });
});

describe('French cues read as reports', () => {
  /** Each cue as `format "covered words"`, with `planned` when set. */
  const cues = (sentence: string) =>
    findCues(sentence, false).map(
      (c) => `${c.format} "${sentence.slice(c.start, c.end)}"${c.planned ? ' planned' : ''}`,
    );

  it('reads "a été reçu lundi par" and "sa visite en Chine"', () => {
    assert.deepEqual(cues('M. Widodo a été reçu lundi matin par M. Lee, au dernier jour de sa visite en Chine.'), [
      'meeting "a été reçu lundi matin par"',
      'visit "visite en "',
    ]);
    // "visite" followed by no place is not "a visit to".
    assert.deepEqual(cues('La visite en elle-même a duré une heure.'), []);
    // The day's date between the participle and "par".
    assert.deepEqual(cues('M. Widodo a été reçu jeudi 6 avril par M. Lee au palais.'), [
      'meeting "a été reçu jeudi 6 avril par"',
    ]);
  });

  it('reads a guest welcomed at a ceremony, and "auparavant" as a step of the trip, not a look back', () => {
    assert.deepEqual(cues('M. Lee a accueilli M. Widodo lors d’une cérémonie officielle au palais.'), [
      'welcome ceremony "a accueilli"',
    ]);
    assert.deepEqual(cues('M. Lee avait auparavant accueilli M. Widodo lors d’une cérémonie officielle.'), [
      'welcome ceremony "avait auparavant accueilli"',
    ]);
    // Welcomed with no ceremony: a greeting.
    assert.deepEqual(cues('M. Lee a accueilli M. Widodo à l’aéroport.'), []);
    // In the passive, with honours, told of "le matin même": the same day's step, not a look back.
    assert.deepEqual(cues('M. Widodo avait été accueilli le matin même avec les honneurs militaires par M. Lee.'), [
      'welcome ceremony "avait été accueilli"',
    ]);
  });

  it('reads a state dinner as a banquet, an informal one as a meeting at table, and a ranking "depuis" as no look back', () => {
    assert.deepEqual(cues('Samedi soir, M. Lee a offert un dîner d’État en l’honneur de M. Widodo.'), [
      'banquet "dîner d’État"',
    ]);
    assert.deepEqual(cues('Samedi soir, les deux dirigeants ont partagé un dîner informel.'), [
      'meeting "partagé un dîner"',
    ]);
    assert.deepEqual(
      cues(
        'Arrivé vendredi pour une visite d’État, M. Widodo effectue son premier déplacement au Laos depuis son élection.',
      ),
      ['state visit "visite d’État"'],
    );
    assert.deepEqual(cues('M. Widodo avait effectué une visite d’État au Laos en 2019.'), []);
  });

  it('reads hours of talks told in the pluperfect of "la veille", and keeps other pluperfects as look backs', () => {
    assert.deepEqual(cues('La veille, M. Lee avait eu plus de sept heures d’entretiens avec M. Widodo.'), [
      'talks "avait eu plus de sept heures d’entretiens avec"',
    ]);
    assert.deepEqual(cues('M. Lee avait eu des entretiens avec M. Widodo en 2019.'), []);
    // "La veille" does not excuse another look-back word.
    assert.deepEqual(cues('La veille, M. Lee avait déjà eu des entretiens avec M. Widodo.'), []);
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
    assert.deepEqual(roles('Il a été reçu par le président thaïlandais.'), []);
  });
});

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

  it('gives every French cue a word it needs, which each of its matches holds', () => {
    const reports = [
      "Le Premier ministre a effectué une visite d'État au Laos.",
      "Il effectue une visite officielle d'amitié en Chine, puis une visite de travail au Japon.",
      'Elle a eu un entretien téléphonique avec son homologue.',
      "Le Président s'est entretenu au téléphone avec le Secrétaire général.",
      'Les deux dirigeants avaient eu plus de sept heures d’entretiens avec leurs équipes.',
      'Le ministre a été reçu lundi matin par le Président du Laos.',
      'Le Premier ministre a également reçu l’ambassadeur de Chine.',
      'Le Vice-Président avait d’abord rencontré la délégation, puis le ministre rencontrera le maire.',
      'Les deux ministres se sont réunis lundi à Vientiane.',
      'Les deux présidents ont tenu jeudi au Kremlin plusieurs heures de pourparlers.',
      'Ils avaient partagé un dîner informel, puis un dîner de travail, et ont dîné ensemble.',
      'Sa visite en Chine suit une visite au Laos.',
      'Le ministre s’est rendu au Viet Nam, où il effectuera une visite officielle.',
    ];
    let matches = 0;
    for (const cue of FRENCH_CUES) {
      assert.ok(cue.needs, `the ${cue.format} cue ${cue.pattern.source.slice(0, 40)} names a word it needs`);
      for (const report of reports)
        for (const match of report.matchAll(cue.pattern)) {
          matches++;
          assert.ok(cue.needs.test(match[0]), `"${match[0]}" holds ${cue.needs}`);
        }
    }
    assert.ok(matches >= FRENCH_CUES.length, 'every cue matched at least once');
    // English words that pass the quick look for French cue words, and no French cue's own word.
    for (const english of ['The two leaders dined together on Monday.', 'a recurring dinner with the press'])
      assert.ok(
        FRENCH_CUES.every((cue) => !cue.needs!.test(english)),
        english,
      );
  });

  it('reads the reflexive verbs of meeting as a meeting, and their future as announced', () => {
    assert.equal(formatOf('Donald Trump et Vladimir Poutine se sont rencontrés vendredi à Anchorage.'), 'meeting');
    assert.equal(formatOf('Les deux ministres se sont réunis lundi à Vientiane.'), 'meeting');
    assert.equal(formatOf('Les deux présidents se sont vus à Pékin.'), 'meeting');
    assert.equal(formatOf('Les dirigeants se sont retrouvés jeudi à Hanoï.'), 'meeting');
    assert.equal(formatOf('Les deux dirigeants se rencontreront à Genève.'), 'meeting');
    assert.ok(FRENCH_FUTURE.test('Les deux dirigeants se rencontreront à Genève.'));
    assert.ok(FRENCH_RETROSPECT.test('Les deux dirigeants s’étaient rencontrés à Bali en 2022.'));
    assert.ok(findCues('Les deux présidents se sont rencontrés à Pékin.', false).length > 0);
  });

  it('does not read a reflexive verb that is not a meeting as one', () => {
    assert.equal(formatOf('Les exportations se sont redressées au troisième trimestre.'), undefined);
    assert.equal(formatOf('Les prix se sont envolés cette année.'), undefined);
    assert.equal(formatOf('Le comité a vu ses effectifs se réduire.'), undefined);
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
