import { pathToFileURL } from 'node:url';
import type { Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DossierSource, EntityDossier } from '../core/entityDossier.js';
import type { DossierLinkMessage, EntityDossierMessage } from '../protocol.js';
import type { WorkspaceSnapshot } from '../workspace/snapshot.js';
import { mentionAt } from './hover.js';

/**
 * The dossier of the known entity under a position, its corpus entries placed as file URIs and
 * line/character ranges; null where the position names no known entity.
 */
export function dossierAt(
  snapshot: WorkspaceSnapshot,
  document: TextDocument,
  position: Position,
  signal?: AbortSignal,
): EntityDossierMessage | null {
  const entity = mentionAt(snapshot, document, position, signal)?.known;
  if (!entity) return null;
  const date = snapshot.analyze(document, signal).document.date.date;
  return placeSources(snapshot.entityDossier(entity, date), (source) => linkOf(snapshot, source));
}

function linkOf(snapshot: WorkspaceSnapshot, source: DossierSource): DossierLinkMessage {
  const range = snapshot.corpusLocation(source.path, source.start, source.end) ?? {
    start: { line: 0, character: 0 },
    end: { line: 0, character: 0 },
  };
  return {
    uri: pathToFileURL(source.path).href,
    range,
    ...(source.outlet ? { outlet: source.outlet } : {}),
    ...(source.date ? { date: source.date } : {}),
  };
}

function placeSources<A, B>(dossier: EntityDossier<A>, place: (source: A) => B): EntityDossier<B> {
  return {
    ...dossier,
    events: dossier.events.map((event) => ({ ...event, reports: event.reports.map(place) })),
    titles: dossier.titles.map((title) => ({ ...title, latest: place(title.latest) })),
    disagreements: dossier.disagreements.map((d) => ({
      ...d,
      values: d.values.map((v) => ({ ...v, sources: v.sources.map(place) })),
    })),
    articles: dossier.articles.map((article) => ({ ...article, source: place(article.source) })),
  };
}
