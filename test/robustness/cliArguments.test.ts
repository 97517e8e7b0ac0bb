/**
 * The command line with odd arguments: `--help` after a command prints the usage (exit 0), and a
 * `--kb` file that cannot be read — a named pipe, a dangling link, a folder — is an I/O error
 * (exit 2, one line naming it, never a hang) while the draft is still checked against the rest.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cliWorkspace, hasStackTrace, runCli } from '../support/cliProcess.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

const TEMPORARY = temporaryFolder('attache-cli-arguments-');
const WRONG_DRAFT = '---\ndate: 2024-06-12\n---\nPremier Li Keqiang met the delegation in Vientiane.\n';

describe('command-line arguments', () => {
  for (const command of ['check', 'facts', 'passages', 'index', 'entities']) {
    it(`prints the usage for "${command} --help" and exits 0`, async () => {
      const run = await runCli([command, '--help'], { cwd: TEMPORARY });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /^usage: attache <command>/);
      assert.equal(run.stderr, '');
    });
  }

  it('keeps a "--help" after "--" as a file name', async () => {
    const run = await runCli(['check', '--', '--help'], { cwd: TEMPORARY });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^attache: --help: /);
  });

  const unreadable: [string, (path: string) => void, RegExp][] = [
    ['a named pipe', (path) => execFileSync('mkfifo', [path]), /not a file/],
    ['a dangling symbolic link', (path) => symlinkSync(join(TEMPORARY, 'nowhere.yaml'), path), /cannot read/],
    ['a folder', (path) => mkdirSync(path), /not a file/],
  ];
  for (const [what, make, reason] of unreadable) {
    it(`exits 2 without hanging when --kb names ${what}, and still checks the draft`, async () => {
      const workspace = cliWorkspace(TEMPORARY, 'attache-kb-');
      writeFileSync(join(workspace.root, 'wrong.md'), WRONG_DRAFT);
      make(join(workspace.root, 'extra.yaml'));
      const run = await runCli(['check', '--kb', 'extra.yaml', 'wrong.md'], { cwd: workspace.root, timeoutMs: 30_000 });
      assert.equal(run.timedOut, false, 'the command hung');
      assert.equal(run.code, 2, run.stderr);
      assert.equal(hasStackTrace(run.stderr), false, run.stderr);
      assert.match(run.stderr, new RegExp(`extra\\.yaml:1: knowledge base: .*${reason.source}`));
      assert.match(run.stdout, /^wrong\.md:4:1: error title\/not-held: /m);
    });
  }

  it('exits 1, not 2, when a readable --kb file adds to the knowledge base and the draft has an error', async () => {
    const workspace = cliWorkspace(TEMPORARY, 'attache-kb-good-');
    writeFileSync(join(workspace.root, 'wrong.md'), WRONG_DRAFT);
    writeFileSync(
      join(workspace.root, 'extra.yaml'),
      'people:\n  - id: khamla-phommavong\n    name: Khamla Phommavong\n    country: laos\n    convention: given-name\n',
    );
    const run = await runCli(['check', '--kb', 'extra.yaml', 'wrong.md'], { cwd: workspace.root });
    assert.doesNotMatch(run.stderr, /knowledge base/, 'the extra file loads cleanly');
    assert.equal(run.code, 1, run.stderr);
  });
});
