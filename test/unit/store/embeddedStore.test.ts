/**
 * The embedded store (a folder on disk) passes the store contract, keeps its documented layout
 * (one folder per generation, the committed one alone once a commit is done), and survives what
 * a disk and other processes do to it: a damaged part of a generation or a damaged record reads
 * as missing — the parts read later (an entity's facts, the stories) when they are read — a
 * lock left by a process that is gone is taken over, a lock held by a live process is waited
 * for (until the caller gives up), and a generation that cannot be read, or was written in the
 * previous format, is merged again from the records without reading the corpus.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { GENERATION_VERSION, mergeRecords } from '../../../server/src/corpus/corpusGeneration.js';
import { deriveFileRecord, type FileRecord } from '../../../server/src/corpus/fileRecord.js';
import { buildMentionIndex, type MentionIndex } from '../../../server/src/core/mentions/mentionIndex.js';
import { readKnowledgeBase } from '../../../server/src/kb/readKnowledgeBase.js';
import { EmbeddedCorpusStore } from '../../../server/src/store/embeddedStore.js';
import { GENERATION_PARTS } from '../../../server/src/store/generationFolder.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';
import { indexedWorkspace, storeContract, wireCopy } from './storeContract.js';

storeContract(
  'EmbeddedCorpusStore',
  async () => new EmbeddedCorpusStore(join(temporaryFolder('attache-store-contract-'), 'store')),
);

/** The store's file header and the way it seals a payload (magic line, SHA-256, payload). */
const HEADER = 'ATTACHE-STORE-2\n';
function sealed(payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(HEADER), createHash('sha256').update(payload).digest(), payload]);
}

/** A Xinhua file of 300 short reports, one meeting of Xi Jinping's a day, 25 a month through 2024. */
function meetingsIn2024(): string {
  const months = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
  const guests = [
    'Lao President Thongloun Sisoulith',
    'Vietnamese Prime Minister Pham Minh Chinh',
    'Lao Prime Minister Sonexay Siphandone',
    'Vietnamese President Luong Cuong',
  ];
  const reports: string[] = [];
  for (let n = 0; n < 300; n++) {
    const [month, day] = [Math.floor(n / 25), 1 + (n % 25)];
    const date = `2024-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const when = `${months[month]} ${day}`;
    reports.push(
      [
        `Xi meets visitor ${n}`,
        date,
        `BEIJING, ${when} (Xinhua) -- Chinese President Xi Jinping met with ${guests[n % 4]} in Beijing on ${when}, 2024, and discussed item ${n} of their cooperation.`,
      ].join('\n'),
    );
  }
  return reports.join('\n\n\n');
}

const XINHUA = 'disk/xinhua-2025-01-14-xi-to-lam-talks.txt';
const VNA = 'disk/vna-2025-01-14-to-lam-xi-talks.txt';

describe('EmbeddedCorpusStore on disk', { timeout: 30_000 }, () => {
  let mentionIndex: MentionIndex;

  before(() => {
    mentionIndex = buildMentionIndex(readKnowledgeBase());
  });

  /** A store holding the records of the Xinhua and VNA reports and their generation. */
  async function populated(): Promise<{ store: EmbeddedCorpusStore; folder: string; records: FileRecord[] }> {
    const folder = temporaryFolder('attache-store-');
    const store = new EmbeddedCorpusStore(folder);
    const records = [
      deriveFileRecord({ path: XINHUA, text: wireCopy('xinhua-2025-01-14-xi-to-lam-talks') }, 'fp-x', mentionIndex),
      deriveFileRecord({ path: VNA, text: wireCopy('vna-2025-01-14-to-lam-xi-talks') }, 'fp-v', mentionIndex),
    ];
    for (const record of records) await store.putRecord(record);
    await store.commitGeneration(mergeRecords(records, 'kb'));
    return { store, folder, records };
  }

  it('keeps its files in the documented layout, with no temporary file left behind', async () => {
    const { folder } = await populated();
    assert.deepEqual(readdirSync(folder).sort(), ['generations', 'manifest.json', 'records']);
    assert.deepEqual(readdirSync(join(folder, 'generations')), ['g1']);
    assert.deepEqual(readdirSync(join(folder, 'generations', 'g1')).sort(), [...GENERATION_PARTS].sort());
    assert.equal(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')).generation, 'g1');
    const records = readdirSync(join(folder, 'records'));
    assert.equal(records.length, 2);
    assert.ok(
      records.every((name) => /^[0-9a-f]{32}\.rec$/.test(name)),
      records.join(', '),
    );
  });

  it('keeps only the committed generation’s folder: the one before, and one a killed writer left, are deleted', async () => {
    const { store, folder, records } = await populated();
    mkdirSync(join(folder, 'generations', 'g7'));
    writeFileSync(join(folder, 'generations', 'g7', 'index.bin.123.abc.tmp'), 'half written');
    await store.commitGeneration(mergeRecords(records.slice(0, 1), 'kb'));
    assert.deepEqual(readdirSync(join(folder, 'generations')), ['g8']);
    assert.equal((await store.readGeneration())?.articles.length, 1);
  });

  it('opens the generation from the parts it read ahead, and only if the manifest still names that generation', async () => {
    const { store, folder, records } = await populated();
    const index = join(folder, 'generations', 'g1', 'index.bin');
    const whole = readFileSync(index);
    const expected = await store.readGeneration();
    // Read ahead, then the file is cut: the parts were read, and checked, before.
    const readAhead = new EmbeddedCorpusStore(folder);
    await readAhead.prefetchGeneration();
    truncateSync(index, Math.floor(whole.length / 2));
    assert.equal((await store.readGeneration())?.articles.length, undefined, 'read now, the cut file is no generation');
    const opened = await readAhead.readGeneration();
    assert.equal(opened?.articles.length, 2, 'opened from what was read ahead');
    // The index's arrays and postings (its article accessors are functions of each generation).
    const arraysOf = (generation: typeof expected) => ({ ...generation?.index, articles: undefined });
    assert.deepEqual(arraysOf(opened), arraysOf(expected), 'its passage index is the one read from the file');
    opened?.close();
    expected?.close();
    writeFileSync(index, whole);
    // Read ahead, then another generation is committed: the parts read are of the one before, and unused.
    const stale = new EmbeddedCorpusStore(folder);
    await stale.prefetchGeneration();
    await store.commitGeneration(mergeRecords(records.slice(0, 1), 'kb'));
    assert.equal((await stale.readGeneration())?.articles.length, 1, 'the generation committed since');
  });

  it('reads a generation whose index, articles, summary or facts directory is damaged as no generation, never throwing', async () => {
    const { store, folder } = await populated();
    assert.equal((await store.readGeneration())?.articles.length, 2);
    for (const part of ['generation.bin', 'index.bin', 'articles.bin', 'facts.bin']) {
      const path = join(folder, 'generations', 'g1', part);
      const whole = readFileSync(path);
      const damages: [string, () => void][] = [
        ['cut in half', () => truncateSync(path, Math.floor(whole.length / 2))],
        ['cut after the header', () => truncateSync(path, HEADER.length)],
        ['empty', () => truncateSync(path, 0)],
        [
          'garbage',
          () => writeFileSync(path, Buffer.from('\u0000\u00ff garbage, not a generation \u0001\u0002', 'latin1')),
        ],
        [
          'the header then garbage',
          () =>
            writeFileSync(
              path,
              Buffer.concat([Buffer.from(HEADER), Buffer.from([0xff, 0x0f, 0x6f, 0x22, 0x03, 0x61])]),
            ),
        ],
        [
          'garbage with a correct checksum',
          () => writeFileSync(path, sealed(Buffer.from([0xff, 0x0f, 0x6f, 0x22, 0x03, 0x61]))),
        ],
        [
          'a byte of its head flipped',
          () =>
            writeFileSync(
              path,
              Buffer.concat([whole.subarray(0, 60), Buffer.from([whole[60]! ^ 0xff]), whole.subarray(61)]),
            ),
        ],
        ['another shape', () => writeFileSync(path, sealed(serialize({ version: 999, articles: 'none' })))],
        ['serialized null', () => writeFileSync(path, sealed(serialize(null)))],
        [
          'the previous format',
          () =>
            writeFileSync(path, Buffer.concat([Buffer.from('ATTACHE-STORE-1\n'), whole.subarray(HEADER.length + 32)])),
        ],
        ['gone', () => rmSync(path)],
      ];
      if (part !== 'facts.bin')
        damages.push([
          'last byte flipped',
          () =>
            writeFileSync(
              path,
              Buffer.concat([whole.subarray(0, whole.length - 1), Buffer.from([whole[whole.length - 1]! ^ 0xff])]),
            ),
        ]);
      for (const [what, damage] of damages) {
        damage();
        // Read as it is, and read ahead in a worker thread first (checked all the same).
        const readAhead = new EmbeddedCorpusStore(folder);
        await readAhead.prefetchGeneration();
        for (const [how, reader] of [
          ['read', store],
          ['read ahead', readAhead],
        ] as const) {
          const read = await reader.readGeneration().then(
            (generation) => ({ generation }),
            (error: unknown) => ({ error }),
          );
          assert.deepEqual(read, { generation: undefined }, `${part} ${what}, ${how}`);
        }
        writeFileSync(path, whole);
      }
    }
    assert.equal((await store.readGeneration())?.articles.length, 2, 'the whole files read again');
  });

  it('reads an entity’s damaged facts, or damaged stories, as missing when they are read, and opens that generation no more', async () => {
    for (const part of ['facts.bin', 'stories.bin']) {
      const { store, folder } = await populated();
      const path = join(folder, 'generations', 'g1', part);
      const whole = readFileSync(path);
      // The last byte: in the facts, the end of the last entity's events.
      writeFileSync(
        path,
        Buffer.concat([whole.subarray(0, whole.length - 1), Buffer.from([whole[whole.length - 1]! ^ 0x01])]),
      );
      const generation = await store.readGeneration();
      assert.ok(generation, `${part}: what is read later is checked when it is read`);
      let told = 0;
      generation.onDamaged(() => told++);
      const last = generation.factEntities.at(-1)!;
      assert.deepEqual(
        part === 'facts.bin' ? generation.readEvents(last) : generation.readStories(),
        [],
        `${part}: the damaged list reads as missing`,
      );
      assert.equal(told, 1, 'the listeners are told');
      assert.ok(existsSync(join(folder, 'generations', 'g1', 'damaged')), 'the generation is marked');
      assert.equal(await store.readGeneration(), undefined, `${part}: a marked generation is not opened again`);
      if (part === 'facts.bin')
        assert.ok(
          generation.readTitles(last).length > 0 || generation.readEvents(generation.factEntities[0]!).length > 0,
          'the other lists still read',
        );
      let late = 0;
      generation.onDamaged(() => late++);
      assert.equal(late, 1, 'a listener added after the damage is told at once');
    }
  });

  it('reads the events around some days from the runs that hold them, leaving the rest of a long list unread', async () => {
    const store = new EmbeddedCorpusStore(temporaryFolder('attache-store-'));
    const record = deriveFileRecord(
      { path: 'disk/xinhua-2024.txt', text: meetingsIn2024() },
      'fp-xinhua',
      mentionIndex,
    );
    const generation = mergeRecords([record], 'kb');
    // A day past the end of its month, which Date.parse (and so claim/differs) reads as the
    // day after it: 31 April is 1 May. Put in the first run (January to mid-March), it brings
    // that run along for 1 May.
    const overflowing = generation.events.find((event) => event.date === '2024-01-20')!;
    overflowing.date = '2024-04-31';
    await store.commitGeneration(generation);
    const back = (await store.readGeneration())!;
    const host = 'xi-jinping';
    const all = back.readEvents(host);
    const dated = all.filter((event) => event.date?.length === 10);
    assert.ok(all.length > 100 && dated.length > 100, `a long list: ${all.length} events`);
    for (const [from, to] of [
      ['2024-03-05', '2024-03-25'],
      ['2024-12-25', '2025-01-04'],
      ['2023-12-22', '2024-01-11'],
      ['2030-01-01', '2030-01-21'],
    ] as const) {
      const around = back.readEvents(host, { from, to });
      const wanted = dated.filter((event) => event.date! >= from && event.date! <= to);
      assert.ok(
        wanted.every((event) => around.some((read) => read.id === event.id)),
        `every event from ${from} to ${to} is read`,
      );
      assert.deepEqual(
        around,
        all.filter((event) => around.some((read) => read.id === event.id)),
        'in the order of the whole list',
      );
      assert.ok(around.length < all.length / 2, `from ${from} to ${to}: ${around.length} of ${all.length} events read`);
    }
    assert.deepEqual(back.readEvents(host, { from: '2000-01-01', to: '2099-12-31' }), all);
    assert.ok(
      back.readEvents(host, { from: '2024-05-01', to: '2024-05-01' }).some((event) => event.date === '2024-04-31'),
      'the event dated 31 April is among those of 1 May',
    );
    back.close();
  });

  it('reads a damaged manifest.json as no manifest', async () => {
    const { store, folder } = await populated();
    assert.deepEqual((await store.readManifest())?.files, { [VNA]: 'fp-v', [XINHUA]: 'fp-x' });
    writeFileSync(join(folder, 'manifest.json'), '{"version": 1, "kbKey": "kb", "fi');
    assert.equal(await store.readManifest(), undefined);
  });

  it('leaves a damaged record out of the records it reads', async () => {
    const folder = temporaryFolder('attache-store-');
    const store = new EmbeddedCorpusStore(folder);
    await store.putRecord(
      deriveFileRecord({ path: XINHUA, text: wireCopy('xinhua-2025-01-14-xi-to-lam-talks') }, 'fp-x', mentionIndex),
    );
    const [xinhuaFile] = readdirSync(join(folder, 'records'));
    await store.putRecord(
      deriveFileRecord({ path: VNA, text: wireCopy('vna-2025-01-14-to-lam-xi-talks') }, 'fp-v', mentionIndex),
    );
    assert.equal((await store.readRecords([XINHUA, VNA])).length, 2);
    truncateSync(join(folder, 'records', xinhuaFile!), 40);
    assert.deepEqual(
      (await store.readRecords([XINHUA, VNA])).map((r) => r.path),
      [VNA],
    );
  });

  it('takes over a write.lock left by a process that is gone', async () => {
    const folder = temporaryFolder('attache-store-');
    const lock = join(folder, 'write.lock');
    assert.throws(() => process.kill(999999, 0), 'no process 999999 on this machine');
    for (const stale of ['999999\n', '', 'not a pid']) {
      writeFileSync(lock, stale);
      // A stale lock that were waited for would abort this acquire: taking it over is the only way to succeed.
      const release = await new EmbeddedCorpusStore(folder).acquireWriteLock(AbortSignal.timeout(5_000));
      assert.equal(readFileSync(lock, 'utf8').trim(), String(process.pid));
      await release();
      assert.equal(existsSync(lock), false, 'releasing removes the lock');
    }
  });

  it('waits while a live process holds write.lock, and gives up with an AbortError when told to', async () => {
    const folder = temporaryFolder('attache-store-');
    const lock = join(folder, 'write.lock');
    const holder: ChildProcess = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 3000)'], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => holder.once('exit', () => resolve()));
    try {
      await new Promise<void>((resolve, reject) => holder.once('spawn', resolve).once('error', reject));
      writeFileSync(lock, `${holder.pid}\n`);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      const started = Date.now();
      await assert.rejects(
        new EmbeddedCorpusStore(folder).acquireWriteLock(controller.signal),
        (error: Error) => error.name === 'AbortError',
      );
      const waited = Date.now() - started;
      assert.ok(waited >= 280, `waited ${waited} ms for the live holder, not less than until the abort`);
      assert.equal(readFileSync(lock, 'utf8').trim(), String(holder.pid), 'the live holder keeps its lock');
    } finally {
      holder.kill('SIGKILL');
      await exited;
    }
    // Once the holder is gone, its lock is stale and taken over.
    const release = await new EmbeddedCorpusStore(folder).acquireWriteLock(AbortSignal.timeout(2_000));
    assert.equal(readFileSync(lock, 'utf8').trim(), String(process.pid));
    await release();
  });

  it('merges a store of the previous format (one generation.bin) again from its records, without reading the corpus, and removes the old file', async () => {
    const { storeFolder, options } = await indexedWorkspace();
    // The same store as the previous version wrote it: the whole generation as one object in
    // generation.bin, and a manifest of version 1 naming no folder.
    const store = new EmbeddedCorpusStore(storeFolder);
    const manifest = (await store.readManifest())!;
    const old = mergeRecords(await store.readRecords(Object.keys(manifest.files)), manifest.kbKey);
    const articles = Array.from({ length: old.index.articles.length }, (_, n) => old.index.articles.at(n));
    writeFileSync(
      join(storeFolder, 'generation.bin'),
      sealed(serialize({ ...old, version: 1, index: { ...old.index, articles } })),
    );
    writeFileSync(
      join(storeFolder, 'manifest.json'),
      JSON.stringify({ version: 1, kbKey: manifest.kbKey, files: manifest.files }),
    );
    rmSync(join(storeFolder, 'generations'), { recursive: true });

    const second = openWorkspace(options);
    assert.equal(await second.openStored(), false, 'a generation of the previous format is not opened');
    const status = await second.updateCorpus();
    assert.equal(status.state, 'ready', status.message);
    assert.equal(status.articles, 3);
    assert.deepEqual(second.lastUpdate?.changed, [], 'no file counts as changed');
    assert.equal(second.lastUpdate?.committed, true, 'the generation was merged again');
    assert.deepEqual(second.inProcessIndexer?.filesRead, [], 'from the records: no corpus file was read');
    assert.deepEqual(
      readdirSync(storeFolder).sort(),
      ['generations', 'manifest.json', 'records'],
      'the old generation.bin is gone',
    );
    assert.equal((await store.readManifest())?.version, GENERATION_VERSION);
    assert.ok(
      second
        .snapshot()
        .corpus?.facts.eventsByEntity.get('to-lam')
        ?.some((event) => event.format === 'talks'),
      'its facts read',
    );
    second.dispose();
  });

  it('merges a generation that cannot be read again from the records, without reading the corpus', async () => {
    const { storeFolder, options, articleCount } = await indexedWorkspace();
    assert.equal(articleCount, 3);

    writeFileSync(join(storeFolder, 'generations', 'g1', 'generation.bin'), `${HEADER}this is not a generation`);
    const second = openWorkspace(options);
    assert.equal(await second.openStored(), false, 'a damaged generation is not opened');
    const status = await second.updateCorpus();
    assert.equal(status.state, 'ready', status.message);
    assert.equal(status.articles, 3);
    assert.equal(second.snapshot().corpus?.articleCount, 3);
    assert.deepEqual(second.lastUpdate?.changed, []);
    assert.deepEqual(second.inProcessIndexer?.filesRead, [], 'the records were merged, no corpus file was read');
    assert.equal(
      (await new EmbeddedCorpusStore(storeFolder).readGeneration())?.articles.length,
      3,
      'the store holds a good generation again',
    );
    second.dispose();
  });
});
