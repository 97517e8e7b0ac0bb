/** Misspelled names of known people found in running text, each a wrong form with its fix. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findChineseNearMisses, findNearMisses } from '../../../../server/src/core/mentions/nearMissMentions.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb } = smallKnowledgeBase(`countries:
  - id: china
    name: China
    adjective: Chinese
  - id: indonesia
    name: Indonesia
    adjective: Indonesian
  - id: united-states
    name: United States
    adjective: American
offices:
  - id: premier-china
    name: Premier of the State Council
    country: china
    titles: [Premier, Chinese Premier]
people:
  - id: li-qiang
    name: Li Qiang
    country: china
    convention: surname-first
    roles:
      - { office: premier-china, from: 2023-03-11, source: First session of the 14th NPC }
  - id: joko-widodo
    name: Joko Widodo
    country: indonesia
    convention: full-or-given-name
  - id: antony-blinken
    name: Antony Blinken
    country: united-states
    convention: surname-last
    names: { zh-Hans: 安东尼·布林肯 }
`);

/** Near misses as `written@offset → fix`, nothing covered unless said. */
function nearMisses(
  text: string,
  covered: [number, number][] = [],
  titleBefore?: (start: number) => readonly string[] | undefined,
): string[] {
  const mask = new Uint8Array(text.length);
  for (const [from, to] of covered) mask.fill(1, from, to);
  return findNearMisses(text, mask, kb, titleBefore).map((s) => {
    assert.equal(s.alias.form, 'wrong');
    assert.equal(text.slice(s.start, s.end), s.alias.text);
    return `${s.alias.text}@${s.start} → ${s.alias.replacement} (${s.alias.entityId})`;
  });
}

describe('Latin-script near misses', () => {
  it('finds a misspelled full name in running text, with the right spelling as fix', () => {
    assert.deepEqual(nearMisses('On Monday Joko Widoddo met the press.'), [
      'Joko Widoddo@10 → Joko Widodo (joko-widodo)',
    ]);
    assert.deepEqual(nearMisses('Talks with Antony Blinkin ended.'), [
      'Antony Blinkin@11 → Antony Blinken (antony-blinken)',
    ]);
  });

  it('skips text already recognized, and names split by more than one space or a line break', () => {
    assert.deepEqual(nearMisses('On Monday Joko Widoddo met the press.', [[10, 14]]), []);
    assert.deepEqual(nearMisses('Joko  Widoddo met the press.'), []);
    assert.deepEqual(nearMisses('Joko\nWidoddo met the press.'), []);
  });

  it('takes a two-syllable pinyin name for another person, unless a title of the known one stands before it', () => {
    assert.deepEqual(nearMisses('Li Jiang met the delegation.'), []);
    const premier = (start: number) => (start === 8 ? ['premier-china'] : undefined);
    assert.deepEqual(nearMisses('Premier Li Jiang met the delegation.', [], premier), [
      'Li Jiang@8 → Li Qiang (li-qiang)',
    ]);
  });

  it('is quiet on correct names and on unrelated capitalized words', () => {
    assert.deepEqual(nearMisses('Joko Widodo met Antony Blinken in Jakarta.'), []);
    assert.deepEqual(nearMisses('The Asian Development Bank Group met.'), []);
  });
});

describe('Chinese near misses', () => {
  it('finds a rendering with one wrong character around the middle dot', () => {
    const found = findChineseNearMisses('美国国务卿安东尼·布林克抵达北京。', kb);
    assert.deepEqual(
      found.map((s) => `${s.alias.text}@${s.start} → ${s.alias.replacement}`),
      ['安东尼·布林克@5 → 安东尼·布林肯'],
    );
  });

  it('finds it around each of the middle dots Chinese text uses, and nothing in a text without one', () => {
    for (const dot of ['·', '・', '‧', '•']) {
      const found = findChineseNearMisses(`美国国务卿安东尼${dot}布林克抵达北京。`, kb);
      assert.deepEqual(
        found.map((s) => s.alias.text),
        [`安东尼${dot}布林克`],
        dot,
      );
    }
    assert.deepEqual(findChineseNearMisses('美国国务卿安东尼布林克抵达北京。', kb), []);
  });

  it('is quiet on the right rendering and on a dot that is not between Han characters', () => {
    assert.deepEqual(findChineseNearMisses('美国国务卿安东尼·布林肯抵达北京。', kb), []);
    assert.deepEqual(findChineseNearMisses('Antony·Blinken', kb), []);
  });
});
