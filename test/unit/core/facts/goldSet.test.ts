/**
 * The facts read from the sample corpus, the holdout texts and the twenty sets of untouched texts, scored
 * against the gold sets written by hand (`test/fixtures/facts-gold/`). The figures are printed; the floors
 * below are what the extraction reaches, so that a change making it worse fails here.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../../../server/src/corpus/readCorpus.js';
import type { Corpus } from '../../../../server/src/corpus/types.js';
import { extractFacts } from '../../../../server/src/core/facts/extractFacts.js';
import { bundled } from '../../../support/bundled.js';
import {
  checkQuotes,
  countryNamed,
  formatScore,
  readGold,
  scoreFacts,
  type GoldScore,
  type GoldSet,
} from '../../../support/factsGold.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const GOLD = `${ROOT}test/fixtures/facts-gold/`;

interface Scored {
  gold: GoldSet;
  corpus: Corpus;
  score: GoldScore;
}

/** Prints a set's figures and each of its problems, so that a run shows where the extraction stands. */
function printed(name: string, set: Scored): Scored {
  console.log(formatScore(name, set.score));
  for (const problem of set.score.problems) console.log(`    ${problem}`);
  return set;
}

/** An untouched set (`untouched/`, `untouched-2/` …), read, scored and printed. */
const untouchedSet = (folder: string) =>
  scored(`${GOLD}${folder}/gold.yaml`, `${GOLD}${folder}/corpus/`).then((set) => printed(folder, set));

async function scored(goldPath: string, corpusDir: string): Promise<Scored> {
  const gold = readGold(goldPath);
  const corpus = await readCorpus([corpusDir]);
  const facts = extractFacts(corpus, bundled().index);
  return { gold, corpus, score: scoreFacts(gold, facts, bundled().kb) };
}

let sample: Scored;
let holdout: Scored;
let untouched: Scored;
let untouched2: Scored;
let untouched3: Scored;
let untouched4: Scored;
let untouched5: Scored;
let untouched6: Scored;
let untouched7: Scored;
let untouched8: Scored;
let untouched9: Scored;
let untouched10: Scored;
let untouched11: Scored;
let untouched12: Scored;
let untouched13: Scored;
let untouched14: Scored;
let untouched15: Scored;
let untouched16: Scored;
let untouched17: Scored;
let untouched18: Scored;
let untouched19: Scored;
let untouched20: Scored;
let untouched21: Scored;

before(async () => {
  sample = await scored(`${GOLD}sample-corpus.yaml`, `${ROOT}samples/corpus/`);
  holdout = await scored(`${GOLD}holdout/gold.yaml`, `${GOLD}holdout/corpus/`);
  printed('sample corpus', sample);
  printed('holdout', holdout);
  untouched = await untouchedSet('untouched');
  untouched2 = await untouchedSet('untouched-2');
  untouched3 = await untouchedSet('untouched-3');
  untouched4 = await untouchedSet('untouched-4');
  untouched5 = await untouchedSet('untouched-5');
  untouched6 = await untouchedSet('untouched-6');
  untouched7 = await untouchedSet('untouched-7');
  untouched8 = await untouchedSet('untouched-8');
  untouched9 = await untouchedSet('untouched-9');
  untouched10 = await untouchedSet('untouched-10');
  untouched11 = await untouchedSet('untouched-11');
  untouched12 = await untouchedSet('untouched-12');
  untouched13 = await untouchedSet('untouched-13');
  untouched14 = await untouchedSet('untouched-14');
  untouched15 = await untouchedSet('untouched-15');
  untouched16 = await untouchedSet('untouched-16');
  untouched17 = await untouchedSet('untouched-17');
  untouched18 = await untouchedSet('untouched-18');
  untouched19 = await untouchedSet('untouched-19');
  untouched20 = await untouchedSet('untouched-20');
  untouched21 = await untouchedSet('untouched-21');
});

/** What the extraction reaches; below any of these, something got worse. */
interface Floors {
  precision: number;
  precisionAllFields: number;
  recall: number;
  maxDuplicates: number;
  maxSpurious: number;
  exactDates: number;
  honestUndated: number;
  counterparts: number;
  planned: number;
  places: number;
  outlets: number;
  maxNotEventsTaken: number;
}

function assertFloors(name: string, s: GoldScore, floors: Floors): void {
  const at = (what: string) => `${name}: ${what}\n${formatScore(name, s)}\n${s.problems.join('\n')}`;
  assert.ok(s.precision >= floors.precision, at('precision'));
  assert.ok(s.precisionAllFields >= floors.precisionAllFields, at('precision with every field right'));
  assert.ok(s.recall >= floors.recall, at('recall'));
  assert.ok(s.duplicates <= floors.maxDuplicates, at('duplicates'));
  assert.ok(s.spurious <= floors.maxSpurious, at('spurious events'));
  assert.ok(s.exactDates.right >= floors.exactDates, at('exact dates'));
  assert.ok(s.honestUndated.right >= floors.honestUndated, at('undated events given a day'));
  assert.ok(s.counterparts.right >= floors.counterparts, at('counterparts'));
  assert.ok(s.planned.right >= floors.planned, at('planned or held'));
  assert.ok(s.places.right >= floors.places, at('places'));
  assert.ok(s.outlets.right >= floors.outlets, at('outlets'));
  assert.ok(s.notEventsTaken <= floors.maxNotEventsTaken, at('sentences that are not events'));
}

describe('the extraction against the gold sets', () => {
  // Before the reading of relative dates, titles, headlines and copies: precision 86.1%,
  // recall 70.5%, 3 duplicates, exact dates 16/24 on the sample corpus.
  it('keeps its figures on the sample corpus', () => {
    assertFloors('sample corpus', sample.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 0.95,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 31,
      honestUndated: 11,
      counterparts: 42,
      planned: 42,
      places: 33,
      outlets: 42,
      maxNotEventsTaken: 0,
    });
  });

  // Texts the extraction was not developed against: scored, never tuned to. Before the
  // reading of invitations, "the same evening", ranking appositions, "the Vietnamese leader",
  // unnamed guests and unnamed outlets: every field right 76.2%, recall 90.9%.
  it('keeps its figures on the holdout texts', () => {
    assertFloors('holdout', holdout.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 20,
      honestUndated: 2,
      counterparts: 22,
      planned: 22,
      places: 21,
      outlets: 22,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the holdout's misses, and first read at every
  // field right 69.7%, recall 84.2%, exact dates 28/32, places 26/32. Its misses were then fixed
  // as classes, so it is tuned to now, as the holdout is: these floors keep those fixes.
  it('keeps its figures on the first untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched', untouched.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 38,
      honestUndated: 0,
      counterparts: 38,
      planned: 38,
      places: 38,
      outlets: 38,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the first untouched set's misses, and first
  // read at precision 96.3%, every field right 85.2%, recall 78.8%, exact dates 23/26. Its misses
  // were then fixed as classes ("during talks", a passive welcome, "will meet", "is in Viet Nam
  // to", "the two prime ministers" of an invited visit, "through Sunday", "following the talks",
  // invitations), so it is tuned to now: these floors keep those fixes.
  it('keeps its figures on the second untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-2', untouched2.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 32,
      honestUndated: 1,
      counterparts: 33,
      planned: 33,
      places: 30,
      outlets: 33,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the second untouched set's misses, and first
  // read at precision 91.3%, every field right 60.9%, recall 72.4%, exact dates 20/21. Its misses
  // were then fixed as classes (separate meetings and courtesy calls on several, "was received
  // by", expectations, a pronoun opening a sentence, "the same day" after a span, the region's
  // cities; later an embassy page's "Vientiane - ..." dateline), so it is tuned to now: these
  // floors keep those fixes.
  it('keeps its figures on the third untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-3', untouched3.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 29,
      honestUndated: 0,
      counterparts: 29,
      planned: 29,
      places: 28,
      outlets: 29,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the third untouched set's misses, and first
  // read at precision 88.0%, every field right 84.0%, recall 84.6%, exact dates 21/22. Its misses
  // were then fixed as classes (a visit timed by a phrase after a comma is the subject's, "called
  // on" and 拜会, "shortly after his arrival", "in the afternoon" and "then", a visit's length
  // from its first day, a visit given only an earlier month is a look back, "is visiting",
  // calls placed where the visit is), so it is tuned to now: these floors keep those fixes.
  it('keeps its figures on the fourth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-4', untouched4.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 26,
      honestUndated: 0,
      counterparts: 26,
      planned: 26,
      places: 24,
      outlets: 26,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the fourth untouched set's misses, and first
  // read at precision 100.0%, every field right 53.3% (8/15), recall 78.9% (15/19), exact dates
  // 10/15. Its misses were then fixed as classes (French cues, dates and places; "a day earlier",
  // "two days later" and "le lendemain" counted from the event before; "the same afternoon" after
  // an arrival; 会前 on the conference's day; "5日应约同"; "hosted a reception for"; "the
  // ambassador"; "the Malaysian capital"; a visit to a country's official name), so it is tuned
  // to now: these floors keep those fixes.
  it('keeps its figures on the fifth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-5', untouched5.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 19,
      honestUndated: 0,
      counterparts: 19,
      planned: 19,
      places: 18,
      outlets: 19,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the fifth untouched set's misses, and scored
  // once after them: precision 100.0%, every field right 85.7% (18/21), recall 80.8% (21/26),
  // exact dates 20/21. Its misses were then fixed as classes ("had separate meetings with A and
  // B"; 会谈后 before 分别会见了 A 和 B; "le chef du gouvernement vietnamien"; Vietnamese reports;
  // "in the Kremlin"; a date line whose source is a long official name), so it is tuned to now:
  // these floors keep those fixes.
  it('keeps its figures on the sixth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-6', untouched6.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 26,
      honestUndated: 0,
      counterparts: 26,
      planned: 26,
      places: 25,
      outlets: 26,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the sixth untouched set's misses, and scored
  // once after them: precision 85.7% (18/21), every field right 57.1% (12/21), recall 90.0%
  // (18/20), exact dates 16/18. Its misses were then fixed as classes (来华进行正式访问的 before
  // the guest's name; "invited Mr. Siphandone"; "nhận lời mời thăm"; "before attending a state
  // luncheon hosted by"; an opening "Earlier,"; "in Myanmar's peace process"; "the Laotian
  // capital, Vientiane"; "tại Điện Kremlin"; a Vietnamese lead day misread after the publication
  // day; "từ ngày 9 đến 11/5"; later "A day earlier she held talks" placed by the day it counts
  // from), so it is tuned to now: these floors keep those fixes.
  it('keeps its figures on the seventh untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-7', untouched7.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 20,
      honestUndated: 0,
      counterparts: 20,
      planned: 20,
      places: 19,
      outlets: 20,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the seventh untouched set's misses, and scored
  // once after them: precision 87.5% (14/16), every field right 50.0% (8/16), recall 70.0%
  // (14/20), exact dates 11/14, two spurious events, one sentence that is not an event taken. Its
  // misses were then fixed as classes (Osaka and Busan; "is in China for the ... Summit"; "Xi
  // would make a visit" in reported speech; "Chiều 11-7"; "Tổng Bí thư, Chủ tịch nước Lào"; "the
  // three-day visit, which ends on Wednesday"; "have held formal talks ... on Tuesday"; "the second
  // day of"; "a été reçu lundi par", "La veille, ... avait eu ... d'entretiens avec", "sa visite en
  // Chine"), so it is tuned to now: these floors keep those fixes. The informal dinner of the day
  // before the talks, long missed, is found now as well.
  it('keeps its figures on the eighth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-8', untouched8.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 20,
      honestUndated: 0,
      counterparts: 20,
      planned: 20,
      places: 19,
      outlets: 20,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the eighth untouched set's misses, and scored
  // once after them: precision 93.8% (15/16), every field right 68.8% (11/16), recall 83.3%
  // (15/18), exact dates 12/15, one spurious event, one sentence that is not an event taken. Its
  // misses were then fixed as classes, not one by one (words between "held" and "talks"; "last
  // night", "tối qua", French weekdays; a visit's length and spans across two months in every
  // language read; "avait d'abord rencontré"; a call named as a cause; summit cities), so it is
  // tuned to now: these floors keep those fixes.
  it('keeps its figures on the ninth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-9', untouched9.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 18,
      honestUndated: 0,
      counterparts: 18,
      planned: 18,
      places: 16,
      outlets: 18,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the ninth untouched set's misses, and scored
  // once after them: precision 86.7% (13/15), every field right 80.0% (12/15), recall 72.2%
  // (13/18), exact dates 13/13, two spurious events, one sentence that is not an event taken. Its
  // misses were then fixed as classes (look-back words scoped to their aside; dinners as
  // encounters of their own; "a meeting on the sidelines"; a stay's city ending at its first
  // "for"; a bare "met" keeping its subjects together; the onward leg of a tour), so it is tuned
  // to now. Still wrong: Anwar Ibrahim, not in the knowledge base, counted at the signing.
  it('keeps its figures on the tenth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-10', untouched10.score, {
      precision: 1,
      precisionAllFields: 17 / 18,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 18,
      honestUndated: 0,
      counterparts: 17,
      planned: 18,
      places: 18,
      outlets: 18,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the tenth untouched set's misses; its first
  // reading was precision 76.5% (13/17), every field right 52.9% (9/17), recall 59.1% (13/22),
  // exact dates 12/13, four spurious events, two sentences that are not events taken. Its misses
  // have since been fixed as classes (a transliterated Chinese name used short; French reflexive
  // meetings; welcome ceremonies in their other phrasings; a visit named after an arrival; "and
  // then" and "A and top legislator B" as separate encounters; a weekday inside a visit's span; a
  // title before 府 or after "a" naming nobody; Chinese onward legs; then a bare earlier month
  // told in passing as a look back, a rank alone standing for the person last named with it, and
  // a meeting placed by the gathering it was held at), so it is tuned to now.
  it('keeps its figures on the eleventh untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-11', untouched11.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 22,
      honestUndated: 0,
      counterparts: 22,
      planned: 22,
      places: 22,
      outlets: 22,
      maxNotEventsTaken: 0,
    });
  });

  // Written, with its events, before the fixes for the eleventh untouched set's misses; its first
  // reading was precision 100% (19/19), every field right 73.7% (14/19), recall 90.5% (19/21),
  // exact dates 16/19, places 16/19. Its misses have since been fixed as classes (a welcome
  // ceremony whose object carries an initial's dot; a dateline printing the day before the month,
  // which gives way to a weekday the sentence names; two days joined by "and" as a span; a dinner
  // "a day after" which the sentence's event was held; a Chinese report line as the day of
  // publication; an estate named by its town), so it is tuned to now.
  it('keeps its figures on the twelfth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-12', untouched12.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 21,
      honestUndated: 0,
      counterparts: 21,
      planned: 21,
      places: 21,
      outlets: 21,
      maxNotEventsTaken: 0,
    });
  });
});

describe('the extraction against the thirteenth untouched set', () => {
  // Written, with its events, before the fixes for the twelfth untouched set's misses; its first
  // reading was precision 100% (10/10), every field right 70.0% (7/10), recall 76.9% (10/13), exact
  // dates 10/10, counterparts 9/10, places 8/10. Its misses have since been fixed as classes (a call
  // "by phone" with a length or a day after the verb; a dinner hosted for a named guest; talks
  // "followed by" after a ceremony; a dateline ended by a full stop or a colon; a square or a
  // building in the dateline's city; a subject counted as two, "两党总书记"), so it is tuned to now.
  it('keeps its figures on the thirteenth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-13', untouched13.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 13,
      honestUndated: 0,
      counterparts: 13,
      planned: 13,
      places: 12,
      outlets: 13,
      maxNotEventsTaken: 0,
    });
  });
});

describe('the extraction against the fourteenth untouched set', () => {
  // Written, with its events, before the fixes for the thirteenth untouched set's misses; its first
  // reading was precision 91.7% (11/12), every field right 83.3% (10/12), recall 78.6% (11/14), exact
  // dates 11/11, counterparts 10/11, places 9/9. Its misses have since been fixed as classes (a title
  // after a name ending on a country's possessive; a ceremonial or red-carpet welcome in every
  // phrasing; two hosts who 分别会见 one guest; a meeting announced for a day abroad placed in the
  // visit's city), so it is tuned to now. The announced talks with Lawrence Wong stay a planned
  // event, as the sixth set's "is scheduled to meet ... today" is; since the scorer takes an
  // announcement listed as planned for what it is, that is neither a spurious event nor a sentence
  // taken, and every figure is whole.
  it('keeps its figures on the fourteenth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-14', untouched14.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 14,
      honestUndated: 0,
      counterparts: 14,
      planned: 14,
      places: 12,
      outlets: 14,
      maxNotEventsTaken: 0,
    });
  });
});

describe('the extraction against the fifteenth untouched set', () => {
  // Written, with its events, before the fixes for the fourteenth untouched set's misses; its first
  // reading was precision 76.9% (10/13), every field right 69.2% (9/13), recall 71.4% (10/14), exact
  // dates 9/10, counterparts 10/10, places 8/9, one duplicate, two spurious events, one sentence that
  // is not an event taken (83.3% (10/12), 75.0% (9/12), one spurious event and none taken by the
  // scorer that takes an announcement listed as planned for what it is). Its misses have since been
  // fixed as classes (a private or working meal hosted for a guest is a banquet on its own day;
  // talks held "via videoconference" wherever the medium stands; a tour's stops told by "arrived
  // here", "landed in", "where the tour began" or a last stop that was), so it is tuned to now.
  it('keeps its figures on the fifteenth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-15', untouched15.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 14,
      honestUndated: 0,
      counterparts: 14,
      planned: 14,
      places: 12,
      outlets: 14,
      maxNotEventsTaken: 0,
    });
  });
});

describe('the extraction against the sixteenth untouched set', () => {
  // Written, with its events, before the fixes for the fifteenth untouched set's misses; its first
  // reading was precision 90.0% (9/10), every field right 60.0% (6/10), recall 64.3% (9/14), exact
  // dates 9/9, counterparts 8/9, places 4/7, one spurious event, no sentence that is not an event
  // taken. Some of its misses have since been fixed as classes (a video meeting told by 以視像方式
  // or 通過視頻連線 before the verb; a welcome told by its honours; the agency dateline
  // "HANOI (EFE).-"; 此前 before a day of the tour as its earlier stop; an Arabic name joined by
  // "bin" as one newcomer; a meeting told as "was received at ... by"), so it is tuned to now. The
  // Riyadh stop whose visitor is named after it and the working dinner's place are still missed,
  // and the two Gulf meetings name hosts the gold set, keeping to the knowledge base, leaves out.
  it('keeps its figures on the sixteenth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-16', untouched16.score, {
      precision: 1,
      precisionAllFields: 10 / 13,
      recall: 13 / 14,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 13,
      honestUndated: 0,
      counterparts: 11,
      planned: 13,
      places: 9,
      outlets: 13,
      maxNotEventsTaken: 0,
    });
  });
});

describe('the extraction against the seventeenth untouched set', () => {
  // Written, with its events, before the fixes for the sixteenth untouched set's misses; its first
  // reading was precision 94.7% (18/19), every field right 78.9% (15/19), recall 90.0% (18/20),
  // exact dates 17/18, counterparts 16/18, places 14/16, one spurious event, one sentence that is
  // not an event taken. Its misses have since been fixed as classes (通過視頻連線…會晤 as a video
  // meeting whatever a later clause looks back on, and a wish for a meeting as no event; "also
  // called on A and B before leaving Hanoi" as a call on each, held and dated in Hanoi; "That
  // evening, …" at the place of the day it goes on with; a title of another country's official
  // not read as China's foreign minister), so it is tuned to now.
  it('keeps its figures on the seventeenth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-17', untouched17.score, {
      precision: 1,
      precisionAllFields: 1,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 20,
      honestUndated: 0,
      counterparts: 20,
      planned: 20,
      places: 17,
      outlets: 20,
      maxNotEventsTaken: 0,
    });
  });
});

describe('the extraction against the eighteenth untouched set', () => {
  // Written, with its events, before the fixes for the seventeenth untouched set's misses; its
  // first reading was precision 90.5% (19/21), every field right 76.2% (16/21), recall 82.6%
  // (19/23), exact dates 17/19, counterparts 18/19, places 17/18, two spurious events, one
  // sentence that is not an event taken. Some of its misses have since been fixed as classes (a
  // visit told as the time of the main clause, "during a one-day official visit", is its
  // subject's; an encounter a journey told in the present tense is for is planned; "sent Xi a
  // letter" is a letter; 晚宴 and 午宴 are banquets; two encounters named in two cities are two, the
  // one with no day of its own on the day of the arrival in its city), so it is tuned to now. The
  // Ahmedabad meeting and dinner still get no city of their own, the welcome in New Delhi names
  // the Indian president as a newcomer (once, since "Mukherjee" after the full name is the same
  // person), and the state banquet told by 当晚 after the sentence on the 24th is dated the 24th.
  it('keeps its figures on the eighteenth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-18', untouched18.score, {
      precision: 1,
      precisionAllFields: 19 / 23,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 22,
      honestUndated: 0,
      counterparts: 22,
      planned: 23,
      places: 19,
      outlets: 23,
      maxNotEventsTaken: 0,
    });
  });
});

describe('the extraction against the nineteenth untouched set', () => {
  // Written, with its events, before the fixes for the eighteenth untouched set's misses; its
  // first reading was precision 100% (10/10), every field right 80.0% (8/10), recall 76.9%
  // (10/13), exact dates 8/10, counterparts 10/10, places 9/9, no spurious event, no sentence
  // that is not an event taken. Its misses have since been fixed as classes (前日 and 前晚 as days
  // counted back; a visit's announced end no visit; 设宴款待 a banquet; "summit" among the words a
  // sentence is tried for; "welcomed at an official ceremony ... hosted by" a welcome; "the
  // Vietnamese leader" not a minister; "later hosted" the day of the event before), so it is
  // tuned to now. The welcome at Rashtrapati Bhavan still names the Indian president, whom the
  // knowledge base does not know and the set leaves out, as a newcomer.
  it('keeps its figures on the nineteenth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-19', untouched19.score, {
      precision: 1,
      precisionAllFields: 12 / 13,
      recall: 1,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 13,
      honestUndated: 0,
      counterparts: 12,
      planned: 13,
      places: 12,
      outlets: 13,
      maxNotEventsTaken: 0,
    });
  });
});

describe('the extraction against the twentieth untouched set', () => {
  // Written, with its events, before the fixes for the nineteenth untouched set's misses; scored
  // once they were made: precision 75.0% (12/16), every field right 56.3% (9/16), recall 75.0%
  // (12/16), exact dates 12/12, counterparts 12/12, places 7/10, four spurious events, one
  // sentence that is not an event taken. Tuned to since: with its misses fixed as classes it reads
  // 14 of 16 events, two spurious, every field right for 12, and these floors rose to that.
  it('keeps its figures on the twentieth untouched texts (tuned to since their first reading)', () => {
    assertFloors('untouched-20', untouched20.score, {
      precision: 14 / 16,
      precisionAllFields: 12 / 16,
      recall: 14 / 16,
      maxDuplicates: 0,
      maxSpurious: 2,
      exactDates: 14,
      honestUndated: 0,
      counterparts: 14,
      planned: 14,
      places: 10,
      outlets: 14,
      maxNotEventsTaken: 1,
    });
  });
});

describe('the extraction against the twenty-first untouched set', () => {
  // Written, with its events, before the fixes for the twentieth untouched set's misses; scored
  // once they were made, and never tuned to: these floors are what that first reading measured
  // (precision 100% (9/9), every field right 22.2% (2/9), recall 56.3% (9/16), exact dates 7/9,
  // counterparts 8/9, places 4/9, nothing spurious, no sentence that is not an event taken).
  it('keeps its figures on the twenty-first untouched texts', () => {
    assertFloors('untouched-21', untouched21.score, {
      precision: 9 / 9,
      precisionAllFields: 2 / 9,
      recall: 9 / 16,
      maxDuplicates: 0,
      maxSpurious: 0,
      exactDates: 7,
      honestUndated: 0,
      counterparts: 8,
      planned: 9,
      places: 4,
      outlets: 9,
      maxNotEventsTaken: 0,
    });
  });
});

describe('the gold sets', () => {
  it('quote only what their articles say', () => {
    assert.deepEqual(checkQuotes(sample.gold, sample.corpus), []);
    assert.deepEqual(checkQuotes(holdout.gold, holdout.corpus), []);
    assert.deepEqual(checkQuotes(untouched.gold, untouched.corpus), []);
    assert.deepEqual(checkQuotes(untouched2.gold, untouched2.corpus), []);
    assert.deepEqual(checkQuotes(untouched3.gold, untouched3.corpus), []);
    assert.deepEqual(checkQuotes(untouched4.gold, untouched4.corpus), []);
    assert.deepEqual(checkQuotes(untouched5.gold, untouched5.corpus), []);
    assert.deepEqual(checkQuotes(untouched6.gold, untouched6.corpus), []);
    assert.deepEqual(checkQuotes(untouched7.gold, untouched7.corpus), []);
    assert.deepEqual(checkQuotes(untouched8.gold, untouched8.corpus), []);
    assert.deepEqual(checkQuotes(untouched9.gold, untouched9.corpus), []);
    assert.deepEqual(checkQuotes(untouched10.gold, untouched10.corpus), []);
    assert.deepEqual(checkQuotes(untouched11.gold, untouched11.corpus), []);
    assert.deepEqual(checkQuotes(untouched12.gold, untouched12.corpus), []);
    assert.deepEqual(checkQuotes(untouched13.gold, untouched13.corpus), []);
    assert.deepEqual(checkQuotes(untouched14.gold, untouched14.corpus), []);
    assert.deepEqual(checkQuotes(untouched15.gold, untouched15.corpus), []);
    assert.deepEqual(checkQuotes(untouched16.gold, untouched16.corpus), []);
    assert.deepEqual(checkQuotes(untouched17.gold, untouched17.corpus), []);
    assert.deepEqual(checkQuotes(untouched18.gold, untouched18.corpus), []);
    assert.deepEqual(checkQuotes(untouched19.gold, untouched19.corpus), []);
    assert.deepEqual(checkQuotes(untouched20.gold, untouched20.corpus), []);
    assert.deepEqual(checkQuotes(untouched21.gold, untouched21.corpus), []);
  });

  it('name a country by its knowledge-base name or an accepted variant, and no city as one', () => {
    const { kb } = bundled();
    assert.equal(countryNamed('Viet Nam', kb), 'vietnam');
    assert.equal(countryNamed('Vietnam', kb), 'vietnam');
    assert.equal(countryNamed('Hanoi', kb), undefined);
    assert.equal(countryNamed('Palm Beach', kb), undefined);
  });

  it('list at least fifteen people', () => {
    assert.ok(new Set(sample.gold.events.flatMap((e) => e.participants)).size >= 15);
  });
});
