/**
 * The one composition root of Attaché, in the spirit of rust-analyzer's `AnalysisHost`: the
 * command line and the language server open a workspace, and everything they show comes from
 * its current {@link WorkspaceSnapshot}. The host owns the mutable state (settings, knowledge
 * base, the corpus store and its updates); a snapshot is immutable, so a request answers from
 * the snapshot it started with while an update builds the next one in worker threads.
 */
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ListedFile } from '../corpus/readCorpus.js';
import { loadedGeneration, type LoadedGeneration } from '../corpus/loadedGeneration.js';
import type { CorpusProblem } from '../corpus/types.js';
import { buildMentionIndex, type MentionIndex } from '../core/mentions/mentionIndex.js';
import type { KnowledgeBase } from '../kb/knowledgeBase.js';
import { cachedAutomaton, type AutomatonCache } from './automatonCache.js';
import { loadKnowledgeBase, type KnowledgeBaseSource } from '../kb/loadKnowledgeBase.js';
import { readKnowledgeBase } from '../kb/readKnowledgeBase.js';
import { bundledCorpusDir } from '../paths.js';
import { InProcessIndexer, type CorpusIndexer } from '../store/corpusIndexer.js';
import type { CorpusStore } from '../store/corpusStore.js';
import { defaultStoreFolder, EmbeddedCorpusStore } from '../store/embeddedStore.js';
import { MemoryCorpusStore } from '../store/memoryStore.js';
import { isArchiveAddress } from '../store/postgres/archiveConnection.js';
import { updateCorpus, type CorpusLimits, type UpdateProgress, type UpdateResult } from '../store/updateCorpus.js';
import { WorkerIndexer } from '../store/workerIndexer.js';
import { CorpusView, type CorpusReader } from './corpusView.js';
import { LayeredCorpusView } from './layeredCorpusView.js';
import { FileTexts, readUtf8, readUtf8Range } from './fileTexts.js';
import { DEFAULT_ANALYSIS_SETTINGS, WorkspaceSnapshot, type AnalysisSettings } from './snapshot.js';

export { WorkspaceSnapshot, type AnalysisSettings } from './snapshot.js';

/** Where the knowledge base comes from: extra YAML files over the bundled one, or sources given as text. */
export type KnowledgeBaseSpec = { files?: readonly string[] } | { sources: readonly KnowledgeBaseSource[] };

export interface WorkspaceOptions {
  knowledgeBase?: KnowledgeBaseSpec;
  /** Corpus folders; the bundled sample corpus when empty. A subfolder or file that cannot be used is a problem, not a failure. */
  corpusFolders?: readonly string[];
  /** Corpus files given as text (tests, a corpus in memory): path → text. Replaces reading the folders. */
  corpusFiles?: ReadonlyMap<string, string>;
  /** The corpus store: an instance, or a folder for the embedded store; by default a folder in the user's cache. */
  store?: CorpusStore | { folder: string };
  /** The folder under which the default store's folder is made (an editor's storage); the user's cache by default. */
  storeRoot?: string;
  /** Worker threads for indexing; 0 indexes on the calling thread. Default: one per core (at most 4). */
  workers?: number;
  /** Today's date (ISO); the clock by default. The core never reads the clock itself. */
  today?: () => string;
  settings?: Partial<AnalysisSettings>;
  /** At most this many corpus files and bytes are indexed; the default is generous (200,000 files, 2 GB). */
  corpusLimits?: CorpusLimits;
  /**
   * Show changed corpus files as soon as their records are stored, laid over the committed
   * corpus, before the whole corpus is merged again (default). A command that waits for the
   * merge anyway turns it off.
   */
  showChangesEarly?: boolean;
  /**
   * Index below the priority of the thread that answers the editor (default), so keystrokes
   * and hovers come first; a command whose user waits for the index turns it off.
   */
  backgroundIndexing?: boolean;
  /**
   * Keep the mention automaton on disk and read it back in the next run (a short-lived program,
   * the command line); built at every start without it.
   */
  automatonCache?: AutomatonCache;
}

/** The corpus as the status bar shows it. */
export interface CorpusStatus {
  state: 'indexing' | 'ready' | 'failed';
  articles: number;
  files: number;
  /** Files, lines and folder entries that could not be used. */
  skipped: number;
  /** Copies of articles counted once. */
  duplicates: number;
  /** While indexing: files read of those that changed. */
  progress?: { done: number; total: number; phase: UpdateProgress['phase'] };
  message?: string;
}

export interface UpdateRequest {
  rebuild?: boolean;
  /** Merge the records again even when no file changed (the stored generation turned out damaged). */
  remerge?: boolean;
  signal?: AbortSignal;
  onProgress?: (status: CorpusStatus) => void;
}

/** Opens a workspace: the knowledge base is read now, the corpus when asked (`openStored`, `updateCorpus`). */
export function openWorkspace(options: WorkspaceOptions = {}): WorkspaceHost {
  return new WorkspaceHost(options);
}

/**
 * At most this many changed corpus files are shown from their records alone, laid over the
 * committed generation, while the whole corpus is merged again; more, and the change shows
 * when that merge is done.
 */
const MAX_LAYERED_FILES = 200;

export class WorkspaceHost {
  private current: WorkspaceSnapshot;
  /** The last committed generation as read from the store. */
  private committed: CorpusView | undefined;
  /** What snapshots read: the committed generation, or it with the files changed since laid over it. */
  private corpusView: CorpusReader | undefined;
  /** Corpus files changed (or removed) since the committed generation was merged. */
  private readonly changedSinceCommit = new Set<string>();
  private readonly removedSinceCommit = new Set<string>();
  private store: CorpusStore;
  private indexer: CorpusIndexer | undefined;
  private running: AbortController | undefined;
  private generationId = 0;
  private debounce: NodeJS.Timeout | undefined;
  private remergeTimer: NodeJS.Timeout | undefined;
  private disposed = false;
  /** Reading a store others write (a shared archive named in the editor's settings): never updated from here. */
  private readOnly = false;
  private readonly listeners = new Set<(snapshot: WorkspaceSnapshot) => void>();
  /** Corpus text: from the files given in memory, if any, else from disk. */
  private readonly files = new FileTexts(
    (path) => this.options.corpusFiles?.get(path) ?? readUtf8(path),
    (path, start, end) => (this.options.corpusFiles ? undefined : readUtf8Range(path, start, end)),
  );
  status: CorpusStatus = { state: 'indexing', articles: 0, files: 0, skipped: 0, duplicates: 0 };

  /**
   * Where a generation's corpus text is read: from the store when it keeps the files' text (a
   * shared archive, whose readers need not have the files), else, or for a file it has no
   * text of, from disk.
   */
  private textsOf(generation: LoadedGeneration): FileTexts {
    const stored = generation.storedTexts;
    if (!stored || this.options.corpusFiles) return this.files;
    return new FileTexts(
      (path) => stored.text(path) ?? readUtf8(path),
      (path, start, end) => stored.bytes(path, start, end) ?? readUtf8Range(path, start, end),
    );
  }
  /** The last update's outcome, for the command line and tests. */
  lastUpdate: UpdateResult | undefined;

  constructor(private options: WorkspaceOptions) {
    this.store = this.openStore();
    // The stored corpus is read in a worker thread while this one loads the knowledge base.
    void this.store.prefetchGeneration?.();
    this.current = this.makeSnapshot(this.loadKnowledgeBase());
  }

  /** The current immutable state; take one per request. */
  snapshot(): WorkspaceSnapshot {
    return this.current;
  }

  /** The corpus folders in use. */
  get corpusFolders(): readonly string[] {
    return this.options.corpusFolders && this.options.corpusFolders.length > 0
      ? this.options.corpusFolders
      : [bundledCorpusDir()];
  }

  /** The last committed generation as read from the store (what a layer of changed files lies over). */
  get committedCorpus(): CorpusView | undefined {
    return this.committed;
  }

  /** Where the corpus store is. */
  get storeLocation(): string {
    return this.store.location;
  }

  /** Called with each new snapshot (new corpus generation, settings or knowledge base). */
  onDidChange(listener: (snapshot: WorkspaceSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * What of the corpus could not be used: the entries the last listing skipped (a folder that
   * cannot be read, a pipe, a link that dangles, loops or leads out of the folder) and the
   * problems of the files in the generation (unreadable, binary, bad lines). The listing's are
   * those of the last update even when it committed nothing, so a skipped entry shows up, and
   * goes away, without waiting for a file to change.
   */
  get corpusProblems(): CorpusProblem[] {
    const view = this.corpusView;
    if (!view) return [...(this.lastUpdate?.problems ?? [])];
    if (!this.lastUpdate) return [...view.problems];
    const files = new Set(view.files.map((file) => file.path));
    return [...this.lastUpdate.problems, ...view.problems.filter((problem) => files.has(problem.path))];
  }

  /**
   * Opens the last committed corpus generation without reading the corpus folders, so corpus
   * features answer at once from what was indexed before; false when there is none (or it
   * was made with another knowledge base).
   */
  async openStored(): Promise<boolean> {
    const generation = await this.store.readGeneration();
    if (!generation || generation.kbKey !== this.current.kbKey) return false;
    this.swapCommitted(new CorpusView(generation, this.current.mentionIndex, this.textsOf(generation)));
    return true;
  }

  /**
   * Brings the store up to date with the corpus folders (only what changed is read again) and
   * swaps in the new generation. Runs in worker threads; a later call cancels one still running.
   * Never throws: a failure is in the returned status, and the last snapshot keeps answering.
   */
  async updateCorpus(request: UpdateRequest = {}): Promise<CorpusStatus> {
    if (this.readOnly)
      return {
        ...this.status,
        state: 'failed',
        message: `the corpus store ${this.store.location} is read here, never written`,
      };
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    const signal = request.signal ? AbortSignal.any([request.signal, controller.signal]) : controller.signal;
    const snapshot = this.current;
    const report = (progress?: UpdateProgress) => {
      this.status = { ...this.status, state: 'indexing', ...(progress ? { progress: { ...progress } } : {}) };
      request.onProgress?.(this.status);
    };
    report();
    const update = {
      folders: this.corpusFolders,
      kbKey: snapshot.kbKey,
      list: this.options.corpusFiles ? async () => this.listGivenFiles() : undefined,
      limits: this.options.corpusLimits,
      signal,
    };
    try {
      const onRecordsStored =
        request.rebuild || this.options.showChangesEarly === false
          ? undefined
          : (change: { changed: string[]; removed: string[] }) => this.showChange(change, snapshot.kbKey, signal);
      const result = await updateCorpus(this.store, this.indexerFor(), {
        ...update,
        rebuild: request.rebuild,
        remerge: request.remerge,
        onProgress: report,
        onRecordsStored,
      });
      this.lastUpdate = result;
      signal.throwIfAborted();
      if (result.committed || !this.committed || this.committed.kbKey !== snapshot.kbKey) {
        let generation = await this.store.readGeneration();
        if (!generation) {
          // The stored generation is damaged: merge the records again.
          await updateCorpus(this.store, this.indexerFor(), { ...update, remerge: true });
          generation = await this.store.readGeneration();
        }
        signal.throwIfAborted();
        if (!generation) throw new Error(`the corpus store ${this.store.location} could not be read back`);
        this.files.forget([...result.changed, ...result.removed]);
        if (snapshot.kbKey === this.current.kbKey)
          this.swapCommitted(new CorpusView(generation, this.current.mentionIndex, this.textsOf(generation)));
      } else {
        this.status = this.statusOf(this.corpusView);
      }
    } catch (error) {
      if (signal.aborted) {
        // Cancelled: the last complete corpus keeps answering; a newer update reports for itself.
        if (this.running === controller) this.status = this.statusOf(this.corpusView);
        return this.status;
      }
      this.status = { ...this.statusOf(this.corpusView), state: 'failed', message: (error as Error).message };
    } finally {
      if (this.running === controller) this.running = undefined;
    }
    request.onProgress?.(this.status);
    return this.status;
  }

  /**
   * Shows changed corpus files before the whole corpus is merged again: their stored records
   * are merged alone (in a worker) and laid over the committed generation, which leaves out
   * what those files said before. Files changed since the last commit accumulate, so an
   * update cancelled by the next change loses nothing. A failure here only delays the change
   * until the full merge.
   */
  private async showChange(
    change: { changed: string[]; removed: string[] },
    kbKey: string,
    signal: AbortSignal,
  ): Promise<void> {
    const committed = this.committed;
    if (!committed || committed.kbKey !== kbKey || kbKey !== this.current.kbKey) return;
    for (const path of change.changed) {
      this.changedSinceCommit.add(path);
      this.removedSinceCommit.delete(path);
    }
    for (const path of change.removed) {
      this.removedSinceCommit.add(path);
      this.changedSinceCommit.delete(path);
    }
    if (this.changedSinceCommit.size > MAX_LAYERED_FILES) return;
    const gone = new Set([...this.changedSinceCommit, ...this.removedSinceCommit]);
    // A copy whose original was in a changed file may be the article now: its file joins the layer.
    // The committed corpus without the changed files: it finds their articles in one pass over the table.
    const withoutGone = committed.excluding(gone);
    const copies = committed.generation.duplicates
      .filter((copy) => withoutGone.leftOutIds.has(copy.of) && !gone.has(copy.path))
      .map((copy) => copy.path);
    const layered = [...new Set([...this.changedSinceCommit, ...copies])].sort();
    try {
      const layer = await this.indexerFor().mergeLayer(layered, kbKey, signal);
      signal.throwIfAborted();
      this.files.forget([...change.changed, ...change.removed]);
      const base = copies.length > 0 ? withoutGone.excluding(new Set(copies)) : withoutGone;
      const view = new LayeredCorpusView(
        base,
        new CorpusView(loadedGeneration(layer), this.current.mentionIndex, this.files),
      );
      if (this.committed === committed && this.current.kbKey === kbKey) this.swapCorpus(view, 'indexing');
    } catch (error) {
      if (signal.aborted) throw error;
    }
  }

  /** Corpus files changed on disk (a watcher saw it): update shortly, once for a burst of changes. */
  corpusChanged(onDone?: (status: CorpusStatus) => void, delayMs = 100): void {
    if (this.readOnly) return;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.updateCorpus().then(onDone), delayMs);
  }

  /**
   * Applies new settings or sources. Returns whether the corpus must be updated (other folders
   * or another knowledge base); the caller decides when.
   */
  configure(change: {
    settings?: Partial<AnalysisSettings>;
    knowledgeBase?: KnowledgeBaseSpec;
    corpusFolders?: readonly string[];
    corpusLimits?: CorpusLimits;
  }): { corpusChanged: boolean } {
    const foldersBefore = JSON.stringify(this.corpusFolders);
    const limitsBefore = JSON.stringify(this.options.corpusLimits);
    this.options = {
      ...this.options,
      ...(change.knowledgeBase ? { knowledgeBase: change.knowledgeBase } : {}),
      ...(change.corpusFolders ? { corpusFolders: change.corpusFolders } : {}),
      ...(change.corpusLimits ? { corpusLimits: change.corpusLimits } : {}),
      settings: { ...this.options.settings, ...change.settings },
    };
    const foldersChanged = JSON.stringify(this.corpusFolders) !== foldersBefore;
    const limitsChanged = JSON.stringify(this.options.corpusLimits) !== limitsBefore;
    if (foldersChanged) {
      this.running?.abort();
      this.indexer?.dispose();
      this.indexer = undefined;
      this.store = this.openStore();
      this.forgetCorpus();
      this.lastUpdate = undefined;
    }
    const kb = change.knowledgeBase
      ? this.loadKnowledgeBase()
      : { kb: this.current.kb, mentionIndex: this.current.mentionIndex };
    const kbChanged = kb.kb !== this.current.kb && keyOf(kb.kb) !== this.current.kbKey;
    if (kbChanged) {
      this.indexer?.dispose();
      this.indexer = undefined;
      this.forgetCorpus();
    }
    this.publish(this.makeSnapshot(kb));
    return { corpusChanged: foldersChanged || kbChanged || limitsChanged };
  }

  /**
   * Reads another store from now on: a shared archive that others write (`readOnly`: nothing
   * here updates it, and the corpus comes only from `openStored`), or, with none, the default
   * store of the corpus folders again. What was read from the old store is forgotten; closing
   * it is the caller's business.
   */
  useStore(store: CorpusStore | undefined, options: { readOnly?: boolean } = {}): void {
    this.running?.abort();
    clearTimeout(this.debounce);
    this.indexer?.dispose();
    this.indexer = undefined;
    const { store: _old, ...rest } = this.options;
    this.options = store ? { ...rest, store } : rest;
    this.readOnly = store !== undefined && options.readOnly === true;
    this.store = this.openStore();
    this.forgetCorpus();
    this.lastUpdate = undefined;
    this.status = this.statusOf(undefined);
    this.publish(this.makeSnapshot({ kb: this.current.kb, mentionIndex: this.current.mentionIndex }));
  }

  /** Stops indexing and the worker threads. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.debounce);
    clearTimeout(this.remergeTimer);
    this.running?.abort();
    this.indexer?.dispose();
    this.listeners.clear();
  }

  /** A generation read from the store: what every layer now lies over, with nothing changed since. */
  private swapCommitted(view: CorpusView): void {
    this.committed = view;
    // A part of the generation read later (an entity's facts) may turn out damaged: it read as
    // missing, and the records are merged again so that the next snapshot has it whole.
    view.generation.onDamaged(() => {
      // A disposed host (the command line, once its corpus is loaded) starts no work: the
      // generation is marked damaged, and the next run merges it again.
      // A store read here and written elsewhere is not merged again from here: its reader opens the current generation.
      if (this.committed !== view || this.remergeTimer || this.disposed || this.readOnly) return;
      this.remergeTimer = setTimeout(() => {
        this.remergeTimer = undefined;
        void this.updateCorpus({ remerge: true });
      });
    });
    this.changedSinceCommit.clear();
    this.removedSinceCommit.clear();
    this.swapCorpus(view);
    // In idle time, what the first change will need: it then shows as fast as any other.
    if (this.options.showChangesEarly !== false)
      setTimeout(() => void view.prepareForLayers(() => this.committed === view && !this.disposed), 0).unref();
    // And the worker that derives a changed file: started and holding the knowledge base before a file is saved.
    if (this.options.showChangesEarly !== false && !this.readOnly)
      setTimeout(() => {
        if (this.committed === view && !this.disposed)
          void this.indexerFor()
            .prepare?.()
            .catch(() => undefined);
      }, 0).unref();
  }

  private swapCorpus(view: CorpusReader, state: CorpusStatus['state'] = 'ready'): void {
    this.corpusView = view;
    this.status = {
      ...this.statusOf(view),
      state,
      ...(state === 'indexing' && this.status.progress ? { progress: this.status.progress } : {}),
    };
    this.publish(this.makeSnapshot({ kb: this.current.kb, mentionIndex: this.current.mentionIndex }));
  }

  private forgetCorpus(): void {
    this.committed = undefined;
    this.corpusView = undefined;
    this.changedSinceCommit.clear();
    this.removedSinceCommit.clear();
  }

  private publish(snapshot: WorkspaceSnapshot): void {
    this.current = snapshot;
    for (const listener of this.listeners) listener(snapshot);
  }

  private statusOf(view: CorpusReader | undefined): CorpusStatus {
    if (!view) return { state: 'ready', articles: 0, files: 0, skipped: 0, duplicates: 0 };
    return {
      state: 'ready',
      articles: view.articleCount,
      files: view.files.length,
      skipped: this.corpusProblems.length,
      duplicates: view.duplicateCount,
    };
  }

  private makeSnapshot(kb: { kb: KnowledgeBase; mentionIndex: MentionIndex }): WorkspaceSnapshot {
    return new WorkspaceSnapshot({
      id: ++this.generationId,
      kb: kb.kb,
      mentionIndex: kb.mentionIndex,
      kbKey: keyOf(kb.kb),
      corpus: this.corpusView,
      settings: { ...DEFAULT_ANALYSIS_SETTINGS, ...this.options.settings },
      today: (this.options.today ?? (() => new Date().toISOString().slice(0, 10)))(),
      files: this.files,
    });
  }

  private loadKnowledgeBase(): { kb: KnowledgeBase; mentionIndex: MentionIndex } {
    const spec = this.options.knowledgeBase;
    const kb = spec && 'sources' in spec ? loadKnowledgeBase([...spec.sources]) : readKnowledgeBase(spec?.files ?? []);
    const cache = this.options.automatonCache;
    return { kb, mentionIndex: buildMentionIndex(kb, cache && ((patterns) => cachedAutomaton(patterns, cache))) };
  }

  private openStore(): CorpusStore {
    const store = this.options.store;
    if (store && 'folder' in store) return new EmbeddedCorpusStore(store.folder);
    if (store) return store;
    if (this.options.corpusFiles) return new MemoryCorpusStore();
    const root = this.options.storeRoot ?? process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache');
    return new EmbeddedCorpusStore(defaultStoreFolder(this.corpusFolders, root));
  }

  /** Worker processes when the store is on disk or a shared archive and the knowledge base comes from files; else this thread. */
  private indexerFor(): CorpusIndexer {
    if (this.indexer) return this.indexer;
    const spec = this.options.knowledgeBase;
    const kbFiles = spec && 'sources' in spec ? undefined : [...(spec?.files ?? [])];
    const given = this.options.corpusFiles;
    const storeForWorkers =
      this.store instanceof EmbeddedCorpusStore ? this.store.location : archiveAddressOf(this.store);
    if (storeForWorkers && kbFiles && !given && this.options.workers !== 0) {
      this.indexer = new WorkerIndexer(
        storeForWorkers,
        kbFiles,
        this.options.workers,
        this.options.backgroundIndexing !== false,
      );
    } else {
      const read = given ? async (path: string) => given.get(path) ?? { problem: 'skipped: file is gone' } : undefined;
      this.indexer = new InProcessIndexer(this.store, this.current.mentionIndex, read);
    }
    return this.indexer;
  }

  private listGivenFiles(): { files: ListedFile[]; problems: CorpusProblem[] } {
    const files = [...(this.options.corpusFiles ?? new Map<string, string>())]
      .map(([path, text]) => ({
        path,
        fingerprint: createHash('sha1').update(text).digest('hex'),
        size: Buffer.byteLength(text),
      }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    return { files, problems: [] };
  }

  /** Replaces the corpus given as text (tests): the next update sees the change. */
  setCorpusFiles(files: ReadonlyMap<string, string>): void {
    this.options = { ...this.options, corpusFiles: files };
    this.files.forget();
    if (this.indexer instanceof InProcessIndexer) this.indexer = undefined;
  }

  /** The in-process indexer, when indexing runs on this thread (tests count the files it reads). */
  get inProcessIndexer(): InProcessIndexer | undefined {
    return this.indexer instanceof InProcessIndexer ? this.indexer : undefined;
  }
}

/**
 * The connection string of a shared archive's store, which the workers open for themselves.
 * Told by its shape rather than its class, so that opening a workspace does not load the
 * PostgreSQL client (the command line's start-up, for a store on disk).
 */
function archiveAddressOf(store: CorpusStore): string | undefined {
  const address = (store as Partial<{ connectionString: unknown }>).connectionString;
  return typeof address === 'string' && isArchiveAddress(address) ? address : undefined;
}

const kbKeys = new WeakMap<KnowledgeBase, string>();

/** What identifies a knowledge base's content: records derived with another one are stale. */
function keyOf(kb: KnowledgeBase): string {
  let key = kbKeys.get(kb);
  if (!key) {
    const hash = createHash('sha1');
    for (const entity of kb.entities.values()) hash.update(JSON.stringify(entity.entry)).update('\n');
    key = hash.digest('hex').slice(0, 20);
    kbKeys.set(kb, key);
  }
  return key;
}
