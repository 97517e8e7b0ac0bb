/** An article as the fact readers see it: joined paragraphs, sentences with their mentions, offsets back to the file. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mentionsOfArticle, viewArticle } from '../../../../server/src/core/facts/articleView.js';
import { memoryArticle } from '../../../support/memoryArticle.js';
import { smallKnowledgeBase } from '../../../support/smallKnowledgeBase.js';

const { index } = smallKnowledgeBase();

describe('the view of an article', () => {
  it('joins paragraphs and maps each offset back to the file', () => {
    const article = memoryArticle([
      'Indonesian President Joko Widodo arrived in Singapore.',
      'He met Lee Hsien Loong.',
    ]);
    const view = viewArticle(article, index);
    assert.equal(view.text, 'Indonesian President Joko Widodo arrived in Singapore.\n\nHe met Lee Hsien Loong.');
    const lee = view.text.indexOf('Lee');
    assert.equal(view.toFile(lee), article.passages[1]!.start + 'He met '.length);
    assert.equal(view.toFile(0), 0);
    assert.deepEqual(
      view.sentences.map((s) => s.text),
      ['Indonesian President Joko Widodo arrived in Singapore.', 'He met Lee Hsien Loong.'],
    );
  });

  it('takes no person inside the name of a place called after someone, and keeps the person elsewhere', () => {
    const airport = viewArticle(
      memoryArticle(['Lee Hsien Loong arrived at the Joko Widodo International Airport on Thursday for a visit.']),
      index,
    );
    assert.deepEqual(
      airport.mentions.filter((m) => m.entity.type === 'person').map((m) => m.entity.id),
      ['lee-hsien-loong'],
    );
    const mausoleum = viewArticle(
      memoryArticle(['Kim Jong Un laid a wreath at the Nguyen Phu Trong Mausoleum.']),
      index,
    );
    assert.deepEqual(
      mausoleum.mentions.filter((m) => m.entity.type === 'person').map((m) => m.entity.id),
      ['kim-jong-un'],
    );
    const met = viewArticle(memoryArticle(['Joko Widodo met Lee Hsien Loong at the airport.']), index);
    assert.deepEqual(
      met.mentions.filter((m) => m.entity.type === 'person').map((m) => m.entity.id),
      ['joko-widodo', 'lee-hsien-loong'],
    );
  });

  it('gives each sentence the mentions inside it', () => {
    const view = viewArticle(
      memoryArticle(['Kim Jong Un arrived in Hanoi.', 'Nguyen Phu Trong met Kim Jong Un.']),
      index,
    );
    assert.deepEqual(
      view.sentences.map((s) => s.mentions.map((m) => m.entity.id)),
      [['kim-jong-un'], ['nguyen-phu-trong', 'kim-jong-un']],
    );
  });

  it('finds the same mentions without the sentences, for the passage index', () => {
    const article = memoryArticle(['Kim Jong Un arrived in Hanoi.', 'Kim met Nguyen Phu Trong.'], {
      title: 'Kim Jong Un in Hanoi',
      titleStart: 0,
    });
    article.passages = article.passages.map((p) => ({ ...p, start: p.start + 22, end: p.end + 22 }));
    const view = viewArticle(article, index);
    const found = mentionsOfArticle(article, index);
    const placed = (m: { start: number; end: number; entity: { id: string } }, toFile: (o: number) => number) =>
      `${m.entity.id}@${toFile(m.start)}-${toFile(m.end)}`;
    assert.deepEqual(
      found.mentions.map((m) => placed(m, found.toFile)),
      view.mentions.map((m) => placed(m, view.toFile)),
    );
    // The second paragraph's "Kim" is his, read with the first paragraph as context.
    assert.ok(found.mentions.map((m) => placed(m, found.toFile)).includes(`kim-jong-un@${22 + 31}-${22 + 34}`));
  });

  it('splits sentences a scrape glued together, but not at U.S.', () => {
    const view = viewArticle(
      memoryArticle(['Both sides signed the deal.Kim Jong Un left Hanoi. The U.S. President was not there.']),
      index,
    );
    assert.deepEqual(
      view.sentences.map((s) => s.text),
      ['Both sides signed the deal.', 'Kim Jong Un left Hanoi. The U.S. President was not there.'],
    );
  });

  it('uses sentence passages when the article has them, found inside their paragraph', () => {
    const paragraph = 'Kim Jong Un arrived. He met Nguyen Phu Trong.';
    const article = memoryArticle([paragraph]);
    article.passages.push(
      { kind: 'sentence', start: 0, end: 20, text: 'Kim Jong Un arrived.' },
      { kind: 'sentence', start: 21, end: paragraph.length, text: 'He met Nguyen Phu Trong.' },
    );
    const view = viewArticle(article, index);
    assert.deepEqual(
      view.sentences.map((s) => [s.start, s.text]),
      [
        [0, 'Kim Jong Un arrived.'],
        [21, 'He met Nguyen Phu Trong.'],
      ],
    );
  });

  it('reads a headline printed before the text as the first sentence', () => {
    const headline = 'Widodo, Lee hold retreat';
    const article = memoryArticle(['Joko Widodo met Lee Hsien Loong.'], { title: headline, titleStart: 0 });
    article.passages[0] = {
      ...article.passages[0]!,
      start: headline.length + 2,
      end: headline.length + 2 + article.passages[0]!.text.length,
    };
    const view = viewArticle(article, index);
    assert.equal(view.sentences[0]?.headline, true);
    assert.equal(view.sentences[0]?.text, headline);
    assert.equal(view.toFile(view.text.indexOf('Joko')), headline.length + 2);
    const noHeadline = viewArticle(
      memoryArticle(['Joko Widodo met Lee Hsien Loong.'], { title: 'From metadata' }),
      index,
    );
    assert.equal(
      noHeadline.sentences.some((s) => s.headline),
      false,
    );
  });

  it('reads traditional script as simplified, keeping what the article prints', () => {
    const view = viewArticle(memoryArticle(['金正恩會見越南領導人。']), index);
    assert.equal(view.text, '金正恩会见越南领导人。');
    assert.equal(view.printed, '金正恩會見越南領導人。');
    assert.equal(view.sentences[0]?.chinese, true);
    assert.equal(
      viewArticle(memoryArticle(['Kim Jong Un (金正恩) arrived in Hanoi on Tuesday.']), index).sentences[0]?.chinese,
      false,
    );
  });
});
