/**
 * The patterns of page furniture: list items, captions, chrome, bylines, credits, teasers and
 * tag clouds, each against a line of prose that must not match.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  isByline,
  isCaption,
  isChrome,
  isCredit,
  isListItem,
  isTagCloud,
  isTeaser,
  stripListMarker,
} from '../../../server/src/corpus/boilerplate.js';

const PROSE = 'Lao Prime Minister Sonexay Siphandone met his Cambodian counterpart Hun Manet in Vientiane on Tuesday.';

describe('list items', () => {
  it('recognises bullets and numbering, and strips them', () => {
    for (const line of ['• Politics', '  - Related story', '3. Lao President visits China', '12) Item', '» More'])
      assert.ok(isListItem(line), line);
    assert.equal(stripListMarker('  3. Lao President visits China'), 'Lao President visits China');
    assert.equal(stripListMarker('• Politics'), 'Politics');
  });

  it('does not take a hyphenated word, a year or prose for a list item', () => {
    for (const line of [PROSE, '-5 degrees', '2024. A year of change', 'Co-operation grows'])
      assert.ok(!isListItem(line), line);
    assert.equal(stripListMarker(PROSE), PROSE);
  });
});

describe('isCaption', () => {
  it('recognises photo credits in English and Chinese', () => {
    for (const line of [
      'Leaders shake hands in Vientiane. (Xinhua/Kaikeo Saiyasane)',
      'The delegation arrives (AP Photo/Andy Wong)',
      'FILE PHOTO: A train at the station',
      'Item 3 of 12 Officials attend the ceremony',
      '图：代表团抵达万象',
      '代表团抵达万象。（记者 张三 摄）',
      '新华社记者 李涛 摄',
      'Officials at the talks. Stefen Chow for NPR hide caption',
    ])
      assert.ok(isCaption(line), line);
  });

  it('leaves prose and a very long line alone', () => {
    assert.ok(!isCaption(PROSE));
    assert.ok(!isCaption(`${'word '.repeat(130)}(Xinhua/Someone)`));
    // A reporter named without 摄 (photographed) wrote the story: not a photo credit.
    assert.ok(!isCaption('代表团抵达万象。（记者 张三）'));
    assert.ok(!isCaption('新华社记者 李涛 报道'));
  });
});

describe('isChrome', () => {
  it('recognises menus, breadcrumbs, legal notices and comment forms', () => {
    for (const line of [
      'Home',
      'Share',
      'Read more »',
      'Home > World > Asia',
      '首页 > 外交部',
      '<Back>',
      'Copyright © 2024 Example',
      'Your email address will not be published.',
      'Privacy Policy',
      '责任编辑：张三',
      'Tags: Laos, China',
    ]) {
      assert.ok(isChrome(line), line);
    }
  });

  it('recognises legal notices, forms and widgets in any case, inside a longer line', () => {
    const padding = 'Example News Agency, 12 Vientiane Road. ';
    for (const notice of [
      'COPYRIGHT 2024',
      '(C) 2024',
      'ALL RIGHTS RESERVED',
      'ICP备12345678号',
      'Your Email Address Will Not Be Published',
      'Leave a Reply',
      'Add Your Comment',
      'Opens New Tab',
      'Share This',
      'Sign Up for our Newsletters',
      'By Clicking Submit',
      'Terms of Use',
      'Cookie Settings',
      'Hotline: 024-3825-1234',
    ]) {
      assert.ok(isChrome(`${padding}${notice} ${padding}`), notice);
    }
  });

  it('leaves prose, and a sentence with an arrow in it, alone', () => {
    assert.ok(!isChrome(PROSE));
    assert.ok(!isChrome('Exports rose > 10 percent in May.'));
    assert.ok(!isChrome('Homework for the summit'));
  });
});

describe('isByline and isCredit', () => {
  it('recognise a byline under the headline', () => {
    assert.ok(isByline('By Yan Zhuang'));
    assert.ok(!isByline('By the end of the year, the railway will carry goods.'));
    assert.ok(!isByline('by yan zhuang'));
  });

  it('recognise credits and bios that close an article', () => {
    for (const line of [
      'Reporting by Panu Wongcha-um; Editing by Martin Petty',
      'Jane Doe contributed reporting.',
      'Jane Doe is a senior correspondent covering Southeast Asia.',
      '（记者：张三）',
    ]) {
      assert.ok(isCredit(line), line);
    }
    assert.ok(!isCredit(PROSE));
  });
});

describe('isTeaser', () => {
  it('recognises a truncated line and not a finished one', () => {
    assert.ok(isTeaser('The two leaders discussed border issues and ...'));
    assert.ok(isTeaser('两国领导人讨论了…'));
    assert.ok(!isTeaser(PROSE));
    assert.ok(!isTeaser(`${'long '.repeat(70)}...`));
  });
});

describe('isTagCloud', () => {
  it('recognises many short lower-case fragments', () => {
    assert.ok(isTagCloud('Editor picks, popular posts, laos golden triangle casino, vientiane, mekong, railway'));
  });

  it('leaves a sentence with capitals, Chinese, or too few commas alone', () => {
    assert.ok(!isTagCloud('The sides agreed on trade, energy, transport, Education and Health.'));
    assert.ok(!isTagCloud('trade, energy, transport'));
    assert.ok(!isTagCloud('贸易, 能源, 交通, 教育, 卫生'));
    assert.ok(
      !isTagCloud(
        'they agreed on trade, energy, transport, education, and a long list of further areas of cooperation that goes on and on',
      ),
    );
  });
});
