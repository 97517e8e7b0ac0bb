import { pathToFileURL } from 'node:url';
import type { Location, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AttacheWorkspace } from './attacheWorkspace.js';
import { evidenceLocation } from './convert.js';
import { mentionAt } from './hover.js';

/** Go to definition: the knowledge-base entry of the entity under the cursor. */
export function definition(workspace: AttacheWorkspace, document: TextDocument, position: Position): Location | null {
  const entity = mentionAt(workspace, document, position)?.known;
  if (!entity) return null;
  const line = Math.max(0, entity.source.line - 1);
  return { uri: pathToFileURL(entity.source.path).href, range: { start: { line, character: 0 }, end: { line, character: 0 } } };
}

/**
 * Find references: every corpus passage that mentions the entity under the cursor, at the
 * exact range of the mention in the corpus file, plus (if asked) its mentions in this document.
 */
export function references(workspace: AttacheWorkspace, document: TextDocument, position: Position, includeDeclaration: boolean): Location[] {
  const mention = mentionAt(workspace, document, position);
  if (!mention?.known) return [];
  const id = mention.known.id;
  const locations: Location[] = [];
  if (includeDeclaration) {
    for (const m of workspace.analyze(document).document.mentions) {
      if (m.known?.id === id) locations.push({ uri: document.uri, range: { start: document.positionAt(m.start), end: document.positionAt(m.end) } });
    }
  }
  for (const ref of workspace.corpusMentions.get(id) ?? []) {
    const location = evidenceLocation({ path: ref.path, start: ref.start, end: ref.end }, workspace.readFile);
    if (location) locations.push(location);
  }
  return locations;
}

/** A corpus passage matching a selection, as the client's quick pick shows it. */
export interface PassageMatch {
  uri: string;
  range: Location['range'];
  outlet?: string;
  date?: string;
  title: string;
  text: string;
  score: number;
}

/** The corpus passages that best match a text, each with where to open it. */
export function passages(workspace: AttacheWorkspace, text: string, limit = 10): PassageMatch[] {
  const index = workspace.passageIndex;
  if (!index) return [];
  const textOf = (path: string, start: number, end: number) => workspace.readFile(path)?.slice(start, end);
  const matches: PassageMatch[] = [];
  for (const hit of index.search(text, { limit, textOf })) {
    const location = evidenceLocation({ path: hit.article.path, start: hit.start, end: hit.end }, workspace.readFile);
    if (!location) continue;
    const sentence = textOf(hit.article.path, hit.start, hit.end) ?? '';
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
