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
  return { uri: pathToFileURL(entity.source.path).href, range: { start: { line, character: 0 }, end: { line, character: 0 } } };
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
      if (m.known?.id === id) locations.push({ uri: document.uri, range: { start: document.positionAt(m.start), end: document.positionAt(m.end) } });
    }
  }
  const found = snapshot.corpus?.references(id, { offset: page.offset, limit: page.limit ?? REFERENCES_PAGE });
  for (const ref of found?.mentions ?? []) {
    const location = evidenceLocation({ path: ref.path, start: ref.start, end: ref.end }, snapshot.corpusLocation);
    if (location) locations.push(location);
  }
  return { locations, total: found?.total ?? 0 };
}

/** The corpus passages that best match a text, each with where to open it. */
export function passages(snapshot: WorkspaceSnapshot, text: string, limit = 10, date?: string): PassageMatchMessage[] {
  const matches: PassageMatchMessage[] = [];
  for (const hit of snapshot.passages(text, { limit, date })) {
    const location = evidenceLocation({ path: hit.article.path, start: hit.start, end: hit.end }, snapshot.corpusLocation);
    if (!location) continue;
    const sentence = snapshot.corpusText(hit.article.path, hit.start, hit.end) ?? '';
    matches.push({
      uri: location.uri,
      range: location.range,
      outlet: hit.article.outlet,
      date: hit.article.date,
      title: hit.article.title,
      text: sentence.length > 300 ? `${sentence.slice(0, 299)}…` : sentence,
      score: hit.score,
    });
  }
  return matches;
}
