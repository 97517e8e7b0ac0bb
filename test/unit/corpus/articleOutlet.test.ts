/**
 * Which outlet published an article, in the order of the cues' strength, and the outlet a
 * file's opening header names for every article in it when no other page names another.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findOutlet, preambleOutlet } from '../../../server/src/corpus/articleOutlet.js';
import { collectDrafts, type Draft } from '../../../server/src/corpus/drafts.js';
import { classifyLines } from '../../../server/src/corpus/lineKinds.js';
import { splitLines } from '../../../server/src/corpus/lines.js';

const PROSE = 'Lao Prime Minister Sonexay Siphandone met his Cambodian counterpart Hun Manet in Vientiane on Tuesday.';
const OTHER = 'Vietnamese President To Lam received the Chinese ambassador in Hanoi on Wednesday afternoon.';

function drafts(lines: readonly string[]): Draft[] {
  return collectDrafts(classifyLines(splitLines(lines.join('\n'))), false);
}

describe('findOutlet', () => {
  it('takes a credit in the text over a source line', () => {
    const [draft] = drafts(['Source: Vientiane Times', `VIENTIANE, May 14 (KPL) -- ${PROSE}`]);
    assert.equal(findOutlet(draft!), 'KPL');
  });

  it('takes a Taipei daily’s bracketed credit, and not a Singapore daily’s name that looks like it', () => {
    const [credited] = drafts([
      '〔聯合報東京10日電〕中國大陸國務院總理李克強10日上午在東京皇居會見日本天皇明仁，雙方談及兩國關係。',
    ]);
    assert.equal(findOutlet(credited!), 'United Daily News');
    const [mentioned] = drafts(['据联合早报10日报道，李克强10日上午在东京会见日本天皇明仁，双方谈及两国关系的改善。']);
    assert.equal(findOutlet(mentioned!), undefined);
  });

  it('takes a source line next to the headline', () => {
    const [draft] = drafts(['Lao leaders meet in Vientiane', 'Source: Xinhuanet', PROSE]);
    assert.equal(findOutlet(draft!), 'Xinhua');
  });

  it('takes the page header above the article when the article names nothing', () => {
    const [draft] = drafts(['www.laotiantimes.com', 'Lao leaders meet in Vientiane', PROSE]);
    assert.equal(findOutlet(draft!), 'Laotian Times');
  });

  it('takes the page footer below the article last', () => {
    const [draft] = drafts(['Lao leaders meet in Vientiane', PROSE, 'Copyright 2024 The Associated Press']);
    assert.equal(findOutlet(draft!), 'AP');
  });

  it('names no outlet when nothing around the article names one, and ignores an outlet mentioned in prose', () => {
    const [draft] = drafts([
      'Lao leaders meet in Vientiane',
      `${PROSE} The meeting was reported by Xinhua News Agency and others.`,
    ]);
    assert.equal(findOutlet(draft!), undefined);
  });
});

describe('preambleOutlet', () => {
  it('gives the first page’s header to every article when no page names another outlet', () => {
    const list = drafts([
      'www.cpaffc.org.cn',
      'Friendship delegation visits Laos',
      PROSE,
      'Share',
      'Friendship delegation visits Vietnam',
      OTHER,
    ]);
    assert.equal(list.length, 2);
    assert.equal(preambleOutlet(list), 'CPAFFC');
  });

  it('gives nothing when another page in the file names another outlet', () => {
    const list = drafts([
      'www.cpaffc.org.cn',
      'Friendship delegation visits Laos',
      PROSE,
      'Share',
      'www.laotiantimes.com',
      'Friendship delegation visits Vietnam',
      OTHER,
    ]);
    assert.equal(preambleOutlet(list), undefined);
  });

  it('gives nothing without a header, or without drafts', () => {
    assert.equal(preambleOutlet(drafts(['Friendship delegation visits Laos', PROSE])), undefined);
    assert.equal(preambleOutlet([]), undefined);
  });
});
