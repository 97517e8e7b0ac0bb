import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { alignmentScore } from '../../../../server/src/core/passages/alignment.js';
import { buildPassageIndex, PassageIndex } from '../../../../server/src/core/passages/passageIndex.js';
import { passageTerms } from '../../../../server/src/core/passages/terms.js';
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
