import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import { alignmentOfTerms, alignmentScore } from '../../../../server/src/core/passages/alignment.js';
import { buildPassageIndex, PassageIndex } from '../../../../server/src/core/passages/passageIndex.js';
import { entityTerm, passageTerms } from '../../../../server/src/core/passages/terms.js';
import { ingestFiles, readCorpus } from '../../../../server/src/corpus/readCorpus.js';
import { bundled } from '../../../support/bundled.js';

const SAMPLE = fileURLToPath(new URL('../../../../../samples/corpus/', import.meta.url));
const textOf = (path: string, start: number, end: number) => readFileSync(path, 'utf8').slice(start, end);

describe('passage index on the sample corpus', () => {
  let index: PassageIndex;
  before(async () => {
    index = new PassageIndex(buildPassageIndex(await readCorpus([SAMPLE]), bundled().index), bundled().index);
  });

  it('finds the readout first for a sentence paraphrased from it', () => {
    const [first] = index.search('Xi Jinping and Thongloun Sisoulith held a video meeting on 3 December 2021', { textOf });
    assert.match(first!.article.path, /001_/);
    assert.match(textOf(first!.article.path, first!.start, first!.end), /virtual meeting/);
  });

  it('finds the phone call for a paraphrase of it', () => {
    const [first] = index.search('Thongloun called Xi on January 21, 2021 and Xi congratulated him on his election', { textOf });
    assert.match(first!.article.path, /002_/);
  });

  it('finds the Chinese report of an event for an English sentence about it', () => {
    const hits = index.search('Wang Huning met Thongloun in Vientiane', { textOf, limit: 3 });
    assert.equal(hits[0]!.article.language, 'zh');
    assert.match(hits[0]!.article.path, /003_/);
  });

  it('reports the best sentence inside the paragraph, with exact offsets', () => {
    for (const hit of index.search('the China-Laos Railway', { textOf, limit: 5 })) {
      assert.ok(hit.start >= hit.paragraphStart && hit.end <= hit.paragraphEnd);
      assert.ok(textOf(hit.article.path, hit.start, hit.end).length > 0);
    }
  });

  it('returns nothing for text with no indexed words', () => {
    assert.deepEqual(index.search('the of and', { textOf }), []);
    assert.deepEqual(index.search('zqxwv plorbt', { textOf }), []);
  });
});

describe('passage matching on texts written for the test', () => {
  it('ranks the same statement over one that shares only names', () => {
    const corpus = ingestFiles([
      {
        path: 'a.txt',
        text: 'Leaders meet in Hanoi\n\nHANOI, March 3 (VNA) – Prime Minister Pham Minh Chinh met Chinese Premier Li Qiang in Hanoi on Monday, and the two sides agreed to speed up the standard-gauge railway linking Lao Cai, Hanoi and Hai Phong.\n\nThe two leaders also discussed trade in agricultural products.\n',
      },
      {
        path: 'b.txt',
        text: 'Premier visits factory\n\nBEIJING, March 10 (Xinhua) -- Premier Li Qiang visited a car factory in Beijing on Tuesday, where he said innovation would drive growth, and he later met business leaders and Pham Minh Chinh sent a letter.\n\nThe premier called for more investment.\n',
      },
    ]);
    const texts = new Map([
      ['a.txt', readFileSyncSafe(corpus, 'a.txt')],
      ['b.txt', readFileSyncSafe(corpus, 'b.txt')],
    ]);
    const index = new PassageIndex(buildPassageIndex(corpus, bundled().index), bundled().index);
    const [first] = index.search('Li Qiang and Pham Minh Chinh agreed to accelerate the standard-gauge railway from Lao Cai to Hai Phong', {
      textOf: (path, start, end) => texts.get(path)!.slice(start, end),
    });
    assert.equal(first!.article.path, 'a.txt');
  });
});

/** The original text of an ingested test file, rebuilt from its passages' offsets. */
function readFileSyncSafe(corpus: ReturnType<typeof ingestFiles>, path: string): string {
  const article = corpus.articles.find((a) => a.path === path)!;
  let text = '';
  for (const passage of article.passages) {
    if (text.length < passage.start) text += ' '.repeat(passage.start - text.length);
    text = text.slice(0, passage.start) + passage.text + text.slice(passage.end);
  }
  return text;
}

describe('terms and alignment', () => {
  it('splits Chinese into character pairs and drops English stopwords', () => {
    assert.deepEqual(passageTerms('王沪宁会见'), ['王沪', '沪宁', '宁会', '会见']);
    assert.deepEqual(passageTerms('The Premier of China'), ['premier', 'china']);
  });

  it('rewards the same words in the same order', () => {
    const query = passageTerms('the two sides signed the action plan in Beijing');
    assert.equal(alignmentScore(query, query), 1);
    assert.ok(alignmentScore(query, passageTerms('in Beijing the two sides signed an action plan')) < 1);
    assert.equal(alignmentScore(query, passageTerms('weather was mild')), 0);
  });
});

/** Sentences of the sample corpus with every third word left out: queries with many candidates each. */
function sampleQueries(index: PassageIndex): string[] {
  const queries: string[] = [];
  const { data } = index;
  for (let passage = 0; passage < index.passageCount; passage += 7) {
    const article = data.articles[data.passageArticle[passage]!]!;
    if (article.language !== 'en') continue;
    const text = textOf(article.path, data.passageStart[passage]!, data.passageEnd[passage]!);
    const sentence = text.split(/(?<=\.)\s+/)[0]!;
    queries.push(sentence.split(' ').filter((_, i) => i % 3 !== 2).join(' '));
  }
  return queries;
}

describe('passage search against plain computations', () => {
  let index: PassageIndex;
  let queries: string[];
  before(async () => {
    index = new PassageIndex(buildPassageIndex(await readCorpus([SAMPLE]), bundled().index), bundled().index);
    queries = sampleQueries(index);
  });

  it('returns the best of every candidate reranked, though it reads only those that can rank', () => {
    let pruned = 0;
    for (const query of queries) {
      const all = index.search(query, { textOf, limit: 1000, minScore: 0 });
      const best = index.search(query, { textOf, limit: 10, minScore: 0 });
      assert.deepEqual(best, all.slice(0, 10), query);
      if (all.length > 10) pruned++;
    }
    assert.ok(pruned > 10, `${pruned} queries with more than ten candidates`);
  });

  it('scores each result with BM25 over all the query terms', () => {
    const { data } = index;
    const n = index.passageCount;
    const average = { en: 0, zh: 0 };
    const count = { en: 0, zh: 0 };
    data.passageLength.forEach((length, passage) => {
      const language = data.articles[data.passageArticle[passage]!]!.language;
      average[language] += length;
      count[language]++;
    });
    average.en /= count.en;
    average.zh /= count.zh;
    const frequency = (term: number, passage: number) => {
      for (let k = data.postingOffsets[term]!; k < data.postingOffsets[term + 1]!; k++) if (data.postingPassages[k] === passage) return data.postingFrequencies[k]!;
      return 0;
    };
    let checked = 0;
    for (const query of queries) {
      const terms = [...new Set([...passageTerms(query), ...findMentions(query, bundled().index).flatMap((m) => (m.known ? [entityTerm(m.known.id)] : []))])]
        .map((term) => index.termId(term))
        .filter((id): id is number => id !== undefined);
      for (const match of index.search(query, { textOf, limit: 1000, minScore: 0 })) {
        const passage = [...data.passageStart.keys()].find((p) => data.passageStart[p] === match.paragraphStart && data.articles[data.passageArticle[p]!]!.path === match.article.path)!;
        let bm25 = 0;
        for (const term of terms) {
          const tf = frequency(term, passage);
          const df = data.postingOffsets[term + 1]! - data.postingOffsets[term]!;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          const lengthRatio = data.passageLength[passage]! / average[match.article.language];
          if (tf > 0) bm25 += (idf * (tf * 2.2)) / (tf + 1.2 * (0.25 + 0.75 * lengthRatio));
        }
        assert.ok(Math.abs(bm25 - match.bm25) < 1e-9 * bm25, `${query}: ${bm25} against ${match.bm25}`);
        checked++;
      }
    }
    assert.ok(checked > 100);
  });

  it('aligns term numbers as it aligns words', () => {
    const sequence = fc.array(fc.integer({ min: -2, max: 6 }), { maxLength: 30 });
    fc.assert(
      fc.property(sequence, sequence, fc.nat(5), (query, passage, cut) => {
        const from = Math.min(cut, passage.length);
        const words = (numbers: number[]) => numbers.map(String);
        assert.equal(alignmentOfTerms(Int32Array.from(query), Int32Array.from(passage), from, passage.length), alignmentScore(words(query), words(passage.slice(from))));
      }),
      { numRuns: 2000 },
    );
  });
});
