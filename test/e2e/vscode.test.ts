import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { REPO } from '../support/lspClient.js';
import { openWorkbench, type Workbench } from '../support/workbench.js';
import { until } from '../support/until.js';

/**
 * Where the screenshots go: a temporary folder, so that a test run leaves the tree as it was;
 * `ATTACHE_SCREENSHOTS=docs/screenshots` refreshes the README's pictures.
 */
const SCREENSHOTS = process.env['ATTACHE_SCREENSHOTS'] ? resolve(REPO, process.env['ATTACHE_SCREENSHOTS']) : mkdtempSync(join(tmpdir(), 'attache-screenshots-'));
/** Runs in the page: an element's computed text color. */
function computedColor(element: { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { color: string } } | null } }): string {
  return element.ownerDocument.defaultView!.getComputedStyle(element).color;
}

/** The real VS Code workbench (code-server) in Chromium, with the packaged .vsix installed. */
describe('Attaché in a real VS Code', { timeout: 300_000 }, () => {
  let workbench: Workbench;
  let page: Page;

  before(async () => {
    workbench = await openWorkbench({ draft: '2024-06-laos-readout.md' });
    page = workbench.page;
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows problems for the draft', async () => {
    const counts = await until(
      'problems in the status bar',
      async () => (await page.locator('[id="status.problems"]').innerText()).match(/\d+/g)!.map(Number),
      (numbers) => numbers.length === 2 && numbers[0]! > 0,
    );
    assert.ok(counts[0]! >= 3, `errors: ${counts[0]}`);
    assert.ok(counts[1]! >= 3, `warnings: ${counts[1]}`);
  });

  it('reports the corpus in the status bar once indexed', async () => {
    const status = await until('the corpus status', () => page.locator('.statusbar-item', { hasText: 'Attaché:' }).first().innerText(), (text) => /\d+ articles/.test(text));
    assert.match(status, /Attaché: \d+ articles/);
  });

  it("shows the date the draft's titles are judged at and where it was found", async () => {
    const status = await until('the document date', () => page.locator('.statusbar-item', { hasText: 'judged at' }).first().innerText(), (text) => /judged at/.test(text));
    assert.match(status, /Attaché · judged at 2024-06-12 \(front matter\)/);
  });

  it('colors entity names with semantic tokens', async () => {
    const colorOf = (text: string) =>
      until(
        `a colored span for "${text}"`,
        () => page.locator('.view-line span span', { hasText: text }).first().evaluate(computedColor),
        () => true,
      );
    const plain = await page.locator('.view-line span span', { hasText: 'welcomes more' }).first().evaluate(computedColor);
    const leader = await until('the leader token color', () => colorOf('Thongloun Sisoulith'), (color) => color !== plain);
    const party = await colorOf('LPRP');
    assert.notEqual(leader, plain);
    assert.notEqual(party, plain);
    assert.notEqual(leader, party);
  });

  it('hovers a leader and reads the entity card with sources', async () => {
    await page.locator('.view-line span span', { hasText: 'Thongloun Sisoulith' }).first().hover();
    const card = await until('the hover card', () => page.locator('.monaco-hover-content').first().innerText(), (text) => /Roles over time/.test(text));
    assert.match(card, /Thongloun Sisoulith/);
    assert.match(card, /General Secretary of the Lao People's Revolutionary Party/);
    assert.match(card, /Xinhua/);
    await page.screenshot({ path: join(SCREENSHOTS, 'hover-card.png') });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  it('applies a quick fix and the text changes', async () => {
    const problemsBefore = (await page.locator('[id="status.problems"]').innerText()).match(/\d+/g)!.map(Number);
    await page.locator('.view-line span span', { hasText: 'Jinpin' }).first().click();
    // Code actions may still be computing (the corpus finishing can republish diagnostics):
    // ask again until the menu offers the fix, as a user would.
    const menu = await until(
      'the quick-fix menu',
      async () => {
        const widget = page.locator('.action-widget').first();
        if (await widget.isVisible()) return widget.innerText();
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+.');
        await page.waitForTimeout(1000);
        return (await widget.isVisible()) ? widget.innerText() : '';
      },
      (text) => /Xi Jinping/.test(text),
    );
    assert.match(menu, /Replace with "Xi Jinping"/);
    await page.screenshot({ path: join(SCREENSHOTS, 'quick-fix.png') });
    await page.keyboard.press('Enter');
    await until('the fixed text', () => page.locator('.view-lines').innerText(), (text) => /secretaries, Xi Jinping\s+and/.test(text.replace(/\u00a0/g, ' ')));
    const problemsAfter = await until(
      'one problem fewer',
      async () => (await page.locator('[id="status.problems"]').innerText()).match(/\d+/g)!.map(Number),
      (numbers) => numbers[0]! === problemsBefore[0]! - 1,
    );
    assert.equal(problemsAfter[0], problemsBefore[0]! - 1);
  });

  it('lists the problems with their codes', async () => {
    await page.locator('[id="status.problems"]').click();
    const panel = await until('the problems panel', () => page.locator('.markers-panel').innerText(), (text) => /title\/not-held/.test(text));
    assert.match(panel, /org\/non-official-name/);
    await page.screenshot({ path: join(SCREENSHOTS, 'problems.png') });
  });
});
