/**
 * The status bar item's words for the corpus status the server sends: indexing, ready, failed,
 * and for a shared archive, connecting and offline (with the reason in the tooltip). No VS Code
 * API here, so the tests read it directly.
 */
import { counted } from '../../server/src/core/text/plural.js';
import type { CorpusStatusMessage } from '../../server/src/protocol.js';

export interface StatusBarView {
  text: string;
  tooltip: string;
}

export function corpusStatusView(corpus: CorpusStatusMessage): StatusBarView {
  const archive = corpus.archive;
  const held = `${counted(corpus.articles, 'article')} in ${counted(corpus.files, 'file')}`;
  if (archive?.state === 'offline') {
    return {
      text: `$(debug-disconnect) Attaché: archive offline${corpus.articles ? ` (${counted(corpus.articles, 'article')})` : ''}`,
      tooltip: `The shared archive ${archive.location} cannot be reached: ${archive.reason ?? 'no answer'}. ${
        corpus.articles
          ? `Corpus features answer from the ${held} read before`
          : 'Corpus features are off until it is back'
      }; the knowledge-base checks go on. Reconnecting by itself; click to try now.`,
    };
  }
  if (archive?.state === 'connecting')
    return {
      text: '$(sync~spin) Attaché: connecting to the archive',
      tooltip: `Connecting to the shared archive ${archive.location}.`,
    };
  const progress =
    corpus.progress && corpus.progress.phase === 'reading' && corpus.progress.total > 0
      ? ` ${corpus.progress.done}/${corpus.progress.total} files`
      : '';
  const text =
    corpus.state === 'indexing'
      ? `$(sync~spin) Attaché: indexing corpus${progress}`
      : corpus.state === 'failed'
        ? '$(error) Attaché: corpus failed'
        : `${archive ? '$(database)' : '$(book)'} Attaché: ${counted(corpus.articles, 'article')}${corpus.skipped ? ` $(warning) ${corpus.skipped} skipped` : ''}`;
  if (corpus.state === 'failed')
    return { text, tooltip: `The corpus could not be read: ${corpus.message ?? 'unknown error'}` };
  if (archive) {
    return {
      text,
      tooltip: `${held} from the shared archive ${archive.location}${archive.reason ? ` (${archive.reason})` : ''}. Click to open its current generation again.`,
    };
  }
  return {
    text,
    tooltip: `${held}${corpus.duplicates ? `, ${counted(corpus.duplicates, 'copy', 'copies')} counted once` : ''}${corpus.skipped ? `, ${corpus.skipped} skipped (see the Attaché output)` : ''}${corpus.state === 'indexing' ? ' (answering from the last complete index meanwhile)' : ''}. Click to reindex.`,
  };
}
