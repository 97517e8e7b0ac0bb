import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { analyzeDocument } from '../../../../server/src/core/analyze.js';
import type { CorpusEvidence } from '../../../../server/src/core/checks/quoteMismatch.js';
import { bundled, sampleCorpusEvidence } from '../../../support/bundled.js';

describe('claim/differs against the sample corpus', () => {
  let corpus: CorpusEvidence;
  const claims = (text: string) => {
    const { kb, index } = bundled();
    return analyzeDocument(text, kb, index, { today: '2026-11-25', corpus }).findings.filter((f) => f.code === 'claim/differs');
  };

  before(async () => {
    corpus = await sampleCorpusEvidence();
  });

  it('flags a date that differs from the sources for the same event, counting them', () => {
    const text = '---\ndate: 2023-10-25\n---\n\nOn October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.\n';
    const [finding] = claims(text);
    assert.ok(finding);
    assert.equal(text.slice(finding.start, finding.end), 'October 21, 2023');
    assert.equal(finding.fixes[0]!.edits[0]!.newText, 'October 20, 2023');
    assert.match(finding.message, /2 independent sources/);
    assert.equal(finding.evidence.length, 2);
    const [virtual] = claims('---\ndate: 2021-12-06\n---\n\nOn December 4, 2021, Xi Jinping held a virtual meeting with Thongloun Sisoulith.\n');
    assert.equal(virtual!.fixes[0]!.edits[0]!.newText, 'December 3, 2021');
  });

  it('is quiet when the date agrees, or when the corpus has no such event', () => {
    assert.deepEqual(claims('---\ndate: 2021-12-06\n---\n\nOn December 3, 2021, Xi Jinping held a virtual meeting with Thongloun Sisoulith.\n'), []);
    assert.deepEqual(claims('---\ndate: 2019-05-02\n---\n\nOn April 30, 2019, Xi Jinping met with Bounnhang Vorachit in Beijing.\n'), []);
  });

  it('reads the same paragraph against another corpus afresh: only its events are kept, not what a corpus said of them', () => {
    const { kb, index } = bundled();
    const text = '---\ndate: 2023-10-25\n---\n\nOn October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.\n';
    const against = (evidence: CorpusEvidence) => analyzeDocument(text, kb, index, { today: '2026-11-25', corpus: evidence }).findings.filter((f) => f.code === 'claim/differs');
    const silentCorpus: CorpusEvidence = { ...corpus, facts: { ...corpus.facts!, eventsByEntity: new Map(), eventsBetween: () => [] } };
    assert.equal(against(corpus).length, 1);
    assert.deepEqual(against(silentCorpus), [], 'a corpus without the event says nothing');
    assert.equal(against(corpus).length, 1, 'and the first corpus still flags it');
  });
});

describe('claim/differs for figures', () => {
  let corpus: CorpusEvidence;
  before(async () => {
    corpus = await sampleCorpusEvidence();
  });
  const claims = (text: string) => {
    const { kb, index } = bundled();
    return analyzeDocument(text, kb, index, { today: '2026-11-25', corpus }).findings.filter((f) => f.code === 'claim/differs');
  };

  it('flags a figure that differs from the source statement, offering the source figure', () => {
    const text = 'By November 2022, the China-Laos Railway had carried 20 million tons of freight, China Railway said.';
    const [finding] = claims(text);
    assert.ok(finding);
    assert.equal(text.slice(finding.start, finding.end), '20 million');
    assert.equal(finding.fixes[0]!.edits[0]!.newText, '10 million');
    assert.match(finding.evidence[0]!.path, /samples\/corpus\//);
  });

  it('is quiet when the figure agrees or the corpus says nothing like it', () => {
    assert.deepEqual(claims('By November 2022, the freight transported by the China-Laos Railway had exceeded 10 million tons.'), []);
    assert.deepEqual(claims('The new bridge will carry 30 million passengers a year across the Mekong.'), []);
  });
});
