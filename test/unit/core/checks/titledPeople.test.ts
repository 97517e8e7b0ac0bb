import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { titledPeople } from '../../../../server/src/core/checks/titledPeople.js';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import { memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const KB = memoryKnowledgeBase(`
countries:
  - { id: china, name: China, adjective: Chinese }
offices:
  - { id: premier-china, name: Premier of the State Council, country: china, titles: [Premier, 总理, 国务院总理] }
people:
  - { id: li-qiang, name: Li Qiang, country: china, convention: surname-first, names: { zh-Hans: 李强 } }
  - { id: xi-jinping, name: Xi Jinping, country: china, convention: surname-first, names: { zh-Hans: 习近平 } }
`);

const pairs = (text: string) =>
  titledPeople(text, findMentions(text, KB.index)).map(
    (pair) => `${text.slice(pair.start, pair.end)}: ${pair.office.id} ${pair.entity.id}`,
  );

describe('titled people', () => {
  it('pairs a title with the name right after it, across a line break', () => {
    assert.deepEqual(pairs('Premier Li Qiang spoke.'), ['Premier Li Qiang: premier-china li-qiang']);
    assert.deepEqual(pairs('Premier\nLi Qiang spoke.'), ['Premier\nLi Qiang: premier-china li-qiang']);
  });

  it('pairs a Chinese title with the name right before it when no name follows, and else with the name after', () => {
    assert.deepEqual(pairs('李强总理会见了客人。'), ['李强总理: premier-china li-qiang']);
    assert.deepEqual(pairs('习近平会见国务院总理李强。'), ['国务院总理李强: premier-china li-qiang']);
  });

  it('pairs nothing when words stand between title and name, or no title is written', () => {
    assert.deepEqual(pairs('The Premier said Li Qiang would come.'), []);
    assert.deepEqual(pairs('Li Qiang spoke. Premier of nothing.'), []);
  });
});
