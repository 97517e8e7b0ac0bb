/**
 * What every command shares: reading the inputs (files, folders, and what cannot be read as
 * problems naming the path), printing those problems, the format and option parsers, and the
 * language id of a path.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  UsageError,
  languageIdOfPath,
  parseCommandLine,
  parseFormat,
  readInputDocuments,
  reportInputProblems,
} from '../../../server/src/cli/cliSupport.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

describe('languageIdOfPath', () => {
  it('gives markdown for .md and .markdown in any case, plaintext otherwise', () => {
    assert.equal(languageIdOfPath('a/b.md'), 'markdown');
    assert.equal(languageIdOfPath('B.MARKDOWN'), 'markdown');
    assert.equal(languageIdOfPath('note.txt'), 'plaintext');
    assert.equal(languageIdOfPath('md'), 'plaintext');
  });
});

describe('readInputDocuments', () => {
  it('reads named files and a folder’s drafts in path order, and reports what it cannot read', async () => {
    const root = temporaryFolder('attache-cli-inputs-');
    mkdirSync(join(root, 'folder', 'inner'), { recursive: true });
    writeFileSync(join(root, 'named.txt'), '\ufeffNamed draft.');
    writeFileSync(join(root, 'folder', 'b.md'), '# B');
    writeFileSync(join(root, 'folder', 'inner', 'a.markdown'), 'A');
    writeFileSync(join(root, 'folder', 'notes.docx'), 'not a draft');
    writeFileSync(join(root, 'folder', 'c.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const missing = join(root, 'missing.md');
    const { documents, problems } = await readInputDocuments([join(root, 'named.txt'), missing, join(root, 'folder')]);
    assert.deepEqual(
      documents.map((document) => [document.path, document.text, document.languageId]),
      [
        [join(root, 'named.txt'), '\ufeffNamed draft.', 'plaintext'],
        [join(root, 'folder', 'b.md'), '# B', 'markdown'],
        [join(root, 'folder', 'inner', 'a.markdown'), 'A', 'markdown'],
      ],
    );
    assert.deepEqual(
      problems.map((problem) => problem.path),
      [missing, join(root, 'folder', 'c.txt')],
    );
    for (const problem of problems) assert.match(problem.message, /^skipped: /);
    assert.match(problems[1]!.message, /binary/);
  });

  it('refuses a command line without inputs', async () => {
    await assert.rejects(
      readInputDocuments([]),
      (error) => error instanceof UsageError && error.message === 'no input files given',
    );
  });
});

describe('reportInputProblems', () => {
  it('prints one line per problem on stderr, with control characters made harmless', () => {
    let stderr = '';
    let stdout = '';
    reportInputProblems(
      [
        { path: 'a.md', message: 'skipped: no such file' },
        { path: 'b\u001b[31m.md', message: 'skipped: binary' },
      ],
      {
        stdout: { write: (chunk: string) => (stdout += chunk) },
        stderr: { write: (chunk: string) => (stderr += chunk) },
      },
    );
    const lines = stderr.split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[0], 'attache: a.md: skipped: no such file');
    assert.ok(!lines[1]!.includes('\u001b'));
    assert.equal(stdout, '');
  });
});

describe('parseFormat', () => {
  it('gives the first format by default and accepts a listed one', () => {
    assert.equal(parseFormat(undefined, ['text', 'json']), 'text');
    assert.equal(parseFormat('json', ['text', 'json']), 'json');
  });

  it('names the formats it accepts when given another', () => {
    assert.throws(
      () => parseFormat('xml', ['text', 'json']),
      (error) => error instanceof UsageError && error.message === 'unknown format "xml" (expected text, json)',
    );
  });
});

describe('parseCommandLine', () => {
  it('reads the common options, the command’s own and the positionals', () => {
    const { values, positionals } = parseCommandLine(
      ['--corpus', 'c1', '--corpus', 'c2', '--format', 'json', '--date', '2024-05-14', 'draft.md'],
      { date: { type: 'string' } },
    );
    assert.deepEqual(values.corpus, ['c1', 'c2']);
    assert.equal(values.format, 'json');
    assert.equal(values.date, '2024-05-14');
    assert.deepEqual(positionals, ['draft.md']);
  });

  it('turns an unknown option into a one-line usage error', () => {
    assert.throws(
      () => parseCommandLine(['--colour'], {}),
      (error) => error instanceof UsageError && error.message.includes('--colour') && !error.message.includes('\n'),
    );
  });
});
