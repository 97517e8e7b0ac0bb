import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignedSpan, quoteMismatch } from '../../../../server/src/core/checks/quoteMismatch.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const CHECKS = [quoteMismatch];

const KB = memoryKnowledgeBase(`
countries:
  - { id: china, name: China, adjective: Chinese }
people:
  - { id: xi-jinping, name: Xi Jinping, country: china, convention: surname-first }
`);

/** One published article with the words the drafts quote. */
const CORPUS = KB.corpus({
  'corpus/virtual-meeting.md': `---
title: Xi Jinping holds virtual meeting with Thongloun Sisoulith
date: 2021-12-03
outlet: Xinhua
---

Xi Jinping said this year marks the 60th anniversary of the establishment of China-Laos diplomatic relations and the Year of China-Laos Friendship.

Xi Jinping stressed that China and Laos are ruled by communist parties and are socialist in orientation, which is the essential characteristic of bilateral relations.
`,
});

describe('quote/mismatch', () => {
  it('flags a misquote, shows the difference and offers the source’s wording, with the passage as evidence', () => {
    const text =
      'Xi Jinping said that "this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties and the Year of China-Laos Friendship."';
    const [finding, ...rest] = KB.findings(CHECKS, text, { corpus: CORPUS });
    assert.equal(rest.length, 0);
    assert.match(finding!.message, /−“ties” \+“relations”/);
    assert.match(finding!.message, /Xinhua, 2021-12-03/);
    assert.match(fixOf(finding)!, /diplomatic relations and the Year/);
    assert.equal(finding!.evidence[0]!.path, 'corpus/virtual-meeting.md');
  });

  it('leaves an exact quotation, and one the corpus does not have, alone', () => {
    assert.deepEqual(
      KB.flagged(
        CHECKS,
        'Xi Jinping stressed that “China and Laos are ruled by communist parties and are socialist in orientation, which is the essential characteristic of bilateral relations.”',
        { corpus: CORPUS },
      ),
      [],
    );
    assert.deepEqual(
      KB.flagged(CHECKS, 'He said "we will build a bridge to the moon together with our friends."', { corpus: CORPUS }),
      [],
    );
  });

  it('checks nothing without a corpus', () => {
    assert.deepEqual(
      KB.flagged(
        CHECKS,
        'Xi Jinping said that "this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties."',
      ),
      [],
    );
  });
});

describe('aligned span', () => {
  it('finds the part of the source a quotation reproduces', () => {
    const source = 'He said: the two sides should deepen political mutual trust, and then he left.';
    const span = alignedSpan('the two sides should deepen mutual trust', source)!;
    assert.equal(source.slice(span.start, span.end), 'the two sides should deepen political mutual trust');
  });

  it('finds nothing in a source that shares no wording', () => {
    assert.equal(
      alignedSpan('the two sides should deepen mutual trust', 'Rain fell over Vientiane all week.'),
      undefined,
    );
  });
});
