/** The evidence trail of a fact read from a sentence: article, outlet, day and the sentence's place in the file. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { viewArticle } from '../../../../server/src/core/facts/articleView.js';
import { sourceOf } from '../../../../server/src/core/facts/sourceRef.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { index } = smallKnowledgeBase();

it('points at the sentence in the file, with the article’s outlet and own day', () => {
  const article = memoryArticle(
    ['JAKARTA, Feb. 27 (Antara) -- Joko Widodo met Lee Hsien Loong.', 'They signed two agreements.'],
    {
      outlet: 'Antara',
      date: '2019-02-28',
      eventDate: '2019-02-27',
    },
  );
  const view = viewArticle(article, index);
  const second = view.sentences[1]!;
  const source = sourceOf(view, second);
  assert.deepEqual(source, {
    articleId: article.id,
    path: article.path,
    outlet: 'Antara',
    date: '2019-02-27',
    start: article.passages[1]!.start,
    end: article.passages[1]!.end,
  });
});

it('leaves out the outlet and day an article does not have', () => {
  const view = viewArticle(memoryArticle(['Joko Widodo met Lee Hsien Loong.']), index);
  assert.deepEqual(Object.keys(sourceOf(view, view.sentences[0]!)).sort(), ['articleId', 'end', 'path', 'start']);
});
