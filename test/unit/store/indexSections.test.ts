/**
 * The passage index as sections: written and read back whole, its consistency check failing on
 * each kind of mismatch, and the article order it is kept in.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type {
  IndexedArticle,
  IndexedArticles,
  PassageIndexData,
} from '../../../server/src/core/passages/passageIndex.js';
import {
  indexHoldsTogether,
  indexOfSections,
  indexOrderOf,
  indexSections,
} from '../../../server/src/store/indexSections.js';
import { Sections, encodeSections } from '../../../server/src/store/sections.js';

const ARTICLES: IndexedArticle[] = [
  { id: 'b.txt#0', path: 'b.txt', title: 'Newer', language: 'en', storyId: 's1' },
  { id: 'a.txt#0', path: 'a.txt', title: 'Older', language: 'zh', storyId: 's2' },
];
const articles: IndexedArticles = {
  length: ARTICLES.length,
  at: (n) => ARTICLES[n]!,
  language: (n) => ARTICLES[n]!.language,
};

/** Two articles, three passages, two terms: "railway" in passages 0 and 2, "@to-lam" in passage 1. */
function smallIndex(): PassageIndexData {
  return {
    articles,
    passageArticle: Int32Array.of(0, 0, 1),
    passageStart: Int32Array.of(0, 40, 0),
    passageEnd: Int32Array.of(38, 90, 20),
    passageLength: Uint16Array.of(6, 9, 4),
    terms: ['railway', '@to-lam'],
    postingOffsets: Int32Array.of(0, 2, 3),
    postingPassages: Int32Array.of(0, 2, 1),
    postingFrequencies: Uint16Array.of(1, 2, 1),
  };
}

describe('indexSections and indexOfSections', () => {
  it('read back the index as written, over the articles given', () => {
    const index = smallIndex();
    const read = indexOfSections(new Sections(Buffer.concat(encodeSections(indexSections(index)))), articles);
    assert.deepEqual(read, index);
    assert.equal(read.articles, articles);
  });

  it('name a missing section', () => {
    const { postingFrequencies: _dropped, ...rest } = indexSections(smallIndex());
    assert.throws(
      () => indexOfSections(new Sections(Buffer.concat(encodeSections(rest))), articles),
      /no uint16 section postingFrequencies/,
    );
  });
});

describe('indexHoldsTogether', () => {
  it('accepts an index whose arrays agree', () => {
    assert.ok(indexHoldsTogether(smallIndex(), 2));
  });

  it('rejects each kind of mismatch', () => {
    assert.ok(!indexHoldsTogether(smallIndex(), 3), 'article count');
    assert.ok(!indexHoldsTogether({ ...smallIndex(), passageEnd: Int32Array.of(38, 90) }, 2), 'passage arrays');
    assert.ok(!indexHoldsTogether({ ...smallIndex(), terms: ['railway'] }, 2), 'terms and offsets');
    assert.ok(!indexHoldsTogether({ ...smallIndex(), postingOffsets: Int32Array.of(1, 2, 3) }, 2), 'first offset');
    assert.ok(!indexHoldsTogether({ ...smallIndex(), postingOffsets: Int32Array.of(0, 2, 4) }, 2), 'last offset');
    assert.ok(!indexHoldsTogether({ ...smallIndex(), postingFrequencies: Uint16Array.of(1, 2) }, 2), 'frequencies');
  });
});

describe('indexOrderOf', () => {
  it('lists the index’s article ids in its order', () => {
    assert.deepEqual(indexOrderOf(smallIndex()), ['b.txt#0', 'a.txt#0']);
  });
});
