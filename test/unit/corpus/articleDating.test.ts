/**
 * Dating an article: the page date or metadata hint first, the dateline or lead for the event
 * date, a year only from evidence (never invented), and photo captions that agree on a day.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateArticle } from '../../../server/src/corpus/articleDating.js';
import { collectDrafts, type Draft } from '../../../server/src/corpus/drafts.js';
import { classifyLines } from '../../../server/src/corpus/lineKinds.js';
import { splitLines } from '../../../server/src/corpus/lines.js';

const BODY = 'Lao Prime Minister Sonexay Siphandone met his Cambodian counterpart Hun Manet in Vientiane.';

function draft(lines: readonly string[]): Draft {
  const [first] = collectDrafts(classifyLines(splitLines(lines.join('\n'))), true);
  return first!;
}

describe('dateArticle', () => {
  it('dates by the page’s date line and the event by the dateline', () => {
    const dating = dateArticle(
      draft(['Lao leaders meet', 'May 15, 2024', `VIENTIANE, May 14 (KPL) -- ${BODY}`]),
      undefined,
    );
    assert.deepEqual(dating, { date: '2024-05-15', dateText: 'May 15, 2024', eventDate: '2024-05-14' });
  });

  it('reads a Chinese date line whose source label names a long official outlet', () => {
    const dating = dateArticle(
      draft([
        '方虹大使拜会沙伦赛',
        '2024年7月8日 来源：中华人民共和国驻老挝人民民主共和国大使馆',
        '7月5日，新任驻老挝大使方虹拜会老挝副总理兼外长沙伦赛·贡玛西，递交国书副本。',
      ]),
      undefined,
    );
    assert.equal(dating.date, '2024-07-08');
    assert.equal(dating.eventDate, '2024-07-05', 'the lead day takes the date line’s year');
  });

  it('still leaves a long sentence with a date and a source word undated as a page date', () => {
    const dating = dateArticle(
      draft([
        '方虹大使拜会沙伦赛',
        '据老挝外交部消息，双方在2024年7月8日的会见中回顾了两国关系的发展历程和来源：历史友谊',
        '7月5日，新任驻老挝大使方虹拜会老挝副总理兼外长沙伦赛·贡玛西，递交国书副本。',
      ]),
      undefined,
    );
    assert.equal(dating.date, undefined);
    assert.equal(dating.partialDate, '--07-05');
  });

  it('lets a metadata hint outrank a date line', () => {
    const dating = dateArticle(draft(['Lao leaders meet', 'May 15, 2024', BODY]), '2024-05-16');
    assert.equal(dating.date, '2024-05-16');
    assert.equal(dating.dateText, '2024-05-16');
  });

  it('takes a dateline’s missing year from the page date', () => {
    const dating = dateArticle(draft([`VIENTIANE, Dec. 30 (KPL) -- ${BODY}`]), '2025-01-02');
    assert.equal(dating.eventDate, '2024-12-30');
  });

  it('dates by a dateline with its year when the page has no date', () => {
    const dating = dateArticle(draft([`VIENTIANE, May 14, 2024 (KPL) -- ${BODY}`]), undefined);
    assert.equal(dating.date, '2024-05-14');
    assert.equal(dating.eventDate, '2024-05-14');
  });

  it('keeps only month and day when nothing gives the year', () => {
    const dating = dateArticle(draft([`VIENTIANE, May 14 (KPL) -- ${BODY}`]), undefined);
    assert.equal(dating.date, undefined);
    assert.equal(dating.eventDate, undefined);
    assert.equal(dating.partialDate, '--05-14');
    assert.match(dating.dateText ?? '', /May 14/);
  });

  it('takes the year from full dates in the text when they agree on one', () => {
    const dating = dateArticle(
      draft([
        `VIENTIANE, May 14 (KPL) -- ${BODY}`,
        'The agreement signed on March 3, 2024 took effect the same week, officials said.',
      ]),
      undefined,
    );
    assert.equal(dating.eventDate, '2024-05-14');
  });

  it('dates a page without a date by a day two captions agree on, but not by file photos', () => {
    const captions = [
      'Leaders shake hands at the Great Hall of the People, Friday, April 26, 2024, in Beijing. (AP Photo/Andy Wong)',
      'The delegation walks past an honour guard, Friday, April 26, 2024, in Beijing. (AP Photo/Andy Wong)',
    ];
    const dated = dateArticle(
      draft([BODY, ...captions, 'The talks lasted three hours and covered trade and regional security issues.']),
      undefined,
    );
    assert.equal(dated.date, '2024-04-26');
    const filePhoto = dateArticle(
      draft([
        BODY,
        ...captions,
        'FILE PHOTO: Officials meet, May 31, 2023. (AP Photo/Andy Wong)',
        'The talks lasted three hours and covered trade and regional security issues.',
      ]),
      undefined,
    );
    assert.equal(filePhoto.date, undefined);
  });

  it('gives no date for an article that names no day', () => {
    assert.deepEqual(dateArticle(draft([BODY]), undefined), {});
  });
});
