import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { assertE2eToolsInstalled, startCodeServer, type CodeServer } from './codeServer.js';
import { REPO } from './lspClient.js';

/** code-server with the packaged extension, and Chromium showing one of the sample drafts. */
export interface Workbench {
  server: CodeServer;
  browser: Browser;
  page: Page;
  /** The temporary home: user data, extensions and the workspace with the sample drafts. */
  home: string;
  close(): Promise<void>;
}

/**
 * Serves a workspace holding the sample drafts in code-server (user settings as given; `prepare`
 * may add files to the home first) and opens `draft` in headless Chromium, as a writer would.
 */
export async function openWorkbench(options: { draft: string; settings?: object; prepare?: (home: string) => void }): Promise<Workbench> {
  assertE2eToolsInstalled();
  const home = mkdtempSync(join(tmpdir(), 'attache-e2e-'));
  const workspace = join(home, 'workspace');
  mkdirSync(workspace);
  cpSync(join(REPO, 'samples', 'drafts'), workspace, { recursive: true });
  options.prepare?.(home);
  const server = await startCodeServer({ vsix: join(REPO, 'dist', 'attache.vsix'), workspace, home, ...(options.settings ? { settings: options.settings } : {}) });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: options.draft }).click({ timeout: 90_000 });
  await page.waitForSelector('.view-line');
  return {
    server,
    browser,
    page,
    home,
    close: async () => {
      await browser.close();
      server.stop();
    },
  };
}

/** The counts the status bar's problems item shows: errors, warnings, and information when there is any. */
export async function problemCounts(page: Page): Promise<number[]> {
  return (await page.locator('[id="status.problems"]').innerText()).match(/\d+/g)!.map(Number);
}
