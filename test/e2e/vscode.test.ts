import assert from 'node:assert/strict';
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { REPO } from '../support/lspClient.js';
import {
  activeTab,
  openFile,
  openWorkbench,
  problemCounts,
  resetWorkbench,
  type Workbench,
} from '../support/workbench.js';
import { until } from '../support/until.js';

/**
 * Where the screenshots go: `out/screenshots`, a build folder, so that a test run leaves the
 * tree as it was; `npm run screenshots` sets `ATTACHE_SCREENSHOTS=docs/screenshots` to refresh
 * the README's pictures.
 */
const SCREENSHOTS = resolve(REPO, process.env['ATTACHE_SCREENSHOTS'] ?? join('out', 'screenshots'));
mkdirSync(SCREENSHOTS, { recursive: true });
/** A corpus file with findings of its own, were it checked like a draft. */
const CORPUS_ARTICLE = '003_bd403085390dd87b.txt';
/** The sample draft each test works on a copy of. */
const SAMPLE_DRAFT = '2024-06-laos-readout.md';
/** The file name of a test's own copy of the sample draft. */
const draftFile = (draft: string) => `${draft}.md`;
/**
 * `ATTACHE_E2E_REVERSE=1` registers the tests last to first. Each test opens its own copy of the
 * draft, waits itself for what it needs and is followed by a reset of the workbench, so their
 * order must not matter; running them reversed shows that it does not.
 */
const REVERSED = process.env['ATTACHE_E2E_REVERSE'] === '1';

/** Runs in the page: an element's computed text color. */
function computedColor(element: {
  ownerDocument: { defaultView: { getComputedStyle(e: unknown): { color: string } } | null };
}): string {
  return element.ownerDocument.defaultView!.getComputedStyle(element).color;
}

/** The real VS Code workbench (code-server) in Chromium, with the packaged .vsix installed. */
describe('Attaché in a real VS Code', { timeout: 600_000 }, () => {
  let workbench: Workbench;
  let page: Page;

  before(async () => {
    // The sample corpus as the workspace's own corpus folder, where a writer can open its files.
    workbench = await openWorkbench({
      settings: { 'attache.corpus.folders': ['corpus'] },
      prepare: (home) => {
        cpSync(join(REPO, 'samples', 'corpus'), join(home, 'workspace', 'corpus'), { recursive: true });
        // Each test's own copy of the draft, there before the workbench lists the workspace.
        for (const { draft } of tests)
          cpSync(join(REPO, 'samples', 'drafts', SAMPLE_DRAFT), join(home, 'workspace', draftFile(draft)));
      },
    });
    page = workbench.page;
  });

  afterEach(async () => {
    await resetWorkbench(page);
  });

  after(async () => {
    await workbench?.close();
  });

  /** Waits until the draft's own problems are in the status bar (no other editor is open). */
  function draftProblems(): Promise<number[]> {
    // A repeated wrong title counts as information.
    return until(
      'problems in the status bar',
      () => problemCounts(page),
      (numbers) => numbers.length >= 2 && numbers[0]! > 0,
    );
  }

  /** Waits until the status bar says the sample corpus is indexed, and returns what it says. */
  function corpusIndexed(): Promise<string> {
    return until(
      'the corpus status',
      () => page.locator('.statusbar-item', { hasText: 'Attaché:' }).first().innerText(),
      (text) => /\d+ articles/.test(text),
    );
  }

  /**
   * Each test with its own copy of the sample draft, written before the workbench starts and
   * given to the test by file name to open itself: what another test fixed, typed or counted in
   * its copy is not in this one.
   */
  const tests: { name: string; draft: string; run: (draft: string) => Promise<void> }[] = [];
  function test(name: string, draft: string, run: (draft: string) => Promise<void>): void {
    // Two tests on one copy would see each other's edits.
    assert.ok(!tests.some((registered) => registered.draft === draft), `${draft} is the draft of one test only`);
    tests.push({ name, draft, run });
  }

  test('shows problems for the draft', 'problems-shown', async (draft) => {
    await openFile(page, draft);
    const counts = await draftProblems();
    assert.ok(counts[0]! >= 2, `errors: ${counts[0]}`);
    assert.ok(counts[1]! >= 3, `warnings: ${counts[1]}`);
  });

  test('reports the corpus in the status bar once indexed', 'corpus-status', async (draft) => {
    await openFile(page, draft);
    assert.match(await corpusIndexed(), /Attaché: \d+ articles/);
  });

  test("shows the date the draft's titles are judged at and where it was found", 'judged-at', async (draft) => {
    await openFile(page, draft);
    const status = await until(
      'the document date',
      () => page.locator('.statusbar-item', { hasText: 'judged at' }).first().innerText(),
      (text) => /judged at/.test(text),
    );
    assert.match(status, /Attaché · judged at 2024-06-12 \(front matter\)/);
  });

  test('colors entity names with semantic tokens', 'semantic-colors', async (draft) => {
    await openFile(page, draft);
    const colorOf = (text: string) =>
      until(
        `a colored span for "${text}"`,
        () => page.locator('.view-line span span', { hasText: text }).first().evaluate(computedColor),
        () => true,
      );
    const plain = await colorOf('welcomes more');
    const leader = await until(
      'the leader token color',
      () => colorOf('Thongloun Sisoulith'),
      (color) => color !== plain,
    );
    const party = await colorOf('LPRP');
    assert.notEqual(leader, plain);
    assert.notEqual(party, plain);
    assert.notEqual(leader, party);
  });

  test('hovers a leader and reads the entity card with sources', 'hover-card', async (draft) => {
    await openFile(page, draft);
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
  });

  test('applies a quick fix and the text changes', 'quick-fix', async (draft) => {
    await openFile(page, draft);
    // The corpus finishing republishes the draft's problems: count them once it is indexed.
    await corpusIndexed();
    const problemsBefore = await draftProblems();
    await page.locator('.view-line span span', { hasText: 'Jinpin' }).first().click();
    // Code actions may still be computing: ask again until the menu offers the fix, as a user would.
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
    await until(
      'the fixed text',
      () => page.locator('.view-lines').innerText(),
      (text) => /secretaries, Xi Jinping\s+and/.test(text.replace(/\u00a0/g, ' ')),
    );
    const problemsAfter = await until(
      'one problem fewer',
      () => problemCounts(page),
      (numbers) => numbers[0]! === problemsBefore[0]! - 1,
    );
    assert.equal(problemsAfter[0], problemsBefore[0]! - 1);
  });

  test('lists the problems with their codes', 'problems-panel', async (draft) => {
    await openFile(page, draft);
    await openProblemsPanel();
    assert.match(await page.locator('.markers-panel').innerText(), /org\/non-official-name/);
    await page.screenshot({ path: join(SCREENSHOTS, 'problems.png') });
  });

  test("opens a rule code's documentation read-only, at the rule", 'rule-documentation', async (draft) => {
    await openFile(page, draft);
    await openProblemsPanel();
    await page.locator('.markers-panel a.monaco-link', { hasText: 'title/not-held' }).first().click();
    await until(
      'the rules documentation',
      () => activeTab(page),
      (title) => /rules\.md/.test(title),
    );
    await until(
      'the rule in view',
      () => activeEditorText(page),
      (text) => /title-not-held/.test(text),
    );
    await assertReadOnly(page, 'title-not-held');
  });

  test('goes to the definition of a bundled entity in a read-only editor', 'go-to-definition', async (draft) => {
    await openFile(page, draft);
    // The server answers for the draft once it has checked it; until then F12 finds nothing.
    await draftProblems();
    const name = page
      .locator('.editor-group-container.active .view-line span span', { hasText: 'Thongloun Sisoulith' })
      .first();
    await until(
      'the knowledge-base entry',
      async () => {
        const title = await activeTab(page);
        if (!/laos\.yaml/.test(title)) {
          await name.click();
          await page.keyboard.press('F12');
        }
        return title;
      },
      (title) => /laos\.yaml/.test(title),
      { interval: 2_000 },
    );
    await until(
      'the entry in view',
      () => activeEditorText(page),
      (text) => /Thongloun Sisoulith/.test(text),
    );
    await assertReadOnly(page, 'Thongloun Sisoulith');
  });

  test('adds no problem when a corpus file is opened', 'corpus-file-opened', async (draft) => {
    await openFile(page, draft);
    // The corpus finishing republishes the draft's problems: count them once it is indexed.
    await corpusIndexed();
    await draftProblems();
    const problemsBefore = await page.locator('[id="status.problems"]').innerText();
    await openFile(page, CORPUS_ARTICLE);
    // A hover on the draft is answered after the corpus file's diagnostics would have been sent.
    await page.locator('.tab', { hasText: draft }).click();
    await page
      .locator('.editor-group-container.active .view-line span span', { hasText: 'Thongloun Sisoulith' })
      .first()
      .hover();
    await until(
      'the hover card',
      () => page.locator('.monaco-hover-content').first().innerText(),
      (text) => /Roles over time/.test(text),
    );
    await page.waitForTimeout(2000);
    assert.equal(await page.locator('[id="status.problems"]').innerText(), problemsBefore);
    await openProblemsPanel();
    assert.doesNotMatch(await page.locator('.markers-panel').innerText(), new RegExp(CORPUS_ARTICLE));
  });

  test(
    'opens the dossier panel from "Show entity card" with the roles drawn on a timeline',
    'entity-card',
    async (draft) => {
      await openFile(page, draft);
      const showEntityCard = async () => {
        await page
          .locator('.editor-group-container.active .view-line span span', { hasText: 'Thongloun Sisoulith' })
          .first()
          .click();
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').fill('>Attaché: Show entity card');
        await until(
          'the command in the palette',
          () => page.locator('.quick-input-list .monaco-list-row').first().innerText(),
          (text) => /Show entity card/.test(text),
        );
        await page.keyboard.press('Enter');
      };
      const dossierTab = (timeout: number) =>
        until(
          'the dossier tab',
          () => page.locator('.tab', { hasText: 'Dossier' }).first().innerText(),
          (text) => /Dossier: Thongloun Sisoulith/.test(text),
          timeout,
        );
      // Asked as a writer would: once more if the first command found the workbench still busy
      // (seen only in a cold workbench right after the build). Each miss leaves a screenshot and
      // what the workbench said, so a failure shows where the command went.
      for (let attempt = 1; ; attempt++) {
        await showEntityCard();
        try {
          await dossierTab(20_000);
          break;
        } catch (error) {
          await page.screenshot({ path: join(SCREENSHOTS, `dossier-attempt-${attempt}.png`) });
          const said = await page
            .locator('.notifications-toasts')
            .innerText({ timeout: 1000 })
            .catch(() => '');
          if (attempt === 3)
            throw new Error(`${(error as Error).message}; notifications: ${JSON.stringify(said)}`, { cause: error });
          await page.keyboard.press('Escape');
        }
      }
      // The workbench puts a webview's page in an iframe inside its own iframe.
      const dossier = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const heading = await until(
        'the dossier heading',
        () => dossier.locator('h1').innerText(),
        (text) => text.length > 0,
      );
      assert.equal(heading, 'Thongloun Sisoulith');
      const bars = await until(
        'the role bars',
        () => dossier.locator('svg.timeline rect.bar').count(),
        (count) => count > 0,
      );
      assert.ok(bars >= 2, `role bars: ${bars}`);
      const timeline = await dossier.locator('svg.timeline').textContent();
      assert.match(timeline ?? '', /General Secretary of the Lao People's Revolutionary Party/);
      assert.match(timeline ?? '', /2024-06-12/, "the document's date is marked");
      await page.screenshot({ path: join(SCREENSHOTS, 'dossier.png') });
    },
  );

  test(
    'opens the passages view from a code lens, listing as many passages as the lens counts',
    'passages-view',
    async (draft) => {
      await openFile(page, draft);
      // The lens counts the corpus's passages: read it once the corpus is indexed.
      await corpusIndexed();
      const lens = page
        .locator('.editor-group-container.active .codelens-decoration a', { hasText: /matching passage/ })
        .first();
      const title = await until(
        'a passages code lens',
        () => lens.innerText(),
        (text) => /^\d+ matching passages?$/.test(text.trim()),
      );
      const counted = Number(/\d+/.exec(title)![0]);
      await lens.click();
      const view = page.frameLocator('iframe.webview').first().frameLocator('#active-frame');
      const heading = await until(
        'the passages view',
        () => view.locator('h1').innerText({ timeout: 2000 }),
        (text) => /matching passage/.test(text),
      );
      assert.equal(heading.trim(), title.trim());
      assert.equal(await view.locator('.passage').count(), counted);
      const details = await view.locator('.passage .details').allInnerTexts();
      assert.equal(details.length, counted);
      for (const line of details)
        assert.ok(!/^outlet unknown · date unknown/.test(line), `an outlet or a date: ${line}`);
      assert.doesNotMatch(await view.locator('body').innerText(), /[0-9a-f]{16}\.txt/, 'no hashed file name');
      assert.ok((await view.locator('.passage mark').count()) > 0, 'the matched sentences are marked');
      await page.screenshot({ path: join(SCREENSHOTS, 'passages-view.png') });
      const sentence = (await view.locator('.passage mark').first().innerText()).trim();
      await view.locator('.passage h2 a').first().click();
      await until(
        'the corpus file',
        () => activeTab(page),
        (tab) => /\.txt$/.test(tab),
      );
      const cursor = await until(
        'the sentence selected',
        () => page.locator('[id="status.editor.selection"]').innerText(),
        (text) => /selected/.test(text),
      );
      assert.match(cursor, new RegExp(`\\(${sentence.length} selected\\)`));
      await until(
        'the sentence in view',
        () => activeEditorText(page),
        (text) => text.replace(/\s+/g, ' ').includes(sentence.replace(/\s+/g, ' ').slice(0, 40)),
      );
    },
  );

  test('completes a name after a typed title, writing the title once', 'completion', async (draft) => {
    await openFile(page, draft);
    await typeAtTheEnd(page, 'Chinese Pre');
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
    const text = await until(
      'the completed text',
      () => activeEditorText(page),
      (visible) => /Chinese Premier Li Qiang/.test(visible),
    );
    assert.doesNotMatch(text, /Premier\s+Premier|Chinese\s+Chinese/, 'the typed title is not written twice');
  });

  test('colors both halves of a name broken across a line', 'broken-name', async (draft) => {
    await openFile(page, draft);
    await typeAtTheEnd(page, 'Lao President Thongloun');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sisoulith attended the ceremony.');
    // Plain prose on the same line ("attended"), found nowhere else in the draft.
    const plain = await until(
      'the new line',
      () =>
        page
          .locator('.view-line span span', { hasText: /attended/ })
          .last()
          .evaluate(computedColor),
      () => true,
    );
    // The name's second half alone on its line: a token of its own, exactly "Sisoulith".
    const broken = await until(
      'the second half of the broken name colored',
      () =>
        page
          .locator('.view-line span span', { hasText: /^Sisoulith$/ })
          .first()
          .evaluate(computedColor),
      (color) => color !== plain,
    );
    const firstHalf = await page
      .locator('.view-line span span', { hasText: /^Thongloun$/ })
      .last()
      .evaluate(computedColor);
    assert.equal(broken, firstHalf, 'both halves of the name take the same color');
  });

  for (const { name, draft, run } of REVERSED ? tests.reverse() : tests) it(name, () => run(draftFile(draft)));

  /** Opens the problems panel (hidden after each test) and waits until it lists the draft's problems. */
  async function openProblemsPanel(): Promise<void> {
    await page.locator('[id="status.problems"]').click();
    await until(
      'the problems panel',
      () => page.locator('.markers-panel').innerText(),
      (text) => /title\/not-held/.test(text),
    );
  }
});

/** Types `text` on a new paragraph after the end of the active editor's text. */
async function typeAtTheEnd(page: Page, text: string): Promise<void> {
  await page.locator('.editor-group-container.active .view-line').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
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
  await until(
    'the read-only notice',
    () => page.locator('.monaco-editor-overlaymessage').first().innerText(),
    (text) => /read-only/i.test(text),
  );
  assert.equal(await activeEditorText(page), before);
}
