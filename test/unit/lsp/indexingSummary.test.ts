/** The one line the output gets when a corpus update finishes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indexingSummary } from '../../../server/src/lsp/indexingSummary.js';

const status = { state: 'ready' as const, files: 3, articles: 1, skipped: 0, duplicates: 0 };

describe('indexingSummary', () => {
  it('counts files, articles and problems, with the files read again and seconds to a tenth', () => {
    assert.equal(
      indexingSummary(status, 2, 1, 1234),
      'corpus indexed: 3 files (2 read again), 1 article, 1 problem, in 1.2 s',
    );
  });

  it('says when no file changed, and rounds long runs to whole seconds', () => {
    assert.equal(
      indexingSummary({ ...status, files: 1, articles: 0 }, 0, 0, 12_600),
      'corpus indexed: 1 file (none changed), 0 articles, 0 problems, in 13 s',
    );
  });
});
