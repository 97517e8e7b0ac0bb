import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { assertE2eToolsInstalled, startCodeServer } from '../support/codeServer.js';
import { REPO } from '../support/lspClient.js';
import { temporaryFolder } from '../support/temporaryFolders.js';
import { until } from '../support/until.js';

const KPL_ITEM =
  'Lao leader chairs defence council\n\n2026-03-24 10:15\n\nVIENTIANE, March 24 (KPL) -- Lao President Sonexay Siphandone chaired the first meeting of the new National Defence and Security Council on Tuesday, and called on its members to strengthen the unity of the armed forces and the people.\n';
const WORKSPACE_ENTRY = `people:
  - id: sonexay-siphandone
    name: Sonexay Siphandone
    country: laos
    convention: given-name
    roles:
      - office: prime-minister-laos
        from: 2022-12-30
        source: 4th ordinary session of the 9th National Assembly
`;

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
  // A corpus item after the knowledge base's verifiedThrough date and the workspace's own entry
  // for the person it names: the knowledge-base update the scenarios expect on that entry.
  mkdirSync(join(workspace, 'corpus'));
  writeFileSync(join(workspace, 'corpus', 'kpl-2026-03-24.txt'), KPL_ITEM);
  mkdirSync(join(workspace, '.attache', 'kb'), { recursive: true });
  writeFileSync(join(workspace, '.attache', 'kb', 'laos-people.yaml'), WORKSPACE_ENTRY);
  mkdirSync(join(workspace, '.vscode'));
  writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'attache.corpus.folders': ['corpus'] }));
  const results = join(home, 'results.json');
  const server = await startCodeServer({
    vsix: [join(REPO, 'dist', 'attache.vsix'), join(REPO, 'dist', 'attache-api-harness.vsix')],
    workspace,
    home,
    env: { ATTACHE_API_TEST_RESULTS: results },
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    // The extension host starts when a window connects.
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
    await until(
      'the harness results',
      () => existsSync(results),
      (written) => written,
      { timeout: 180_000, interval: 500 },
    ).catch(() => {
      throw new Error('the harness wrote no results');
    });
    const { results: scenarios } = JSON.parse(readFileSync(results, 'utf8')) as {
      results: { name: string; error?: string }[];
    };
    assert.equal(scenarios.length, 5, JSON.stringify(scenarios));
    for (const scenario of scenarios) assert.equal(scenario.error, undefined, `${scenario.name}: ${scenario.error}`);
  } finally {
    await browser.close();
    server.stop();
  }
});
