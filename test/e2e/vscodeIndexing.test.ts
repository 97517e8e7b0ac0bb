/**
 * The real VS Code workbench while a large corpus is being indexed: the writer opens a draft
 * and gets problems and an entity card at once, while the status bar still shows the indexing
 * progress, and the corpus arrives later without a restart.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { openWorkbench, problemCounts, type Workbench } from '../support/workbench.js';
import { temporaryFolder } from '../support/temporaryFolders.js';
import { until } from '../support/until.js';

const LEADERS = [
  'Xi Jinping',
  'Li Qiang',
  'Wang Yi',
  'Thongloun Sisoulith',
  'Sonexay Siphandone',
  'To Lam',
  'Pham Minh Chinh',
  'Luong Cuong',
];
const CITIES = ['BEIJING', 'VIENTIANE', 'HANOI', 'KUNMING', 'NANNING'];
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A corpus large enough that indexing takes a while: wire-style JSON Lines records, varied. */
function writeLargeCorpus(dir: string, files: number, perFile: number): void {
  let n = 0;
  for (let f = 0; f < files; f++) {
    const lines: string[] = [];
    for (let a = 0; a < perFile; a++, n++) {
      const host = LEADERS[n % LEADERS.length]!;
      const guest = LEADERS[(n * 3 + 1) % LEADERS.length]!;
      const year = 2016 + (n % 10);
      const month = n % 12;
      const day = 1 + (n % 28);
      const text = [
        `${CITIES[n % CITIES.length]}, ${MONTHS[month]} ${day} -- ${host} held talks with ${guest} on ${MONTHS[month]} ${day}, ${year}, and the two sides agreed to deepen cooperation in trade, connectivity and agriculture under the framework of their comprehensive strategic partnership, report number ${n}.`,
        `${host} said that the two countries should expand practical cooperation in the railway, energy and digital economy, and strengthen exchanges between their parties, legislatures and localities, according to the readout numbered ${n}.`,
        `${guest} thanked the host for the warm welcome and said the visit, the ${1 + (n % 7)}th of its kind, had opened a new chapter in relations between the two peoples.`,
      ].join('\n\n');
      lines.push(
        JSON.stringify({
          title: `${host} holds talks with ${guest}`,
          date: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          outlet: 'Xinhua',
          text,
        }),
      );
    }
    writeFileSync(join(dir, `wire-${String(f).padStart(4, '0')}.jsonl`), lines.join('\n'));
  }
}

/**
 * Each test serves a workbench of its own on a large corpus of its own: the first needs the
 * indexing still under way when the draft opens, which a workbench another test already waited
 * on could no longer show.
 */
describe('Attaché in a real VS Code while the corpus is indexed', { timeout: 600_000 }, () => {
  let workbench: Workbench | undefined;

  /** A fresh workbench on a fresh large corpus, showing the sample draft while it is indexed. */
  async function openOnLargeCorpus(): Promise<Page> {
    const archive = temporaryFolder('attache-e2e-archive-');
    workbench = await openWorkbench({
      draft: '2024-06-laos-readout.md',
      settings: { 'attache.corpus.folders': [archive] },
      prepare: () => writeLargeCorpus(archive, 400, 40),
    });
    return workbench.page;
  }

  afterEach(async () => {
    await workbench?.close();
    workbench = undefined;
  });

  const corpusStatus = (page: Page) => page.locator('.statusbar-item', { hasText: 'Attaché' }).first().innerText();

  it('shows problems and the entity card while the status bar says the corpus is being indexed', async () => {
    const page = await openOnLargeCorpus();
    const counts = await until(
      'problems in the status bar',
      () => problemCounts(page),
      // A repeated wrong title counts as information.
      (numbers) => numbers.length >= 2 && numbers[0]! > 0,
    );
    assert.ok(counts[0]! >= 2, `errors: ${counts[0]}`);
    const name = page.locator('.view-line span span', { hasText: 'Thongloun Sisoulith' }).first();
    // Hover again on each look: the first hover can come before the editor is ready for it.
    const card = await until(
      'the hover card',
      async () => {
        const shown = page.locator('.monaco-hover-content').first();
        if (!(await shown.isVisible())) {
          await page.mouse.move(5, 5);
          await name.hover();
          await page.waitForTimeout(800);
        }
        return shown.innerText();
      },
      (text) => /Roles over time/.test(text),
    );
    assert.match(card, /General Secretary of the Lao People's Revolutionary Party/);
    assert.match(await corpusStatus(page), /indexing corpus/);
  });

  it('reports the corpus once indexed, without a restart', async () => {
    const page = await openOnLargeCorpus();
    // Under way first, so that what follows is the same workbench finishing it.
    await until(
      'the indexing in the status bar',
      () => corpusStatus(page),
      (text) => /indexing corpus/.test(text),
    );
    const status = await until(
      'the indexed corpus in the status bar',
      () => corpusStatus(page),
      (text) => /Attaché: [\d,]+ articles/.test(text),
      240_000,
    );
    assert.match(status, /Attaché: 16000 articles/);
  });
});
