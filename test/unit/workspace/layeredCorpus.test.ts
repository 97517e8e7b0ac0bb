/**
 * A changed corpus file shows before the whole corpus is merged again: its record, merged
 * alone, is laid over the committed generation. Each case changes the corpus, takes the first
 * snapshot published during the update (the layered one) and compares what it answers with
 * what the committed generation answers once the full merge is done: events and their
 * sources, articles, copies, references and passages.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CorpusReader } from '../../../server/src/workspace/corpusView.js';
import { openWorkspace, type WorkspaceHost } from '../../../server/src/workspace/host.js';
import { LayeredCorpusView } from '../../../server/src/workspace/layeredCorpusView.js';
import { KPL_JUNE, KPL_MAY, KPL_MAY_AGAIN, LT, TEXTS, VNA, VT, XINHUA } from './wireCorpusFiles.js';

const PEOPLE = ['xi-jinping', 'to-lam', 'sonexay-siphandone', 'pham-minh-chinh'];
const QUERIES = [
  'Xi Jinping held talks with To Lam in Beijing',
  'Sonexay Siphandone met Pham Minh Chinh in Vientiane',
  // Found in the English reports by its names and the title alone; with the names alone
  // ("习近平同苏林会谈") a paragraph of a three-article corpus sits at the relevance floor, and
  // the layer, scoring with its own articles' figures, may land on the other side of it.
  '习近平同越共中央总书记苏林会谈',
];

function files(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(entries));
}

function pick(...paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((path) => [path, TEXTS[path]!]));
}

/** Everything a writer sees of the corpus, in a form two readers can be compared by. */
function answers(corpus: CorpusReader): unknown {
  return {
    articles: corpus.articleCount,
    duplicates: corpus.duplicateCount,
    files: corpus.files.map((file) => file.path),
    events: PEOPLE.map((id) =>
      (corpus.facts.eventsByEntity.get(id) ?? [])
        .map(
          (event) =>
            `${event.date ?? event.partialDate ?? 'undated'} ${event.format} ${[...event.participants].sort().join('+')} @${event.place ?? ''} [${[...event.outlets].sort().join(', ')}] ${event.reports.length}`,
        )
        .sort(),
    ),
    titles: PEOPLE.map((id) =>
      (corpus.facts.titlesByEntity.get(id) ?? []).map((sighting) => `${sighting.title} ${sighting.source.path}`).sort(),
    ),
    references: PEOPLE.map((id) => {
      const page = corpus.references(id);
      return [page.total, page.mentions.map((m) => `${m.path}@${m.start}-${m.end}`).sort()];
    }),
    cards: PEOPLE.map((id) => corpus.articlesMentioning(id).total),
    dossier: PEOPLE.map((id) =>
      corpus
        .articlesForDossier(id)
        .map((m) => m.article.id)
        .sort(),
    ),
    // The best three, in any order: the layer scores with its own term statistics, so near ties may swap.
    passages: QUERIES.map((query) =>
      corpus
        .search(query, { limit: 3 })
        .map((match) => `${match.article.path}@${match.start}`)
        .sort(),
    ),
  };
}

/** Opens a workspace on `before`, indexes it, changes the corpus to `after`, and returns the layered and the merged readers. */
async function change(
  before: Record<string, string>,
  after: Record<string, string>,
): Promise<{ host: WorkspaceHost; layered: CorpusReader; merged: CorpusReader }> {
  const host = openWorkspace({ corpusFiles: files(before), workers: 0, today: () => '2025-06-01' });
  assert.equal((await host.updateCorpus()).state, 'ready');
  host.setCorpusFiles(files(after));
  const published: CorpusReader[] = [];
  host.onDidChange((snapshot) => snapshot.corpus && published.push(snapshot.corpus));
  const status = await host.updateCorpus();
  assert.equal(status.state, 'ready', status.message);
  assert.ok(published.length >= 2, `a layered view, then the merged one: ${published.length} published`);
  const layered = published[0]!;
  assert.ok(layered instanceof LayeredCorpusView, 'the first corpus published is the layered one');
  const merged = host.snapshot().corpus!;
  assert.ok(!(merged instanceof LayeredCorpusView), 'the last is the merged generation');
  return { host, layered, merged };
}

describe('a changed corpus file, shown from its record before the full merge', () => {
  const cases: [string, Record<string, string>, Record<string, string>][] = [
    ['a second outlet’s report of the talks', pick(XINHUA, KPL_MAY), pick(XINHUA, KPL_MAY, VNA)],
    ['a report deleted', pick(XINHUA, VNA, KPL_MAY), pick(XINHUA, KPL_MAY)],
    [
      'a date edited in one file',
      pick(XINHUA, VNA, KPL_MAY),
      {
        ...pick(XINHUA, VNA),
        [KPL_MAY]: TEXTS[KPL_MAY]!.replace('14/05/2025', '15/05/2025')
          .replace('May 14', 'May 15')
          .replace('on Wednesday', 'on Thursday'),
      },
    ],
    ['the same article scraped again', pick(KPL_MAY, XINHUA), pick(KPL_MAY, XINHUA, KPL_MAY_AGAIN)],
    ['the first scrape deleted, its copy left', pick(KPL_MAY, KPL_MAY_AGAIN, XINHUA), pick(KPL_MAY_AGAIN, XINHUA)],
    ['the same text under another outlet', pick(VT, XINHUA), pick(VT, XINHUA, LT)],
    ['a meeting a month later', pick(KPL_MAY, VNA), pick(KPL_MAY, VNA, KPL_JUNE)],
  ];
  for (const [name, before, after] of cases) {
    it(`answers as the merged corpus does: ${name}`, async () => {
      const { host, layered, merged } = await change(before, after);
      assert.deepEqual(answers(layered), answers(merged));
      host.dispose();
    });
  }

  it('counts the second outlet at once, and the layer differs from the corpus before the change', async () => {
    const { host, layered } = await change(pick(XINHUA), pick(XINHUA, VNA));
    const talks = (layered.facts.eventsByEntity.get('to-lam') ?? []).filter((event) => event.format === 'talks');
    assert.equal(talks.length, 1);
    assert.deepEqual([...talks[0]!.outlets].sort(), ['Vietnam News Agency', 'Xinhua']);
    assert.equal(layered.articleCount, 2);
    host.dispose();
  });

  it('goes straight to the full merge when there is no committed corpus to lay a change over', async () => {
    const host = openWorkspace({ corpusFiles: files(pick(XINHUA)), workers: 0, today: () => '2025-06-01' });
    const published: CorpusReader[] = [];
    host.onDidChange((snapshot) => snapshot.corpus && published.push(snapshot.corpus));
    await host.updateCorpus();
    assert.equal(published.length, 1);
    assert.ok(!(published[0] instanceof LayeredCorpusView));
    host.dispose();
  });
});
