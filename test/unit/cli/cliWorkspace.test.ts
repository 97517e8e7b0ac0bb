/**
 * The workspace a command opens: which store it names, a corpus folder that cannot be read as
 * a usage error naming it, knowledge-base problems printed with file and line, and corpus
 * problems printed once, when the file is read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveOf, loadCorpus, namedStore, openCliWorkspace } from '../../../server/src/cli/cliWorkspace.js';
import { UsageError, type CliIO } from '../../../server/src/cli/cliSupport.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

function buffers(): CliIO & { out: () => string; err: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    today: '2024-06-01',
    out: () => stdout,
    err: () => stderr,
  };
}

const ARTICLE =
  'BEIJING, May 14, 2024 (Xinhua) -- Chinese President Xi Jinping met with Lao President Thongloun Sisoulith in Beijing on Tuesday, and the two leaders agreed to deepen cooperation.';

describe('namedStore', () => {
  it('prefers --store to ATTACHE_STORE, and gives nothing when neither names one', () => {
    assert.equal(namedStore({ store: 'cli-store' }, { ATTACHE_STORE: 'env-store' }), 'cli-store');
    assert.equal(namedStore({}, { ATTACHE_STORE: 'env-store' }), 'env-store');
    assert.equal(namedStore({}, { ATTACHE_STORE: '' }), undefined);
    assert.equal(namedStore({}, {}), undefined);
  });
});

describe('openCliWorkspace', () => {
  it('refuses a corpus folder that does not exist or is a file, naming it', async () => {
    const root = temporaryFolder('attache-cli-workspace-');
    const file = join(root, 'file.txt');
    writeFileSync(file, 'text');
    for (const folder of [join(root, 'missing'), file]) {
      await assert.rejects(
        openCliWorkspace({ corpus: [folder], store: join(root, 'store') }, buffers()),
        (error) =>
          error instanceof UsageError && error.message.startsWith(`corpus folder "${folder}" cannot be read (`),
      );
    }
  });

  it('prints each knowledge-base problem with its file and line, and opens the workspace all the same', async () => {
    const root = temporaryFolder('attache-cli-workspace-');
    const kb = join(root, 'extra.yaml');
    writeFileSync(kb, 'people:\n  - id: Bad Id\n    name: Bad Person\n');
    const io = buffers();
    const host = await openCliWorkspace({ kb: [kb], store: join(root, 'store') }, io);
    host.dispose();
    assert.match(io.err(), new RegExp(`^${kb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: knowledge base: `, 'm'));
    assert.ok(host.snapshot().kb.entities.has('thongloun-sisoulith'), 'the bundled knowledge base still loads');
    assert.equal(archiveOf(host), undefined);
  });
});

describe('loadCorpus', () => {
  it('indexes the corpus, and prints a file’s problems when it reads the file, not again when it is unchanged', async () => {
    const root = temporaryFolder('attache-cli-workspace-');
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'feed.jsonl'), `${JSON.stringify({ text: ARTICLE })}\n{broken\n`);
    const args = { corpus: [corpus], store: join(root, 'store') };
    const first = buffers();
    const status = await loadCorpus(await openCliWorkspace(args, first), first);
    assert.equal(status.state, 'ready');
    assert.deepEqual(
      status.problems.map((problem) => [problem.path, problem.line]),
      [[join(corpus, 'feed.jsonl'), 2]],
    );
    assert.match(first.err(), /feed\.jsonl:2: corpus: malformed JSON/);
    const second = buffers();
    const again = await loadCorpus(await openCliWorkspace(args, second), second);
    assert.equal(again.problems.length, 1, 'the problem is still reported');
    assert.equal(second.err(), '', 'but not printed again for an unchanged file');
  });

  it('prints nothing for a corpus without problems', async () => {
    const root = temporaryFolder('attache-cli-workspace-');
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'article.txt'), ARTICLE);
    const io = buffers();
    const host = await openCliWorkspace({ corpus: [corpus], store: join(root, 'store') }, io);
    const status = await loadCorpus(host, io);
    assert.deepEqual(status.problems, []);
    assert.equal(io.err(), '');
    assert.equal(host.snapshot().corpus?.files.length, 1);
  });
});
