/**
 * A workspace reads an entity's facts from the store only when something asks for them, and
 * once: loading the corpus reads none, checking a draft reads the events of the people its
 * claims name around the claim's date, a hover card adds that person's titles and events, and
 * nothing else is read. Counted
 * through a store that wraps the embedded one and notes every read of a generation's facts
 * and stories.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CorpusGeneration } from '../../../server/src/corpus/corpusGeneration.js';
import type { FileRecord } from '../../../server/src/corpus/fileRecord.js';
import type { LoadedGeneration } from '../../../server/src/corpus/loadedGeneration.js';
import type { CorpusStore, StoreManifest } from '../../../server/src/store/corpusStore.js';
import { EmbeddedCorpusStore } from '../../../server/src/store/embeddedStore.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';
import { writeThreeWireItems } from '../store/storeContract.js';

/** A store that passes everything to another and notes each read of facts and stories. */
class CountingStore implements CorpusStore {
  readonly reads: string[] = [];

  constructor(private readonly inner: CorpusStore) {}

  get location(): string {
    return this.inner.location;
  }

  acquireWriteLock(signal?: AbortSignal): Promise<() => Promise<void>> {
    return this.inner.acquireWriteLock(signal);
  }

  readManifest(): Promise<StoreManifest | undefined> {
    return this.inner.readManifest();
  }

  putRecord(record: FileRecord): Promise<void> {
    return this.inner.putRecord(record);
  }

  deleteRecord(path: string): Promise<void> {
    return this.inner.deleteRecord(path);
  }

  readRecords(paths: readonly string[]): Promise<FileRecord[]> {
    return this.inner.readRecords(paths);
  }

  commitGeneration(generation: CorpusGeneration): Promise<void> {
    return this.inner.commitGeneration(generation);
  }

  clear(): Promise<void> {
    return this.inner.clear();
  }

  async readGeneration(): Promise<LoadedGeneration | undefined> {
    const generation = await this.inner.readGeneration();
    if (!generation) return undefined;
    const reads = this.reads;
    return {
      version: generation.version,
      kbKey: generation.kbKey,
      files: generation.files,
      duplicates: generation.duplicates,
      problems: generation.problems,
      index: generation.index,
      articles: generation.articles,
      factEntities: generation.factEntities,
      readTitles(entityId) {
        reads.push(`titles of ${entityId}`);
        return generation.readTitles(entityId);
      },
      readEvents(entityId, days) {
        reads.push(`events of ${entityId}${days ? ` from ${days.from} to ${days.to}` : ''}`);
        return generation.readEvents(entityId, days);
      },
      readStories() {
        reads.push('stories');
        return generation.readStories();
      },
      onDamaged: (listener) => generation.onDamaged(listener),
    };
  }
}

const TODAY = '2025-06-01';
/** The Xinhua and VNA reports put the talks on 14 January. */
const DRAFT = 'Xi Jinping held talks with To Lam in Beijing on January 15, 2025, on the railway and trade.\n';

describe('facts read when asked for', () => {
  it('reads no facts to load the corpus, the events of the people a draft’s claims name to check it, and one person’s titles for a card', async () => {
    const corpus = temporaryFolder('attache-corpus-');
    writeThreeWireItems(corpus);
    const store = new CountingStore(new EmbeddedCorpusStore(temporaryFolder('attache-store-')));
    const host = openWorkspace({ corpusFolders: [corpus], store, workers: 0, today: () => TODAY });
    const status = await host.updateCorpus();
    assert.equal(status.state, 'ready', status.message);
    assert.equal(status.articles, 3);
    assert.equal(store.reads.length, 0, `loading the corpus reads no facts: ${store.reads.join(', ')}`);

    const snapshot = host.snapshot();
    const generation = host.committedCorpus!.generation;
    assert.ok(
      ['xi-jinping', 'to-lam', 'sonexay-siphandone', 'pham-minh-chinh'].every((id) =>
        generation.factEntities.includes(id),
      ),
      generation.factEntities.join(', '),
    );
    const findings = snapshot.analyze({
      uri: 'file:///draft.md',
      version: 1,
      languageId: 'markdown',
      getText: () => DRAFT,
    }).findings;
    const claim = findings.find((finding) => finding.code === 'claim/differs');
    assert.ok(claim, `the date is checked against the corpus: ${JSON.stringify(findings.map((f) => f.message))}`);
    assert.match(claim.message, /2025-01-14/);
    assert.deepEqual(
      [...store.reads].sort(),
      ['events of to-lam from 2025-01-05 to 2025-01-25', 'events of xi-jinping from 2025-01-05 to 2025-01-25'],
      'only the events of the claim’s people, around its date',
    );

    // The same draft edited: its claims are checked again from what was read.
    snapshot.analyze({
      uri: 'file:///draft.md',
      version: 2,
      languageId: 'markdown',
      getText: () => `${DRAFT}\nMore to come.\n`,
    });
    assert.equal(store.reads.length, 2, 'nothing read again');

    const toLam = snapshot.kb.entities.get('to-lam')!;
    const card = snapshot.entityCard(toLam, TODAY, (path) => `file://${path}`);
    assert.match(card, /talks/);
    snapshot.entityDossier(toLam, TODAY);
    assert.deepEqual(
      store.reads.slice(2),
      ['titles of to-lam', 'events of to-lam'],
      'the card adds the person’s titles and all events, the dossier nothing',
    );
    assert.ok(
      !store.reads.some((read) => read.includes('sonexay') || read.includes('pham-minh-chinh') || read === 'stories'),
      store.reads.join(', '),
    );
    host.dispose();
  });
});
