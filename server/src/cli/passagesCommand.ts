import { LineIndex, type Range } from '../core/text/lineIndex.js';
import { loadPassageIndex } from '../passageIndexService.js';
import { createServices } from '../services.js';
import { parseCommandLine, parseFormat, UsageError, type CliIO } from './cliSupport.js';
import { reportKnowledgeBaseProblems } from './loadProblems.js';

/** The JSON output of `attache passages` (version 1). */
export interface PassagesReport {
  version: 1;
  query: string;
  passages: { path: string; range: Range; outlet?: string; date?: string; title: string; score: number; text: string }[];
}

/**
 * `attache passages "TEXT" [--corpus DIR]... [--kb FILE]... [--index FILE] [--limit N]
 * [--format text|json]`: the corpus passages that say the same thing, best first.
 */
export async function runPassages(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, { index: { type: 'string' }, limit: { type: 'string' } } as const);
  const format = parseFormat(values.format, ['text', 'json'] as const);
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('passages needs a text to look for: attache passages "TEXT"');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, got "${values.limit}"`);
  const services = await createServices({ corpusDirs: values.corpus, kbFiles: values.kb }).catch((error: Error) => {
    throw new UsageError(error.message);
  });
  reportKnowledgeBaseProblems(services, io);
  const loaded = await loadPassageIndex(services, { indexPath: values.index });
  const lines = new Map<string, LineIndex>();
  const lineIndexOf = (path: string) => {
    if (!lines.has(path)) lines.set(path, new LineIndex(loaded.textOf(path, 0, Number.MAX_SAFE_INTEGER) ?? ''));
    return lines.get(path)!;
  };
  const report: PassagesReport = {
    version: 1,
    query,
    passages: loaded.index.search(query, { limit, textOf: loaded.textOf }).map((match) => ({
      path: match.article.path,
      range: lineIndexOf(match.article.path).rangeOf(match.start, match.end),
      outlet: match.article.outlet,
      date: match.article.date,
      title: match.article.title,
      score: Math.round(match.score * 1000) / 1000,
      text: loaded.textOf(match.article.path, match.start, match.end) ?? '',
    })),
  };
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  if (report.passages.length === 0) io.stdout.write('no matching passages\n');
  for (const passage of report.passages) {
    const where = `${passage.path}:${passage.range.start.line + 1}:${passage.range.start.character + 1}`;
    io.stdout.write(`${passage.score.toFixed(3)}  ${where}  ${[passage.outlet ?? 'unknown outlet', passage.date ?? 'undated'].join(', ')}\n    ${passage.text.replace(/\s+/g, ' ').slice(0, 240)}\n`);
  }
  return 0;
}

/** `attache index [--corpus DIR]... [--index FILE]`: builds (or confirms) the persisted passage index. */
export async function runIndex(argv: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommandLine(argv, { index: { type: 'string' }, rebuild: { type: 'boolean' } } as const);
  const services = await createServices({ corpusDirs: values.corpus, kbFiles: values.kb }).catch((error: Error) => {
    throw new UsageError(error.message);
  });
  const started = Date.now();
  const loaded = await loadPassageIndex(services, { indexPath: values.index, rebuild: values.rebuild });
  io.stdout.write(
    `${loaded.built ? 'built' : 'up to date'}: ${loaded.path} (${loaded.index.data.articles.length} articles, ${loaded.index.passageCount} passages, ${loaded.index.data.terms.length} terms, ${Date.now() - started} ms)\n`,
  );
  return 0;
}
