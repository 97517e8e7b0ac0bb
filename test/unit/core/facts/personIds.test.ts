/** The id a person mention is counted under in facts: a newcomer named by a known person's short form is that person. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { personIdOf } from '../../../../server/src/core/facts/personIds.js';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb, index } = smallKnowledgeBase();

/** The fact id of each person the text names. */
function ids(text: string): string[] {
  return findMentions(text, index)
    .filter((m) => m.entity.type === 'person')
    .map((m) => `${m.text} → ${personIdOf(m, kb)}`);
}

describe('person ids for facts', () => {
  it('keeps the id of a known person', () => {
    assert.deepEqual(ids('Indonesian President Joko Widodo met Kim Jong Un.'), [
      'Joko Widodo → joko-widodo',
      'Kim Jong Un → kim-jong-un',
    ]);
  });

  it('counts a newcomer named by a known person’s short form as that person', () => {
    assert.deepEqual(ids('Singaporean Prime Minister Lee arrived.'), ['Lee → lee-hsien-loong']);
  });

  it('does not resolve a short form the knowledge base calls misused', () => {
    assert.deepEqual(ids('Indonesian President Widodo arrived.'), ['Widodo → new:widodo']);
  });

  it('leaves a person the knowledge base does not know as a newcomer', () => {
    assert.deepEqual(ids('Singaporean Prime Minister Lawrence Wong arrived.'), ['Lawrence Wong → new:lawrence-wong']);
  });

  it('leaves a short form two people share unresolved', () => {
    const { kb: shared, index: sharedIndex } = smallKnowledgeBase(`countries:
  - id: south-korea
    name: South Korea
    adjective: South Korean
offices:
  - id: president-south-korea
    name: President of the Republic of Korea
    country: south-korea
    titles: [President]
people:
  - id: moon-jae-in
    name: Moon Jae-in
    country: south-korea
    convention: surname-first
  - id: moon-hee-sang
    name: Moon Hee-sang
    country: south-korea
    convention: surname-first
`);
    const [moon] = findMentions('President Moon arrived.', sharedIndex).filter((m) => m.entity.type === 'person');
    assert.ok(moon && moon.entity.id.startsWith('new:'));
    assert.equal(personIdOf(moon, shared), moon.entity.id);
  });
});

describe('a transliterated Chinese name used short', () => {
  const { kb: thai, index: thaiIndex } = smallKnowledgeBase(`countries:
  - id: thailand
    name: Thailand
    adjective: Thai
    names:
      zh-Hans: 泰国
offices:
  - id: prime-minister-thailand
    name: Prime Minister of Thailand
    country: thailand
    titles: [Prime Minister]
    names:
      zh-Hans: 泰国总理
people:
  - id: prayut-chan-o-cha
    name: Prayut Chan-o-cha
    country: thailand
    convention: given-name
    names:
      zh-Hans: 巴育·占奥差
  - id: donald-trump
    name: Donald Trump
    country: thailand
    convention: surname-last
    names:
      zh-Hans: 唐纳德·特朗普
`);
  const chineseIds = (text: string) =>
    findMentions(text, thaiIndex)
      .filter((m) => m.entity.type === 'person')
      .map((m) => `${m.text} → ${personIdOf(m, thai)}`);

  it('counts the part of the name its convention uses alone as that person', () => {
    assert.deepEqual(chineseIds('泰国总理巴育在曼谷会见记者。'), ['巴育 → prayut-chan-o-cha']);
  });

  it('does not count the part its convention does not use alone', () => {
    assert.ok(chineseIds('泰国总理唐纳德在曼谷会见记者。').every((line) => !line.endsWith('donald-trump')));
  });
});
