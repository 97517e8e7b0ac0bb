/**
 * The real VS Code workbench reading a shared archive on PostgreSQL (a throwaway cluster): the
 * workspace's settings name the archive with a read-only role that has a password, and neither
 * the settings nor the environment hold it. The status bar asks for the connection (a click
 * runs the command; a wrong password leaves it asking); the writer runs "Attaché: Connect to a
 * shared archive" and types the password into its input box; the status bar then shows the
 * archive's articles and the entity card what its corpus reports.
 * The server going away shows as offline while the knowledge-base checks and the card go on,
 * and the editor comes back by itself when the server does. The password stays in VS Code's
 * secret storage, never in the settings: a reloaded window connects without asking again.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { runCli } from '../support/cliProcess.js';
import { REPO } from '../support/lspClient.js';
import { postgresCluster, type PostgresCluster } from '../support/postgresCluster.js';
import { freshArchive } from '../support/sharedArchive.js';
import { temporaryFolder } from '../support/temporaryFolders.js';
import { until } from '../support/until.js';
import { openFile, openWorkbench, problemCounts, runCommand, type Workbench } from '../support/workbench.js';

/** Where the screenshots go: a build folder, as for the other editor tests. */
const SCREENSHOTS = resolve(REPO, process.env['ATTACHE_SCREENSHOTS'] ?? join('out', 'screenshots'));
mkdirSync(SCREENSHOTS, { recursive: true });
const STORE_FIXTURES = join(REPO, 'test', 'fixtures', 'store');
/** The two reports of the Xi–To Lam talks: the archive holds them, the workspace does not. */
const ARCHIVED = ['xinhua-2025-01-14-xi-to-lam-talks.txt', 'vna-2025-01-14-to-lam-xi-talks.txt'];
const PASSWORD = 'Reader-typed-into-the-box';
const DRAFT = 'talks.md';
/** A wrong form the knowledge base lists: flagged with or without a corpus. */
const KB_ERROR = 'China and Laos PDR signed the agreement.';
const DRAFT_TEXT = `---\ndate: 2025-02-01\n---\n\n${KB_ERROR}\n\nXi Jinping held talks with To Lam in Beijing in January.\n`;

/** Runs in the page: the opacity of the hover widget around an element (it fades in). */
function hoverOpacity(element: {
  closest(selector: string): unknown;
  ownerDocument: { defaultView: { getComputedStyle(e: unknown): { opacity: string } } | null };
}): string {
  return element.ownerDocument.defaultView!.getComputedStyle(element.closest('.monaco-hover') ?? element).opacity;
}

describe('Attaché in a real VS Code reading a shared archive', { timeout: 600_000 }, () => {
  let cluster: PostgresCluster;
  let workbench: Workbench;
  let page: Page;

  before(async () => {
    // Neither the environment nor ~/.pgpass may hand the server a password: only the command does.
    delete process.env['PGPASSWORD'];
    cluster = await postgresCluster();
    const role = `reader_${process.pid}`;
    const owner = await freshArchive({ role, password: PASSWORD });
    const corpus = temporaryFolder('attache-e2e-archived-');
    for (const file of ARCHIVED) copyFileSync(join(STORE_FIXTURES, file), join(corpus, file));
    const ingest = await runCli(['index', '--corpus', corpus, '--store', owner], { cwd: corpus, timeoutMs: 120_000 });
    assert.equal(ingest.code, 0, ingest.stderr);
    const address = owner.replace(`${cluster.superuser}@`, `${role}@`);
    workbench = await openWorkbench({
      env: { PGPASSFILE: '/nonexistent/pgpass' },
      prepare: (home) => {
        const workspace = join(home, 'workspace');
        writeFileSync(join(workspace, DRAFT), DRAFT_TEXT);
        mkdirSync(join(workspace, '.vscode'));
        writeFileSync(
          join(workspace, '.vscode', 'settings.json'),
          JSON.stringify({ 'attache.corpus.store': address }, null, 2),
        );
      },
    });
    page = workbench.page;
    await openFile(page, DRAFT);
  });

  after(async () => {
    cluster?.start();
    await workbench?.close();
  });

  const archiveStatus = () => page.locator('.statusbar-item', { hasText: 'Attaché:' }).first();
  const statusSaying = (what: string, pattern: RegExp, timeout = 60_000) =>
    until(
      `the status bar saying ${what}`,
      () => archiveStatus().innerText(),
      (text) => pattern.test(text),
      timeout,
    );

  /**
   * The entity card of the first "To Lam" in the draft, once it shows `pattern`; left open, faded
   * in and scrolled to its corpus part when it has one, for a screenshot.
   */
  const cardOfToLam = async (pattern: RegExp) => {
    const name = page.locator('.view-line span span', { hasText: 'To Lam' }).first();
    const card = page.locator('.monaco-hover-content:visible').first();
    // Hover again on each look: a card asked for before the corpus arrived stays as it was.
    const text = await until(
      'the entity card of To Lam',
      async () => {
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        await name.hover();
        return card.innerText({ timeout: 3000 });
      },
      (seen) => pattern.test(seen),
    );
    const corpusPart = card.getByText('In the corpus').first();
    if (await corpusPart.isVisible()) await corpusPart.scrollIntoViewIfNeeded();
    await until(
      'the card faded in',
      () => card.evaluate(hoverOpacity),
      (opacity) => opacity === '1',
    );
    return text;
  };

  /** All the problems the status bar counts: errors, warnings and information. */
  const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);

  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `shared-archive-${name}.png`) });

  it('says the archive needs connecting while it has no password', async () => {
    const status = await statusSaying('the archive needs connecting', /archive needs connecting/);
    assert.doesNotMatch(status, /\d+ articles/);
    // Its tooltip says why and what a click does.
    await archiveStatus().hover();
    const tooltip = await until(
      'the status bar tooltip',
      () => page.locator('.workbench-hover:visible, .monaco-hover:visible').first().innerText({ timeout: 2000 }),
      (text) => /Click to connect/.test(text),
    );
    assert.match(tooltip, /asks for a password, and none was given/);
    await screenshot('needs-password');
    await page.mouse.move(700, 500);
    // The knowledge base answers meanwhile: the wrong form is flagged.
    await until(
      'the draft problems',
      () => problemCounts(page),
      (numbers) => total(numbers) > 0,
    );
  });

  /** Answers the command's two input boxes: the setting's address kept as it is, then `password`. */
  async function answerConnectBoxes(password: string): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    const address = await until(
      'the address box',
      () => input.inputValue(),
      (value) => value.startsWith('postgresql://reader_'),
    );
    assert.ok(!address.includes(PASSWORD));
    await page.keyboard.press('Enter');
    await until(
      'the password box',
      () => input.getAttribute('type'),
      (type) => type === 'password',
    );
    await input.fill(password);
    await page.keyboard.press('Enter');
  }

  it('runs the command from the status bar, and a refused password still asks for connecting', async () => {
    await archiveStatus().click();
    await answerConnectBoxes('Not-the-password');
    await page.mouse.move(700, 500);
    // The server started again with the wrong password: the tooltip now says it was refused.
    const tooltip = await until(
      'the refused password in the status bar tooltip',
      async () => {
        await page.mouse.move(700, 500);
        await archiveStatus().hover();
        return page.locator('.workbench-hover:visible, .monaco-hover:visible').first().innerText({ timeout: 2000 });
      },
      (text) => /password authentication failed/.test(text),
    ).catch(async (error: unknown) => {
      // Seen once in a loaded run: the tooltip never changed. What the workbench showed and said then.
      await screenshot('refused-timeout');
      const said = await page
        .locator('.notifications-toasts')
        .innerText({ timeout: 1000 })
        .catch(() => '');
      throw new Error(`${(error as Error).message}; notifications: ${JSON.stringify(said)}`, { cause: error });
    });
    assert.doesNotMatch(tooltip, /Not-the-password/);
    assert.match(await archiveStatus().innerText(), /archive needs connecting/);
    await page.mouse.move(700, 500);
  });

  it("connects with the password typed into the command's input box, and the card shows the archive's corpus", async () => {
    await runCommand(page, 'Attaché: Connect to a shared archive');
    await answerConnectBoxes(PASSWORD);
    const status = await statusSaying('the archive connected', /Attaché: 2 articles/, 120_000);
    assert.doesNotMatch(status, /offline|needs connecting/);
    const settings = readFileSync(join(workbench.workspace, '.vscode', 'settings.json'), 'utf8');
    assert.match(settings, /"attache\.corpus\.store": "postgresql:\/\/reader_\d+@127\.0\.0\.1:\d+\/\w+"/);
    assert.ok(!settings.includes(PASSWORD), 'the password is not written to the settings');
    const card = await cardOfToLam(/In the corpus/);
    assert.match(card, /In the corpus:?\s*2 articles/);
    assert.match(card, /Xinhua/);
    await screenshot('connected');
  });

  it('shows the archive offline when the server stops, with the knowledge-base checks and the card going on', async () => {
    cluster.stop();
    const status = await statusSaying('the archive offline', /archive offline/);
    assert.match(status, /2 articles/);
    // An edit is checked anew against the knowledge base while the archive is away.
    const before = total(await problemCounts(page));
    await page.locator('.view-line', { hasText: 'Xi Jinping held talks' }).first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(` ${KB_ERROR}`);
    await until(
      'one more problem in the status bar',
      () => problemCounts(page),
      (numbers) => total(numbers) === before + 1,
    );
    const card = await cardOfToLam(/In the corpus/);
    assert.match(card, /General Secretary/);
    assert.match(card, /In the corpus:?\s*2 articles/);
    await screenshot('offline');
  });

  it('reconnects by itself when the server is back', async () => {
    cluster.start();
    const status = await statusSaying('the archive back', /Attaché: 2 articles/, 120_000);
    assert.doesNotMatch(status, /offline/);
    assert.match(await cardOfToLam(/In the corpus/), /In the corpus:?\s*2 articles/);
    await screenshot('reconnected');
  });

  it('keeps the password in the secret storage: a reloaded window connects without asking', async () => {
    // A mark on the page, gone once the page is loaded anew.
    await page.evaluate(() => Object.assign(globalThis, { attacheBeforeReload: true }));
    await runCommand(page, 'Developer: Reload Window');
    await until(
      'the reloaded workbench',
      async () => {
        // A reload may ask to keep the edited draft: it is not kept.
        const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don.t Save/ });
        if (await dontSave.isVisible()) await dontSave.click();
        return page.evaluate(() => 'attacheBeforeReload' in globalThis);
      },
      (marked) => !marked,
    );
    const status = await statusSaying('the archive connected after the reload', /Attaché: 2 articles/, 120_000);
    assert.doesNotMatch(status, /needs connecting/);
    assert.equal(await page.locator('.quick-input-widget input[type="password"]').isVisible(), false);
  });
});
