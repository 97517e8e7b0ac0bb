/** People the knowledge base does not know, introduced in Chinese by their country and title. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findChineseTitledNewcomers } from '../../../../server/src/core/mentions/chineseNewcomers.js';
import { RangeSet } from '../../../../server/src/core/text/rangeSet.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { index } = smallKnowledgeBase(`countries:
  - id: indonesia
    name: Indonesia
    adjective: Indonesian
    names: { zh-Hans: 印度尼西亚, zh-Hant: 印度尼西亞 }
  - id: malaysia
    name: Malaysia
    adjective: Malaysian
    names: { zh-Hans: 马来西亚 }
  - id: cambodia
    name: Cambodia
    adjective: Cambodian
    names: { zh-Hans: 柬埔寨, zh-Hant: 柬埔寨 }
  - id: china
    name: China
    adjective: Chinese
    names: { zh-Hans: 中国 }
`);

function newcomers(text: string, occupied: { start: number; end: number }[] = []): string[] {
  return findChineseTitledNewcomers(text, new RangeSet(occupied), index).map((m) => `${m.text}@${m.start}`);
}

describe('Chinese newcomers', () => {
  it('takes the shortest run of Han characters after country and title that a word ending a name follows', () => {
    assert.deepEqual(newcomers('马来西亚总理安瓦尔会见中国国务院总理李强。'), ['安瓦尔@6']);
    assert.deepEqual(newcomers('印度尼西亚总统普拉博沃表示，双方将加强合作。'), ['普拉博沃@7']);
  });

  it('takes a rendering around a middle dot whole, and every later occurrence of a name', () => {
    assert.deepEqual(newcomers('印度尼西亚总统普拉博沃·苏比安托在雅加达会见安瓦尔。普拉博沃·苏比安托说。'), [
      '普拉博沃·苏比安托@7',
      '普拉博沃·苏比安托@26',
    ]);
  });

  it('reads an ambassador posted to another country, and traditional script', () => {
    assert.deepEqual(newcomers('中国驻马来西亚大使欧阳玉靖出席活动。'), ['欧阳玉靖@9']);
    assert.deepEqual(newcomers('印度尼西亞總統佐科在雅加達。'), ['佐科@7']);
    assert.deepEqual(newcomers('印度尼西亞总统佐科在雅加达。'), ['佐科@7']);
    // A traditional verb of meeting ends the name as the simplified one does.
    assert.deepEqual(newcomers('印度尼西亞總統佐科會見安瓦爾。'), ['佐科@7']);
  });

  it("reads two posts joined by 兼, and the 大臣 of Cambodia's ministers", () => {
    assert.deepEqual(newcomers('柬埔寨副首相兼外交大臣布拉索昆会见了王毅。'), ['布拉索昆@11']);
    assert.deepEqual(newcomers('柬埔寨国防大臣迪西哈会见了中国代表团。'), ['迪西哈@7']);
    // 兼 with nothing a title after it is no title: the name is not read.
    assert.deepEqual(newcomers('柬埔寨副首相兼任外交大臣。'), []);
  });

  it('finds no newcomer without a country before the title, in occupied text, or without an end to the name', () => {
    assert.deepEqual(newcomers('总统普拉博沃会见安瓦尔。'), []);
    assert.deepEqual(newcomers('马来西亚总理安瓦尔会见了他。', [{ start: 6, end: 9 }]), []);
    assert.deepEqual(newcomers('马来西亚总理安瓦尔易卜拉欣阿卜杜拉'), []);
    assert.deepEqual(newcomers('Malaysian Prime Minister Anwar Ibrahim met them.'), []);
  });
});

describe('a Chinese newcomer rendered without a dot', () => {
  it('may have up to six characters, the shortest run a name’s end follows still taken', () => {
    assert.deepEqual(newcomers('习近平同马来西亚总统米尔济约耶夫举行会谈。'), ['米尔济约耶夫@10']);
    assert.deepEqual(newcomers('马来西亚总理安瓦尔会见中国国务院总理李强。'), ['安瓦尔@6']);
  });

  it('is none when no word ending a name follows within six characters', () => {
    assert.deepEqual(newcomers('马来西亚总理府今天发布了公告。'), []);
  });
});
