/**
 * Inputs of several megabytes. The cases that would take minutes if some work grew with the
 * square of the input run in a worker thread (see `largeInputCases.ts`), so that the timeout
 * stops them and fails the test; the others run here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { analyzeDocument } from '../../server/src/core/analyze.js';
import { bundled, sampleCorpusEvidence } from '../support/bundled.js';
import { MB, repeated, SAMPLES, type LargeInputCase } from './largeInputCases.js';

/** Seconds for linear work on a loaded machine; quadratic work at these sizes takes minutes. */
const TIMEOUT = 60_000;

/** Runs a case in a worker thread, ended when the test times out. */
function inWorker(name: LargeInputCase) {
  return [
    name,
    { timeout: TIMEOUT },
    async (t: { signal: AbortSignal }) => {
      const worker = new Worker(new URL('./largeInputCases.js', import.meta.url), {
        workerData: { largeInputCase: name },
      });
      t.signal.addEventListener('abort', () => void worker.terminate());
      try {
        const outcome = await new Promise<{ passed: boolean; message?: string }>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        });
        assert.ok(outcome.passed, outcome.message);
      } finally {
        await worker.terminate();
      }
    },
  ] as const;
}

describe('sentence splitting', () => {
  it(...inWorker('splits a 4 MB paragraph into its sentences, each the exact slice of the text'));
  it(...inWorker('cuts a run-on "sentence" with no full stop at a bounded length'));
});

describe('Markdown on megabytes', () => {
  it(...inWorker('a Markdown draft nested thousands deep, or one 2 MB paragraph, has its prose read in linear time'));
});

describe('mention finding on megabytes', () => {
  it(...inWorker('finds every misspelled name among hundreds of thousands of mentions'));
  it(...inWorker('finds tens of thousands of titled newcomers and each of their later mentions'));
});

describe('retext plugins on megabytes', () => {
  it(
    ...inWorker(
      'retext plugins: every repeated word in a 1 MB paragraph, and in a 1 MB run-on line without a full stop',
    ),
  );
});

describe('checks on megabytes', () => {
  it(...inWorker('style/lao-laos: every "Laos government" on one 4 MB line, each message naming its noun'));
  it(...inWorker('org/acronym-undefined: one finding for an acronym used a hundred thousand times on one line'));
  it(...inWorker('agreement/details: every wrong date on a 5 MB line without a full stop'));
  it(...inWorker('checks a 5 MB single line of corpus prose whole, with the corpus checks'));
});

describe('correct text', () => {
  it('stays quiet on 2 MB of a correct readout', async () => {
    const { kb, index } = bundled();
    const corpus = await sampleCorpusEvidence();
    const clean = readFileSync(`${SAMPLES}drafts/2023-10-clean-readout.md`, 'utf8');
    const bodyStart = clean.indexOf('\n---\n') + 5;
    const text = clean.slice(0, bodyStart) + repeated(`${clean.slice(bodyStart).trim()}\n\n`, 2 * MB);
    assert.deepEqual(analyzeDocument(clean, kb, index, { today: '2024-06-12', corpus }).findings, []);
    assert.deepEqual(analyzeDocument(text, kb, index, { today: '2024-06-12', corpus }).findings, []);
  });

  it('keeps acronyms on heading lines out of org/acronym-undefined in a long document', () => {
    const { kb, index } = bundled();
    const text = `# The CPC and the LPRP\n\n${repeated('The delegations met again. ', 0.5 * MB)}\n\nThe CPC hosted the talks.\n`;
    const findings = analyzeDocument(text, kb, index, { today: '2024-06-12' }).findings.filter(
      (f) => f.code === 'org/acronym-undefined',
    );
    assert.deepEqual(
      findings.map((f) => f.start),
      [text.lastIndexOf('CPC')],
    );
  });
});

describe('corpus ingestion', () => {
  it(...inWorker('derives the record of a corpus file that is one 4 MB paragraph'));
});
