/**
 * What corpus ingestion produces. Every range is a pair of UTF-16 offsets into the readable text
 * of the file the article came from (see {@link DecodedFile}): the file itself for plain text and
 * Markdown, the records' bodies for JSON Lines, the page's text for HTML. Its offset map turns a
 * range back into the file's own characters, so that a link opens the file at the right place.
 */
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

/** The corpus languages; Chinese covers simplified and traditional script alike. */
export type Language = 'en' | 'zh';

/** A paragraph or sentence that evidence can cite, located exactly in its file. */
export interface Passage {
  kind: 'paragraph' | 'sentence';
  /** Offset of the first character in the file's readable text. */
  start: number;
  /** Offset one past the last character in the file's readable text. */
  end: number;
  text: string;
}

/**
 * One article found in a file. Its offsets refer to the file's readable text: for HTML the text
 * extracted from the markup, for JSON Lines the records' decoded bodies (see {@link DecodedFile}).
 */
export interface Article {
  /** Stable id: file path plus article index within the file ("corpus/a.txt#2"). */
  id: string;
  path: string;
  /** Offsets of the whole article (title included) in the file's readable text. */
  start: number;
  end: number;
  /** Headline; empty when the scrape kept no headline for the article. */
  title: string;
  /**
   * Offset of the headline in the file's readable text, when the headline is printed there as
   * `title` reads (so that a fact read from it can point at it); absent for a headline from
   * metadata or one whose spaces were tidied.
   */
  titleStart?: number;
  /** ISO date (`YYYY-MM-DD`) of the article or of the event its dateline names; absent when unknown. */
  date?: string;
  /** The text the date was read from ("BEIJING, Oct. 20 --"), for the evidence trail. */
  dateText?: string;
  /**
   * ISO date named by the dateline or the lead ("On December 3, 2021, ...", "新华社万象12月3日电"),
   * with its year taken from the page date when the text gives none. `date` prefers the page's
   * own date line (publication); this keeps the day the text itself names, often the event's.
   */
  eventDate?: string;
  /**
   * Month and day without a year (`--MM-DD`, ISO 8601 reduced form) when a dateline such as
   * "BEIJING, Oct. 20 --" gave no year and none could be inferred; `date` is then absent
   * rather than guessed. Story grouping still uses it.
   */
  partialDate?: string;
  /** 1-based line in the file, for articles that come from a JSONL record. */
  line?: number;
  /** Canonical outlet name ("Xinhua", "Ministry of Foreign Affairs of China", "AP"). */
  outlet?: string;
  language: Language;
  url?: string;
  /** Paragraphs and sentences, boilerplate excluded, in document order. */
  passages: Passage[];
  /** Id of the story this article belongs to (same story carried by several outlets). */
  storyId: string;
}

/** The same story as carried by one or more articles. */
export interface Story {
  id: string;
  articleIds: string[];
  /** Distinct outlets carrying the story: the count of independent sources. */
  outlets: string[];
}

/** A file or line that could not be used, with the reason. Ingestion never throws. */
export interface CorpusProblem {
  path: string;
  line?: number;
  message: string;
}

/** Everything ingestion produced: articles, the stories grouping them, and what could not be used. */
export interface Corpus {
  articles: Article[];
  stories: Story[];
  problems: CorpusProblem[];
}
