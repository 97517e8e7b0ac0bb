/**
 * A generation made ready to cross to another thread and read back there: the index's
 * articles, reached through functions, travel as a plain list and are numbered as before.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { postedGeneration, receivedGeneration } from '../../../server/src/store/workerMessages.js';
import type { CorpusGeneration } from '../../../server/src/corpus/corpusGeneration.js';
import { indexedArticleList } from '../../../server/src/core/passages/indexSegments.js';
import type { IndexedArticle } from '../../../server/src/core/passages/passageIndex.js';

const ARTICLES: IndexedArticle[] = [
  { id: 'b.txt#0', path: 'b.txt', title: 'Newer', language: 'zh', storyId: 's1' },
  { id: 'a.txt#0', path: 'a.txt', title: 'Older', outlet: 'KPL', language: 'en', storyId: 's2' },
];

const generation: CorpusGeneration = {
  version: 1,
  kbKey: 'key',
  files: [],
  articles: [],
  duplicates: [],
  stories: [],
  index: {
    articles: indexedArticleList(ARTICLES),
    passageArticle: Int32Array.of(0, 1),
    passageStart: Int32Array.of(0, 0),
    passageEnd: Int32Array.of(5, 5),
    passageLength: Uint16Array.of(1, 1),
    terms: ['word'],
    postingOffsets: Int32Array.of(0, 2),
    postingPassages: Int32Array.of(0, 1),
    postingFrequencies: Uint16Array.of(1, 1),
  },
  titles: [],
  events: [],
  problems: [],
};

describe('postedGeneration and receivedGeneration', () => {
  it('post the index’s articles as a plain list that structured cloning keeps', () => {
    const posted = postedGeneration(generation);
    assert.deepEqual(posted.index.articles, ARTICLES);
    assert.deepEqual(structuredClone(posted).index.articles, ARTICLES);
    assert.throws(() => structuredClone(generation), /could not be cloned/);
  });

  it('give back the articles numbered as before, and the rest as it was', () => {
    const received = receivedGeneration(structuredClone(postedGeneration(generation)));
    assert.equal(received.index.articles.length, 2);
    assert.deepEqual(received.index.articles.at(1), ARTICLES[1]);
    assert.equal(received.index.articles.language(0), 'zh');
    assert.deepEqual(received.index.postingPassages, generation.index.postingPassages);
    assert.equal(received.kbKey, 'key');
  });
});
