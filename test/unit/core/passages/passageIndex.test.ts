import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { findMentions } from '../../../../server/src/core/mentions/findMentions.js';
import { alignmentOfTerms, alignmentScore } from '../../../../server/src/core/passages/alignment.js';
import {
  buildPassageIndex,
  kthLargest,
  kthLargestInPlace,
  PassageIndex,
} from '../../../../server/src/core/passages/passageIndex.js';
import { entityTerm, passageTerms } from '../../../../server/src/core/passages/terms.js';
import { ingestFiles, readCorpus } from '../../../../server/src/corpus/readCorpus.js';
import type { PassageIndexData } from '../../../../server/src/core/passages/passageIndex.js';
import { bundled } from '../../../support/bundled.js';

const SAMPLE = fileURLToPath(new URL('../../../../../samples/corpus/', import.meta.url));
const textOf = (path: string, start: number, end: number) => readFileSync(path, 'utf8').slice(start, end);

describe('passage index on the sample corpus', () => {
  let index: PassageIndex;
  before(async () => {
    index = new PassageIndex(buildPassageIndex(await readCorpus([SAMPLE]), bundled().index), bundled().index);
  });

  it('finds the readout first for a sentence paraphrased from it', () => {
    const [first] = index.search('Xi Jinping and Thongloun Sisoulith held a video meeting on 3 December 2021', {
      textOf,
    });
    assert.match(first!.article.path, /001_/);
    assert.match(textOf(first!.article.path, first!.start, first!.end), /virtual meeting/);
  });

  it('finds the phone call for a paraphrase of it', () => {
    const [first] = index.search('Thongloun called Xi on January 21, 2021 and Xi congratulated him on his election', {
      textOf,
    });
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
    const [first] = index.search(
      'Li Qiang and Pham Minh Chinh agreed to accelerate the standard-gauge railway from Lao Cai to Hai Phong',
      {
        textOf: (path, start, end) => texts.get(path)!.slice(start, end),
      },
    );
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
    const article = data.articles.at(data.passageArticle[passage]!);
    if (article.language !== 'en') continue;
    const text = textOf(article.path, data.passageStart[passage]!, data.passageEnd[passage]!);
    const sentence = text.split(/(?<=\.)\s+/)[0]!;
    queries.push(
      sentence
        .split(' ')
        .filter((_, i) => i % 3 !== 2)
        .join(' '),
    );
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
    let checked = 0;
    for (const query of queries) {
      const bm25 = plainBm25(index, query);
      for (const match of index.search(query, { textOf, limit: 1000, minScore: 0 })) {
        const passage = [...index.data.passageStart.keys()].find(
          (p) =>
            index.data.passageStart[p] === match.paragraphStart &&
            index.data.articles.at(index.data.passageArticle[p]!).path === match.article.path,
        )!;
        assert.ok(
          Math.abs(bm25(passage) - match.bm25) < 1e-9 * match.bm25,
          `${query}: ${bm25(passage)} against ${match.bm25}`,
        );
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
        assert.equal(
          alignmentOfTerms(Int32Array.from(query), Int32Array.from(passage), from, passage.length),
          alignmentScore(words(query), words(passage.slice(from))),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

/** BM25 of a query's words and entities in a paragraph, computed plainly from the postings. */
function plainBm25(index: PassageIndex, query: string): (passage: number) => number {
  const { data } = index;
  const average = { en: 0, zh: 0 };
  const count = { en: 0, zh: 0 };
  data.passageLength.forEach((length, passage) => {
    const language = data.articles.at(data.passageArticle[passage]!).language;
    average[language] += length;
    count[language]++;
  });
  average.en /= Math.max(1, count.en);
  average.zh /= Math.max(1, count.zh);
  const terms = queryTermIds(index, query);
  return (passage) => {
    let sum = 0;
    const language = data.articles.at(data.passageArticle[passage]!).language;
    for (const term of terms) {
      let tf = 0;
      for (let k = data.postingOffsets[term]!; k < data.postingOffsets[term + 1]!; k++)
        if (data.postingPassages[k] === passage) tf = data.postingFrequencies[k]!;
      const df = documentFrequency(data, term);
      const idf = Math.log(1 + (index.passageCount - df + 0.5) / (df + 0.5));
      if (tf > 0)
        sum += (idf * (tf * 2.2)) / (tf + 1.2 * (0.25 + (0.75 * data.passageLength[passage]!) / average[language]));
    }
    return sum;
  };
}

function queryTermIds(index: PassageIndex, query: string): number[] {
  return [
    ...new Set([
      ...passageTerms(query),
      ...findMentions(query, bundled().index).flatMap((m) => (m.known ? [entityTerm(m.known.id)] : [])),
    ]),
  ]
    .map((term) => index.termId(term))
    .filter((id): id is number => id !== undefined);
}

function documentFrequency(data: PassageIndexData, term: number): number {
  return data.postingOffsets[term + 1]! - data.postingOffsets[term]!;
}

/**
 * A corpus of some thousand paragraphs: the sample corpus's English paragraphs written again
 * with other figures, as wire copy repeats itself, so that a query's rarest words reach many
 * paragraphs and its common words most of them.
 */
function repeatedCorpus(): { files: { path: string; text: string }[]; texts: Map<string, string> } {
  const paragraphs = readdirSync(SAMPLE)
    .flatMap((name) => readFileSync(join(SAMPLE, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 120 && paragraph.length < 1500 && !/[\u3400-\u9fff]/.test(paragraph));
  const files: { path: string; text: string }[] = [];
  let n = 0;
  for (let f = 0; f < 40; f++) {
    const body: string[] = [];
    for (let p = 0; p < 25; p++)
      body.push(
        paragraphs[(n++ * 7) % paragraphs.length]!.replace(/\b\d{2,}\b/g, (figure) =>
          String(Number(figure) + ((n * 13) % 97)),
        ),
      );
    files.push({ path: `repeated/${f}.txt`, text: `Report ${f}\n\n${body.join('\n\n')}\n` });
  }
  return { files, texts: new Map(files.map((file) => [file.path, file.text])) };
}

describe('passage search candidates on a corpus that repeats itself', () => {
  it('are the best paragraphs by BM25 among those holding a generating term, though those that cannot rank are dropped early', () => {
    const { files, texts } = repeatedCorpus();
    const index = new PassageIndex(buildPassageIndex(ingestFiles(files), bundled().index), bundled().index);
    const ownText = (path: string, start: number, end: number) => texts.get(path)?.slice(start, end);
    const { data } = index;
    let crowded = 0;
    for (let passage = 0; passage < index.passageCount; passage += 37) {
      const article = data.articles.at(data.passageArticle[passage]!);
      const sentence = ownText(article.path, data.passageStart[passage]!, data.passageEnd[passage]!)!.split(
        /(?<=\.)\s+/,
      )[0]!;
      const query = sentence
        .split(' ')
        .filter((_, i) => i % 3 !== 2)
        .join(' ');
      // The generating terms as the index picks them: the rarest, the first two always, then
      // up to eight while their postings stay within 10,000 and each is in at most 5 % of the
      // paragraphs.
      const terms = queryTermIds(index, query).map((id) => ({ id, df: documentFrequency(data, id) }));
      const generators: number[] = [];
      let postings = 0;
      for (const term of [...terms].sort((a, b) => a.df - b.df)) {
        if (
          generators.length >= 8 ||
          (generators.length >= 2 && (postings + term.df > 10_000 || term.df > index.passageCount * 0.05))
        )
          break;
        generators.push(term.id);
        postings += term.df;
      }
      const reached = new Set<number>();
      for (const term of generators)
        for (let k = data.postingOffsets[term]!; k < data.postingOffsets[term + 1]!; k++)
          reached.add(data.postingPassages[k]!);
      if (reached.size > 70 && terms.some((term) => !generators.includes(term.id) && term.df > reached.size)) crowded++;
      const bm25 = plainBm25(index, query);
      const expected = [...reached]
        .map(bm25)
        .sort((a, b) => b - a)
        .slice(0, 70);
      const found = index
        .search(query, { textOf: ownText, limit: 1000, minScore: 0 })
        .map((match) => match.bm25)
        .sort((a, b) => b - a);
      assert.equal(found.length, expected.length, query);
      found.forEach((value, i) =>
        assert.ok(Math.abs(value - expected[i]!) < 1e-9 * value, `${query}: ${i}: ${value} against ${expected[i]}`),
      );
    }
    assert.ok(crowded > 5, `${crowded} queries with more than 70 candidates and a word more common than they are`);
  });
});

describe('the k-th largest score', () => {
  it('is the k-th of the scores sorted from the largest, ties and repeats included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (values, pick) => {
          const k = 1 + (pick % values.length);
          const expected = [...values].sort((a, b) => b - a)[k - 1];
          assert.equal(kthLargestInPlace(Float64Array.from(values), values.length, k), expected);
          // Through an order of indices, as the index picks its candidates' scores.
          const order = Int32Array.from(values, (_, i) => values.length - 1 - i);
          assert.equal(
            kthLargest(Float64Array.from(values), order, values.length, k, new Float64Array(values.length)),
            expected,
          );
        },
      ),
    );
  });
});
