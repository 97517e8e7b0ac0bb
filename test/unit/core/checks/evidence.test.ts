import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  entryEvidence,
  passageEvidence,
  replaceWith,
  shiftFinding,
} from '../../../../server/src/core/checks/evidence.js';
import { memoryKnowledgeBase } from '../../../support/memoryKnowledgeBase.js';

const { kb } = memoryKnowledgeBase(`
countries:
  - { id: laos, name: Laos, adjective: Lao }
`);

describe('evidence', () => {
  it('labels a knowledge-base entry with what it shows, the source it records, and where it is', () => {
    const laos = kb.entities.get('laos')!;
    assert.deepEqual(entryEvidence(laos, 'Laos: the adjective is Lao'), {
      message: 'Laos: the adjective is Lao (knowledge base)',
      path: 'test-1.yaml',
      line: 3,
    });
    assert.equal(
      entryEvidence(laos, 'Laos: a country', 'Gazette 2021').message,
      'Laos: a country (knowledge base; Gazette 2021)',
    );
  });

  it('labels a corpus passage with who published it and when, then its words', () => {
    assert.deepEqual(passageEvidence('Xinhua, 2021-12-03', '  the words \n', 'a.md', 4, 17), {
      message: 'Xinhua, 2021-12-03: “the words”',
      path: 'a.md',
      start: 4,
      end: 17,
    });
  });

  it('makes a replacement fix, titled by default with the new text', () => {
    assert.deepEqual(replaceWith(2, 5, 'Lao'), {
      title: 'Replace with "Lao"',
      edits: [{ start: 2, end: 5, newText: 'Lao' }],
    });
    assert.equal(replaceWith(2, 5, 'Lao', 'Use the adjective').title, 'Use the adjective');
  });

  it('moves a finding, its fixes and the range it repeats by an offset', () => {
    const moved = shiftFinding(
      {
        start: 1,
        end: 3,
        message: 'm.',
        fixes: [replaceWith(1, 3, 'x')],
        evidence: [],
        repeatOf: { start: 0, end: 1 },
      },
      10,
    );
    assert.deepEqual(
      [moved.start, moved.end, moved.fixes[0]!.edits[0]!.start, moved.fixes[0]!.edits[0]!.end, moved.repeatOf],
      [11, 13, 11, 13, { start: 10, end: 11 }],
    );
    assert.equal('repeatOf' in shiftFinding({ start: 1, end: 3, message: 'm.', fixes: [], evidence: [] }, 10), false);
  });
});
