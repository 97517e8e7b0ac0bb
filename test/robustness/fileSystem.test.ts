/**
 * File-system oddities among the command line's inputs and inside corpus folders: named
 * pipes, devices, dangling and looping symbolic links, links leading out of the corpus and
 * folders that cannot be read. Each is skipped with its path and reason; none blocks, none
 * prints a stack trace, and the rest is still used. The commands run as child processes with
 * a deadline, so a hang fails the test.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { listCorpusFiles } from '../../server/src/corpus/readCorpus.js';
import { nodeFileAccess, type FileAccess } from '../../server/src/fileAccess.js';
import { openWorkspace } from '../../server/src/workspace/host.js';
import { MemoryCorpusStore } from '../../server/src/store/memoryStore.js';
import { cliWorkspace, hasStackTrace, runCli } from '../support/cliProcess.js';
import { temporaryFolder } from '../support/temporaryFolders.js';
import { REPO } from '../support/lspClient.js';

/** Every workspace of this file is made in here, removed when the file's tests end. */
const TEMPORARY = temporaryFolder('attache-robustness-');

const CORRECT_DRAFT = '---\ndate: 2024-06-12\n---\nPremier Li Qiang met the delegation in Vientiane.\n';
/** Long enough for a command on a small corpus; a command that blocks on a pipe or /dev/zero never ends. */
const DEADLINE_MS = 40_000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A workspace with one correct draft, `good.md`, beside the corpus. */
function withDraft(prefix: string) {
  const workspace = cliWorkspace(TEMPORARY, prefix);
  writeFileSync(join(workspace.root, 'good.md'), CORRECT_DRAFT);
  return workspace;
}

function check(workspace: { root: string; store: string }, inputs: string[], options: { unprivileged?: boolean } = {}) {
  return runCli(['check', '--corpus', 'corpus', '--store', 'store', ...inputs], {
    cwd: workspace.root,
    timeoutMs: DEADLINE_MS,
    ...options,
  });
}

describe('inputs of attache check', () => {
  it('declines a named pipe without opening it, checks the other inputs, and exits 2', async () => {
    const workspace = withDraft('attache-fifo-');
    execFileSync('mkfifo', [join(workspace.root, 'pipe.md')]);
    const run = await check(workspace, ['pipe.md', 'good.md']);
    assert.equal(run.timedOut, false, 'check blocked on the pipe');
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^attache: pipe\.md: skipped: a named pipe \(FIFO\), not a regular file$/m);
    assert.match(run.stdout, /0 problems in 1 file\n$/);
  });

  it('declines /dev/zero instead of reading it forever', async () => {
    const workspace = withDraft('attache-devzero-');
    const run = await check(workspace, ['/dev/zero', 'good.md']);
    assert.equal(run.timedOut, false, 'check kept reading /dev/zero');
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^attache: \/dev\/zero: skipped: a character device, not a regular file$/m);
    assert.match(run.stdout, /in 1 file\n$/);
  });

  it('names a dangling symbolic link as such and still checks the other inputs', async () => {
    const workspace = withDraft('attache-dangling-');
    symlinkSync('no-such-draft.md', join(workspace.root, 'dangling.md'));
    const run = await check(workspace, ['dangling.md', 'good.md']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^attache: dangling\.md: skipped: dangling symbolic link/m);
    assert.match(run.stdout, /in 1 file\n$/);
  });

  it('names a symbolic link loop as such and still checks the other inputs', async () => {
    const workspace = withDraft('attache-loop-');
    symlinkSync('loop.md', join(workspace.root, 'loop.md'));
    const run = await check(workspace, ['loop.md', 'good.md']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^attache: loop\.md: skipped: symbolic link loop$/m);
    assert.match(run.stdout, /in 1 file\n$/);
  });

  it('lists oddities inside a folder of drafts with their reasons, without a stack trace, and checks the rest', async () => {
    const workspace = withDraft('attache-draft-folder-');
    const drafts = join(workspace.root, 'drafts');
    mkdirSync(drafts);
    copyFileSync(join(workspace.root, 'good.md'), join(drafts, 'good.md'));
    symlinkSync('gone.md', join(drafts, 'dangling.md'));
    symlinkSync('loop.md', join(drafts, 'loop.md'));
    execFileSync('mkfifo', [join(drafts, 'pipe.md')]);
    const run = await check(workspace, ['drafts']);
    assert.equal(run.timedOut, false);
    assert.equal(hasStackTrace(run.stderr), false, run.stderr);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /drafts\/dangling\.md: skipped: dangling symbolic link/);
    assert.match(run.stderr, /drafts\/loop\.md: skipped: symbolic link loop/);
    assert.match(run.stderr, /drafts\/pipe\.md: skipped: a named pipe \(FIFO\)/);
    assert.match(run.stdout, /0 problems in 1 file\n$/);
  });

  it('skips a subfolder of drafts that cannot be read, names it, and checks the rest', async () => {
    const workspace = withDraft('attache-draft-denied-');
    const drafts = join(workspace.root, 'drafts');
    mkdirSync(join(drafts, 'private'), { recursive: true });
    copyFileSync(join(workspace.root, 'good.md'), join(drafts, 'good.md'));
    writeFileSync(join(drafts, 'private', 'secret.md'), CORRECT_DRAFT);
    chmodSync(drafts, 0o755);
    chmodSync(join(drafts, 'private'), 0o000);
    // As root every folder is readable; the command then runs as an ordinary user.
    const run = await check(workspace, ['drafts'], { unprivileged: true });
    assert.equal(hasStackTrace(run.stderr), false, run.stderr);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^attache: drafts\/private: skipped: folder cannot be read \(permission denied\)$/m);
    assert.match(run.stdout, /0 problems in 1 file\n$/);
  });
});

describe('corpus folders', () => {
  /** A corpus holding every oddity beside the two sample files. */
  function oddCorpus(prefix: string) {
    const workspace = cliWorkspace(TEMPORARY, prefix);
    const { corpus, root } = workspace;
    execFileSync('mkfifo', [join(corpus, 'pipe.txt')]);
    symlinkSync('pipe.txt', join(corpus, 'pipe-link.txt'));
    symlinkSync('/dev/zero', join(corpus, 'zero.txt'));
    symlinkSync('gone.txt', join(corpus, 'dangling.txt'));
    symlinkSync('loop.txt', join(corpus, 'loop.txt'));
    writeFileSync(join(root, 'outside.txt'), 'A file beside the corpus, not in it.\n');
    symlinkSync(join(root, 'outside.txt'), join(corpus, 'outside.txt'));
    symlinkSync(root, join(corpus, 'parent'));
    mkdirSync(join(corpus, 'nested'));
    copyFileSync(join(REPO, 'samples', 'corpus', '003_bd403085390dd87b.txt'), join(corpus, 'nested', 'third.txt'));
    symlinkSync(join('nested', 'third.txt'), join(corpus, 'inside.txt'));
    return workspace;
  }

  it('skips pipes, devices, dangling and looping links and links out of the folder, each with a reason, without blocking', async () => {
    const workspace = oddCorpus('attache-odd-corpus-');
    const run = await runCli(['index', '--corpus', 'corpus', '--store', 'store'], {
      cwd: workspace.root,
      timeoutMs: DEADLINE_MS,
    });
    assert.equal(run.timedOut, false, 'indexing blocked');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(hasStackTrace(run.stderr), false, run.stderr);
    const reasons: [string, RegExp][] = [
      ['corpus/pipe.txt', /skipped: a named pipe \(FIFO\), not a regular file/],
      ['corpus/pipe-link.txt', /skipped: a named pipe \(FIFO\), not a regular file/],
      ['corpus/zero.txt', /skipped: symbolic link leading outside corpus/],
      ['corpus/dangling.txt', /skipped: dangling symbolic link/],
      ['corpus/loop.txt', /skipped: symbolic link loop/],
      ['corpus/outside.txt', /skipped: symbolic link leading outside corpus/],
      ['corpus/parent', /skipped: symbolic link leading outside corpus/],
    ];
    for (const [path, reason] of reasons)
      assert.match(
        run.stderr,
        new RegExp(`^${escapeRegExp(path)}: corpus: ${reason.source}`, 'm'),
        `${path} in:\n${run.stderr}`,
      );
    // The regular files, and a link to one of them inside the folder, are read.
    assert.match(run.stdout, /updated: 4 files read/);
  });

  it('keeps the rest of the corpus when a subfolder cannot be read, and names the subfolder', async () => {
    const workspace = cliWorkspace(TEMPORARY, 'attache-denied-corpus-');
    mkdirSync(join(workspace.corpus, 'private'));
    copyFileSync(
      join(REPO, 'samples', 'corpus', '003_bd403085390dd87b.txt'),
      join(workspace.corpus, 'private', 'third.txt'),
    );
    chmodSync(join(workspace.corpus, 'private'), 0o000);
    const run = await runCli(['index', '--corpus', 'corpus', '--store', 'store'], {
      cwd: workspace.root,
      timeoutMs: DEADLINE_MS,
      unprivileged: true,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^corpus\/private: corpus: skipped: folder cannot be read \(permission denied\)$/m);
    assert.match(run.stdout, /updated: 2 files read/);
  });

  it('lists around a subfolder the file system refuses, through the listing seam', async () => {
    const workspace = cliWorkspace(TEMPORARY, 'attache-seam-');
    const refused = join(workspace.corpus, 'refused');
    mkdirSync(refused);
    writeFileSync(join(refused, 'hidden-away.txt'), 'Text.\n');
    const denied = Object.assign(new Error(`EACCES: permission denied, scandir '${refused}'`), { code: 'EACCES' });
    const refusing: FileAccess = {
      ...nodeFileAccess,
      readdir: (path) => (path === refused ? Promise.reject(denied) : nodeFileAccess.readdir(path)),
    };
    const { files, problems } = await listCorpusFiles([workspace.corpus], refusing);
    assert.deepEqual(
      files.map((file) => file.path),
      [join(workspace.corpus, '001_4fefce02503c921b.txt'), join(workspace.corpus, '002_a6eec7504543e86f.txt')],
    );
    assert.deepEqual(problems, [{ path: refused, message: 'skipped: folder cannot be read (permission denied)' }]);
  });

  it('lists a folder of many files in order, each file whose information cannot be read a problem of its own', async () => {
    const workspace = cliWorkspace(TEMPORARY, 'attache-many-');
    // More files than are asked for at once, and a subfolder among them, listed in the middle.
    const names = Array.from({ length: 150 }, (_, i) => `${String(i).padStart(3, '0')}.txt`);
    for (const name of names) writeFileSync(join(workspace.corpus, name), 'Text.\n');
    mkdirSync(join(workspace.corpus, '070-folder'));
    writeFileSync(join(workspace.corpus, '070-folder', 'inner.txt'), 'Text.\n');
    const unreadable = new Set([join(workspace.corpus, '010.txt'), join(workspace.corpus, '100.txt')]);
    const asked: string[] = [];
    const refusing: FileAccess = {
      ...nodeFileAccess,
      lstat: (path) => {
        asked.push(path);
        return unreadable.has(path)
          ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, lstat '${path}'`), { code: 'EACCES' }))
          : nodeFileAccess.lstat(path);
      },
    };
    const { files, problems } = await listCorpusFiles([workspace.corpus], refusing);
    const expected = [
      ...['001_4fefce02503c921b.txt', '002_a6eec7504543e86f.txt', ...names].map((name) => join(workspace.corpus, name)),
      join(workspace.corpus, '070-folder', 'inner.txt'),
    ]
      .filter((path) => !unreadable.has(path))
      .sort();
    assert.deepEqual(
      files.map((file) => file.path),
      expected,
    );
    assert.deepEqual(problems, [
      { path: join(workspace.corpus, '010.txt'), message: 'skipped: cannot be read (permission denied)' },
      { path: join(workspace.corpus, '100.txt'), message: 'skipped: cannot be read (permission denied)' },
    ]);
    assert.equal(new Set(asked).size, asked.length, 'each entry asked once');
  });

  it('in the editor, keeps the rest of the corpus and counts the skipped entries in the status', async () => {
    const workspace = oddCorpus('attache-odd-editor-');
    const host = openWorkspace({ corpusFolders: [workspace.corpus], store: new MemoryCorpusStore(), workers: 0 });
    try {
      const status = await host.updateCorpus();
      assert.equal(status.state, 'ready', status.message);
      assert.equal(status.files, 4);
      assert.ok(status.articles > 0);
      const skipped = host.corpusProblems.map((problem) => problem.path).sort();
      assert.deepEqual(
        skipped,
        ['dangling.txt', 'loop.txt', 'outside.txt', 'parent', 'pipe-link.txt', 'pipe.txt', 'zero.txt'].map((name) =>
          join(workspace.corpus, name),
        ),
      );
      assert.equal(status.skipped, skipped.length);
    } finally {
      host.dispose();
    }
  });
});

describe('a normal corpus and a correct draft', () => {
  it('give no problems and exit 0', async () => {
    const workspace = withDraft('attache-clean-');
    const run = await check(workspace, ['good.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, '0 problems in 1 file\n');
  });
});
