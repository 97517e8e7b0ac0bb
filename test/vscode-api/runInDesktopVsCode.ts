import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO } from '../support/lspClient.js';

/**
 * `npm run test:vscode`: the same scenarios in a desktop VS Code through @vscode/test-electron,
 * which downloads VS Code into `.vscode-test/`. It needs a display (or xvfb-run) and network
 * access to the VS Code download site, so it is not part of `npm test` on this project's
 * machines; the scenarios run there inside code-server instead (test/e2e/vscodeApi.test.ts).
 */
const workspace = join(mkdtempSync(join(tmpdir(), 'attache-vscode-')), 'workspace');
cpSync(join(REPO, 'samples', 'drafts'), workspace, { recursive: true });
await runTests({
  extensionDevelopmentPath: REPO,
  extensionTestsPath: join(REPO, 'dist', 'vscode-api-suite.cjs'),
  launchArgs: [workspace, '--disable-extensions'],
});
