/**
 * The contract every corpus store passes (see `CorpusStore` in server/src/store/corpusStore.ts),
 * driven through the real `updateCorpus` and `InProcessIndexer` with a tiny corpus given in
 * memory and the bundled knowledge base: records in and out, a generation committed and read
 * back part by part (summary, articles, index, one entity's facts, stories), a generation
 * opened before the next commits read whole to the end, the writer lock. `memoryStore.test.ts` and `embeddedStore.test.ts` run
 * it; a shared server store would run it too.
 *
 * The corpus is four short wire items written for these tests (`test/fixtures/store/`): Xinhua
 * and VNA reporting the same Xi Jinping–To Lam talks in Beijing on 2025-01-14 in their own
 * words, and a KPL report of a Sonexay Siphandone–Pham Minh Chinh meeting scraped twice (the
 * second copy under `mirror/`). Also exported for the workspace tests: the fixture texts and a
 * generator of larger KPL-style corpus files.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GENERATION_VERSION,
  mergeRecords,
  type CorpusGeneration,
} from '../../../server/src/corpus/corpusGeneration.js';
import { factsByEntity, type LoadedGeneration } from '../../../server/src/corpus/loadedGeneration.js';
import { FILE_RECORD_VERSION } from '../../../server/src/corpus/fileRecord.js';
import type { ListedFile } from '../../../server/src/corpus/readCorpus.js';
import type { IndexedArticle, IndexedArticles } from '../../../server/src/core/passages/passageIndex.js';
import { buildMentionIndex, type MentionIndex } from '../../../server/src/core/mentions/mentionIndex.js';
import { readKnowledgeBase } from '../../../server/src/kb/readKnowledgeBase.js';
import { packageRoot } from '../../../server/src/paths.js';
import { InProcessIndexer, mergeAndCommit } from '../../../server/src/store/corpusIndexer.js';
import type { CorpusStore } from '../../../server/src/store/corpusStore.js';
import { updateCorpus, type UpdateResult } from '../../../server/src/store/updateCorpus.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

/** The wire items of `test/fixtures/store/`. */
export type WireItem =
  | 'xinhua-2025-01-14-xi-to-lam-talks'
  | 'vna-2025-01-14-to-lam-xi-talks'
  | 'kpl-2025-05-14-sonexay-chinh-meeting'
  | 'kpl-2025-06-16-sonexay-chinh-meeting'
  | 'vientiane-times-2025-05-14-sonexay-chinh'
  | 'laotian-times-2025-05-14-sonexay-chinh';

/** The text of one of the wire items written for these tests. */
export function wireCopy(name: WireItem): string {
  return readFileSync(join(packageRoot(), 'test', 'fixtures', 'store', `${name}.txt`), 'utf8');
}

/**
 * The three wire items indexed into an embedded store in a temporary folder, on this thread:
 * the corpus folder, the store's folder, the options that opened it, and how many articles
 * the workspace then counted. The workspace is closed again.
 */
export async function indexedWorkspace(): Promise<{
  corpus: string;
  storeFolder: string;
  options: Parameters<typeof openWorkspace>[0];
  articleCount: number | undefined;
}> {
  const corpus = temporaryFolder('attache-corpus-');
  writeThreeWireItems(corpus);
  const storeFolder = temporaryFolder('attache-store-');
  const options = { corpusFolders: [corpus], store: { folder: storeFolder }, workers: 0, today: () => '2025-06-01' };
  const host = openWorkspace(options);
  assert.equal((await host.updateCorpus()).state, 'ready');
  const articleCount = host.snapshot().corpus?.articleCount;
  host.dispose();
  return { corpus, storeFolder, options, articleCount };
}

/** Writes three wire items as a corpus folder on disk: `xinhua.txt`, `vna.txt` and `kpl.txt`, three articles. */
export function writeThreeWireItems(folder: string): void {
  writeFileSync(join(folder, 'xinhua.txt'), wireCopy('xinhua-2025-01-14-xi-to-lam-talks'));
  writeFileSync(join(folder, 'vna.txt'), wireCopy('vna-2025-01-14-to-lam-xi-talks'));
  writeFileSync(join(folder, 'kpl.txt'), wireCopy('kpl-2025-05-14-sonexay-chinh-meeting'));
}

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const HOSTS = [
  ['Prime Minister', 'Sonexay Siphandone', 'Sonexay'],
  ['President', 'Thongloun Sisoulith', 'Thongloun'],
  ['Foreign Minister', 'Saleumxay Kommasith', 'Saleumxay'],
] as const;
const GUESTS = [
  'Japanese Ambassador Kenichi Kobayashi',
  'Thai Deputy Prime Minister Anutin Charnvirakul',
  'Cambodian Senate President Hun Sen',
  'Australian Ambassador Paul Kane',
  'World Bank Country Manager Satu Kahkonen',
  'Indian Minister of State Pabitra Margherita',
];
const TOPICS = [
  'hydropower exports',
  'the Laos-China Railway',
  'unexploded ordnance clearance',
  'rice exports',
  'vocational training',
  'the Mekong-Lancang cooperation mechanism',
  'road maintenance in the northern provinces',
  'digital government',
];
const PROVINCES = ['Luang Prabang', 'Savannakhet', 'Champasak', 'Oudomxay', 'Xieng Khouang', 'Bokeo', 'Khammouane'];

/**
 * A generated KPL-style corpus file of `count` short articles (file `file` of a corpus), every
 * article's text distinct (its figures carry its number), dates spread over 2024.
 */
export function generatedCorpusFile(file: number, count: number): string {
  const parts: string[] = [];
  for (let a = 0; a < count; a++) {
    const n = file * count + a;
    const [title, name, short] = HOSTS[n % HOSTS.length]!;
    const guest = GUESTS[(n * 7 + 3) % GUESTS.length]!;
    const topic = TOPICS[(n * 5 + 1) % TOPICS.length]!;
    const province = PROVINCES[(n * 3) % PROVINCES.length]!;
    const month = n % 12;
    const day = 1 + (n % 28);
    parts.push(
      [
        `${short} receives visitor, discusses ${topic}`,
        `${String(day).padStart(2, '0')}/${String(month + 1).padStart(2, '0')}/2024`,
        `VIENTIANE, ${MONTHS[month]} ${day} (KPL) -- ${title} ${name} received ${guest} in Vientiane to discuss ${topic} and a grant of ${1000 + n} million kip for ${province} province.`,
        '',
        `The two sides agreed to draft a work plan on ${topic} before the end of the year, and to review project number ${n} at their next meeting.`,
        '',
        `${short} thanked the guest for the support given to ${province} province.`,
      ].join('\n'),
    );
  }
  return parts.join('\n\n\n');
}

const XINHUA = 'mem/xinhua/2025-01-14-xi-to-lam-talks.txt';
const VNA = 'mem/vna/2025-01-14-to-lam-xi-talks.txt';
const KPL = 'mem/kpl/2025-05-14-sonexay-chinh-meeting.txt';
/** The same KPL item scraped a second time: sorts after the first, so it is the copy. */
const KPL_COPY = 'mem/kpl/mirror/2025-05-14-sonexay-chinh-meeting.txt';
const PATHS = [KPL, KPL_COPY, VNA, XINHUA];
const KB_KEY = 'contract-kb';

interface TinyCorpus {
  texts: Map<string, string>;
  fingerprints: Map<string, string>;
}

function tinyCorpus(): TinyCorpus {
  const kpl = wireCopy('kpl-2025-05-14-sonexay-chinh-meeting');
  return {
    texts: new Map([
      [XINHUA, wireCopy('xinhua-2025-01-14-xi-to-lam-talks')],
      [VNA, wireCopy('vna-2025-01-14-to-lam-xi-talks')],
      [KPL, kpl],
      [KPL_COPY, kpl],
    ]),
    fingerprints: new Map([
      [XINHUA, 'fp-xinhua-1'],
      [VNA, 'fp-vna-1'],
      [KPL, 'fp-kpl-1'],
      [KPL_COPY, 'fp-kpl-copy-1'],
    ]),
  };
}

function listed(corpus: TinyCorpus): ListedFile[] {
  return [...corpus.texts.keys()].sort().map((path) => ({ path, fingerprint: corpus.fingerprints.get(path)! }));
}

/** The articles of a passage index, newest first. */
function listOf(articles: IndexedArticles): IndexedArticle[] {
  return Array.from({ length: articles.length }, (_, n) => articles.at(n));
}

/** Asserts that a generation read from a store gives back, part by part, the one committed. */
export function assertSameGeneration(back: LoadedGeneration, generation: CorpusGeneration): void {
  assert.equal(back.version, generation.version);
  assert.equal(back.kbKey, generation.kbKey);
  assert.deepEqual(back.files, generation.files);
  assert.deepEqual(back.duplicates, generation.duplicates);
  assert.deepEqual(back.problems, generation.problems);
  assert.deepEqual([...back.articles], generation.articles);
  assert.equal(back.articles.length, generation.articles.length);
  generation.articles.forEach((article, n) => {
    assert.deepEqual(back.articles.at(n), article, `article ${n}`);
    assert.deepEqual(back.articles.byId(article.id), article, `article ${article.id}`);
  });
  assert.equal(back.articles.byId('no/such/file.txt#0'), undefined);
  for (const key of [
    'passageArticle',
    'passageStart',
    'passageEnd',
    'passageLength',
    'postingOffsets',
    'postingPassages',
    'postingFrequencies',
  ] as const) {
    assert.equal(back.index[key].constructor, generation.index[key].constructor, `index.${key} keeps its type`);
    assert.ok(back.index[key].length > 0, `index.${key} is not empty`);
    assert.deepEqual(back.index[key], generation.index[key], `index.${key}`);
  }
  assert.deepEqual(back.index.terms, generation.index.terms);
  assert.deepEqual(listOf(back.index.articles), listOf(generation.index.articles));
  for (let n = 0; n < generation.index.articles.length; n++)
    assert.equal(back.index.articles.language(n), generation.index.articles.language(n));
  const facts = factsByEntity(generation);
  assert.ok(facts.entities.length > 0, 'the generation has facts');
  assert.deepEqual(back.factEntities, facts.entities);
  for (const id of facts.entities) {
    assert.deepEqual(back.readTitles(id), facts.titles.get(id) ?? [], `titles of ${id}`);
    assert.deepEqual(back.readEvents(id), facts.events.get(id) ?? [], `events of ${id}`);
  }
  assert.deepEqual(back.readStories(), generation.stories);
}

/** Resolves to whether the promise settled within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Registers the tests any `CorpusStore` must pass; `makeStore` gives a new, empty store each time. */
export function storeContract(name: string, makeStore: () => Promise<CorpusStore>): void {
  describe(name, { timeout: 30_000 }, () => {
    let mentionIndex: MentionIndex;

    before(() => {
      mentionIndex = buildMentionIndex(readKnowledgeBase());
    });

    function indexerFor(store: CorpusStore, corpus: TinyCorpus): InProcessIndexer {
      return new InProcessIndexer(
        store,
        mentionIndex,
        async (path) => corpus.texts.get(path) ?? { problem: 'skipped: file is gone' },
      );
    }

    async function update(
      store: CorpusStore,
      corpus: TinyCorpus,
    ): Promise<{ result: UpdateResult; filesRead: string[] }> {
      const indexer = indexerFor(store, corpus);
      const result = await updateCorpus(store, indexer, {
        folders: ['mem'],
        kbKey: KB_KEY,
        list: async () => ({ files: listed(corpus), problems: [] }),
      });
      return { result, filesRead: indexer.filesRead };
    }

    it('has no manifest, no generation and no records when empty', async () => {
      const store = await makeStore();
      assert.equal(await store.readManifest(), undefined);
      assert.equal(await store.readGeneration(), undefined);
      assert.deepEqual(await store.readRecords(PATHS), []);
    });

    it('after an update, holds a generation listing every file with its fingerprint, and its articles', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      const { result, filesRead } = await update(store, corpus);
      assert.deepEqual(result, { changed: PATHS, removed: [], unchanged: 0, committed: true, problems: [] });
      assert.deepEqual(filesRead, PATHS);

      const generation = await store.readGeneration();
      assert.ok(generation, 'a generation was committed');
      assert.equal(generation.version, GENERATION_VERSION);
      assert.equal(generation.kbKey, KB_KEY);
      assert.deepEqual(
        generation.files,
        PATHS.map((path) => ({ path, fingerprint: corpus.fingerprints.get(path), articles: 1 })),
      );
      // The second KPL scrape is a copy of the first, not an article of its own.
      assert.deepEqual(
        [...generation.articles].map((a) => [a.path, a.outlet, a.date]),
        [
          [KPL, 'KPL', '2025-05-14'],
          [VNA, 'Vietnam News Agency', '2025-01-14'],
          [XINHUA, 'Xinhua', '2025-01-14'],
        ],
      );
      assert.deepEqual(generation.duplicates, [{ id: `${KPL_COPY}#0`, path: KPL_COPY, of: `${KPL}#0` }]);
      const talks = generation.readEvents('to-lam').find((e) => e.format === 'talks');
      assert.ok(talks, 'the Xi–To Lam talks are an event');
      assert.equal(talks.date, '2025-01-14');
      assert.deepEqual([...talks.outlets].sort(), ['Vietnam News Agency', 'Xinhua']);
      assert.deepEqual(
        generation.readEvents('xi-jinping').find((e) => e.format === 'talks'),
        talks,
        'the same event for each of its participants',
      );
      const meeting = generation.readEvents('sonexay-siphandone')[0];
      assert.deepEqual(meeting?.outlets, ['KPL']);
      assert.equal(meeting?.reports.length, 1);
    });

    it('answers a workspace from its generation: passage search, references, facts, stories and source counts', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      const host = openWorkspace({ corpusFiles: corpus.texts, store, workers: 0, today: () => '2025-07-01' });
      try {
        assert.equal((await host.updateCorpus()).state, 'ready');
        const snapshot = host.snapshot();
        const view = snapshot.corpus;
        assert.ok(view, 'the workspace has a corpus');
        // Search: the Xinhua report ranks first for its own sentence, at the sentence's offsets.
        const sentence = 'Xi said China and Vietnam are friendly socialist neighbors';
        const [best, ...rest] = snapshot.passages(sentence, { limit: 5 });
        assert.equal(best?.article.path, XINHUA);
        assert.equal(snapshot.corpusText(XINHUA, best.start, best.end)?.startsWith(sentence), true);
        assert.ok(rest.every((match) => match.score <= best.score));
        assert.deepEqual(
          snapshot.passages('A recipe for sourdough bread with rye flour'),
          [],
          'nothing close: no match',
        );
        // References: every place To Lam is named, newest article first, at the name itself.
        const references = view.references('to-lam');
        assert.ok(references.total >= 2, `To Lam is named in both reports (${references.total} paragraphs)`);
        assert.deepEqual([...new Set(references.mentions.map((m) => m.path))].sort(), [VNA, XINHUA]);
        for (const mention of references.mentions)
          assert.match(snapshot.corpusText(mention.path, mention.start, mention.end) ?? '', /^(To Lam|Tô Lâm)$/);
        assert.equal(view.articlesMentioning('to-lam').total, 2);
        assert.equal(view.articlesMentioning('nobody-at-all').total, 0);
        // Facts through the view: the talks, reported by two outlets, are one event with two sources.
        const talks = view.facts.eventsByEntity.get('xi-jinping')?.find((e) => e.format === 'talks');
        assert.deepEqual([...(talks?.outlets ?? [])].sort(), ['Vietnam News Agency', 'Xinhua']);
        assert.ok((view.facts.titlesByEntity.get('to-lam') ?? []).length > 0);
        // Stories: every article in one story, whose sources are its articles' distinct outlets; a copy in none.
        const generation = await store.readGeneration();
        assert.ok(generation);
        const stories = generation.readStories();
        const articles = [...generation.articles];
        assert.deepEqual(stories.flatMap((story) => story.articleIds).sort(), articles.map((a) => a.id).sort());
        for (const story of stories) {
          const sources = new Set(story.articleIds.map((id): string | undefined => view.article(id)?.outlet));
          assert.deepEqual([...story.outlets].sort(), [...sources].sort(), `the sources of ${story.id}`);
        }
        assert.ok(
          !stories.some((story) => story.articleIds.some((id) => id.startsWith(`${KPL_COPY}#`))),
          'a copy is not a source of its own',
        );
        assert.deepEqual(host.status, { state: 'ready', articles: 3, files: 4, skipped: 0, duplicates: 1 });
      } finally {
        host.dispose();
      }
    });

    it('returns the record of each file asked for, leaving out a file it has none of', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      await update(store, corpus);
      const records = await store.readRecords([XINHUA, 'mem/never-indexed.txt', KPL_COPY]);
      assert.deepEqual(
        records.map((r) => [r.path, r.fingerprint, r.version, r.articles.length]),
        [
          [XINHUA, 'fp-xinhua-1', FILE_RECORD_VERSION, 1],
          [KPL_COPY, 'fp-kpl-copy-1', FILE_RECORD_VERSION, 1],
        ],
      );
      assert.equal(records[0]!.articles[0]!.title, 'Xi Jinping holds talks with To Lam in Beijing');
      assert.equal(records[0]!.facts.length, 1);
      assert.equal(records[0]!.storyTerms.length, 1);
      assert.ok(records[0]!.storyTerms[0] instanceof Uint32Array);
      assert.equal((await store.readRecords(PATHS)).length, 4);
    });

    it('has a manifest matching the committed generation', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      await update(store, corpus);
      assert.deepEqual(await store.readManifest(), {
        version: GENERATION_VERSION,
        kbKey: KB_KEY,
        files: Object.fromEntries(PATHS.map((path) => [path, corpus.fingerprints.get(path)])),
      });
    });

    it('reads back a committed generation whole: summary, articles, index arrays, facts per entity, stories', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      await update(store, corpus);
      // A generation other than the one committed by the update: the two reports of the talks.
      const records = await store.readRecords([VNA, XINHUA]);
      const generation = mergeRecords(records, KB_KEY);
      assert.equal(generation.articles.length, 2);
      await store.commitGeneration(generation);

      const back = await store.readGeneration();
      assert.ok(back);
      assertSameGeneration(back, generation);
      assert.deepEqual(await store.readManifest(), {
        version: GENERATION_VERSION,
        kbKey: KB_KEY,
        files: { [VNA]: 'fp-vna-1', [XINHUA]: 'fp-xinhua-1' },
      });
    });

    it('reads one entity’s facts by its id: its titles oldest first, its events in date order, nothing for an unknown one', async () => {
      const store = await makeStore();
      await update(store, tinyCorpus());
      const generation = await store.readGeneration();
      assert.ok(generation);
      assert.ok(
        generation.factEntities.includes('to-lam') && generation.factEntities.includes('sonexay-siphandone'),
        generation.factEntities.join(', '),
      );
      assert.deepEqual(generation.factEntities, [...generation.factEntities].sort());
      const titles = generation.readTitles('to-lam');
      assert.ok(titles.length > 0, 'To Lam’s titles are printed beside his name');
      assert.ok(titles.every((t) => t.entityId === 'to-lam'));
      const days = titles.map((t) => t.date ?? '\uffff');
      assert.deepEqual(days, [...days].sort());
      const events = generation.readEvents('pham-minh-chinh');
      assert.ok(
        events.length > 0 &&
          events.every((e) => e.participants.includes('pham-minh-chinh') || e.documents.includes('pham-minh-chinh')),
      );
      // Around a day: at least the events dated within the days asked for, in the same order.
      const around = generation.readEvents('pham-minh-chinh', { from: '2025-05-10', to: '2025-05-20' });
      assert.ok(
        around.some((e) => e.date === '2025-05-14'),
        'the meeting of 14 May is among the events around it',
      );
      assert.deepEqual(
        around,
        events.filter((e) => around.some((a) => a.id === e.id)),
        'in the order of the whole list',
      );
      assert.deepEqual(generation.readTitles('nobody-at-all'), []);
      assert.deepEqual(generation.readEvents('nobody-at-all'), []);
      // Asked again, the same answer.
      assert.deepEqual(generation.readEvents('pham-minh-chinh'), events);
    });

    it('keeps a generation opened before the next commit readable, whole, to the end', async () => {
      const store = await makeStore();
      await update(store, tinyCorpus());
      const records = await store.readRecords(PATHS);
      const whole = mergeRecords(records, KB_KEY);
      const talksOnly = mergeRecords(
        records.filter((r) => r.path === VNA || r.path === XINHUA),
        KB_KEY,
      );
      await store.commitGeneration(whole);
      const opened = await store.readGeneration();
      assert.ok(opened);
      // Two commits later, what was opened answers as the generation it is (facts and stories
      // are read only now), and a new reader gets the latest one.
      await store.commitGeneration(talksOnly);
      await store.commitGeneration(talksOnly);
      assertSameGeneration(opened, whole);
      const latest = await store.readGeneration();
      assert.ok(latest);
      assertSameGeneration(latest, talksOnly);
    });

    it('replaces a file’s record when it is put again', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      await update(store, corpus);
      const [record] = await store.readRecords([VNA]);
      await store.putRecord({ ...record!, fingerprint: 'fp-vna-2', articles: [] });
      const [again] = await store.readRecords([VNA]);
      assert.equal(again?.fingerprint, 'fp-vna-2');
      assert.equal(again?.articles.length, 0);
    });

    it('leaves a deleted record’s articles out of the next merge', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      await update(store, corpus);
      await store.deleteRecord(VNA);
      await store.deleteRecord('mem/never-indexed.txt');
      assert.deepEqual(
        (await store.readRecords(PATHS)).map((r) => r.path),
        [KPL, KPL_COPY, XINHUA],
      );
      assert.deepEqual(await mergeAndCommit(store, PATHS, KB_KEY, []), [VNA], 'the missing record is named');
      assert.equal((await store.readGeneration())?.files.length, PATHS.length, 'and nothing is committed without it');
      assert.deepEqual(await mergeAndCommit(store, PATHS, KB_KEY, [], true), [VNA]);
      const generation = await store.readGeneration();
      assert.ok(generation);
      assert.deepEqual(
        generation.files.map((f) => f.path),
        [KPL, KPL_COPY, XINHUA],
      );
      assert.deepEqual(
        [...generation.articles].map((a) => a.path),
        [KPL, XINHUA],
      );
      assert.ok(!listOf(generation.index.articles).some((a) => a.path === VNA), 'the passage index has no VNA article');
      const talks = generation.readEvents('to-lam').find((e) => e.format === 'talks');
      assert.deepEqual(talks?.outlets, ['Xinhua']);
      assert.equal((await store.readManifest())?.files[VNA], undefined);
    });

    it('forgets records, manifest and generation when cleared', async () => {
      const store = await makeStore();
      await update(store, tinyCorpus());
      assert.ok(await store.readGeneration());
      await store.clear();
      assert.equal(await store.readManifest(), undefined);
      assert.equal(await store.readGeneration(), undefined);
      assert.deepEqual(await store.readRecords(PATHS), []);
      // And the next update derives every file again.
      const { result } = await update(store, tinyCorpus());
      assert.deepEqual(result.changed, PATHS);
    });

    it('lets one writer at a time hold the lock: a second acquire waits for the first release', async () => {
      const store = await makeStore();
      const releaseFirst = await store.acquireWriteLock();
      let secondHolds = false;
      const second = store.acquireWriteLock().then((release) => {
        secondHolds = true;
        return release;
      });
      assert.equal(await settlesWithin(second, 300), false, 'the second writer waits while the first holds the lock');
      assert.equal(secondHolds, false);
      await releaseFirst();
      assert.equal(await settlesWithin(second, 2_000), true, 'the second writer gets the lock once it is released');
      const releaseSecond = await second;
      // A third writer waits for the second in turn, then gets the lock.
      const third = store.acquireWriteLock();
      assert.equal(await settlesWithin(third, 250), false);
      await releaseSecond();
      assert.equal(await settlesWithin(third, 2_000), true);
      await (
        await third
      )();
    });

    it('serializes two updates started together: one does the work, the other then finds nothing to do', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      const both = await Promise.all([update(store, corpus), update(store, corpus)]);
      // Either may take the lock first.
      const worker = both.find((run) => run.result.committed);
      const idle = both.find((run) => run !== worker);
      assert.ok(worker && idle, `one update committed: ${JSON.stringify(both.map((run) => run.result))}`);
      assert.deepEqual(worker.result.changed, PATHS);
      assert.deepEqual(idle.result, { changed: [], removed: [], unchanged: 4, committed: false, problems: [] });
      assert.deepEqual(idle.filesRead, []);
      assert.equal((await store.readGeneration())?.articles.length, 3);
    });

    it('commits nothing and reads no file when nothing changed', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      await update(store, corpus);
      const before = await store.readManifest();
      const { result, filesRead } = await update(store, corpus);
      assert.deepEqual(result, { changed: [], removed: [], unchanged: 4, committed: false, problems: [] });
      assert.deepEqual(filesRead, []);
      assert.deepEqual(await store.readManifest(), before);
    });

    it('reads again only a file whose fingerprint changed, and drops a removed one', async () => {
      const store = await makeStore();
      const corpus = tinyCorpus();
      await update(store, corpus);
      corpus.texts.set(
        KPL,
        corpus.texts
          .get(KPL)!
          .replace('May 14', 'May 15')
          .replace('Wednesday', 'Thursday')
          .replace('14/05/2025', '15/05/2025'),
      );
      corpus.fingerprints.set(KPL, 'fp-kpl-2');
      corpus.texts.delete(VNA);
      const { result, filesRead } = await update(store, corpus);
      assert.deepEqual(result, { changed: [KPL], removed: [VNA], unchanged: 2, committed: true, problems: [] });
      assert.deepEqual(filesRead, [KPL]);
      const generation = await store.readGeneration();
      assert.deepEqual(
        generation?.files.map((f) => [f.path, f.fingerprint]),
        [
          [KPL, 'fp-kpl-2'],
          [KPL_COPY, 'fp-kpl-copy-1'],
          [XINHUA, 'fp-xinhua-1'],
        ],
      );
      // The edited scrape differs from its old copy now: both are articles.
      assert.deepEqual(generation?.duplicates, []);
      assert.deepEqual(
        [...(generation?.articles ?? [])].map((a) => [a.path, a.date]),
        [
          [KPL, '2025-05-15'],
          [KPL_COPY, '2025-05-14'],
          [XINHUA, '2025-01-14'],
        ],
      );
      assert.deepEqual(await store.readRecords([VNA]), []);
    });
  });
}
