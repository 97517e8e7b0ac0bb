/**
 * What a corpus store keeps of one corpus file: everything derived from it alone. The corpus
 * as a whole (stories across outlets, events across articles, the passage index) is merged
 * from these records, so a changed file is read and derived again alone and nothing else in
 * the corpus is read.
 */
import { createHash } from 'node:crypto';
import { viewArticle } from '../core/facts/articleView.js';
import { factsOfView, type ArticleFacts } from '../core/facts/extractFacts.js';
import type { MentionIndex } from '../core/mentions/mentionIndex.js';
import { emptyIndexSegment, indexSegmentOfViews, type IndexSegment } from '../core/passages/indexSegments.js';
import { ingestFile } from './ingest.js';
import { recordSpansOf, type RecordSpans } from './recordSpans.js';
import { storyTerms } from './storyFeatures.js';
import type { Article, CorpusProblem, SourceFile } from './types.js';

/** Bump when what a record holds, or how it is derived, changes: stored records are then derived again. */
export const FILE_RECORD_VERSION = 7;

/** An article as stored: its metadata without its text, which is read back from the file when shown. */
export type StoredArticle = Omit<Article, 'passages'> & {
  /** Hash of the article's text: the same article scraped twice or copied into two files is one article. */
  contentHash: string;
};

/** An article and its copies share this: the same outlet, the same text. */
export function copyKeyOf(article: StoredArticle): string {
  return `${article.outlet ?? ''}\u0000${article.contentHash}`;
}

export interface FileRecord {
  version: number;
  path: string;
  /** What identifies the file's state (size and modification time). */
  fingerprint: string;
  articles: StoredArticle[];
  /** Per article, the terms story grouping compares (see `storyTerms`). */
  storyTerms: Uint32Array[];
  /** Per article, its title sightings and reports of events. */
  facts: ArticleFacts[];
  index: IndexSegment;
  problems: CorpusProblem[];
  /** For a JSON Lines file: where each record is, so that a passage is read from its line alone. */
  recordSpans?: RecordSpans;
}

/** Derives a file's record from its text. Pure but for hashing; never throws on odd text. */
export function deriveFileRecord(file: SourceFile, fingerprint: string, mentionIndex: MentionIndex): FileRecord {
  const { articles, problems, pieces } = ingestFile(file);
  const recordSpans = recordSpansOf(file.text, pieces);
  // One view per article: its mentions, found once, serve both the facts and the index.
  const views = articles.map((article) => viewArticle(article, mentionIndex));
  return {
    version: FILE_RECORD_VERSION,
    path: file.path,
    fingerprint,
    articles: articles.map(({ passages, ...meta }) => ({ ...meta, contentHash: contentHash(passages) })),
    storyTerms: articles.map(storyTerms),
    facts: views.map((view) => factsOfView(view, mentionIndex)),
    index: indexSegmentOfViews(views),
    problems,
    ...(recordSpans ? { recordSpans } : {}),
  };
}

/** A record for a file that could not be read: no articles, one problem, so the reason is kept and shown. */
export function unreadableFileRecord(path: string, fingerprint: string, message: string): FileRecord {
  return {
    version: FILE_RECORD_VERSION,
    path,
    fingerprint,
    articles: [],
    storyTerms: [],
    facts: [],
    index: emptyIndexSegment(),
    problems: [{ path, message }],
  };
}

/** The text of an article's paragraphs with spacing and case evened out, hashed. */
function contentHash(passages: Article['passages']): string {
  const hash = createHash('sha1');
  for (const passage of passages) {
    if (passage.kind === 'paragraph') hash.update(evenSpacing(passage.text).toLowerCase()).update('\n');
  }
  return hash.digest('base64url').slice(0, 22);
}

/**
 * A text with each run of white space made one space and none at either end. Most paragraphs
 * are spaced so already: they are only read, not rebuilt.
 */
function evenSpacing(text: string): string {
  let even = true;
  for (let i = 0; i < text.length && even; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) even = i > 0 && i < text.length - 1 && text.charCodeAt(i - 1) !== 0x20;
    else if (mayBeWhiteSpace(code)) even = !WHITE_SPACE.test(text[i]!);
  }
  return even ? text : text.replace(/\s+/g, ' ').trim();
}

const WHITE_SPACE = /\s/;

/** The code units among which all of `\s` is (controls, no-break and typographic spaces, line separators, the BOM). */
function mayBeWhiteSpace(code: number): boolean {
  return (
    code <= 0x0d ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x205f) ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
