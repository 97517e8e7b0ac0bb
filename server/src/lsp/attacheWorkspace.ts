import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readCorpus } from '../corpus/readCorpus.js';
import type { Corpus } from '../corpus/types.js';
import { analyzeDocument, type Analysis } from '../core/analyze.js';
import { indexCorpusMentions, type CorpusMentionIndex } from '../core/corpusMentions.js';
import { extractFacts } from '../core/facts/extractFacts.js';
import type { FactIndex } from '../core/facts/types.js';
import type { CorpusEvidence } from '../core/checks/quoteMismatch.js';
import { buildMentionIndex, type MentionIndex } from '../core/mentions/mentionIndex.js';
import { buildPassageIndex, PassageIndex } from '../core/passages/passageIndex.js';
import { defaultIndexPath, fingerprintCorpus, readPassageIndex, writePassageIndex } from '../corpus/passageIndexStore.js';
import type { KnowledgeBase } from '../kb/knowledgeBase.js';
import { readKnowledgeBase, yamlFilesIn } from '../kb/readKnowledgeBase.js';
import { bundledCorpusDir } from '../paths.js';
import { DEFAULT_SETTINGS, type AttacheSettings } from './settings.js';

/** What the status bar shows. */
export interface CorpusStatus {
  state: 'indexing' | 'ready' | 'failed';
  articles: number;
  files: number;
  skipped: number;
  message?: string;
}

/**
 * The server's state: settings, the knowledge base and its index, the corpus snapshot, and
 * one cached analysis per open document version. Requests read the current snapshot; a
 * reindex builds a new one and swaps it in when done, so nothing waits on indexing.
 */
export class AttacheWorkspace {
  settings: AttacheSettings = DEFAULT_SETTINGS;
  kb!: KnowledgeBase;
  mentionIndex!: MentionIndex;
  corpus: Corpus = { articles: [], stories: [], problems: [] };
  corpusMentions: CorpusMentionIndex = new Map();
  passageIndex: PassageIndex | undefined;
  facts: FactIndex | undefined;
  /** The corpus as the checks see it; one object per snapshot, so their caches last as long as it. */
  private evidence: CorpusEvidence | undefined;
  status: CorpusStatus = { state: 'indexing', articles: 0, files: 0, skipped: 0 };
  private readonly analyses = new Map<string, { version: number; analysis: Analysis }>();
  private readonly fileTexts = new Map<string, string | undefined>();
  private corpusGeneration = 0;

  constructor(
    readonly workspaceFolders: readonly string[],
    private readonly today: () => string,
    /** A folder for the persisted passage index (the extension's storage), if the client gave one. */
    private readonly indexStorage?: string,
  ) {
    this.reloadKnowledgeBase();
  }

  /** Reloads the knowledge base (bundled, `.attache/kb/*.yaml`, configured files). */
  reloadKnowledgeBase(): void {
    const workspaceFiles = this.workspaceFolders.flatMap((folder) => yamlFilesIn(join(folder, '.attache', 'kb')));
    this.kb = readKnowledgeBase([...workspaceFiles, ...this.settings.knowledgeBaseFiles.map((file) => this.resolvePath(file))]);
    this.mentionIndex = buildMentionIndex(this.kb);
    this.analyses.clear();
  }

  /** The corpus folders in use, resolved against the first workspace folder. */
  corpusFolders(): string[] {
    const configured = this.settings.corpusFolders.map((folder) => this.resolvePath(folder));
    return configured.length > 0 ? configured : [bundledCorpusDir()];
  }

  /**
   * Reads and indexes the corpus into a new snapshot; the old one keeps answering until this
   * one is complete. A later call supersedes an earlier one still running.
   */
  async reindexCorpus(onProgress?: (message: string) => void): Promise<CorpusStatus> {
    const generation = ++this.corpusGeneration;
    this.status = { ...this.status, state: 'indexing' };
    try {
      onProgress?.('reading corpus files');
      const corpus = await readCorpus(this.corpusFolders());
      if (generation !== this.corpusGeneration) return this.status;
      onProgress?.(`finding mentions in ${corpus.articles.length} articles`);
      const mentions = indexCorpusMentions(corpus, this.mentionIndex);
      onProgress?.('reading titles and events');
      const facts = extractFacts(corpus, this.mentionIndex);
      onProgress?.('loading the passage index');
      const passageIndex = new PassageIndex(this.loadOrBuildPassageIndex(corpus), this.mentionIndex);
      if (generation !== this.corpusGeneration) return this.status;
      this.corpus = corpus;
      this.corpusMentions = mentions;
      this.passageIndex = passageIndex;
      this.facts = facts;
      this.evidence = { passages: passageIndex, textOf: (path, start, end) => this.readFile(path)?.slice(start, end), facts };
      // Checks against the corpus see the new snapshot from now on.
      this.analyses.clear();
      this.fileTexts.clear();
      const files = new Set(corpus.articles.map((a) => a.path)).size;
      this.status = { state: 'ready', articles: corpus.articles.length, files, skipped: corpus.problems.length };
    } catch (error) {
      if (generation === this.corpusGeneration) {
        this.status = { ...this.status, state: 'failed', message: (error as Error).message };
      }
    }
    return this.status;
  }

  /** The analysis of a document's current version, computed once per version. */
  analyze(document: TextDocument): Analysis {
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = analyzeDocument(document.getText(), this.kb, this.mentionIndex, {
      today: this.today(),
      configuredDate: this.settings.documentDate,
      houseStyle: this.settings.houseStyle,
      severities: this.settings.severity,
      corpus: this.evidence,
    });
    this.analyses.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
  }

  /** Whether documents of this language are checked. */
  checks(languageId: string): boolean {
    return this.settings.languages.includes(languageId);
  }

  /** A corpus or knowledge-base file's text (cached), for turning offsets into positions. */
  readonly readFile = (path: string): string | undefined => {
    if (!this.fileTexts.has(path)) {
      try {
        this.fileTexts.set(path, readFileSync(path, 'utf8'));
      } catch {
        this.fileTexts.set(path, undefined);
      }
    }
    return this.fileTexts.get(path);
  };

  /**
   * The persisted passage index if it matches the corpus files, else a new one, stored for the
   * next start (in the extension's storage when the client gives one, else the user's cache).
   */
  private loadOrBuildPassageIndex(corpus: Corpus) {
    const folders = this.corpusFolders();
    const path = this.indexStorage ? join(this.indexStorage, 'passages.bin') : defaultIndexPath(folders);
    const fingerprint = fingerprintCorpus(folders);
    const stored = readPassageIndex(path, fingerprint);
    if (stored) return stored;
    const data = buildPassageIndex(corpus, this.mentionIndex);
    try {
      writePassageIndex(path, data, fingerprint);
    } catch {
      // A read-only store only costs a rebuild at the next start.
    }
    return data;
  }

  private resolvePath(path: string): string {
    return isAbsolute(path) ? path : resolve(this.workspaceFolders[0] ?? process.cwd(), path);
  }
}
