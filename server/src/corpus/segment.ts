/**
 * Splitting a raw scraped dump into articles. A dump is a sequence of web pages flattened to
 * text: each page brings menus, captions, footers and related-links lists around one article,
 * and search-result pages bring many short entries. Segmentation reads the sequence of line
 * kinds (see `lineKinds.ts`): prose lines are article text, and a new article begins where a
 * headline or a date line opens a run of prose after page furniture, or where a second wire
 * dateline appears.
 */
import { dateArticle, dateInFileName } from './articleDating.js';
import { findOutlet, preambleOutlet } from './articleOutlet.js';
import { outletOfUrl } from '../core/outlets.js';
import { collectDrafts, type Draft } from './drafts.js';
import { detectLanguage } from './language.js';
import { classifyLines, type ClassifiedLine } from './lineKinds.js';
import { splitLines } from './lines.js';
import { splitSentences } from '../core/text/sentences.js';
import { storyIdFor } from './stories.js';
import type { Article, CorpusProblem, Passage, SourceFile } from './types.js';
import { isHanCode } from '../core/text/scripts.js';

/**
 * Minimum amount of text for a run of prose to count as an article, in Latin letters (a Chinese
 * character counts as 2.5). Below it, a "run of prose" is a stray promo or teaser sentence.
 */
const MIN_ARTICLE_WEIGHT = 120;

/**
 * Splits a file into articles with their passages, title, date, outlet, language and URL. Every
 * passage is an exact slice of `file.text`; boilerplate never becomes a passage. Returns a
 * problem rather than throwing when the file holds no article.
 */
export function segmentFile(file: SourceFile): { articles: Article[]; problems: CorpusProblem[] } {
  const lines = classifyLines(splitLines(file.text));
  const drafts = collectDrafts(lines, file.hints?.single === true);
  const fileOutlet = preambleOutlet(drafts);
  const kept = drafts.filter(
    (draft) =>
      file.hints?.single || draft.prose.reduce((sum, line) => sum + textWeight(line.content), 0) >= MIN_ARTICLE_WEIGHT,
  );
  // A file's name dates only the one article it holds: not each page of a dump, nor each record of a JSONL file.
  const fileNameDate = kept.length === 1 && file.hints?.index === undefined ? dateInFileName(file.path) : undefined;
  const articles = kept.map((draft, i) => buildArticle(file, draft, file.hints?.index ?? i, fileOutlet, fileNameDate));
  const problems: CorpusProblem[] = [];
  if (articles.length === 0) {
    const message =
      file.text.trim() === '' ? 'file is empty' : 'no article text found (only headings, menus or boilerplate)';
    problems.push({ path: file.path, ...(file.hints?.line !== undefined ? { line: file.hints.line } : {}), message });
  }
  return { articles, problems };
}

/** Amount of text in Latin letters, a Chinese character counting as 2.5 (it carries more). */
function textWeight(text: string): number {
  let weight = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) weight += 1;
    else if (isHanCode(code)) weight += 2.5;
  }
  return weight;
}

/** Wire end marks after the last sentence ("Enditem", "– VNA", "/."): not part of any sentence. */
const SIGN_OFF = /\s*(?:\(?\b[Ee]nd[Ii]tem\)?|\(?\bENDITEM\)?|[–—]\s*(?:VNA|KPL|Xinhua|AP|AFP|Reuters)|\/\.)\s*$/;

/** Turns a draft into an article: offsets, title, passages, dates, outlet, language, URL. */
function buildArticle(
  file: SourceFile,
  draft: Draft,
  index: number,
  fileOutlet: string | undefined,
  fileNameDate: string | undefined,
): Article {
  const text = file.text;
  const first = draft.prose[0] as ClassifiedLine;
  const last = draft.prose[draft.prose.length - 1] as ClassifiedLine;
  const opening = [draft.title, ...draft.leadMeta, first].filter((line): line is ClassifiedLine => line !== undefined);
  const closing = [last, ...draft.trailingMeta];
  const start = Math.min(...opening.map((line) => line.contentStart));
  const end = Math.max(...closing.map((line) => line.contentEnd));
  // Titles are metadata, not cited passages, so odd spaces (U+2002 in a scraped headline) are folded.
  const detected = draft.title?.content
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+$/, '')
    .replace(/\s+/gu, ' ');
  const title = (file.hints?.single ? (file.hints.title ?? detected) : (detected ?? file.hints?.title)) ?? '';
  const language = file.hints?.language ?? detectLanguage([title, ...draft.prose.map((line) => line.content)]);
  const passages: Passage[] = [];
  for (const line of draft.prose) {
    const tail = line.content.slice(-24);
    const signOff = SIGN_OFF.exec(tail);
    const cut = signOff ? line.content.length - tail.length + signOff.index : 0;
    const paragraphEnd = cut > 0 ? line.contentStart + cut : line.contentEnd;
    passages.push({
      kind: 'paragraph',
      start: line.contentStart,
      end: paragraphEnd,
      text: text.slice(line.contentStart, paragraphEnd),
    });
    passages.push(...splitSentences(text, line.contentStart, paragraphEnd, language));
  }
  const dating = dateArticle(draft, file.hints?.date, fileNameDate);
  const url =
    file.hints?.url ?? [...draft.leadMeta, ...draft.trailingMeta].map((line) => line.facts?.url).find(Boolean);
  // The file's own metadata first (a name, then its address's domain when it is a known
  // outlet's), then the cues in the text, then any address's domain: never no outlet when an
  // address is there.
  const byUrl = url ? outletOfUrl(url) : undefined;
  const outlet =
    file.hints?.outlet ??
    (file.hints?.url ? byUrl?.known : undefined) ??
    findOutlet(draft) ??
    fileOutlet ??
    byUrl?.known ??
    byUrl?.domain;
  const id = `${file.path}#${index}`;
  const titleStart =
    draft.title && title && text.startsWith(title, draft.title.contentStart) ? draft.title.contentStart : undefined;
  return {
    id,
    path: file.path,
    start,
    end,
    title,
    ...(titleStart !== undefined ? { titleStart } : {}),
    ...dating,
    ...(outlet ? { outlet } : {}),
    language,
    ...(url ? { url } : {}),
    ...(file.hints?.line !== undefined ? { line: file.hints.line } : {}),
    passages,
    storyId: storyIdFor(id),
  };
}
