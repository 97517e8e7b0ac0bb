/**
 * The editor's side of corpus problems: the language server (spawned over stdio, as an editor
 * starts it) keeps the usable part of a corpus with oddities in it, writes each skipped entry
 * with its reason to the log an editor shows as its output channel, and counts them in the
 * corpus status the status bar shows.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO, startServer, type ServerUnderTest } from '../support/lspClient.js';
import { temporaryFolder } from '../support/temporaryFolders.js';
import { until } from '../support/until.js';

/** Made at load time, so that it is removed when the file's tests end and not before. */
const WORKSPACE = temporaryFolder('attache-editor-odd-');

describe('language server with an odd corpus folder', { timeout: 90_000 }, () => {
  let server: ServerUnderTest;
  let corpus: string;

  before(async () => {
    corpus = join(WORKSPACE, 'corpus');
    mkdirSync(corpus);
    copyFileSync(join(REPO, 'samples', 'corpus', '002_a6eec7504543e86f.txt'), join(corpus, 'readout.txt'));
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    symlinkSync('gone.txt', join(corpus, 'dangling.txt'));
    execFileSync('mkfifo', [join(corpus, 'pipe.txt')]);
    server = await startServer(WORKSPACE, { corpus: { folders: ['corpus'] } });
  });
  after(() => server?.stop());

  it('indexes the usable files, logs each skipped entry with its reason and counts them in the status', async () => {
    const status = await server.corpusReady;
    assert.ok(status.articles > 0);
    assert.equal(status.skipped, 3);
    const skipped = [
      ['binary.txt', /skipped: binary file \(contains NUL bytes\)/],
      ['dangling.txt', /skipped: dangling symbolic link/],
      ['pipe.txt', /skipped: a named pipe \(FIFO\), not a regular file/],
    ] as const;
    // The log lines may arrive just after the status.
    await until(
      'each skipped entry in the log',
      async () => server.logs.filter((line) => line.includes(': corpus: ')),
      (logged) =>
        skipped.every(([name, reason]) =>
          logged.some((line) => line.startsWith(`${join(corpus, name)}: corpus: `) && reason.test(line)),
        ),
      30_000,
    );
  });
});
