/**
 * Passage search over the shared archive (PostgreSQL full-text search for the candidates, the
 * product's ranking in Node) gives the embedded index's answers: the same passages, at the same
 * offsets, with the same scores, in the same order, for the same queries on the bundled sample
 * corpus — English and Chinese, a role resolved at a date, a query about something else (no
 * match from either). And the paragraph texts come from the archive: a reader without the
 * corpus files gets the same ranking. An archive of schema version 2 (candidates through a GIN
 * index, no postings table) upgraded by `migrateArchive` searches the same.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildMentionIndex, type MentionIndex } from '../../../server/src/core/mentions/mentionIndex.js';
import pg from 'pg';
import { LEXICAL_RANKING, type PassageMatch } from '../../../server/src/core/passages/passageIndex.js';
import { readKnowledgeBase } from '../../../server/src/kb/readKnowledgeBase.js';
import { bundledCorpusDir } from '../../../server/src/paths.js';
import { EmbeddedCorpusStore } from '../../../server/src/store/embeddedStore.js';
import {
  addSharesByPassage,
  ArchivePassageSearch,
  BLOCK_POSTINGS,
  blockBounds,
  blockImpact,
  frequencyByPassage,
  normTable,
  scoreCandidates,
  scoringScratch,
  type WeighedTerm,
} from '../../../server/src/store/postgres/archiveSearch.js';
import { openSearchableGeneration, PostgresGeneration } from '../../../server/src/store/postgres/postgresGeneration.js';
import { impactOf, PostingsCache } from '../../../server/src/store/postgres/termPostings.js';
import { ARCHIVE_SCHEMA_VERSION, migrateArchive } from '../../../server/src/store/postgres/archiveSchema.js';
import { PostgresCorpusStore } from '../../../server/src/store/postgres/postgresStore.js';
import { openWorkspace, type WorkspaceHost } from '../../../server/src/workspace/host.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';
import { freshArchive, withClient } from '../../support/sharedArchive.js';

const QUERIES: { text: string; date?: string }[] = [
  { text: 'Xi Jinping and Thongloun Sisoulith held a video meeting on 3 December 2021' },
  { text: 'Thongloun called Xi on January 21, 2021 and Xi congratulated him on his election' },
  { text: 'Wang Huning met Thongloun in Vientiane' },
  { text: 'the China-Laos Railway' },
  { text: 'Li Qiang and Pham Minh Chinh agreed to accelerate the standard-gauge railway from Lao Cai to Hai Phong' },
  { text: 'China and Laos are friendly neighbors connected by mountains and rivers' },
  { text: 'the Lao head of state spoke with the Chinese president on the phone', date: '2021-01-21' },
  { text: 'To Lam visited Beijing' },
  { text: '会见通伦时,王沪宁转达了习近平总书记的亲切问候' },
  { text: '老挝建国50周年庆祝活动' },
  { text: 'A recipe for sourdough bread with rye flour' },
];

/** What a result is, to compare across stores: where, and how it ranks (to 12 digits). */
function shape(matches: readonly PassageMatch[]): unknown[] {
  const round = (n: number) => Math.round(n * 1e12) / 1e12;
  return matches.map((m) => [
    m.article.id,
    m.article.path,
    m.start,
    m.end,
    m.paragraphStart,
    m.paragraphEnd,
    round(m.score),
    round(m.bm25),
    round(m.alignment),
    round(m.coverage),
  ]);
}

describe('passage search over the shared archive', { timeout: 120_000 }, () => {
  let embedded: WorkspaceHost;
  let archive: WorkspaceHost;
  let store: PostgresCorpusStore;
  let search: ArchivePassageSearch;
  let mentionIndex: MentionIndex;

  before(async () => {
    mentionIndex = buildMentionIndex(readKnowledgeBase());
    const folders = [bundledCorpusDir()];
    embedded = openWorkspace({
      corpusFolders: folders,
      store: new EmbeddedCorpusStore(join(temporaryFolder('attache-search-'), 'store')),
      workers: 0,
    });
    store = new PostgresCorpusStore(await freshArchive());
    archive = openWorkspace({ corpusFolders: folders, store, workers: 0 });
    for (const host of [embedded, archive]) assert.equal((await host.updateCorpus()).state, 'ready');
    const generation = await store.readGeneration();
    assert.ok(generation instanceof PostgresGeneration, 'the archive host reads a PostgreSQL generation');
    search = new ArchivePassageSearch(store.pool, generation, mentionIndex);
  });

  after(async () => {
    embedded.dispose();
    archive.dispose();
    await store.close();
  });

  it('finds, for every query, the passages the embedded index finds, ranked and scored the same', async () => {
    let found = 0;
    for (const query of QUERIES) {
      const expected = embedded.snapshot().passages(query.text, { limit: 10, date: query.date });
      const actual = await search.search(query.text, { limit: 10, date: query.date });
      assert.deepEqual(shape(actual), shape(expected), query.text);
      found += expected.length;
    }
    assert.ok(found >= 30, `the queries find passages (${found})`);
  });

  it('finds the same when the commoner terms are read from the candidates’ own terms, not from their postings', async () => {
    const generation = await store.readGeneration();
    assert.ok(generation instanceof PostgresGeneration);
    // Every term that generates no candidates counts as common: the pruning and the candidates' `tsvector`s score them.
    const pruning = new ArchivePassageSearch(store.pool, generation, mentionIndex, 0, new PostingsCache(0, 1));
    for (const query of QUERIES) {
      const expected = embedded.snapshot().passages(query.text, { limit: 10, date: query.date });
      assert.deepEqual(
        shape(await pruning.search(query.text, { limit: 10, date: query.date })),
        shape(expected),
        query.text,
      );
    }
    generation.close();
  });

  it('finds the same when the terms’ postings are kept between searches, all or some of them', async () => {
    const generation = await store.readGeneration();
    assert.ok(generation instanceof PostgresGeneration);
    // Every term's postings kept: the second round reads none; a cache too small for most: some kept, the commoner scored on the server.
    const keepingAll = new PostingsCache(64 * 1024 * 1024, 1);
    const keepingSome = new PostingsCache(PostingsCache.bytesOf(40), 1);
    const searches = [
      new ArchivePassageSearch(store.pool, generation, mentionIndex, undefined, keepingAll),
      new ArchivePassageSearch(store.pool, generation, mentionIndex, 0, keepingSome),
    ];
    for (const round of [1, 2])
      for (const search of searches)
        for (const query of QUERIES) {
          const expected = embedded.snapshot().passages(query.text, { limit: 10, date: query.date });
          assert.deepEqual(
            shape(await search.search(query.text, { limit: 10, date: query.date })),
            shape(expected),
            `${query.text} (round ${round})`,
          );
        }
    assert.ok(keepingAll.bytes > PostingsCache.bytesOf(1000), `postings were kept (${keepingAll.bytes} bytes)`);
    assert.ok(keepingSome.bytes > 0 && keepingSome.bytes <= keepingSome.limitBytes, `${keepingSome.bytes} bytes kept`);
    generation.close();
  });

  it('answers a query about something else with nothing, as the embedded index does', async () => {
    assert.deepEqual(await search.search('A recipe for sourdough bread with rye flour'), []);
    assert.deepEqual(await search.search('zqxwv plorbt'), []);
    assert.deepEqual(await search.search('the of and'), []);
  });

  /** A migrated archive's current generation searched for every query: the embedded index's answers. */
  async function searchesAsTheEmbeddedIndex(upgraded: PostgresCorpusStore): Promise<void> {
    const generation = await upgraded.readGeneration();
    assert.ok(generation instanceof PostgresGeneration);
    const migrated = new ArchivePassageSearch(upgraded.pool, generation, mentionIndex);
    for (const query of QUERIES) {
      const expected = embedded.snapshot().passages(query.text, { limit: 10, date: query.date });
      assert.deepEqual(
        shape(await migrated.search(query.text, { limit: 10, date: query.date })),
        shape(expected),
        query.text,
      );
    }
    generation.close();
  }

  it('finds the same from an archive of schema version 2 once it is migrated', async () => {
    const url = await freshArchive();
    const upgraded = new PostgresCorpusStore(url);
    const host = openWorkspace({ corpusFolders: [bundledCorpusDir()], store: upgraded, workers: 0 });
    try {
      assert.equal((await host.updateCorpus()).state, 'ready');
      await withClient(url, async (client) => {
        // The archive as version 2 left it: its generation without postings, bounds or norms, the GIN index back.
        await client.query('DROP TABLE attache.term_posting');
        await client.query('ALTER TABLE attache.term_count DROP COLUMN largest_impact');
        await client.query('ALTER TABLE attache.generation DROP COLUMN passage_norms');
        await client.query('CREATE INDEX passage_terms ON attache.passage USING gin (terms)');
        await client.query('DELETE FROM attache.schema_version WHERE version > 2');
        assert.deepEqual(await migrateArchive(client), { from: 2, to: ARCHIVE_SCHEMA_VERSION });
        const { rows } = await client.query<{ postings: number; terms: number }>(
          `SELECT (SELECT count(*)::int FROM attache.term_posting) AS postings, (SELECT count(*)::int FROM attache.term_count) AS terms`,
        );
        assert.ok(rows[0]!.terms > 100, `the sample corpus has terms (${rows[0]!.terms})`);
        assert.equal(rows[0]!.postings, rows[0]!.terms, 'every term of the generation has its postings');
      });
      await searchesAsTheEmbeddedIndex(upgraded);
    } finally {
      host.dispose();
      await upgraded.close();
    }
  });

  it('finds the same from an archive of schema version 3 once it is migrated, its bounds and norms those a commit writes', async () => {
    const url = await freshArchive();
    const upgraded = new PostgresCorpusStore(url);
    const host = openWorkspace({ corpusFolders: [bundledCorpusDir()], store: upgraded, workers: 0 });
    try {
      assert.equal((await host.updateCorpus()).state, 'ready');
      const boundsAndNorms = (client: pg.ClientBase) =>
        client.query<{ term: string; largest_impact: number; norms: Buffer }>(
          `SELECT c.term, c.largest_impact, g.passage_norms AS norms
           FROM attache.term_count c JOIN attache.generation g ON g.id = c.generation_id ORDER BY c.term`,
        );
      await withClient(url, async (client) => {
        const committed = (await boundsAndNorms(client)).rows;
        assert.ok(committed.length > 100, `the sample corpus has terms (${committed.length})`);
        assert.ok(
          committed.every((row) => row.largest_impact > 0 && row.largest_impact < LEXICAL_RANKING.k1 + 1),
          'every bound is a share of BM25 a posting can have, below the idf-free maximum',
        );
        // The archive as version 3 left it: its terms without their largest impact, its generation without norms.
        await client.query('ALTER TABLE attache.term_count DROP COLUMN largest_impact');
        await client.query('ALTER TABLE attache.generation DROP COLUMN passage_norms');
        await client.query('DELETE FROM attache.schema_version WHERE version > 3');
        assert.deepEqual(await migrateArchive(client), { from: 3, to: ARCHIVE_SCHEMA_VERSION });
        assert.deepEqual((await boundsAndNorms(client)).rows, committed);
      });
      await searchesAsTheEmbeddedIndex(upgraded);
    } finally {
      host.dispose();
      await upgraded.close();
    }
  });

  it('searches the same from the generation opened for search alone, without its index arrays', async () => {
    const searchable = await withClient(store.connectionString, (client) =>
      openSearchableGeneration(client, store.connectionString),
    );
    assert.ok(searchable, 'the current generation opens for search');
    const full = await store.readGeneration();
    assert.ok(full instanceof PostgresGeneration);
    assert.deepEqual(searchable.norms, full.norms);
    full.close();
    const light = new ArchivePassageSearch(store.pool, searchable, mentionIndex);
    for (const query of QUERIES) {
      const expected = embedded.snapshot().passages(query.text, { limit: 10, date: query.date });
      assert.deepEqual(
        shape(await light.search(query.text, { limit: 10, date: query.date })),
        shape(expected),
        query.text,
      );
    }
  });

  it('reranks with the paragraph texts the archive holds, without the corpus files', async () => {
    const query = QUERIES[1]!.text;
    const withFiles = await search.search(query, { limit: 5 });
    // A reader whose corpus files are elsewhere: every text it could read from disk is missing.
    const withoutFiles = await search.search(query, { limit: 5, textOf: () => undefined });
    assert.ok(withFiles.length > 0 && withFiles[0]!.alignment > 0, 'the best passage aligns with the query');
    assert.deepEqual(shape(withoutFiles), shape(withFiles));
  });
});

describe('the norms as scoring reads them', () => {
  it('gives each paragraph its own norm and the impact of a term found once there, the same doubles', () => {
    const norms = Float64Array.from({ length: 1_000 }, (_, passage) => 0.25 + ((passage * 37) % 101) / 53);
    const table = normTable(norms);
    assert.ok(table.codes instanceof Uint8Array, 'a hundred distinct norms take a byte a paragraph');
    assert.equal(table.norms.length, 101, 'one number for each distinct norm');
    norms.forEach((norm, passage) => {
      const code = table.codes[passage]!;
      assert.equal(table.norms[code], norm, `paragraph ${passage}`);
      assert.equal(table.onceImpacts[code], impactOf(1, norm), `paragraph ${passage}`);
    });
  });

  it('numbers more distinct norms than a byte holds in two bytes, more than two bytes hold in four', () => {
    for (const [count, kind] of [
      [300, Uint16Array],
      [70_000, Int32Array],
    ] as const) {
      const norms = Float64Array.from({ length: count }, (_, passage) => 0.5 + passage / 1_000);
      const table = normTable(norms);
      assert.ok(table.codes instanceof kind, `${count} norms`);
      assert.equal(table.norms[table.codes[count - 1]!], norms[count - 1], `${count} norms`);
    }
  });
});

describe('a very common term looked up by paragraph', () => {
  it('adds to each candidate the very share walking its postings adds, and nothing elsewhere', () => {
    const size = 5_000;
    // A term in every other paragraph, with frequencies 1 to 4; candidates every third paragraph.
    const passages = Int32Array.from({ length: size / 2 }, (_, k) => 2 * k);
    const frequencies = Uint16Array.from(passages, (passage) => 1 + ((passage % 7) % 4));
    const normOf = (passage: number) => 0.3 + ((passage * 37) % 101) / 53;
    const candidatePassages = Int32Array.from({ length: Math.ceil(size / 3) }, (_, i) => 3 * i);
    const idf = 2.718281828;
    const start = Float64Array.from(candidatePassages, (passage) => 1 / (passage + 3));
    const walked = Float64Array.from(start);
    passages.forEach((passage, k) => {
      if (passage % 3 === 0)
        walked[passage / 3] = walked[passage / 3]! + idf * impactOf(frequencies[k]!, normOf(passage));
    });
    const table = normTable(Float64Array.from({ length: size }, (_, passage) => normOf(passage)));
    const candidates = {
      passages: candidatePassages,
      scores: Float64Array.from(start),
      codes: Int32Array.from(candidatePassages, (passage) => table.codes[passage]!),
    };
    const byPassage = frequencyByPassage({ passages, frequencies }, size);
    // The first and last candidates are outside the range given: they keep their scores.
    addSharesByPassage(candidates, table, 1, candidatePassages.length - 1, byPassage, idf);
    const last = candidatePassages.length - 1;
    assert.deepEqual(candidates.scores.subarray(1, last), walked.subarray(1, last));
    assert.equal(candidates.scores[0], start[0], 'a candidate before the range gets nothing');
    assert.equal(candidates.scores[last], start[last], 'a candidate after the range gets nothing');
    assert.equal(candidates.scores[1], start[1], 'a candidate without the term keeps its score');
    assert.ok(candidates.scores[2]! > start[2]!, 'a candidate with the term gains its share');
  });
});

/** A term over `size` paragraphs as scoring takes it: postings, idf, and its bound (idf times its largest impact). */
function weighedTerm(postings: [passage: number, frequency: number][], size: number, norms: Float64Array): WeighedTerm {
  const sorted = [...postings].sort((a, b) => a[0] - b[0]);
  const passages = Int32Array.from(sorted, ([passage]) => passage);
  const frequencies = Uint16Array.from(sorted, ([, frequency]) => frequency);
  const idf = LEXICAL_RANKING.idf(passages.length, size);
  let largest = 0;
  passages.forEach((passage, k) => (largest = Math.max(largest, impactOf(frequencies[k]!, norms[passage]!))));
  return { idf, bound: idf * largest, postings: { passages, frequencies } };
}

/**
 * The plain way: every paragraph a generator holds, reached in the generators' order, scored by
 * every term in order (each share added as `PassageIndex` adds it), nothing pruned; best first,
 * ties by first reach.
 */
function scoredPlainly(
  norms: Float64Array,
  generators: readonly WeighedTerm[],
  others: readonly WeighedTerm[],
): { passage: number; bm25: number; reached: number }[] {
  const reachedAt = new Map<number, number>();
  for (const { postings } of generators)
    for (const passage of postings!.passages) if (!reachedAt.has(passage)) reachedAt.set(passage, reachedAt.size + 1);
  const scored = [...reachedAt].map(([passage, reached]) => {
    let bm25 = 0;
    for (const { idf, postings } of [...generators, ...others]) {
      const k = postings!.passages.indexOf(passage);
      if (k >= 0) bm25 = bm25 + idf * impactOf(postings!.frequencies[k]!, norms[passage]!);
    }
    return { passage, bm25, reached };
  });
  return scored.sort((a, b) => b.bm25 - a.bm25 || a.reached - b.reached);
}

describe('scoring the candidates', () => {
  const size = 3_000;
  const norms = Float64Array.from({ length: size }, (_, passage) => 0.4 + ((passage * 37) % 101) / 60);
  /** Postings of `count` paragraphs drawn by a seeded generator, frequencies 1 to 3. */
  const drawn = (seed: number, count: number): [number, number][] => {
    let state = seed;
    // A 32-bit linear congruential generator, in integers (Math.imul) so that it never loses bits.
    const next = () => (state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296;
    const chosen = new Map<number, number>();
    while (chosen.size < count) chosen.set(Math.floor(next() * size), 1 + Math.floor(next() * next() * 3));
    return [...chosen];
  };

  it('keeps the best of every reached paragraph, scored to the last bit, ties in reach order, whatever it prunes', () => {
    const scratch = scoringScratch(size);
    for (const seed of [1, 2, 3, 4, 5]) {
      const generators = [60, 300, 1_400].map((count, g) => weighedTerm(drawn(seed * 10 + g, count), size, norms));
      const others = [150, 700, 1_200, 2_500].map((count, t) =>
        weighedTerm(drawn(seed * 10 + 5 + t, count), size, norms),
      );
      // For odd seeds the commonest term is also kept by paragraph, so its shares are looked up.
      if (seed % 2 === 1) others[3]!.byPassage = frequencyByPassage(others[3]!.postings!, size);
      // From the fourth seed on, every term but the first is kept by paragraph and the generators
      // have their bounds by block: the first generator's paragraphs are scored one at a time.
      if (seed >= 4) {
        for (const term of [...generators.slice(1), ...others])
          term.byPassage = frequencyByPassage(term.postings!, size);
        for (const term of generators) term.blocks = blockBounds(term.postings!, normTable(norms));
      }
      const expected = scoredPlainly(norms, generators, others);
      const { best } = scoreCandidates(scratch, normTable(norms), generators, others, 0);
      assert.deepEqual(best, expected.slice(0, LEXICAL_RANKING.reranked), `seed ${seed}`);
      // With more to add later (terms the server adds), every paragraph that could still reach the best is kept, as it was scored.
      const unread = 2.5;
      const { best: open } = scoreCandidates(scratch, normTable(norms), generators, others, unread);
      const least = expected[LEXICAL_RANKING.reranked - 1]!.bm25;
      const kept = new Map(open.map((candidate) => [candidate.passage, candidate]));
      for (const candidate of expected.filter((c) => c.bm25 + unread >= least))
        assert.deepEqual(kept.get(candidate.passage), candidate, `seed ${seed}, paragraph ${candidate.passage}`);
      for (const candidate of open)
        assert.ok(candidate.bm25 + unread * (1 + 1e-9) >= least, `seed ${seed}: kept only what can reach the best`);
      assert.ok(
        [scratch.seen, scratch.current].every((bits) => bits.every((word) => word === 0)),
        'the bits by paragraph left zeroed',
      );
    }
  });

  it('reaches no paragraph through a common generator when what it and the terms after it can add cannot reach the best', () => {
    // A rare term in 200 paragraphs, each holding the common one and a third term too: 200 scored
    // higher than anything the common term alone (in 2,400 more) and the third term can give.
    const rare: [number, number][] = Array.from({ length: 200 }, (_, i) => [i * 13, 1]);
    const common: [number, number][] = Array.from({ length: 2_600 }, (_, i) => [i, 1]);
    const third: [number, number][] = rare.map(([passage]) => [passage, 1]);
    const flat = new Float64Array(size).fill(1.2);
    const generators = [weighedTerm(rare, size, flat), weighedTerm(common, size, flat)];
    const others = [weighedTerm(third, size, flat)];
    const { best, reached } = scoreCandidates(scoringScratch(size), normTable(flat), generators, others, 0);
    assert.equal(reached, 200, 'only the rare term’s paragraphs were reached');
    assert.deepEqual(best, scoredPlainly(flat, generators, others).slice(0, LEXICAL_RANKING.reranked));
    // The same with a fourth term, rarer still, in paragraphs only the common term reaches: with
    // it, they could pass the rare term's, so the common term reaches them.
    const fourth = weighedTerm(
      Array.from({ length: 100 }, (_, i) => [i * 13 + 1, 1]),
      size,
      flat,
    );
    const walked = scoreCandidates(scoringScratch(size), normTable(flat), generators, [...others, fourth], 0);
    assert.equal(walked.reached, 2_600, 'every paragraph of the common term was reached');
    assert.deepEqual(
      walked.best,
      scoredPlainly(flat, generators, [...others, fourth]).slice(0, LEXICAL_RANKING.reranked),
    );
  });

  it('scores a paragraph at a time when the terms after a generator are kept by paragraph, the same best and ties', () => {
    // Norms of a few lengths and frequencies 1 to 3: many paragraphs tie, and only the reach order tells them apart.
    const few = Float64Array.from({ length: size }, (_, passage) => 0.6 + (passage % 3) / 4);
    for (const seed of [11, 12, 13]) {
      // A query of one common word alone, and one of three common words.
      const alone = [weighedTerm(drawn(seed * 10, 2_200), size, few)];
      const three = [2_000, 2_400].map((count, g) => weighedTerm(drawn(seed * 10 + 1 + g, count), size, few));
      const after = [weighedTerm(drawn(seed * 10 + 4, 2_600), size, few)];
      for (const [generators, others] of [
        [alone, []],
        [three, after],
      ] as const) {
        const expected = scoredPlainly(few, generators, others);
        const least = expected[LEXICAL_RANKING.reranked - 1]!.bm25;
        assert.ok(
          expected.filter((c) => c.bm25 === least).length > 1,
          `seed ${seed}: the last of the best ties with others`,
        );
        for (const term of [...generators.slice(1), ...others])
          term.byPassage = frequencyByPassage(term.postings!, size);
        for (const term of generators) term.blocks = blockBounds(term.postings!, normTable(few));
        const { best, reached } = scoreCandidates(scoringScratch(size), normTable(few), generators, others, 0);
        assert.deepEqual(
          best,
          expected.slice(0, LEXICAL_RANKING.reranked),
          `seed ${seed}, ${generators.length} generators`,
        );
        assert.ok(reached <= expected.length, `seed ${seed}: no paragraph reached twice`);
        // With more to add later, every paragraph that could still reach the best is kept, as it was scored.
        const unread = 0.4;
        const { best: open } = scoreCandidates(scoringScratch(size), normTable(few), generators, others, unread);
        const kept = new Map(open.map((candidate) => [candidate.passage, candidate]));
        for (const candidate of expected.filter((c) => c.bm25 + unread >= least))
          assert.deepEqual(kept.get(candidate.passage), candidate, `seed ${seed}, paragraph ${candidate.passage}`);
        for (const candidate of open)
          assert.ok(candidate.bm25 + unread * (1 + 1e-9) >= least, `seed ${seed}: kept only what can reach the best`);
      }
    }
  });

  it('passes over a block whose bound cannot lift its paragraphs to the best, once the best are known', () => {
    // One word in every paragraph, thrice in those of the eleventh block of its postings, once elsewhere.
    const flat = new Float64Array(size).fill(1.2);
    const special = (passage: number) => Math.floor(passage / BLOCK_POSTINGS) === 10;
    const term = weighedTerm(
      Array.from({ length: size }, (_, passage) => [passage, special(passage) ? 3 : 1]),
      size,
      flat,
    );
    const expected = scoredPlainly(flat, [term], []).slice(0, LEXICAL_RANKING.reranked);
    assert.equal(
      expected.filter((c) => special(c.passage)).length,
      BLOCK_POSTINGS,
      'the block’s paragraphs are the best',
    );
    term.blocks = blockBounds(term.postings!, normTable(flat));
    const scored = () => scoreCandidates(scoringScratch(size), normTable(flat), [term], [], 0).best;
    assert.deepEqual(scored(), expected);
    // Told that the block adds nothing, scoring trusts it: the block is passed over, the best
    // are then all paragraphs of frequency 1, the earliest reached.
    term.blocks[10] = 0;
    const trusting = scored();
    assert.equal(trusting.filter((c) => special(c.passage)).length, 0, 'the block was passed over');
    assert.deepEqual(
      trusting.map((c) => c.passage),
      expected
        .filter((c) => !special(c.passage))
        .map((c) => c.passage)
        .concat(
          Array.from({ length: size }, (_, passage) => passage).filter(
            (passage) => !special(passage) && !expected.some((c) => c.passage === passage),
          ),
        )
        .slice(0, LEXICAL_RANKING.reranked),
    );
    // The first block is scored before any best is known: a bound of nothing there passes nothing over.
    term.blocks = blockBounds(term.postings!, normTable(flat));
    term.blocks[0] = 0;
    assert.deepEqual(scored(), expected, 'the first block read whatever its bound');
  });
});

describe('the bounds of a kept generator by block', () => {
  it('bounds each block by the least step at or above its largest impact', () => {
    const size = 5_000;
    const norms = Float64Array.from({ length: size }, (_, passage) => 0.2 + ((passage * 53) % 97) / 31);
    const table = normTable(norms);
    for (const length of [1, BLOCK_POSTINGS - 1, BLOCK_POSTINGS, 7 * BLOCK_POSTINGS + 5]) {
      const passages = Int32Array.from({ length }, (_, k) => Math.floor((k * size) / length));
      const frequencies = Uint16Array.from({ length }, (_, k) => 1 + ((k * 7) % 5));
      const bounds = blockBounds({ passages, frequencies }, table);
      assert.equal(bounds.length, Math.ceil(length / BLOCK_POSTINGS), `${length} postings`);
      bounds.forEach((bound, block) => {
        let largest = 0;
        for (let k = block * BLOCK_POSTINGS; k < Math.min(length, (block + 1) * BLOCK_POSTINGS); k++)
          largest = Math.max(largest, impactOf(frequencies[k]!, norms[passages[k]!]!));
        assert.ok(blockImpact(bound) >= largest, `${length} postings, block ${block}: a bound`);
        assert.ok(bound === 0 || blockImpact(bound - 1) < largest, `${length} postings, block ${block}: the least`);
        assert.ok(blockImpact(bound) < LEXICAL_RANKING.k1 + 1, `${length} postings, block ${block}: a finite bound`);
      });
    }
  });
});
