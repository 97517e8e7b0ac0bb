/**
 * The archive's postings (`term_posting`): packed and unpacked again exactly, written at commit
 * from the generation's index and read back as the index holds them — each term's paragraphs in
 * order with its frequency in each — and scored with the embedded index's own arithmetic (a
 * term's BM25 in a paragraph is `idf · impact` to the last bit). Frequencies come for the terms the archive has, postings only for
 * those asked for that are short enough.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildMentionIndex } from '../../../../server/src/core/mentions/mentionIndex.js';
import {
  LEXICAL_RANKING,
  PassageIndex,
  type PassageIndexData,
} from '../../../../server/src/core/passages/passageIndex.js';
import { readKnowledgeBase } from '../../../../server/src/kb/readKnowledgeBase.js';
import { PostgresGeneration } from '../../../../server/src/store/postgres/postgresGeneration.js';
import { PostgresCorpusStore } from '../../../../server/src/store/postgres/postgresStore.js';
import {
  decodeNorms,
  decodePostings,
  encodeNorms,
  encodePostings,
  impactOf,
  largestImpacts,
  lengthNorms,
  PostingsCache,
  postingsFromText,
  readTermFrequencies,
  readTermPostings,
} from '../../../../server/src/store/postgres/termPostings.js';
import { openWorkspace } from '../../../../server/src/workspace/host.js';
import { freshArchive } from '../../../support/sharedArchive.js';
import { wireCopy } from '../storeContract.js';

describe('packed postings', () => {
  it('come back as they went in: gaps of one and of millions, frequencies of 1, 2 and the most a posting holds', () => {
    const passages = Int32Array.from([0, 1, 2, 200, 201, 3_000_000, 2_147_483_000]);
    const frequencies = Uint16Array.from([1, 2, 1, 3, 65_535, 1, 128]);
    const packed = encodePostings(passages, frequencies);
    const read = decodePostings(packed);
    assert.deepEqual([...read.passages], [...passages]);
    assert.deepEqual([...read.frequencies], [...frequencies]);
    assert.deepEqual(decodePostings(encodePostings(new Int32Array(0), new Uint16Array(0))).passages.length, 0);
  });

  it('take a byte a posting for a common term that occurs once in each paragraph', () => {
    const passages = Int32Array.from({ length: 1000 }, (_, k) => 3 * k);
    const packed = encodePostings(passages, new Uint16Array(1000).fill(1));
    assert.ok(packed.length <= 1002, `${packed.length} bytes`);
  });
});

describe('kept postings', () => {
  const postingsOf = (count: number) => ({
    passages: Int32Array.from({ length: count }, (_, k) => k),
    frequencies: new Uint16Array(count).fill(1),
  });

  it('keep a long term’s postings, and not a term shorter than the shortest kept or longer than the limit', () => {
    const cache = new PostingsCache(PostingsCache.bytesOf(100), 10);
    cache.put('common', postingsOf(50));
    cache.put('rare', postingsOf(9));
    cache.put('huge', postingsOf(101));
    assert.equal(cache.get('common')?.passages.length, 50);
    assert.equal(cache.has('rare'), false);
    assert.equal(cache.has('huge'), false);
    assert.equal(cache.bytes, PostingsCache.bytesOf(50));
  });

  it('drop the least recently used to make room once they are idle, never passing the limit', () => {
    const cache = new PostingsCache(PostingsCache.bytesOf(100), 1);
    cache.put('first', postingsOf(40));
    cache.put('second', postingsOf(40));
    // Both still in use: a newcomer is not kept, and nothing is dropped for it.
    cache.put('third', postingsOf(40));
    assert.deepEqual(
      ['first', 'second', 'third'].filter((term) => cache.has(term)),
      ['first', 'second'],
    );
    // 'first' asked for all along, 'second' not since: once it is idle, it is the one that goes.
    for (let asking = 0; asking < cache.idleAfter; asking++) cache.get('first');
    cache.put('third', postingsOf(40));
    assert.deepEqual(
      ['first', 'second', 'third'].filter((term) => cache.has(term)),
      ['first', 'third'],
    );
    assert.ok(cache.bytes <= cache.limitBytes, `${cache.bytes} bytes`);
    assert.equal(cache.bytes, PostingsCache.bytesOf(80));
  });

  it('keep the terms in use when searches come back to more terms than fit, rather than drop each before its turn', () => {
    // Five terms asked for in turn, over and over, where three fit: least recently used alone
    // would drop each term just before it comes back, and find none kept.
    const cache = new PostingsCache(PostingsCache.bytesOf(100), 1);
    const terms = ['a', 'b', 'c', 'd', 'e'];
    let found = 0;
    for (let round = 0; round < 20; round++)
      for (const term of terms) {
        if (cache.get(term)) found++;
        else cache.put(term, postingsOf(30));
      }
    assert.deepEqual(
      terms.filter((term) => cache.has(term)),
      ['a', 'b', 'c'],
    );
    assert.equal(found, 19 * 3, 'after the first round, the three kept are found every time');
  });

  it('make room for a new subject once the old one’s terms fall idle', () => {
    const cache = new PostingsCache(PostingsCache.bytesOf(100), 1);
    for (const term of ['old-1', 'old-2', 'old-3']) cache.put(term, postingsOf(30));
    let kept = false;
    for (let asking = 0; asking <= 2 * cache.idleAfter && !kept; asking++) {
      if (!cache.get('new-1')) cache.put('new-1', postingsOf(30));
      if (!cache.get('new-2')) cache.put('new-2', postingsOf(30));
      kept = cache.has('new-1') && cache.has('new-2');
    }
    assert.ok(kept, 'the new terms are kept in the end');
    assert.equal(['old-1', 'old-2', 'old-3'].filter((term) => cache.has(term)).length, 1);
    assert.ok(cache.bytes <= cache.limitBytes);
  });
});

describe('the archive’s postings', { timeout: 60_000 }, () => {
  let store: PostgresCorpusStore;
  let generation: PostgresGeneration;

  before(async () => {
    store = new PostgresCorpusStore(await freshArchive());
    const host = openWorkspace({
      corpusFiles: new Map([
        ['mem/xinhua.txt', wireCopy('xinhua-2025-01-14-xi-to-lam-talks')],
        ['mem/vna.txt', wireCopy('vna-2025-01-14-to-lam-xi-talks')],
      ]),
      store,
      workers: 0,
    });
    assert.equal((await host.updateCorpus()).state, 'ready');
    host.dispose();
    const opened = await store.readGeneration();
    assert.ok(opened instanceof PostgresGeneration);
    generation = opened;
  });

  after(async () => {
    generation.close();
    await store.close();
  });

  it('cross the wire as base64 text, the server’s line breaks and all, and come back as they went in', async () => {
    const passages = Int32Array.from({ length: 5_000 }, (_, k) => 7 * k + (k % 3));
    const frequencies = Uint16Array.from({ length: 5_000 }, (_, k) => 1 + (k % 4));
    const { rows } = await store.pool.query<{ text: string }>(`SELECT encode($1::bytea, 'base64') AS text`, [
      encodePostings(passages, frequencies),
    ]);
    assert.ok(rows[0]!.text.includes('\n'), 'the server breaks long base64 text into lines');
    const read = postingsFromText(rows[0]!.text);
    assert.deepEqual([...read.passages], [...passages]);
    assert.deepEqual([...read.frequencies], [...frequencies]);
  });

  it('holds every term’s paragraphs as the index does, each with its frequency', async () => {
    const index = generation.index;
    const postings = await readTermPostings(store.pool, generation.id, index.terms);
    assert.equal(postings.size, index.terms.length, 'every term has its row');
    index.terms.forEach((term, id) => {
      const from = index.postingOffsets[id]!;
      const to = index.postingOffsets[id + 1]!;
      const read = postings.get(term)!;
      assert.deepEqual([...read.passages], [...index.postingPassages.subarray(from, to)], term);
      assert.deepEqual([...read.frequencies], [...index.postingFrequencies.subarray(from, to)], term);
    });
  });

  it('gives the BM25 the embedded index gives, to the last bit', async () => {
    const index = generation.index;
    const mentionIndex = buildMentionIndex(readKnowledgeBase());
    const whole = new PassageIndex(index, mentionIndex);
    const term = index.terms.findIndex((t) => t === 'railway');
    assert.ok(term >= 0, 'the wire copy says "railway"');
    const postings = (await readTermPostings(store.pool, generation.id, ['railway'])).get('railway')!;
    const df = postings.passages.length;
    const idf = LEXICAL_RANKING.idf(df, whole.passageCount);
    const norms = lengthNorms(index, generation.statistics.averageLength);
    // A one-word query's BM25 is that word's alone.
    const matches = whole.search('railway', { textOf: () => undefined, minScore: 0, limit: 100 });
    assert.ok(matches.length > 0);
    for (const match of matches) {
      const passage = index.passageStart.findIndex(
        (start, p) =>
          start === match.paragraphStart && index.articles.at(index.passageArticle[p]!).id === match.article.id,
      );
      const k = postings.passages.indexOf(passage);
      assert.ok(k >= 0, 'the match is in the postings');
      assert.equal(idf * impactOf(postings.frequencies[k]!, norms[passage]!), match.bm25);
    }
  });

  it('reads frequencies of the terms present, and postings only of those asked for and short enough', async () => {
    const index = generation.index;
    const df = (term: string) => {
      const id = index.terms.indexOf(term);
      return index.postingOffsets[id + 1]! - index.postingOffsets[id]!;
    };
    const read = await readTermFrequencies(store.pool, generation.id, ['railway', 'xi', 'zqxwv'], ['railway', 'xi'], 1);
    assert.deepEqual([...read.keys()].sort(), ['railway', 'xi'], 'a term the archive lacks is absent');
    assert.equal(read.get('railway')!.df, df('railway'));
    assert.equal(read.get('xi')!.df, df('xi'));
    for (const term of ['railway', 'xi'])
      assert.equal(read.get(term)!.postings !== undefined, df(term) <= 1, `${term}: postings only when at most 1`);
    const all = await readTermFrequencies(store.pool, generation.id, ['railway', 'xi'], ['railway'], 1_000);
    assert.equal(all.get('railway')!.postings?.passages.length, df('railway'));
    assert.equal(all.get('xi')!.postings, undefined, 'not asked for');
  });

  it('bounds each term by its largest impact: reached by one of its postings, passed by none', async () => {
    const index = generation.index;
    const norms = lengthNorms(index, generation.statistics.averageLength);
    assert.deepEqual(generation.norms, norms, 'the norms kept are those the index gives');
    const read = await readTermFrequencies(store.pool, generation.id, index.terms, [], 0);
    let belowMost = 0;
    index.terms.forEach((term, id) => {
      const impacts = Array.from({ length: index.postingOffsets[id + 1]! - index.postingOffsets[id]! }, (_, n) => {
        const k = index.postingOffsets[id]! + n;
        return impactOf(index.postingFrequencies[k]!, norms[index.postingPassages[k]!]!);
      });
      const largest = read.get(term)!.largestImpact;
      assert.equal(largest, Math.max(...impacts), term);
      if (largest < LEXICAL_RANKING.k1 + 1) belowMost++;
    });
    assert.equal(belowMost, index.terms.length, 'every bound is tighter than the idf-free maximum');
  });
});

describe('paragraph norms as the archive keeps them', () => {
  it('come back as they went in, to the last bit', () => {
    const norms = Float64Array.from([0.3, 1.2 / 7, Number.MIN_VALUE, 1e308, 0]);
    assert.deepEqual(decodeNorms(encodeNorms(norms)), norms);
    assert.equal(encodeNorms(norms).length, norms.length * 8);
  });
});

describe('largest impacts', () => {
  it('are each term’s largest posting impact, and 0 for a term without postings', () => {
    const norms = Float64Array.from([0.5, 2, 1]);
    const index = {
      terms: ['often', 'once', 'none'],
      postingOffsets: Int32Array.from([0, 3, 4, 4]),
      postingPassages: Int32Array.from([0, 1, 2, 1]),
      postingFrequencies: Uint16Array.from([1, 4, 2, 1]),
    } as unknown as PassageIndexData;
    const largest = largestImpacts(index, norms);
    assert.equal(largest[0], Math.max(impactOf(1, 0.5), impactOf(4, 2), impactOf(2, 1)));
    assert.equal(largest[1], impactOf(1, 2));
    assert.equal(largest[2], 0);
  });
});
