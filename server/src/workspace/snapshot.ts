import { analysisInSteps, prepareAnalysis, type Analysis, type AnalysisOptions } from '../core/analyze.js';
import type { AnalyzedDocument } from '../core/checks/check.js';
import type { Severity } from '../core/checks/finding.js';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../core/checks/houseStyle.js';
import { entityCard } from '../core/entityCard.js';
import { entityDossier, type EntityDossier } from '../core/entityDossier.js';
import type { Mention, MentionIndex } from '../core/mentions/mentionIndex.js';
import type { PassageMatch } from '../core/passages/passageIndex.js';
import type { RetextSettings } from '../core/retext/retextPlugins.js';
import type { Range } from '../core/text/lineIndex.js';
import { documentKindOf } from '../core/text/markdownProse.js';
import type { Entity, KnowledgeBase } from '../kb/knowledgeBase.js';
import type { CorpusReader } from './corpusView.js';
import type { FileTexts } from './fileTexts.js';

/** What decides the findings besides the text: house style, the fallback date, severities. */
export interface AnalysisSettings {
  houseStyle: HouseStyle;
  /** The date titles are judged at when a document has none of its own (`--date`, `attache.documentDate`). */
  documentDate?: string;
  /** Per-rule severity, or `off`. */
  severity: Record<string, Severity | 'off'>;
  /** The retext plugins to run, and those loaded from the workspace; none by default. */
  retext?: RetextSettings;
}

export const DEFAULT_ANALYSIS_SETTINGS: AnalysisSettings = { houseStyle: DEFAULT_HOUSE_STYLE, severity: {} };

/** A document as the snapshot reads it: an LSP `TextDocument` fits, so does a file read by the CLI. */
export interface DocumentLike {
  uri: string;
  version: number;
  /** The editor's language id; `markdown` is read as Markdown (its prose checked), anything else as plain text. */
  languageId?: string;
  getText(): string;
}

interface SnapshotParts {
  id: number;
  kb: KnowledgeBase;
  mentionIndex: MentionIndex;
  kbKey: string;
  corpus: CorpusReader | undefined;
  settings: AnalysisSettings;
  today: string;
  files: FileTexts;
}

/** An analysis of a document's version begun in steps, with its document model once made. */
interface Unfinished {
  version: number;
  steps: Generator<AnalyzedDocument, Analysis, void>;
  document?: AnalyzedDocument;
}

/** How many documents' analyses a snapshot keeps (the open editors, and some). */
const ANALYSES = 64;

/**
 * Everything the product shows, answered from one immutable state: the knowledge base, the
 * settings and (once indexed) a corpus generation. Analyses are computed once per document
 * version and snapshot. Every call that can take long accepts an `AbortSignal`.
 */
export class WorkspaceSnapshot {
  readonly id: number;
  readonly kb: KnowledgeBase;
  readonly mentionIndex: MentionIndex;
  /** Identifies the knowledge base's content. */
  readonly kbKey: string;
  /** The corpus, absent until a generation is loaded. */
  readonly corpus: CorpusReader | undefined;
  readonly settings: AnalysisSettings;
  /** Today's date as the snapshot was taken: the fallback document date. */
  readonly today: string;
  private readonly files: FileTexts;
  private readonly analyses = new Map<string, { version: number; analysis: Analysis }>();
  /** Analyses begun in steps and not finished, with the document model once made. */
  private readonly unfinished = new Map<string, Unfinished>();
  private readonly cards = new Map<string, string>();

  constructor(parts: SnapshotParts) {
    this.id = parts.id;
    this.kb = parts.kb;
    this.mentionIndex = parts.mentionIndex;
    this.kbKey = parts.kbKey;
    this.corpus = parts.corpus;
    this.settings = parts.settings;
    this.today = parts.today;
    this.files = parts.files;
  }

  /**
   * The findings and mentions of a document's version, computed once. Throws an `AbortError`
   * when the signal is aborted before the work is done.
   */
  analyze(document: DocumentLike, signal?: AbortSignal): Analysis {
    const cached = this.analyses.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    signal?.throwIfAborted();
    // An analysis begun in steps is finished rather than begun again.
    const unfinished = this.unfinishedFor(document, signal);
    for (;;) {
      const analysis = this.step(document, unfinished);
      if (analysis) return analysis;
      signal?.throwIfAborted();
    }
  }

  /**
   * The analysis of a document's version made a step per turn of the event loop, so that
   * requests waiting meanwhile (a hover, a completion) are answered between two checks rather
   * than after them all; `mentionAt` and `documentModel` answer from the document model as soon
   * as its step is done. Resolves with the analysis, or with nothing once `stale()` says it is
   * no longer wanted (a newer version, a newer snapshot). Its findings are `analyze`'s: the
   * same steps, run to their end.
   */
  async analyzeInSteps(document: DocumentLike, stale: () => boolean): Promise<Analysis | undefined> {
    for (;;) {
      // Each step on a turn of its own, the first too: what is already waiting goes first.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stale()) return undefined;
      const cached = this.analyses.get(document.uri);
      if (cached && cached.version === document.version) return cached.analysis;
      const analysis = this.step(document, this.unfinishedFor(document));
      if (analysis) return analysis;
    }
  }

  /**
   * The document model (prose, date, mentions) of a document's version: from its analysis, or
   * from one still in steps once its model is made, else by analysing it.
   */
  documentModel(document: DocumentLike, signal?: AbortSignal): AnalyzedDocument {
    const unfinished = this.unfinished.get(document.uri);
    if (unfinished?.version === document.version && unfinished.document) return unfinished.document;
    return this.analyze(document, signal).document;
  }

  /**
   * Reads ahead what of a document its analysis needs from the knowledge base and settings
   * alone (`prepareAnalysis`), for a caller that will analyse it in a snapshot with a corpus
   * still loading: this snapshot's knowledge base, the later one's analysis finds it done.
   */
  prepare(document: DocumentLike, signal?: AbortSignal): void {
    prepareAnalysis(document.getText(), this.kb, this.mentionIndex, this.analysisOptions(document, signal));
  }

  private analysisOptions(document: DocumentLike, signal?: AbortSignal): AnalysisOptions {
    return {
      today: this.today,
      configuredDate: this.settings.documentDate,
      houseStyle: this.settings.houseStyle,
      severities: this.settings.severity,
      corpus: this.corpus?.evidence,
      signal,
      kind: documentKindOf(document.languageId),
      retext: this.settings.retext,
    };
  }

  private unfinishedFor(document: DocumentLike, signal?: AbortSignal): Unfinished {
    let unfinished = this.unfinished.get(document.uri);
    if (unfinished?.version !== document.version) {
      unfinished = {
        version: document.version,
        steps: analysisInSteps(document.getText(), this.kb, this.mentionIndex, this.analysisOptions(document, signal)),
      };
      this.unfinished.set(document.uri, unfinished);
    }
    return unfinished;
  }

  /** One step of an unfinished analysis; the analysis once done. One that throws (aborted) is dropped, to begin again. */
  private step(document: DocumentLike, unfinished: Unfinished): Analysis | undefined {
    let step: IteratorResult<AnalyzedDocument, Analysis>;
    try {
      step = unfinished.steps.next();
    } catch (error) {
      if (this.unfinished.get(document.uri) === unfinished) this.unfinished.delete(document.uri);
      throw error;
    }
    if (!step.done) {
      unfinished.document = step.value;
      return undefined;
    }
    this.unfinished.delete(document.uri);
    const analysis = step.value;
    this.analyses.delete(document.uri);
    this.analyses.set(document.uri, { version: document.version, analysis });
    if (this.analyses.size > ANALYSES) this.analyses.delete(this.analyses.keys().next().value!);
    return analysis;
  }

  /** Drops a closed document's analysis. */
  forget(uri: string): void {
    this.analyses.delete(uri);
    this.unfinished.delete(uri);
  }

  /** The mention at an offset of a document, if any. */
  mentionAt(document: DocumentLike, offset: number, signal?: AbortSignal): Mention | undefined {
    return this.documentModel(document, signal).mentions.find((m) => m.start <= offset && offset <= m.end);
  }

  /**
   * The hover card of an entity at a date, as Markdown, with links made by `linkTo`; computed
   * once per entity and date in a snapshot (callers pass the same kind of links).
   */
  entityCard(
    entity: Entity,
    date: string,
    linkTo: (path: string, at: { start: number; end: number } | { line: number }) => string,
  ): string {
    const key = `${entity.id}|${date}`;
    let card = this.cards.get(key);
    if (card === undefined) {
      card = entityCard(entity, {
        date,
        kb: this.kb,
        corpusArticles: this.corpus?.articlesMentioning(entity.id),
        facts: this.corpus?.facts,
        linkTo,
      });
      if (this.cards.size > 1000) this.cards.clear();
      this.cards.set(key, card);
    }
    return card;
  }

  /** The dossier of an entity at a date: roles, corpus events, titles, disagreements and every article mentioning it. */
  entityDossier(entity: Entity, date: string): EntityDossier {
    return entityDossier(entity, {
      date,
      kb: this.kb,
      articles: this.corpus?.articlesForDossier(entity.id),
      facts: this.corpus?.facts,
    });
  }

  /** Corpus passages matching a text, best first; none without a corpus or a close match. */
  passages(text: string, options: { limit?: number; date?: string } = {}): PassageMatch[] {
    return this.corpus?.search(text, options) ?? [];
  }

  /**
   * What a corpus file says between two offsets of the index (a passage, a mention); the same
   * text the corpus checks compared with.
   */
  readonly corpusText = (path: string, start: number, end: number): string | undefined =>
    this.corpus ? this.corpus.textOf(path, start, end) : this.files.text(path, start, end);

  /** Where two offsets of the corpus index are in the file itself, as line/character positions. */
  readonly corpusLocation = (path: string, start: number, end: number): Range | undefined =>
    this.corpus ? this.corpus.locationOf(path, start, end) : this.files.location(path, start, end);
}
