/**
 * The dossier of an entity as the workspace answers it, on the bundled knowledge base and a
 * small corpus given in memory: names in every script, roles with their dates against the
 * document's date, the corpus events, and the articles, an outlet's second copy of a story
 * counted once.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityDossier } from '../../../server/src/core/entityDossier.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';
import { wireCopy } from '../store/storeContract.js';

const KPL_MAY = wireCopy('kpl-2025-05-14-sonexay-chinh-meeting');
/** The same KPL story scraped again after the outlet appended a line: a different text, the same article for a reader. */
const KPL_MAY_UPDATED = `${KPL_MAY.trimEnd()}\n\nThe two sides also signed a memorandum on border trade.\n`;

const CORPUS = new Map([
  ['corpus/kpl/2025-05-14-sonexay-chinh-meeting.txt', KPL_MAY],
  ['corpus/kpl/updated/2025-05-14-sonexay-chinh-meeting.txt', KPL_MAY_UPDATED],
  ['corpus/kpl/2025-06-16-sonexay-chinh-meeting.txt', wireCopy('kpl-2025-06-16-sonexay-chinh-meeting')],
  ['corpus/vientiane-times/2025-05-14-sonexay-chinh.txt', wireCopy('vientiane-times-2025-05-14-sonexay-chinh')],
  ['corpus/laotian-times/2025-05-14-sonexay-chinh.txt', wireCopy('laotian-times-2025-05-14-sonexay-chinh')],
]);

describe('entity dossier', () => {
  let dossier: EntityDossier;
  before(async () => {
    const host = openWorkspace({ corpusFiles: CORPUS, workers: 0, today: () => '2025-07-01' });
    const status = await host.updateCorpus();
    assert.equal(status.state, 'ready', status.message);
    const snapshot = host.snapshot();
    dossier = snapshot.entityDossier(snapshot.kb.entities.get('sonexay-siphandone')!, '2025-06-01');
    host.dispose();
  });

  it('gives the names in every script the knowledge base has', () => {
    assert.equal(dossier.name, 'Sonexay Siphandone');
    const byScript = new Map(dossier.names.map((n) => [n.script, n.name]));
    assert.equal(byScript.get('en'), 'Sonexay Siphandone');
    assert.equal(byScript.get('zh-Hans'), '宋赛·西潘敦');
    assert.equal(byScript.get('zh-Hant'), '宋賽·西潘敦');
    assert.equal(byScript.get('lo'), 'ສອນໄຊ ສີພັນດອນ');
  });

  it("gives the roles oldest first with their dates, marking those held on the document's date", () => {
    assert.equal(dossier.documentDate, '2025-06-01');
    assert.deepEqual(
      dossier.roles.map((r) => [r.officeId, r.from, r.to, r.heldOnDocumentDate]),
      [
        ['politburo-member-lprp', '2016-01', undefined, true],
        ['deputy-prime-minister-laos', '2016-04-20', '2022-12-30', false],
        ['prime-minister-laos', '2022-12-30', undefined, true],
      ],
    );
    assert.match(dossier.roles[1]!.office, /Prime Minister/);
    assert.ok(
      dossier.roles.every((r) => r.source.length > 0),
      'every role has its source',
    );
  });

  it('lists the corpus events with the counterpart and a passage for each report', () => {
    const meeting = dossier.events.find((e) => e.date === '2025-05-14');
    assert.ok(
      meeting,
      `a meeting on 2025-05-14 among ${JSON.stringify(dossier.events.map((e) => [e.format, e.date]))}`,
    );
    assert.ok(meeting.with.includes('Pham Minh Chinh'), meeting.with.join(', '));
    assert.ok(meeting.reports.length >= 2, 'reported by more than one outlet');
    assert.ok(
      meeting.dateBasis && ['explicit', 'relative', 'dateline'].includes(meeting.dateBasis),
      `a stated date, not ${meeting.dateBasis}`,
    );
    for (const report of meeting.reports) {
      assert.ok(CORPUS.has(report.path), report.path);
      assert.ok(report.end > report.start);
    }
    const dates = dossier.events.map((e) => e.date).filter((d): d is string => d !== undefined);
    assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  });

  it("lists every article once, an outlet's copies of the same story on the same day counted as one", () => {
    const listed = dossier.articles.map((a) => `${a.outlet}|${a.date}`);
    assert.equal(listed.filter((key) => key.startsWith('KPL|2025-05-14')).length, 1, listed.join(', '));
    assert.equal(dossier.duplicateArticles, 1);
    assert.equal(dossier.articles.length, 4, listed.join(', '));
    const text = CORPUS.get(dossier.articles[0]!.source.path)!;
    const { start, end } = dossier.articles[0]!.source;
    assert.match(text.slice(start, end), /Sonexay|Siphandone/, 'each article links to the mention');
  });
});
