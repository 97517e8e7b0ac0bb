/**
 * Dating an article: the page date or metadata hint first, the dateline or lead for the event
 * date, a year only from evidence (never invented), and photo captions that agree on a day.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateArticle, dateInFileName } from '../../../server/src/corpus/articleDating.js';
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

  it('dates a page that names no day by the day its file’s name begins with, and nothing else', () => {
    assert.deepEqual(dateArticle(draft([BODY]), undefined, '2018-05-10'), {
      date: '2018-05-10',
      dateText: '2018-05-10',
    });
    const printed = dateArticle(draft(['Lao leaders meet', 'May 15, 2024', BODY]), undefined, '2018-05-10');
    assert.equal(printed.date, '2024-05-15', 'a date printed on the page wins over the file’s name');
    const hinted = dateArticle(draft([BODY]), '2024-05-16', '2018-05-10');
    assert.equal(hinted.date, '2024-05-16', 'so does the page’s metadata');
  });

  it('takes a dateline’s missing year from the file’s name before guessing from the text', () => {
    const dating = dateArticle(
      draft([`VIENTIANE, Dec. 30 (KPL) -- ${BODY}`, 'The agreement signed on March 3, 2019 took effect that week.']),
      undefined,
      '2025-01-02',
    );
    assert.equal(dating.eventDate, '2024-12-30');
    assert.equal(dating.date, '2024-12-30');
  });
});

describe('dateInFileName', () => {
  it('reads the day a file’s name begins with, wherever the file is', () => {
    assert.equal(dateInFileName('2018-05-10-udn-zh-li-keqiang-tokyo.txt'), '2018-05-10');
    assert.equal(dateInFileName('archive/2024/2024-02-29 readout.md'), '2024-02-29');
    assert.equal(dateInFileName('C:\\corpus\\2016-10-15-dhaka.html'), '2016-10-15');
  });

  it('reads no day from a name that does not begin with a real one', () => {
    assert.equal(dateInFileName('000_ccafaf7575e5ac3e.txt'), undefined);
    assert.equal(dateInFileName('readout-2018-05-10.txt'), undefined, 'a date inside the name may be anything');
    assert.equal(dateInFileName('2023-02-29-vna.txt'), undefined, 'no such day');
    assert.equal(dateInFileName('2018-05-101.txt'), undefined, 'more digits than a day');
    assert.equal(dateInFileName('2018-05-10/notes.txt'), undefined, 'a folder’s name is not the file’s');
  });
});
