/** Names a typo away from a known person's, in Latin script and in Chinese renderings around a middle dot. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chineseNearMissAt, nearMissOf } from '../../../../server/src/core/mentions/nearMiss.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb } = smallKnowledgeBase(`countries:
  - id: indonesia
    name: Indonesia
    adjective: Indonesian
  - id: united-states
    name: United States
    adjective: American
  - id: north-korea
    name: North Korea
    adjective: North Korean
people:
  - id: joko-widodo
    name: Joko Widodo
    country: indonesia
    convention: full-or-given-name
  - id: antony-blinken
    name: Antony Blinken
    country: united-states
    convention: surname-last
    names: { zh-Hans: 安东尼·布林肯 }
    romanizations: [Anthony Blinken]
  - id: kim-jong-un
    name: Kim Jong Un
    country: north-korea
    convention: surname-first
`);

describe('near misses of Latin-script names', () => {
  it('finds a known name one edit away', () => {
    assert.equal(nearMissOf('Joko Widoddo', kb)?.person.id, 'joko-widodo');
    assert.equal(nearMissOf('Antony Blinkin', kb)?.text, 'Antony Blinken');
    assert.equal(
      nearMissOf('joko widodo', kb),
      undefined,
      'case and diacritics are not typos: an exact spelling is no near miss',
    );
  });

  it('compares with every known spelling, romanizations included, and an exact one is no near miss', () => {
    assert.equal(nearMissOf('Anthony Blinken', kb), undefined);
    assert.equal(nearMissOf('Anthony Blinkne', kb)?.text, 'Anthony Blinken');
  });

  it('allows two edits only in a long name that sounds the same', () => {
    assert.equal(nearMissOf('Antonee Blinken', kb)?.person.id, 'antony-blinken');
    assert.equal(nearMissOf('Antony Blanken', kb)?.person.id, 'antony-blinken');
    assert.equal(nearMissOf('Antony Bleaker', kb), undefined);
  });

  it('does not take a short name one edit away, or another person, for a near miss', () => {
    assert.equal(nearMissOf('Kim Jong Il', kb), undefined, 'a short name: one edit is another person');
    assert.equal(nearMissOf('Joko Anwar', kb), undefined);
    assert.equal(nearMissOf('Widodo', kb), undefined, 'one word is never compared');
  });
});

describe('near misses of Chinese renderings', () => {
  it('finds a rendering with one wrong character around the middle dot, with its offsets', () => {
    const text = '美国国务卿安东尼·布林克抵达北京。';
    const found = chineseNearMissAt(text, text.indexOf('·'), kb);
    assert.equal(found?.person.id, 'antony-blinken');
    assert.equal(text.slice(found.start, found.end), '安东尼·布林克');
  });

  it('is quiet on the right rendering, two wrong characters, and a line break beside the name', () => {
    const right = '安东尼·布林肯抵达北京。';
    assert.equal(chineseNearMissAt(right, right.indexOf('·'), kb), undefined);
    const twice = '安东利·布林克抵达。';
    assert.equal(chineseNearMissAt(twice, twice.indexOf('·'), kb), undefined);
    const broken = '安东尼·布林\n';
    assert.equal(chineseNearMissAt(broken, broken.indexOf('·'), kb), undefined);
  });
});
