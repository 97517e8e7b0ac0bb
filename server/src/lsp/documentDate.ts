import type { DocumentDateMessage } from '../protocol.js';
import type { DocumentLike, WorkspaceSnapshot } from '../workspace/snapshot.js';

/** The date a document's titles are judged at and where it was found: front matter, dateline, setting or today. */
export function documentDateOf(
  snapshot: WorkspaceSnapshot,
  document: DocumentLike,
  signal?: AbortSignal,
): DocumentDateMessage {
  const { date, source } = snapshot.analyze(document, signal).document.date;
  return { date, source };
}
