import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rememberFor } from '../../../../server/src/core/checks/evidenceCache.js';
import type { CorpusEvidence } from '../../../../server/src/core/checks/quoteMismatch.js';

const corpus = (): CorpusEvidence => ({ passages: { search: () => [] }, textOf: () => undefined });

describe('evidence cache', () => {
  it('computes a piece once per corpus snapshot, and again for another snapshot or another piece', () => {
    const first = corpus();
    let computed = 0;
    const compute = () => ++computed;
    assert.equal(rememberFor(first, 'sentence', compute), 1);
    assert.equal(rememberFor(first, 'sentence', compute), 1);
    assert.equal(rememberFor(first, 'another sentence', compute), 2);
    assert.equal(rememberFor(corpus(), 'sentence', compute), 3);
  });

  it('remembers an undefined conclusion too', () => {
    const snapshot = corpus();
    let computed = 0;
    rememberFor(snapshot, 'quote', () => void computed++);
    rememberFor(snapshot, 'quote', () => void computed++);
    assert.equal(computed, 1);
  });
});
