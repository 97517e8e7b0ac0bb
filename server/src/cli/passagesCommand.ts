import type { Range } from '../core/text/lineIndex.js';
import { counted } from '../core/text/plural.js';
import { parseCommandLine, parseFormat, UsageError, type CliIO } from './cliSupport.js';
import { archiveGenerationOf, archiveOf, loadCorpus, openCliWorkspace } from './cliWorkspace.js';
import { ArchivePassageSearch, type ArchiveMatch } from '../store/postgres/archiveSearch.js';
import { isIsoDate } from '../core/documentDate.js';
import { forTerminal, toJson } from './terminal.js';
import { outletLabel } from '../core/outlets.js';

/** The JSON output of `attache passages` (version 1). */
export interface PassagesReport {
  version: 1;
  query: string;
  passages: {
    path: string;
    range: Range;
    outlet?: string;
    date?: string;
    title: string;
    score: number;
    text: string;
  }[];
}

/**
 * `attache passages "TEXT" [--corpus DIR]... [--kb FILE]... [--index FILE] [--limit N]
 * [--format text|json]`: the corpus passages that say the same thing, best first.
 */
export async function runPassages(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    store: { type: 'string' },
    limit: { type: 'string' },
    date: { type: 'string' },
  } as const);
  if (values.date !== undefined && !isIsoDate(values.date))
    throw new UsageError(`--date must be YYYY-MM-DD, got "${values.date}"`);
  const format = parseFormat(values.format, ['text', 'json'] as const);
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('passages needs a text to look for: attache passages "TEXT"');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit must be a positive whole number, got "${values.limit}"`);
  const host = await openCliWorkspace(values, io);
  const corpus = await loadCorpus(host, io);
  const archive = archiveOf(host);
  // A shared archive that cannot be read was named on stderr; without a corpus there is nothing to search.
  if (archive && corpus.state === 'failed') return 2;
  const snapshot = host.snapshot();
  const generation = archiveGenerationOf(snapshot);
  // From a shared archive, the candidates come from the server's full-text index, and the texts too.
  const matches: ArchiveMatch[] =
    archive && generation
      ? await new ArchivePassageSearch(archive.pool, generation, snapshot.mentionIndex).search(query, {
          limit,
          date: values.date,
          textOf: snapshot.corpusText,
        })
      : snapshot.passages(query, { limit, date: values.date });
  const report: PassagesReport = {
    version: 1,
    query,
    passages: matches.map((match) => ({
      path: match.article.path,
      range: snapshot.corpusLocation(match.article.path, match.start, match.end) ?? {
        start: { line: 0, character: 0 },
        end: { line: 0, character: 0 },
      },
      outlet: match.article.outlet,
      date: match.article.date,
      title: match.article.title,
      score: Math.round(match.score * 1000) / 1000,
      text: match.text ?? snapshot.corpusText(match.article.path, match.start, match.end) ?? '',
    })),
  };
  if (format === 'json') {
    io.stdout.write(toJson(report));
    return 0;
  }
  if (report.passages.length === 0) io.stdout.write('no close match in the corpus\n');
  for (const passage of report.passages) {
    const where = `${passage.path}:${passage.range.start.line + 1}:${passage.range.start.character + 1}`;
    io.stdout.write(
      forTerminal(
        `${passage.score.toFixed(3)}  ${where}  ${[outletLabel(passage.outlet), passage.date ?? 'undated'].join(', ')}\n    ${passage.text.replace(/\s+/g, ' ').slice(0, 240)}\n`,
      ),
    );
  }
  return 0;
}

/**
 * `attache index [--corpus DIR]... [--kb FILE]... [--store DIR] [--rebuild]`: brings the corpus
 * store up to date, reading only the files that changed since the last run (all of them with
 * `--rebuild`), in worker threads.
 */
export async function runIndex(argv: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandLine(argv, { store: { type: 'string' }, rebuild: { type: 'boolean' } } as const);
  const host = await openCliWorkspace(values, io);
  const started = Date.now();
  const status = await loadCorpus(host, io, { rebuild: values.rebuild, ingest: true });
  const update = host.lastUpdate;
  const what = update?.committed
    ? `updated: ${counted(update.changed.length, 'file')} read, ${update.removed.length} removed, ${update.unchanged} unchanged`
    : 'up to date';
  const corpus = host.snapshot().corpus;
  io.stdout.write(
    forTerminal(
      `${what}: ${host.storeLocation} (${counted(status.articles, 'article')} in ${counted(status.files, 'file')}, ${counted(status.duplicates, 'duplicate')}, ${counted(corpus?.passageCount ?? 0, 'passage')}, ${status.skipped} skipped, ${Date.now() - started} ms)\n`,
    ),
  );
  return 0;
}
