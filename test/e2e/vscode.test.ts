import assert from 'node:assert/strict';
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { REPO } from '../support/lspClient.js';
import { openWorkbench, problemCounts, type Workbench } from '../support/workbench.js';
import { until } from '../support/until.js';

/**
 * Where the screenshots go: `out/screenshots`, a build folder, so that a test run leaves the
 * tree as it was; `npm run screenshots` sets `ATTACHE_SCREENSHOTS=docs/screenshots` to refresh
 * the README's pictures.
 */
const SCREENSHOTS = resolve(REPO, process.env['ATTACHE_SCREENSHOTS'] ?? join('out', 'screenshots'));
mkdirSync(SCREENSHOTS, { recursive: true });
/** Runs in the page: an element's computed text color. */
/** A corpus file with findings of its own, were it checked like a draft. */
const CORPUS_ARTICLE = '003_bd403085390dd87b.txt';

function computedColor(element: { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { color: string } } | null } }): string {
  return element.ownerDocument.defaultView!.getComputedStyle(element).color;
}

/** The real VS Code workbench (code-server) in Chromium, with the packaged .vsix installed. */
describe('Attaché in a real VS Code', { timeout: 300_000 }, () => {
  let workbench: Workbench;
  let page: Page;

  before(async () => {
    // The sample corpus as the workspace's own corpus folder, where a writer can open its files.
    workbench = await openWorkbench({
      draft: '2024-06-laos-readout.md',
      settings: { 'attache.corpus.folders': ['corpus'] },
      prepare: (home) => cpSync(join(REPO, 'samples', 'corpus'), join(home, 'workspace', 'corpus'), { recursive: true }),
    });
    page = workbench.page;
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows problems for the draft', async () => {
    const counts = await until(
      'problems in the status bar',
      () => problemCounts(page),
      // A repeated wrong title counts as information.
      (numbers) => numbers.length >= 2 && numbers[0]! > 0,
    );
    assert.ok(counts[0]! >= 2, `errors: ${counts[0]}`);
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
    const name = page.locator('.view-line span span', { hasText: 'Thongloun Sisoulith' }).first();
    // Hover again on each look: the first hover can come before the editor is ready for it.
    const card = await until(
      'the hover card',
      async () => {
        await name.hover();
        return page.locator('.monaco-hover-content').first().innerText({ timeout: 2000 });
      },
      (text) => /Roles over time/.test(text),
    );
    assert.match(card, /Thongloun Sisoulith/);
    assert.match(card, /General Secretary of the Lao People's Revolutionary Party/);
    assert.match(card, /Xinhua/);
    assert.match(card, /Open the dossier/);
    await page.screenshot({ path: join(SCREENSHOTS, 'hover-card.png') });
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  it('applies a quick fix and the text changes', async () => {
    const problemsBefore = await problemCounts(page);
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
      () => problemCounts(page),
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

  it("opens a rule code's documentation read-only, at the rule", async () => {
    await page.locator('.markers-panel a.monaco-link', { hasText: 'title/not-held' }).first().click();
    await until('the rules documentation', () => activeTab(page), (title) => /rules\.md/.test(title));
    await until('the rule in view', () => activeEditorText(page), (text) => /title-not-held/.test(text));
    await assertReadOnly(page, 'title-not-held');
  });

  it('goes to the definition of a bundled entity in a read-only editor', async () => {
    await page.locator('.tab', { hasText: '2024-06-laos-readout.md' }).click();
    await page.locator('.editor-group-container.active .view-line span span', { hasText: 'Thongloun Sisoulith' }).first().click();
    await page.keyboard.press('F12');
    await until('the knowledge-base entry', () => activeTab(page), (title) => /laos\.yaml/.test(title));
    await until('the entry in view', () => activeEditorText(page), (text) => /Thongloun Sisoulith/.test(text));
    await assertReadOnly(page, 'Thongloun Sisoulith');
  });

  it('adds no problem when a corpus file is opened', async () => {
    const problemsBefore = await page.locator('[id="status.problems"]').innerText();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: /^corpus$/ }).click();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: CORPUS_ARTICLE }).click();
    await until('the corpus file', () => activeTab(page), (title) => title.includes(CORPUS_ARTICLE));
    // A hover on the draft is answered after the corpus file's diagnostics would have been sent.
    await page.locator('.tab', { hasText: '2024-06-laos-readout.md' }).click();
    await page.locator('.editor-group-container.active .view-line span span', { hasText: 'Thongloun Sisoulith' }).first().hover();
    await until('the hover card', () => page.locator('.monaco-hover-content').first().innerText(), (text) => /Roles over time/.test(text));
    await page.waitForTimeout(2000);
    assert.equal(await page.locator('[id="status.problems"]').innerText(), problemsBefore);
    assert.doesNotMatch(await page.locator('.markers-panel').innerText(), new RegExp(CORPUS_ARTICLE));
  });

  it('opens the dossier panel from "Show entity card" with the roles drawn on a timeline', async () => {
    await page.locator('.tab', { hasText: '2024-06-laos-readout.md' }).click();
    await page.locator('.editor-group-container.active .view-line span span', { hasText: 'Thongloun Sisoulith' }).first().click();
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Attaché: Show entity card');
    await until('the command in the palette', () => page.locator('.quick-input-list .monaco-list-row').first().innerText(), (text) => /Show entity card/.test(text));
    await page.keyboard.press('Enter');
    await until('the dossier tab', () => page.locator('.tab', { hasText: 'Dossier' }).first().innerText(), (text) => /Dossier: Thongloun Sisoulith/.test(text));
    // The workbench puts a webview's page in an iframe inside its own iframe.
    const dossier = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const heading = await until('the dossier heading', () => dossier.locator('h1').innerText(), (text) => text.length > 0);
    assert.equal(heading, 'Thongloun Sisoulith');
    const bars = await until('the role bars', () => dossier.locator('svg.timeline rect.bar').count(), (count) => count > 0);
    assert.ok(bars >= 2, `role bars: ${bars}`);
    const timeline = await dossier.locator('svg.timeline').textContent();
    assert.match(timeline ?? '', /General Secretary of the Lao People's Revolutionary Party/);
    assert.match(timeline ?? '', /2024-06-12/, "the document's date is marked");
    await page.screenshot({ path: join(SCREENSHOTS, 'dossier.png') });
    // Closed again, so that the next test's webview is the only one in the page.
    await page.locator('.tab', { hasText: 'Dossier' }).first().locator('.tab-actions .action-label').first().click();
    await until('the dossier closed', () => page.locator('.tab', { hasText: 'Dossier' }).count(), (count) => count === 0);
  });

  it('opens the passages view from a code lens, listing as many passages as the lens counts', async () => {
    await page.locator('.tab', { hasText: '2024-06-laos-readout.md' }).click();
    const lens = page.locator('.editor-group-container.active .codelens-decoration a', { hasText: /matching passage/ }).first();
    const title = await until('a passages code lens', () => lens.innerText(), (text) => /^\d+ matching passages?$/.test(text.trim()));
    const counted = Number(/\d+/.exec(title)![0]);
    await lens.click();
    const view = page.frameLocator('iframe.webview').first().frameLocator('#active-frame');
    const heading = await until('the passages view', () => view.locator('h1').innerText({ timeout: 2000 }), (text) => /matching passage/.test(text));
    assert.equal(heading.trim(), title.trim());
    assert.equal(await view.locator('.passage').count(), counted);
    const details = await view.locator('.passage .details').allInnerTexts();
    assert.equal(details.length, counted);
    for (const line of details) assert.ok(!/^outlet unknown · date unknown/.test(line), `an outlet or a date: ${line}`);
    assert.doesNotMatch(await view.locator('body').innerText(), /[0-9a-f]{16}\.txt/, 'no hashed file name');
    assert.ok((await view.locator('.passage mark').count()) > 0, 'the matched sentences are marked');
    await page.screenshot({ path: join(SCREENSHOTS, 'passages-view.png') });
    const sentence = (await view.locator('.passage mark').first().innerText()).trim();
    await view.locator('.passage h2 a').first().click();
    await until('the corpus file', () => activeTab(page), (tab) => /\.txt$/.test(tab));
    const cursor = await until('the sentence selected', () => page.locator('[id="status.editor.selection"]').innerText(), (text) => /selected/.test(text));
    assert.match(cursor, new RegExp(`\\(${sentence.length} selected\\)`));
    await until('the sentence in view', () => activeEditorText(page), (text) => text.replace(/\s+/g, ' ').includes(sentence.replace(/\s+/g, ' ').slice(0, 40)));
  });

  it('completes a name after a typed title, writing the title once', async () => {
    await page.locator('.tab', { hasText: '2024-06-laos-readout.md' }).first().click();
    await page.locator('.editor-group-container.active .view-line').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Chinese Pre');
    const first = await until(
      'a completion for "Chinese Pre"',
      async () => {
        const row = page.locator('.suggest-widget .monaco-list-row').first();
        if (await row.isVisible()) return row.innerText();
        await page.keyboard.press('Control+Space');
        await page.waitForTimeout(500);
        return (await row.isVisible()) ? row.innerText() : '';
      },
      (text) => /Li Qiang/.test(text),
    );
    assert.match(first, /Premier Li Qiang/);
    await page.keyboard.press('Enter');
    const text = await until('the completed text', () => activeEditorText(page), (visible) => /Chinese Premier Li Qiang/.test(visible));
    assert.doesNotMatch(text, /Premier\s+Premier|Chinese\s+Chinese/, 'the typed title is not written twice');
  });

  it('colors both halves of a name broken across a line', async () => {
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Lao President Thongloun');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sisoulith attended the ceremony.');
    // Plain prose on the same line ("attended"): the lines above are scrolled out of the page.
    const plain = await until('the new line', () => page.locator('.view-line span span', { hasText: /attended/ }).last().evaluate(computedColor), () => true);
    // The name's second half alone on its line: a token of its own, exactly "Sisoulith".
    const broken = await until(
      'the second half of the broken name colored',
      () => page.locator('.view-line span span', { hasText: /^Sisoulith$/ }).first().evaluate(computedColor),
      (color) => color !== plain,
    );
    const firstHalf = await page.locator('.view-line span span', { hasText: /^Thongloun$/ }).last().evaluate(computedColor);
    assert.equal(broken, firstHalf, 'both halves of the name take the same color');
  });
});

/** The title of the active editor's tab (the workbench lays the name out in pieces: "rules", ".md"). */
async function activeTab(page: Page): Promise<string> {
  return (await page.locator('.editor-group-container.active .tab.active').first().innerText()).replace(/\s+/g, '');
}

/** The visible text of the active editor (the editor writes spaces as no-break spaces). */
async function activeEditorText(page: Page): Promise<string> {
  return (await page.locator('.editor-group-container.active .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

/** Typing into the active editor, on the line that shows `text`, changes nothing, and the editor says it is read-only. */
async function assertReadOnly(page: Page, text: string): Promise<void> {
  const before = await activeEditorText(page);
  await page.locator('.editor-group-container.active .view-line', { hasText: text }).first().click();
  await page.keyboard.type('x');
  await until('the read-only notice', () => page.locator('.monaco-editor-overlaymessage').first().innerText(), (text) => /read-only/i.test(text));
  assert.equal(await activeEditorText(page), before);
}
