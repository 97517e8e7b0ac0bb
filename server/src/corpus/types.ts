/**
 * What corpus ingestion produces. Every range is a pair of UTF-16 offsets into the original
 * text of the file the article came from, so that a link can open the file at the right place.
 */

/** A file as read from disk (or handed in by a test). */
export interface SourceFile {
  /** Path as given by the caller (absolute or relative to the corpus root). */
  path: string;
  text: string;
}

export type Language = 'en' | 'zh';

export interface Passage {
  kind: 'paragraph' | 'sentence';
  /** Offset of the first character in the file. */
  start: number;
  /** Offset one past the last character in the file. */
  end: number;
  text: string;
}

export interface Article {
  /** Stable id: file path plus article index within the file ("corpus/a.txt#2"). */
  id: string;
  path: string;
  /** Offsets of the whole article (title included) in the file. */
  start: number;
  end: number;
  title: string;
  /** ISO date (`YYYY-MM-DD`) of the article or of the event its dateline names; absent when unknown. */
  date?: string;
  /** The text the date was read from ("BEIJING, Oct. 20 --"), for the evidence trail. */
  dateText?: string;
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

export interface Corpus {
  articles: Article[];
  stories: Story[];
  problems: CorpusProblem[];
}
