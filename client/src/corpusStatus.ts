/**
 * The status bar item's words for the corpus status the server sends: indexing, ready, failed,
 * and for a shared archive, connecting, offline (with the reason in the tooltip) and needing a
 * password (a click then connects); and the command a click runs. No VS Code API here, so the
 * tests read it directly.
 */
import { counted } from '../../server/src/core/text/plural.js';
import type { CorpusStatusMessage } from '../../server/src/protocol.js';

export interface StatusBarView {
  text: string;
  tooltip: string;
  /** The command a click runs: connecting when the archive wants a password, else opening or reindexing the corpus. */
  command: typeof CONNECT_COMMAND | typeof REINDEX_COMMAND;
}

export const CONNECT_COMMAND = 'attache.connectToSharedArchive';
export const REINDEX_COMMAND = 'attache.reindexCorpus';

export function corpusStatusView(corpus: CorpusStatusMessage): StatusBarView {
  const view = corpusStatusWords(corpus);
  return { ...view, command: corpus.archive?.needsPassword ? CONNECT_COMMAND : REINDEX_COMMAND };
}

function corpusStatusWords(corpus: CorpusStatusMessage): Omit<StatusBarView, 'command'> {
  const archive = corpus.archive;
  const held = `${counted(corpus.articles, 'article')} in ${counted(corpus.files, 'file')}`;
  // The archive wants a password: no waiting mends that, the user has to connect.
  if (archive?.state === 'offline' && archive.needsPassword) {
    return {
      text: `$(key) Attaché: archive needs connecting`,
      tooltip: `${capitalized(archive.reason ?? `The shared archive ${archive.location} asks for a password`)}. Click to connect ("Attaché: Connect to a shared archive" asks for the password and keeps it in VS Code's secret storage). ${
        corpus.articles ? `Corpus features answer from the ${held} read before` : 'Corpus features are off until then'
      }; the knowledge-base checks go on.`,
    };
  }
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

function capitalized(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
