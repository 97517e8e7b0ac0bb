import { counted } from '../core/text/plural.js';
import type { CorpusStatusMessage } from '../protocol.js';

/** One line for the output when an update of the corpus finishes: files, articles, problems and the time it took. */
export function indexingSummary(
  status: CorpusStatusMessage,
  changedFiles: number,
  problems: number,
  milliseconds: number,
): string {
  const seconds = milliseconds < 10_000 ? (milliseconds / 1000).toFixed(1) : Math.round(milliseconds / 1000).toString();
  const read = changedFiles > 0 ? ` (${changedFiles} read again)` : ' (none changed)';
  return `corpus indexed: ${counted(status.files, 'file')}${read}, ${counted(status.articles, 'article')}, ${counted(problems, 'problem')}, in ${seconds} s`;
}
