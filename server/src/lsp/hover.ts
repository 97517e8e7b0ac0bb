import { pathToFileURL } from 'node:url';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Mention } from '../core/mentions/mentionIndex.js';
import { escapeMarkdown, markdownLinkTarget } from '../core/text/escape.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';
import { rangeOf } from './convert.js';

/** The mention under a position, if any. */
export function mentionAt(
  snapshot: WorkspaceSnapshot,
  document: TextDocument,
  position: Position,
  signal?: AbortSignal,
): Mention | undefined {
  return snapshot.mentionAt(document, document.offsetAt(position), signal);
}

/** A `file:` link to a line or a character range of a file (VS Code opens `#L3,5-L3,12`), safe as a Markdown link destination. */
export function fileLink(
  snapshot: WorkspaceSnapshot,
  path: string,
  at: { start: number; end: number } | { line: number },
): string {
  const uri = markdownLinkTarget(pathToFileURL(path).href);
  if ('line' in at) return `${uri}#L${at.line}`;
  const range = snapshot.corpusLocation(path, at.start, at.end);
  if (range === undefined) return uri;
  const { start, end } = range;
  return `${uri}#L${start.line + 1},${start.character + 1}-L${end.line + 1},${end.character + 1}`;
}

/** Hover: the entity card of the mention under the cursor. */
export function hover(
  snapshot: WorkspaceSnapshot,
  document: TextDocument,
  position: Position,
  signal?: AbortSignal,
): Hover | null {
  const mention = mentionAt(snapshot, document, position, signal);
  if (!mention) return null;
  const range = rangeOf(document, mention.start, mention.end);
  if (!mention.known) {
    const what =
      mention.entity.type === 'title'
        ? 'a title; no person follows it to tell whose office it is'
        : 'a person the knowledge base does not know, introduced by a title';
    return {
      range,
      contents: { kind: MarkupKind.Markdown, value: `**${escapeMarkdown(mention.entity.name)}** — ${what}.` },
    };
  }
  const date = snapshot.documentModel(document, signal).date.date;
  const value = snapshot.entityCard(mention.known, date, (path, at) => fileLink(snapshot, path, at));
  const written = mention.text !== mention.known.name ? `\n\n_Written here as “${escapeMarkdown(mention.text)}”._` : '';
  return { range, contents: { kind: MarkupKind.Markdown, value: value + written } };
}

/**
 * Makes, in idle time, the cards of the entities a draft names, one entity per turn of the
 * event loop (a hover or a keystroke arriving meanwhile is answered between two), so that the
 * first hover of each finds its card made. Stops as soon as `stale()` says the document or the
 * snapshot changed. Resolves with how long each card took to make.
 */
export function primeHoverCards(
  snapshot: WorkspaceSnapshot,
  document: TextDocument,
  stale: () => boolean,
): Promise<number[]> {
  const timings: number[] = [];
  return new Promise((resolve) => {
    if (stale()) return resolve(timings);
    const analysis = snapshot.analyze(document).document;
    const entities = [
      ...new Map(analysis.mentions.flatMap((m) => (m.known ? [[m.known.id, m.known] as const] : []))).values(),
    ];
    let next = 0;
    const step = () => {
      if (next >= entities.length || stale()) return resolve(timings);
      const started = performance.now();
      snapshot.entityCard(entities[next++]!, analysis.date.date, (path, at) => fileLink(snapshot, path, at));
      timings.push(performance.now() - started);
      setImmediate(step);
    };
    setImmediate(step);
  });
}
