import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyzeDocument } from '../../../../server/src/core/analyze.js';
import { alignedSpan, type CorpusEvidence } from '../../../../server/src/core/checks/quoteMismatch.js';
import { bundled, sampleCorpusEvidence } from '../../../support/bundled.js';

describe('quote/mismatch against the sample corpus', () => {
  let corpus: CorpusEvidence;
  const quoteFindings = (text: string) => {
    const { kb, index } = bundled();
    return analyzeDocument(text, kb, index, { today: '2021-12-05', corpus }).findings.filter((f) => f.code === 'quote/mismatch');
  };

  before(async () => {
    corpus = await sampleCorpusEvidence();
  });

  it('flags a misquote, shows the difference and offers the source wording', () => {
    const text = 'Xi Jinping said that "this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties and the Year of China-Laos Friendship."';
    const [finding] = quoteFindings(text);
    assert.ok(finding);
    assert.match(finding.message, /−“ties” \+“relations”/);
    assert.match(finding.fixes[0]!.edits[0]!.newText, /diplomatic relations and the Year/);
    assert.match(finding.evidence[0]!.path, /001_/);
  });

  it('leaves an exact quotation, and one the corpus does not have, alone', () => {
    assert.deepEqual(quoteFindings('Xi Jinping stressed that “China and Laos are ruled by communist parties and are socialist in orientation, which is the essential characteristic of bilateral relations.”'), []);
    assert.deepEqual(quoteFindings('He said "we will build a bridge to the moon together with our friends."'), []);
  });

  it('checks nothing without a corpus', () => {
    const { kb, index } = bundled();
    const text = 'Xi Jinping said that "this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties."';
    assert.deepEqual(analyzeDocument(text, kb, index, { today: '2021-12-05' }).findings.filter((f) => f.code === 'quote/mismatch'), []);
  });
});

describe('aligned span', () => {
  it('finds the part of the source a quotation reproduces', () => {
    const source = 'He said: the two sides should deepen political mutual trust, and then he left.';
    const span = alignedSpan('the two sides should deepen mutual trust', source)!;
    assert.equal(source.slice(span.start, span.end), 'the two sides should deepen political mutual trust');
  });
});
