import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { assertE2eToolsInstalled, startCodeServer } from '../support/codeServer.js';
import { REPO } from '../support/lspClient.js';
import { temporaryFolder } from '../support/temporaryFolders.js';
import { until } from '../support/until.js';

/**
 * The `vscode` API scenarios (test/vscode-api/suite.ts) inside code-server's extension host:
 * a harness extension runs them when the workbench opens and writes the results.
 */
test('vscode API scenarios pass in code-server’s extension host', { timeout: 240_000 }, async () => {
  assertE2eToolsInstalled();
  const home = temporaryFolder('attache-api-');
  const workspace = join(home, 'workspace');
  mkdirSync(workspace);
  cpSync(join(REPO, 'samples', 'drafts'), workspace, { recursive: true });
  const results = join(home, 'results.json');
  const server = await startCodeServer({
    vsix: [join(REPO, 'dist', 'attache.vsix'), join(REPO, 'dist', 'attache-api-harness.vsix')],
    workspace,
    home,
    env: { ATTACHE_API_TEST_RESULTS: results },
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    // The extension host starts when a window connects.
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
    await until('the harness results', () => existsSync(results), (written) => written, { timeout: 180_000, interval: 500 }).catch(() => {
      throw new Error('the harness wrote no results');
    });
    const { results: scenarios } = JSON.parse(readFileSync(results, 'utf8')) as { results: { name: string; error?: string }[] };
    assert.equal(scenarios.length, 4, JSON.stringify(scenarios));
    for (const scenario of scenarios) assert.equal(scenario.error, undefined, `${scenario.name}: ${scenario.error}`);
  } finally {
    await browser.close();
    server.stop();
  }
});
