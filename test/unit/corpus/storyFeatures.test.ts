/**
 * The terms an article is compared on when grouping stories: words without stopwords, word
 * pairs and Chinese character pairs, as sorted distinct hashes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { storyTerms } from '../../../server/src/corpus/storyFeatures.js';
import type { Article, Passage } from '../../../server/src/corpus/types.js';

function article(title: string, paragraphs: readonly string[], kind: Passage['kind'] = 'paragraph'): Article {
  let offset = title.length + 2;
  const passages = paragraphs.map((text) => {
    const passage: Passage = { start: offset, end: offset + text.length, text, kind };
    offset += text.length + 2;
    return passage;
  });
  return { id: 'a.txt#0', path: 'a.txt', start: 0, end: offset, title, language: 'en', passages, storyId: 'a.txt#0' };
}

const terms = (title: string, ...paragraphs: string[]) => [...storyTerms(article(title, paragraphs))];

describe('storyTerms', () => {
  it('gives sorted distinct hashes', () => {
    const hashes = terms('Railway talks', 'Railway talks resumed. Railway talks resumed.');
    assert.deepEqual(
      hashes,
      [...new Set(hashes)].sort((a, b) => a - b),
    );
    assert.ok(hashes.length > 0);
  });

  it('gives the same terms whatever the case, and a possessive ending adds nothing', () => {
    assert.deepEqual(terms('', 'LAOS RAILWAY'), terms('', 'laos railway'));
    assert.deepEqual(terms('', "Laos' railway"), terms('', 'Laos railway'));
    assert.deepEqual(terms('', 'China’s railway'), terms('', 'China railway'));
  });

  it('ignores stopwords and words under three letters', () => {
    assert.deepEqual(terms('', 'the and of to railway'), terms('', 'railway'));
    assert.equal(terms('', 'the said to of').length, 0);
  });

  it('adds a term for each pair of adjacent words, so word order matters', () => {
    assert.equal(terms('', 'railway').length, 1);
    assert.equal(terms('', 'railway talks').length, 3);
    assert.notDeepEqual(terms('', 'railway talks'), terms('', 'talks railway'));
  });

  it('pairs Chinese characters, and reads the title too', () => {
    assert.equal(terms('', '中老铁路').length, 3);
    assert.deepEqual(terms('中老铁路'), terms('', '中老铁路'));
  });

  it('reads paragraphs only, not sentence passages', () => {
    assert.deepEqual([...storyTerms(article('', ['railway talks'], 'sentence'))], []);
  });

  it('gives nothing for an article without words', () => {
    assert.deepEqual(terms('', '— 12 —'), []);
  });
});
