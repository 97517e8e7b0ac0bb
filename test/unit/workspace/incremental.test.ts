/**
 * Incremental corpus updates through the workspace host, with the corpus given in memory
 * (memory store, indexing on this thread): what a second outlet, an edit, a deletion or a copy
 * does to the events and articles, which files are read again, a cancelled update, and the
 * knowledge-base features answering before any corpus is indexed.
 *
 * `setCorpusFiles` drops the in-process indexer, so `inProcessIndexer.filesRead` right after an
 * update lists exactly the files that update read.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CorpusEvent } from '../../../server/src/core/facts/types.js';
import { openWorkspace, type WorkspaceHost } from '../../../server/src/workspace/host.js';
import { KPL_JUNE, KPL_MAY, KPL_MAY_AGAIN, LT, TEXTS, VNA, VT, VT_AGAIN, XINHUA } from './wireCorpusFiles.js';

function files(...paths: string[]): Map<string, string> {
  return new Map(paths.map((path) => [path, TEXTS[path]!]));
}

function open(...paths: string[]): WorkspaceHost {
  return openWorkspace({ corpusFiles: files(...paths), workers: 0, today: () => '2025-06-01' });
}

async function update(host: WorkspaceHost): Promise<void> {
  const status = await host.updateCorpus();
  assert.equal(status.state, 'ready', status.message);
}

/** The events in which both people took part, of one format. */
function eventsOf(host: WorkspaceHost, a: string, b: string, format: CorpusEvent['format']): CorpusEvent[] {
  const corpus = host.snapshot().corpus;
  assert.ok(corpus, 'a corpus is loaded');
  return (corpus.facts.eventsByEntity.get(a) ?? []).filter((e) => e.format === format && e.participants.includes(b));
}

function onlyEvent(host: WorkspaceHost, a: string, b: string, format: CorpusEvent['format']): CorpusEvent {
  const found = eventsOf(host, a, b, format);
  assert.equal(found.length, 1, `one ${format} of ${a} and ${b}: ${JSON.stringify(found.map((e) => e.id))}`);
  return found[0]!;
}

describe('incremental corpus updates (memory store, this thread)', { timeout: 30_000 }, () => {
  it('counts a second outlet’s report of the talks as a second source, and drops it when its file goes', async () => {
    const host = open(XINHUA);
    await update(host);
    let talks = onlyEvent(host, 'xi-jinping', 'to-lam', 'talks');
    assert.deepEqual(talks.outlets, ['Xinhua']);
    assert.equal(talks.date, '2025-01-14');
    assert.equal(talks.place, 'Beijing');

    host.setCorpusFiles(files(XINHUA, VNA));
    await update(host);
    assert.deepEqual(host.inProcessIndexer?.filesRead, [VNA], 'only the new file is read');
    talks = onlyEvent(host, 'xi-jinping', 'to-lam', 'talks');
    assert.equal(talks.outlets.length, 2);
    assert.deepEqual([...talks.outlets].sort(), ['Vietnam News Agency', 'Xinhua']);
    assert.equal(talks.reports.length, 2);
    assert.equal(talks.date, '2025-01-14');
    assert.equal(host.snapshot().corpus?.articleCount, 2);

    host.setCorpusFiles(files(XINHUA));
    await update(host);
    assert.deepEqual(host.lastUpdate?.removed, [VNA]);
    assert.deepEqual(host.inProcessIndexer?.filesRead, [], 'a deletion reads no file');
    talks = onlyEvent(host, 'xi-jinping', 'to-lam', 'talks');
    assert.equal(talks.outlets.length, 1);
    assert.deepEqual(talks.outlets, ['Xinhua']);
    assert.equal(host.snapshot().corpus?.articleCount, 1);
    host.dispose();
  });

  it('moves the event when one file’s date is edited, reading only that file again', async () => {
    const host = open(XINHUA, VNA, KPL_MAY);
    await update(host);
    assert.equal(onlyEvent(host, 'sonexay-siphandone', 'pham-minh-chinh', 'meeting').date, '2025-05-14');
    const talksBefore = onlyEvent(host, 'xi-jinping', 'to-lam', 'talks');

    const edited = files(XINHUA, VNA, KPL_MAY);
    edited.set(
      KPL_MAY,
      TEXTS[KPL_MAY]!.replace('14/05/2025', '15/05/2025')
        .replace('May 14', 'May 15')
        .replace('on Wednesday', 'on Thursday'),
    );
    assert.notEqual(edited.get(KPL_MAY), TEXTS[KPL_MAY]);
    host.setCorpusFiles(edited);
    await update(host);

    assert.deepEqual(host.inProcessIndexer?.filesRead, [KPL_MAY]);
    assert.deepEqual(host.lastUpdate?.changed, [KPL_MAY]);
    assert.equal(host.lastUpdate?.unchanged, 2);
    const meeting = onlyEvent(host, 'sonexay-siphandone', 'pham-minh-chinh', 'meeting');
    assert.equal(meeting.date, '2025-05-15');
    assert.deepEqual(meeting.outlets, ['KPL']);
    const generation = host.committedCorpus!.generation;
    assert.equal(
      generation.factEntities.flatMap((id) => generation.readEvents(id)).filter((e) => e.date === '2025-05-14').length,
      0,
      'no event is left on the old date',
    );
    assert.equal(host.snapshot().corpus?.article(`${KPL_MAY}#0`)?.date, '2025-05-15');
    // The talks, in files not read again, are as they were.
    const talksAfter = onlyEvent(host, 'xi-jinping', 'to-lam', 'talks');
    assert.deepEqual(
      [talksAfter.date, [...talksAfter.outlets].sort()],
      [talksBefore.date, [...talksBefore.outlets].sort()],
    );
    host.dispose();
  });

  it('counts an article scraped twice once, lists the copy, and keeps one source for its event', async () => {
    const host = open(VT, VT_AGAIN);
    await update(host);
    const corpus = host.committedCorpus!;
    assert.equal(corpus.articleCount, 1);
    assert.equal(corpus.files.length, 2);
    assert.deepEqual(corpus.generation.duplicates, [{ id: `${VT_AGAIN}#0`, path: VT_AGAIN, of: `${VT}#0` }]);
    assert.equal(host.status.duplicates, 1);
    assert.equal(host.status.articles, 1);
    const meeting = onlyEvent(host, 'sonexay-siphandone', 'pham-minh-chinh', 'meeting');
    assert.deepEqual(meeting.outlets, ['Vientiane Times']);
    assert.equal(meeting.reports.length, 1);
    assert.equal(meeting.date, '2025-05-14');
    host.dispose();
  });

  it('keeps the same text under another outlet as an article of its own, in the same story', async () => {
    const host = open(VT, VT_AGAIN, LT);
    await update(host);
    const corpus = host.committedCorpus!;
    assert.equal(corpus.articleCount, 2);
    assert.deepEqual(
      corpus.generation.duplicates.map((d) => d.path),
      [VT_AGAIN],
    );
    const vientianeTimes = corpus.article(`${VT}#0`);
    const laotianTimes = corpus.article(`${LT}#0`);
    assert.equal(vientianeTimes?.outlet, 'Vientiane Times');
    assert.equal(laotianTimes?.outlet, 'Laotian Times');
    assert.equal(vientianeTimes?.contentHash, laotianTimes?.contentHash, 'the same text');
    assert.ok(vientianeTimes?.storyId);
    assert.equal(laotianTimes?.storyId, vientianeTimes?.storyId);
    const story = corpus.generation.readStories().find((s) => s.id === vientianeTimes?.storyId);
    assert.deepEqual([...(story?.outlets ?? [])].sort(), ['Laotian Times', 'Vientiane Times']);
    const meeting = onlyEvent(host, 'sonexay-siphandone', 'pham-minh-chinh', 'meeting');
    assert.deepEqual([...meeting.outlets].sort(), ['Laotian Times', 'Vientiane Times']);
    host.dispose();
  });

  it('promotes the copy when the first scrape is deleted, still one article', async () => {
    const host = open(KPL_MAY, KPL_MAY_AGAIN);
    await update(host);
    assert.equal(host.snapshot().corpus?.articleCount, 1);
    assert.deepEqual(
      host.committedCorpus?.generation.duplicates.map((d) => d.path),
      [KPL_MAY_AGAIN],
    );
    host.setCorpusFiles(files(KPL_MAY_AGAIN));
    await update(host);
    assert.deepEqual(host.inProcessIndexer?.filesRead, []);
    const corpus = host.committedCorpus;
    assert.equal(corpus.articleCount, 1);
    assert.deepEqual(corpus.generation.duplicates, []);
    assert.equal(corpus.generation.articles.at(0)?.path, KPL_MAY_AGAIN);
    assert.deepEqual(
      onlyEvent(host, 'sonexay-siphandone', 'pham-minh-chinh', 'meeting').reports.map((r) => r.source.path),
      [KPL_MAY_AGAIN],
    );
    host.dispose();
  });

  it('keeps two meetings of the same leaders a month apart as two events', async () => {
    const host = open(KPL_MAY, KPL_JUNE);
    await update(host);
    const meetings = eventsOf(host, 'sonexay-siphandone', 'pham-minh-chinh', 'meeting');
    assert.deepEqual(
      meetings.map((e) => [e.date, e.place, e.outlets, e.reports.length]),
      [
        ['2025-05-14', 'Vientiane', ['KPL'], 1],
        ['2025-06-16', 'Vientiane', ['KPL'], 1],
      ],
    );
    assert.deepEqual(
      meetings.map((e) => e.reports[0]!.source.path),
      [KPL_MAY, KPL_JUNE],
    );
    assert.equal(meetings[0]!.disagreements.length, 0);
    host.dispose();
  });

  it('leaves the previous corpus in place when an update is cancelled before it starts', async () => {
    const host = open(XINHUA, VNA);
    await update(host);
    const before = host.committedCorpus;
    assert.ok(before);
    host.setCorpusFiles(files(XINHUA, VNA, KPL_MAY));
    const controller = new AbortController();
    controller.abort();
    const status = await host.updateCorpus({ signal: controller.signal });
    assert.notEqual(status.state, 'failed', status.message);
    assert.notEqual(host.status.state, 'failed');
    assert.equal(status.articles, 2);
    assert.equal(host.snapshot().corpus, before, 'the same corpus view');
    assert.equal(host.committedCorpus?.generation, before?.generation, 'the same generation object');
    assert.deepEqual(host.inProcessIndexer?.filesRead ?? [], [], 'no file was read');
    // The next update is not blocked by the cancelled one, and sees the new file.
    await update(host);
    assert.deepEqual(host.inProcessIndexer?.filesRead, [KPL_MAY]);
    assert.equal(host.snapshot().corpus?.articleCount, 3);
    assert.notEqual(host.committedCorpus?.generation, before?.generation);
    host.dispose();
  });

  it('reports the previous corpus as ready after an update is cancelled, not as still indexing', async () => {
    const host = open(XINHUA, VNA);
    await update(host);
    const ready = { ...host.status };
    assert.equal(ready.state, 'ready');
    host.setCorpusFiles(files(XINHUA, VNA, KPL_MAY));
    const controller = new AbortController();
    controller.abort();
    const status = await host.updateCorpus({ signal: controller.signal });
    // Nothing is indexing any more and the previous corpus answers: the status bar must not
    // keep showing "indexing" (the language server sends this status when the user cancels).
    assert.equal(status.state, 'ready');
    assert.equal(host.status.state, 'ready');
    assert.equal(status.articles, ready.articles);
    host.dispose();
  });

  it('shows the text of a corpus given in memory: passages, references and file reads', async () => {
    const host = open(XINHUA, VNA);
    await update(host);
    const snapshot = host.snapshot();
    assert.equal(snapshot.corpusText(XINHUA, 0, TEXTS[XINHUA]!.length), TEXTS[XINHUA]);
    const corpus = snapshot.corpus!;
    const references = corpus.references('to-lam');
    assert.ok(references.mentions.length >= 2);
    for (const mention of references.mentions) {
      assert.equal(
        TEXTS[mention.path]!.slice(mention.start, mention.end),
        'To Lam',
        `${mention.path}@${mention.start}`,
      );
    }
    host.dispose();
  });

  it('answers knowledge-base checks before any corpus is indexed', () => {
    const host = open(XINHUA);
    const snapshot = host.snapshot();
    assert.equal(snapshot.corpus, undefined);
    const text = 'Premier Li Keqiang met Lao Prime Minister Sonexay Siphandone in Beijing.';
    const analysis = snapshot.analyze({ uri: 'a', version: 1, getText: () => text });
    const notHeld = analysis.findings.find((f) => f.code === 'title/not-held');
    assert.ok(notHeld, JSON.stringify(analysis.findings.map((f) => f.code)));
    assert.equal(text.slice(notHeld.start, notHeld.end), 'Premier Li Keqiang');
    assert.match(notHeld.message, /Li Qiang/);
    assert.deepEqual(analysis.document.mentions.map((m) => m.known?.id).filter(Boolean), [
      'premier-china',
      'li-keqiang',
      'prime-minister-laos',
      'sonexay-siphandone',
    ]);
    assert.deepEqual(snapshot.passages('Xi Jinping held talks with To Lam'), [], 'no corpus, no passages');
    host.dispose();
  });
});
