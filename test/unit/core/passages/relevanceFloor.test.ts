import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildPassageIndex, PassageIndex, RELEVANCE_FLOOR } from '../../../../server/src/core/passages/passageIndex.js';
import { readCorpus } from '../../../../server/src/corpus/readCorpus.js';
import { bundled } from '../../../support/bundled.js';

const SAMPLE = fileURLToPath(new URL('../../../../../samples/corpus/', import.meta.url));
const textOf = (path: string, start: number, end: number) => readFileSync(path, 'utf8').slice(start, end);

/** Queries about nothing the diplomatic sample corpus reports, some sharing a word or a name with it. */
const UNRELATED = [
  'The recipe calls for two cups of flour and a pinch of salt',
  'The football team won the championship after a penalty shootout in the final minute',
  'The stock market fell sharply on Monday as investors worried about inflation',
  'Xi Jinping enjoys playing football and watching movies on weekends',
];

describe('relevance floor', () => {
  let index: PassageIndex;
  before(async () => {
    index = new PassageIndex(buildPassageIndex(await readCorpus([SAMPLE]), bundled().index), bundled().index);
  });

  it('returns nothing for a query unrelated to the corpus', () => {
    for (const query of UNRELATED) assert.deepEqual(index.search(query, { textOf }), [], query);
  });

  it('drops those results by the floor alone: with minScore 0 the same queries return candidates', () => {
    for (const query of UNRELATED) {
      const all = index.search(query, { textOf, minScore: 0 });
      assert.ok(all.length > 0, query);
      assert.ok(
        all.every((m) => m.coverage < RELEVANCE_FLOOR),
        query,
      );
    }
  });

  it('still finds a paraphrase (a third of the words dropped, a clause moved) at rank 1', () => {
    // "China stands ready to encourage more Chinese enterprises to invest in Laos, import more
    // quality farm produce from Laos, and expand cooperation in energy and mining, he noted."
    const [first] = index.search(
      'He noted that China would expand energy and mining cooperation and is ready to encourage Chinese enterprises to invest in Laos',
      { textOf },
    );
    assert.ok(first);
    assert.match(
      textOf(first.article.path, first.start, first.end),
      /^China stands ready to encourage more Chinese enterprises/,
    );
    assert.ok(first.coverage >= RELEVANCE_FLOOR);
  });

  it('still finds a paraphrase that names its speaker differently at rank 1', () => {
    const [first] = index.search(
      'Tran Thanh Man met Xi Jinping, who said China and Viet Nam should strengthen confidence in their paths and systems',
      { textOf },
    );
    assert.ok(first);
    assert.match(first.article.path, /004_/);
    assert.match(
      textOf(first.article.path, first.start, first.end),
      /strengthen confidence in their paths and systems/,
    );
  });

  it('reports coverage between 0 and 1, and 1 for a sentence quoted from the corpus', () => {
    const hits = index.search('The two leaders inked a 2024-2028 action plan between the CPC and the LPRP', {
      textOf,
      limit: 5,
    });
    assert.ok(hits.length > 0);
    assert.equal(hits[0]!.coverage, 1);
    for (const hit of hits) assert.ok(hit.coverage >= RELEVANCE_FLOOR && hit.coverage <= 1);
  });

  it('honours a stricter minScore', () => {
    const query =
      'Xi said the two sides should use the new action plan to enrich relations between the two parties and countries';
    const loose = index.search(query, { textOf, minScore: 0 });
    const strict = index.search(query, { textOf, minScore: 0.8 });
    assert.ok(strict.length > 0 && strict.length < loose.length);
    assert.ok(strict.every((m) => m.coverage >= 0.8));
  });
});
