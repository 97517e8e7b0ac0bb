import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';

/** A readout that uses every kind of word the checks look at: names, titles, countries, figures, quotes. */
const READOUT = `---
date: 2024-05-17
---

# Leaders hold talks in Beijing

On May 16, 2024, President Xi Jinping held talks with the visiting Lao President in Beijing. The
Lao side thanked China. The two sides signed 12 documents, including a Memorandum of
Understanding (MOU) on the China-Laos Railway, which carried 20 million tons of freight.

"We are good neighbours," the Vietnamese Prime Minister said in Viet Nam's capital.
`;

const CORPUS = {
  'corpus/talks.md':
    '---\ntitle: Talks\ndate: 2024-05-16\noutlet: Xinhua\n---\n\nOn May 16, 2024, Xi Jinping held talks with Thongloun Sisoulith in Beijing. The railway carried 10 million tons of freight.\n',
};

/**
 * Every check's findings on `text` with a knowledge base of `yaml`, run in a worker thread: a
 * check that never returns fails the test after `patienceMs` instead of holding the test run.
 */
function findingsInWorker(yaml: string, text: string, withCorpus: boolean, patienceMs = 30_000): Promise<unknown[]> {
  const support = new URL('../../../support/memoryKnowledgeBase.js', import.meta.url).href;
  const checks = new URL('../../../../server/src/core/checks/allChecks.js', import.meta.url).href;
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const { memoryKnowledgeBase } = await import(${JSON.stringify(support)});
      const { ALL_CHECKS } = await import(${JSON.stringify(checks)});
      const kb = memoryKnowledgeBase(workerData.yaml);
      const corpus = workerData.corpus ? kb.corpus(workerData.corpus) : undefined;
      const findings = kb.findings(ALL_CHECKS, workerData.text, corpus ? { corpus } : {});
      parentPort.postMessage(findings.map((f) => ({ code: f.code, text: workerData.text.slice(f.start, f.end) })));
    })();`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, {
      eval: true,
      workerData: { yaml, text, corpus: withCorpus ? CORPUS : undefined },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the checks did not return within ${patienceMs / 1000} s`));
    }, patienceMs);
    worker.once('message', (findings: unknown[]) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(findings);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('every check together', () => {
  it('reads a text against a knowledge base that names nothing, and returns without judging country words', async () => {
    const findings = (await findingsInWorker('', READOUT, false)) as { code: string; text: string }[];
    assert.deepEqual(
      findings.filter((f) => /lao|china|viet/i.test(f.text)),
      [],
    );
  });

  it('reads the same text with a corpus beside a knowledge base that names nothing, and returns', async () => {
    assert.ok(Array.isArray(await findingsInWorker('', READOUT, true)));
  });

  it('judges country words once the knowledge base names the countries', async () => {
    const yaml =
      'countries:\n  - { id: laos, name: Laos, adjective: Lao }\n  - { id: china, name: China, adjective: Chinese }\n';
    const findings = (await findingsInWorker(yaml, "The Lao's economy grew, the Lao-based bank said.\n", false)) as {
      code: string;
    }[];
    assert.ok(findings.length > 0, 'the same checks do flag country words when countries are known');
  });
});
