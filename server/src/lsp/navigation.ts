import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PassageMatchMessage } from '../protocol.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';
import { evidenceLocation } from './convert.js';
import { mentionAt } from './hover.js';

/** Go to definition: the knowledge-base entry of the entity under the cursor. */
export function definition(snapshot: WorkspaceSnapshot, document: TextDocument, position: Position): Location | null {
  const entity = mentionAt(snapshot, document, position)?.known;
  if (!entity) return null;
  const line = Math.max(0, entity.source.line - 1);
  return {
    uri: pathToFileURL(entity.source.path).href,
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
  };
}

/** How many corpus references one page holds (sent as partial results when the client takes them). */
export const REFERENCES_PAGE = 100;

/**
 * Find references: the corpus passages that mention the entity under the cursor, newest
 * first, at the exact range of the mention in the corpus file, plus (if asked) its mentions in
 * this document. `page` selects which corpus passages; `onPage` lets a caller stream the rest.
 */
export function references(
  snapshot: WorkspaceSnapshot,
  document: TextDocument,
  position: Position,
  includeDeclaration: boolean,
  page: { offset?: number; limit?: number } = {},
  signal?: AbortSignal,
): { locations: Location[]; total: number } {
  const mention = mentionAt(snapshot, document, position, signal);
  if (!mention?.known) return { locations: [], total: 0 };
  const id = mention.known.id;
  const locations: Location[] = [];
  if (includeDeclaration) {
    for (const m of snapshot.analyze(document).document.mentions) {
      if (m.known?.id === id)
        locations.push({
          uri: document.uri,
          range: { start: document.positionAt(m.start), end: document.positionAt(m.end) },
        });
    }
  }
  const found = snapshot.corpus?.references(id, { offset: page.offset, limit: page.limit ?? REFERENCES_PAGE });
  for (const ref of found?.mentions ?? []) {
    const location = evidenceLocation({ path: ref.path, start: ref.start, end: ref.end }, snapshot.corpusLocation);
    if (location) locations.push(location);
  }
  return { locations, total: found?.total ?? 0 };
}

/** How many passages one answer lists, after copies of an article are counted once. */
export const PASSAGE_LIMIT = 10;
/** A paragraph longer than this is shown as this many characters around the matched sentence. */
const PARAGRAPH_SHOWN = 900;

/**
 * The corpus passages that match a text, best first, each with where to open it: those above
 * the index's relevance floor, an article's identical copies (same text under other outlets
 * or files) listed once with the outlets that also carry it, at most {@link PASSAGE_LIMIT}.
 * The code lens counts this answer, so the count is what the passages view lists.
 */
export function passages(snapshot: WorkspaceSnapshot, text: string, date?: string): PassageMatchMessage[] {
  const matches: PassageMatchMessage[] = [];
  const byCopy = new Map<string, PassageMatchMessage>();
  // Copies are collapsed after the search: ask for enough that the limit is still reached.
  for (const hit of snapshot.passages(text, { limit: PASSAGE_LIMIT * 5, date })) {
    const sentence = snapshot.corpusText(hit.article.path, hit.start, hit.end) ?? '';
    const contentHash = snapshot.corpus?.article(hit.article.id)?.contentHash;
    const keys = [
      contentHash && `hash:${contentHash}\u0000${fold(sentence)}`,
      `title:${fold(hit.article.title)}\u0000${fold(sentence)}`,
    ].filter((key): key is string => !!key);
    const original = keys.map((key) => byCopy.get(key)).find((match) => match !== undefined);
    if (original) {
      if (hit.article.outlet && hit.article.outlet !== original.outlet && !original.alsoIn.includes(hit.article.outlet))
        original.alsoIn.push(hit.article.outlet);
      for (const key of keys) byCopy.set(key, original);
      continue;
    }
    if (matches.length >= PASSAGE_LIMIT) continue;
    const location = evidenceLocation(
      { path: hit.article.path, start: hit.start, end: hit.end },
      snapshot.corpusLocation,
    );
    if (!location) continue;
    const paragraph = shownParagraph(
      snapshot.corpusText(hit.article.path, hit.paragraphStart, hit.paragraphEnd) ?? sentence,
      hit.start - hit.paragraphStart,
      hit.end - hit.paragraphStart,
    );
    const match: PassageMatchMessage = {
      uri: location.uri,
      range: location.range,
      outlet: hit.article.outlet,
      date: hit.article.date,
      title: hit.article.title,
      language: hit.article.language,
      file: basename(hit.article.path),
      text: sentence,
      ...paragraph,
      score: hit.score,
      coverage: hit.coverage,
      alsoIn: [],
    };
    matches.push(match);
    for (const key of keys) byCopy.set(key, match);
  }
  return matches;
}

/** Case and spacing evened out, so that copies differing only in those compare equal. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The paragraph, or a window of it around the sentence when it is long, with the sentence's place in it. */
function shownParagraph(
  paragraph: string,
  start: number,
  end: number,
): { paragraph: string; highlight: { start: number; end: number } } {
  if (start < 0 || end > paragraph.length || start > end) return { paragraph, highlight: { start: 0, end: 0 } };
  if (paragraph.length <= PARAGRAPH_SHOWN) return { paragraph, highlight: { start, end } };
  const room = Math.max(0, PARAGRAPH_SHOWN - (end - start));
  const from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(paragraph.length, Math.max(end, from + PARAGRAPH_SHOWN));
  const before = from > 0 ? '…' : '';
  return {
    paragraph: `${before}${paragraph.slice(from, to)}${to < paragraph.length ? '…' : ''}`,
    highlight: { start: start - from + before.length, end: end - from + before.length },
  };
}
