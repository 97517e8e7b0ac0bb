/**
 * What corpus ingestion produces. Every range is a pair of UTF-16 offsets into the readable text
 * of the file the article came from (see {@link DecodedFile}): the file itself for plain text and
 * Markdown, the records' bodies for JSON Lines, the page's text for HTML. Its offset map turns a
 * range back into the file's own characters, so that a link opens the file at the right place.
 */
import type { CorpusProblem, Language } from '../core/articles.js';
import type { OffsetMap } from './offsetMap.js';

/** A file as read from disk (or handed in by a test). */
export interface SourceFile {
  /** Path as given by the caller (absolute or relative to the corpus root). */
  path: string;
  text: string;
  /**
   * Facts known from outside the text (HTML `<meta>` tags, JSONL fields). They take precedence
   * over what segmentation guesses from the text, because a publisher's own metadata is more
   * reliable than a cue found in a scrape.
   */
  hints?: SourceHints;
}

/** Metadata supplied alongside a text rather than found in it. */
export interface SourceHints {
  title?: string;
  /** ISO date (`YYYY-MM-DD`) of publication. */
  date?: string;
  outlet?: string;
  url?: string;
  language?: Language;
  /**
   * The whole text is one article (a JSONL record): it is cleaned and cut into passages but
   * never split into several articles.
   */
  single?: boolean;
  /** 1-based line of the record in its file, for JSONL records. */
  line?: number;
  /** Index used in the article id instead of the position in the text (JSONL line index). */
  index?: number;
}

/** A part of a file's readable text that is segmented alone (a JSON Lines record), at its offset in that text. */
export interface DecodedPiece {
  offset: number;
  source: SourceFile;
  /** For a JSON Lines record: its line in the file's own text (without the line break). */
  line?: { start: number; end: number };
}

/**
 * A corpus file as articles are cut from it: its readable text, the pieces that are segmented,
 * and, when the text is not the file's own, where each of its units is in the file.
 */
export interface DecodedFile {
  path: string;
  /** The readable text; article and passage offsets refer to it. */
  text: string;
  pieces: DecodedPiece[];
  problems: CorpusProblem[];
  /** Absent when the readable text is the file's text itself. */
  map?: OffsetMap;
}

// The article model is the core's; ingestion and the readers of the corpus also find it here.
export type { Article, Corpus, CorpusProblem, Language, Passage, Story } from '../core/articles.js';
