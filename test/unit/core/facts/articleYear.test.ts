/** The year of a dateline that gives none, from the titles the article prints and the weekday its lead names. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../../../server/src/core/articles.js';
import { inferArticleDay } from '../../../../server/src/core/facts/articleYear.js';
import { viewArticle } from '../../../../server/src/core/facts/articleView.js';
import { readSentenceTitles } from '../../../../server/src/core/facts/sentenceTitles.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { kb, index } = smallKnowledgeBase();

function inferred(paragraphs: string[], fields: Partial<Article> = { partialDate: '--02-27' }): string | undefined {
  const article = memoryArticle(paragraphs, fields);
  const view = viewArticle(article, index);
  const titles = view.sentences.map((s) => readSentenceTitles(view.text, s, kb, undefined));
  return inferArticleDay(article, view, titles, kb);
}

describe('the year of a dateline without one', () => {
  it('finds the one year the titles were held and the weekday fits', () => {
    // 27 February fell on a Wednesday in 2019, and in no other year both men held these offices.
    assert.equal(
      inferred([
        'JAKARTA, Feb. 27 -- Indonesian President Joko Widodo met Singaporean Prime Minister Lee Hsien Loong on Wednesday.',
      ]),
      '2019-02-27',
    );
    assert.equal(
      inferred([
        'JAKARTA, Feb. 27 -- Indonesian President Joko Widodo met Singaporean Prime Minister Lee Hsien Loong on Thursday.',
      ]),
      '2020-02-27',
    );
  });

  it('leaves the year unknown when two years fit', () => {
    // A Tuesday in 2018 and in 2024.
    assert.equal(
      inferred([
        'JAKARTA, Feb. 27 -- Indonesian President Joko Widodo met Singaporean Prime Minister Lee Hsien Loong on Tuesday.',
      ]),
      undefined,
    );
    assert.equal(
      inferred([
        'JAKARTA, Feb. 27 -- Indonesian President Joko Widodo met Singaporean Prime Minister Lee Hsien Loong.',
      ]),
      undefined,
    );
  });

  it('finds a year from titles alone when their terms overlap in one year only', () => {
    // Nguyen Phu Trong was president from October 2018 to April 2021, Kim Jong Un general secretary from January 2021.
    assert.equal(
      inferred(
        ['HANOI, March 1 -- Vietnamese President Nguyen Phu Trong sent a letter to WPK General Secretary Kim Jong Un.'],
        { partialDate: '--03-01' },
      ),
      '2021-03-01',
    );
  });

  it('gives no day when no year fits, no title is printed, or the article is dated', () => {
    assert.equal(
      inferred([
        'HANOI, Feb. 27 -- Vietnamese President Nguyen Phu Trong met Indonesian President Joko Widodo on Monday.',
      ]),
      undefined,
    );
    assert.equal(inferred(['HANOI, Feb. 27 -- Nguyen Phu Trong met Joko Widodo.']), undefined);
    assert.equal(
      inferred(['Indonesian President Joko Widodo met Lee Hsien Loong.'], {
        partialDate: '--02-27',
        date: '2019-02-27',
      }),
      undefined,
    );
    assert.equal(inferred(['Indonesian President Joko Widodo met Lee Hsien Loong.'], {}), undefined);
  });
});
