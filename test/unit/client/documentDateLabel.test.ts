/** The document-date status bar item's words for each place a date can come from. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { documentDateLabel } from '../../../client/src/documentDateLabel.js';

describe('documentDateLabel', () => {
  it('names the date and, briefly, where it was found', () => {
    assert.deepEqual(documentDateLabel({ date: '2024-06-12', source: 'front-matter' }), {
      text: 'Attaché · judged at 2024-06-12 (front matter)',
      tooltip: 'Titles in this document are judged at 2024-06-12, from the `date:` of the front matter.',
    });
  });

  it('gives each source its own short name and explanation', () => {
    const labels = (['front-matter', 'dateline', 'configured', 'today'] as const).map((source) =>
      documentDateLabel({ date: '2024-06-12', source }),
    );
    assert.deepEqual(
      labels.map((label) => /\((.*)\)$/.exec(label.text)?.[1]),
      ['front matter', 'dateline', 'setting', 'today'],
    );
    assert.equal(new Set(labels.map((label) => label.tooltip)).size, 4);
    assert.match(labels[3]!.tooltip, /`attache\.documentDate` is empty/);
  });
});
