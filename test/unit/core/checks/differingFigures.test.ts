import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimDiffers } from '../../../../server/src/core/checks/claimDiffers.js';
import { unitsOf } from '../../../../server/src/core/checks/differingFigures.js';
import { fixOf, memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

/** The figures half of claim/differs is run through its rule; the knowledge base needs no entry for figures. */
const KB = memoryKnowledgeBase('');

const CORPUS = KB.corpus({
  'corpus/trade.md': `---
title: Bilateral trade grows
date: 2024-01-15
outlet: Xinhua
---

Bilateral trade between the two countries reached 52 billion yuan in 2023, and 1,800 people studied abroad.
`,
});

const figures = (text: string) => KB.findings([claimDiffers], text, { corpus: CORPUS });

describe('differing figures', () => {
  it('flags each figure of a unit the source gives otherwise, as written there', () => {
    const text = 'Bilateral trade between the two countries reached 95 billion yuan in 2023.';
    const [finding, ...rest] = figures(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding!.start, finding!.end), '95 billion');
    assert.equal(fixOf(finding), '52 billion');
    assert.equal(finding!.message, 'The source (Xinhua, 2024-01-15) gives 52 billion yuan here, not 95 billion.');
  });

  it('is quiet on the source’s figure, on a figure of a unit the source does not give, and on other statements', () => {
    assert.deepEqual(figures('Bilateral trade between the two countries reached 52 billion yuan in 2023.'), []);
    assert.deepEqual(
      figures(
        'Bilateral trade between the two countries reached 52 billion yuan in 2023, and 40 km of road were built.',
      ),
      [],
    );
    assert.deepEqual(figures('The new bridge will carry 30 million passengers a year across the Mekong.'), []);
  });
});

describe('unitsOf', () => {
  it('says a unit after a number as English does', () => {
    assert.deepEqual(['ton', 'document', 'yuan', 'person', 'percent', 'dollar'].map(unitsOf), [
      'tons',
      'documents',
      'yuan',
      'people',
      'percent',
      'dollars',
    ]);
  });
});
