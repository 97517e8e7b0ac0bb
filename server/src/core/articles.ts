/**
 * The corpus as the analysis reads it: articles with their passages, stories and problems.
 * Ingestion (`corpus/`) makes them from files; the core's passage index, facts and checks read
 * them. Every range is a pair of UTF-16 offsets into the readable text of the file the article
 * came from (`corpus/types.ts`: `DecodedFile`).
 */

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
