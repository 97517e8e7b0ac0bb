/**
 * `attache passages` and `attache index` called directly over a corpus of two articles written
 * in the test: the matching passage first with its place, no match for unrelated text, the
 * limit, the usage errors, and the index brought up to date once.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIndex, runPassages, type PassagesReport } from '../../../server/src/cli/passagesCommand.js';
import { UsageError, type CliIO } from '../../../server/src/cli/cliSupport.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const RAILWAY = [
  'Laos-China railway carries record freight',
  '',
  'VIENTIANE, May 14, 2024 (KPL) -- The Laos-China Railway carried a record volume of freight in April, as more goods from Thailand crossed the Mekong to be loaded at the Vientiane South station.',
].join('\n');
const BORDER = [
  'Vietnam and Cambodia review border work',
  '',
  'HANOI, May 15, 2024 (VNA) -- Officials of Vietnam and Cambodia reviewed the demarcation of their land border and agreed to finish planting the remaining markers this year.',
].join('\n');

let corpus: string;
let store: string;

async function run(
  command: typeof runPassages,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    today: '2024-06-01',
  };
  const code = await command(argv, io);
  return { code, stdout, stderr };
}

before(() => {
  const root = temporaryFolder('attache-passages-command-');
  corpus = join(root, 'corpus');
  store = join(root, 'store');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'railway.txt'), RAILWAY);
  writeFileSync(join(corpus, 'border.txt'), BORDER);
});

describe('runIndex', () => {
  it('reads every file the first time and none the second', async () => {
    const first = await run(runIndex, '--corpus', corpus, '--store', store);
    assert.equal(first.code, 0);
    assert.match(
      first.stdout,
      /^updated: 2 files read, 0 removed, 0 unchanged: .* \(2 articles in 2 files, 0 duplicates, \d+ passages, 0 skipped, \d+ ms\)\n$/,
    );
    const second = await run(runIndex, '--corpus', corpus, '--store', store);
    assert.match(second.stdout, /^up to date: .* \(2 articles in 2 files,/);
  });
});

describe('runPassages', () => {
  it('finds the passage that says the same thing, with its file, place, outlet and date', async () => {
    const { code, stdout } = await run(
      runPassages,
      '--corpus',
      corpus,
      '--store',
      store,
      '--format',
      'json',
      'The Laos-China Railway carried record freight volumes in April.',
    );
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as PassagesReport;
    const [best] = report.passages;
    assert.ok(best, stdout);
    assert.equal(best.path, join(corpus, 'railway.txt'));
    assert.equal(best.outlet, 'KPL');
    assert.equal(best.date, '2024-05-14');
    assert.equal(best.range.start.line, 2);
    assert.match(best.text, /record volume of freight/);
    assert.ok(!report.passages.some((passage) => passage.path.endsWith('border.txt')));
  });

  it('says so when nothing in the corpus is close', async () => {
    const { code, stdout } = await run(
      runPassages,
      '--corpus',
      corpus,
      '--store',
      store,
      'The orchestra played a symphony by Sibelius.',
    );
    assert.equal(code, 0);
    assert.equal(stdout, 'no close match in the corpus\n');
  });

  it('prints a match as its score, place, outlet and date, then its text', async () => {
    const { stdout } = await run(
      runPassages,
      '--corpus',
      corpus,
      '--store',
      store,
      '--limit',
      '1',
      'Vietnam and Cambodia reviewed the demarcation of their land border.',
    );
    const lines = stdout.split('\n');
    assert.match(lines[0]!, /^\d\.\d{3} {2}.*border\.txt:3:1 {2}Vietnam News Agency, 2024-05-15$/);
    assert.match(lines[1]!, /^ {4}HANOI, May 15, 2024 \(VNA\)|^ {4}Officials of Vietnam/);
    assert.equal(lines.length, 3);
  });

  it('refuses an empty query, a bad limit and a bad date', async () => {
    await assert.rejects(
      run(runPassages, '--corpus', corpus, '--store', store),
      (error) => error instanceof UsageError && /needs a text to look for/.test(error.message),
    );
    await assert.rejects(
      run(runPassages, '--limit', '0', 'text'),
      (error) => error instanceof UsageError && error.message === '--limit must be a positive whole number, got "0"',
    );
    await assert.rejects(
      run(runPassages, '--date', '14/05/2024', 'text'),
      (error) => error instanceof UsageError && error.message === '--date must be YYYY-MM-DD, got "14/05/2024"',
    );
  });
});
