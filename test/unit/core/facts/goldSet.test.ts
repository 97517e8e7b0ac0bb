/**
 * The facts read from the sample corpus and from the holdout texts, scored against the gold
 * sets written by hand (`test/fixtures/facts-gold/`). The figures are printed; the floors
 * below are what the extraction reaches, so that a change making it worse fails here.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../../../../server/src/corpus/readCorpus.js';
import type { Corpus } from '../../../../server/src/corpus/types.js';
import { extractFacts } from '../../../../server/src/core/facts/extractFacts.js';
import { bundled } from '../../../support/bundled.js';
import { checkQuotes, formatScore, readGold, scoreFacts, type GoldScore, type GoldSet } from '../../../support/factsGold.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const GOLD = `${ROOT}test/fixtures/facts-gold/`;

interface Scored {
  gold: GoldSet;
  corpus: Corpus;
  score: GoldScore;
}

async function scored(goldPath: string, corpusDir: string): Promise<Scored> {
  const gold = readGold(goldPath);
  const corpus = await readCorpus([corpusDir]);
  const facts = extractFacts(corpus, bundled().index);
  return { gold, corpus, score: scoreFacts(gold, facts, bundled().kb) };
}

let sample: Scored;
let holdout: Scored;

before(async () => {
  sample = await scored(`${GOLD}sample-corpus.yaml`, `${ROOT}samples/corpus/`);
  holdout = await scored(`${GOLD}holdout/gold.yaml`, `${GOLD}holdout/corpus/`);
  console.log(formatScore('sample corpus', sample.score));
  for (const problem of sample.score.problems) console.log(`    ${problem}`);
  console.log(formatScore('holdout', holdout.score));
  for (const problem of holdout.score.problems) console.log(`    ${problem}`);
});

describe('the gold sets', () => {
  it('quote only what their articles say', () => {
    assert.deepEqual(checkQuotes(sample.gold, sample.corpus), []);
    assert.deepEqual(checkQuotes(holdout.gold, holdout.corpus), []);
  });

  it('list at least fifteen people', () => {
    assert.ok(new Set(sample.gold.events.flatMap((e) => e.participants)).size >= 15);
  });
});
