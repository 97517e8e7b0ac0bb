import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { assertE2eToolsInstalled, startCodeServer, type CodeServer } from './codeServer.js';
import { REPO } from './lspClient.js';
import { temporaryFolder } from './temporaryFolders.js';
import { until } from './until.js';

/** code-server with the packaged extension, and Chromium showing one of the sample drafts. */
export interface Workbench {
  server: CodeServer;
  browser: Browser;
  page: Page;
  /** The temporary home: user data, extensions and the workspace with the sample drafts. */
  home: string;
  /** The workspace folder code-server serves, inside `home`. */
  workspace: string;
  close(): Promise<void>;
}

/**
 * Serves a workspace holding the sample drafts in code-server (user settings as given; `prepare`
 * may add files to the home first; `env` adds to the editor's environment, which the language
 * server inherits) and opens headless Chromium on it, as a writer would; with `draft`, that draft
 * is opened from the explorer. The home is removed when the test process exits.
 */
export async function openWorkbench(options: {
  draft?: string;
  settings?: object;
  prepare?: (home: string) => void;
  env?: NodeJS.ProcessEnv;
}): Promise<Workbench> {
  assertE2eToolsInstalled();
  const home = temporaryFolder('attache-e2e-');
  const workspace = join(home, 'workspace');
  mkdirSync(workspace);
  cpSync(join(REPO, 'samples', 'drafts'), workspace, { recursive: true });
  options.prepare?.(home);
  const server = await startCodeServer({
    vsix: join(REPO, 'dist', 'attache.vsix'),
    workspace,
    home,
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.env ? { env: options.env } : {}),
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
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
  // The explorer listing the workspace is the sign that the workbench is ready for a writer.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
  if (options.draft) {
    await page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: options.draft })
      .click({ timeout: 90_000 });
    await page.waitForSelector('.view-line');
  }
  return {
    server,
    browser,
    page,
    home,
    workspace,
    close: async () => {
      await browser.close();
      server.stop();
    },
  };
}

/** Opens the workspace file called `name` by Quick Open and waits until its editor is the active one. */
export async function openFile(page: Page, name: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  // Ask again until the file is found, each time in a Quick Open of its own: one that was open
  // before the workbench had listed the file goes on answering "No matching results".
  await until(
    `${name} in Quick Open`,
    async () => {
      if (await input.isVisible()) await page.keyboard.press('Escape');
      await fillQuickInput(page, name);
      return page.locator('.quick-input-list .monaco-list-row').first().innerText({ timeout: 2000 });
    },
    (row) => row.includes(name),
  );
  await page.keyboard.press('Enter');
  await until(
    `the editor of ${name}`,
    () => activeTab(page),
    (title) => title.includes(name),
  );
  await page.locator('.editor-group-container.active .view-line').first().waitFor();
}

/** Opens the quick input (F1) unless it is open, and writes `text` in it (">" for a command, else a file). */
async function fillQuickInput(page: Page, text: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  if (!(await input.isVisible())) {
    await page.keyboard.press('F1');
    if (
      !(await input.waitFor({ timeout: 2000 }).then(
        () => true,
        () => false,
      ))
    ) {
      // F1 can be lost while the keyboard's focus is on a part being closed or hidden (a panel,
      // an editor): give the focus to a part that stays shown, then ask again.
      await page.locator('.part.sidebar .title-label').first().click();
      await page.keyboard.press('F1');
    }
  }
  // A short wait, not Playwright's 30 s: the caller asks again when the input is not there.
  await input.fill(text, { timeout: 2000 });
}

/** Runs a command from the command palette by its title ("View: Close All Editors"). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await until(
    `"${title}" in the command palette`,
    async () => {
      await fillQuickInput(page, `>${title}`);
      return page.locator('.quick-input-list .monaco-list-row').first().innerText({ timeout: 2000 });
    },
    (row) => row.startsWith(title),
  );
  await page.keyboard.press('Enter');
}

/**
 * Puts the workbench back as a test found it: no hover, menu or palette, no editor (edited
 * copies closed without saving, webviews with them), no panel. Run after each test of a file
 * that shares one workbench, so that no test starts from what another left behind.
 */
export async function resetWorkbench(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Close All Editors');
  await until(
    'every editor closed',
    async () => {
      // An edited copy asks whether to save it: it is not kept.
      const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don.t Save/ });
      if (await dontSave.isVisible()) await dontSave.click();
      return page.locator('.tab').count();
    },
    (count) => count === 0,
  );
  if (await page.locator('.part.panel').isVisible()) {
    await runCommand(page, 'View: Hide Panel');
    await until(
      'the panel hidden',
      () => page.locator('.part.panel').isVisible(),
      (visible) => !visible,
    );
  }
}

/** The title of the active editor's tab (the workbench lays the name out in pieces: "rules", ".md"). */
export async function activeTab(page: Page): Promise<string> {
  return (await page.locator('.editor-group-container.active .tab.active').first().innerText()).replace(/\s+/g, '');
}

/** The counts the status bar's problems item shows: errors, warnings, and information when there is any. */
export async function problemCounts(page: Page): Promise<number[]> {
  return (await page.locator('[id="status.problems"]').innerText()).match(/\d+/g)!.map(Number);
}
