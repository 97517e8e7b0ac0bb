import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareAnalysis } from '../../../server/src/core/analyze.js';
import type { AnalyzedDocument, CheckContext, DocumentCheck } from '../../../server/src/core/checks/check.js';
import { memoryKnowledgeBase, TEST_DATE } from '../../support/memoryKnowledgeBase.js';

const KB = memoryKnowledgeBase(`
countries:
  - { id: laos, name: Laos, adjective: Lao }
people:
  - { id: thongloun-sisoulith, name: Thongloun Sisoulith, country: laos, convention: given-name }
`);

/** A check that only records what its preparation was given (and throws when told to). */
function recordingCheck(
  id: string,
  seen: { document: AnalyzedDocument; context: CheckContext }[],
  fails = false,
): DocumentCheck {
  return {
    id,
    defaultSeverity: 'warning',
    description: 'records its preparation',
    documentation: '',
    examples: { flags: [], passes: [] },
    run: () => [],
    prepare(document, context) {
      seen.push({ document, context });
      if (fails) throw new Error('cannot prepare');
    },
  };
}

describe('reading a document ahead of its analysis', () => {
  const text = '---\ndate: 2024-05-17\n---\r\n\r\nThongloun Sisoulith arrived in Beijing.\r\n';

  it("gives each enabled check's preparation the document model, in line feeds, and a context without a corpus", () => {
    const seen: { document: AnalyzedDocument; context: CheckContext }[] = [];
    prepareAnalysis(text, KB.kb, KB.index, { today: TEST_DATE, checks: [recordingCheck('test/records', seen)] });
    assert.equal(seen.length, 1);
    const [{ document, context }] = seen as [(typeof seen)[0]];
    assert.equal(document.date.date, '2024-05-17');
    assert.deepEqual(
      document.mentions.map((m) => m.entity.id),
      ['thongloun-sisoulith'],
    );
    assert.ok(!document.text.includes('\r'), 'the text the checks read has LF line endings, as in the analysis');
    assert.equal(context.corpus, undefined);
    assert.equal(context.kb, KB.kb);
  });

  it('leaves out a check that is off, and goes on past one whose preparation throws', () => {
    const seen: { document: AnalyzedDocument; context: CheckContext }[] = [];
    const off = recordingCheck('test/off', seen);
    const failing = recordingCheck('test/fails', seen, true);
    const after = recordingCheck('test/after', seen);
    prepareAnalysis(text, KB.kb, KB.index, {
      today: TEST_DATE,
      checks: [off, failing, after],
      severities: { 'test/off': 'off' },
    });
    assert.equal(seen.length, 2, 'the failing check and the one after it, not the one that is off');
  });

  it('stops when its signal is aborted', () => {
    const seen: { document: AnalyzedDocument; context: CheckContext }[] = [];
    const controller = new AbortController();
    controller.abort();
    assert.throws(
      () =>
        prepareAnalysis(text, KB.kb, KB.index, {
          today: TEST_DATE,
          checks: [recordingCheck('test/records', seen)],
          signal: controller.signal,
        }),
      { name: 'AbortError' },
    );
    assert.equal(seen.length, 0);
  });
});
