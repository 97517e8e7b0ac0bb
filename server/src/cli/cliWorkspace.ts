import { access, stat } from 'node:fs/promises';
import { openWorkspace, type CorpusStatus, type WorkspaceHost } from '../workspace/host.js';
import type { CorpusProblem } from '../corpus/types.js';
import { UsageError, type CliIO } from './cliSupport.js';
import { forTerminal } from './terminal.js';

/** The options every command that reads the corpus takes. */
export interface WorkspaceArgs {
  corpus?: string[];
  kb?: string[];
  store?: string;
}

/**
 * Opens the workspace a command works in: the knowledge base (bundled plus `--kb` files), the
 * corpus folders (`--corpus`, or the bundled sample) and the store (`--store`, or the user's
 * cache). A corpus folder that cannot be read is a usage error naming it. Knowledge-base
 * problems are printed as `path:line: reason`; everything else still runs.
 */
export async function openCliWorkspace(args: WorkspaceArgs, io: CliIO): Promise<WorkspaceHost> {
  for (const folder of args.corpus ?? []) await assertReadableFolder(folder);
  const host = openWorkspace({ knowledgeBase: { files: args.kb ?? [] }, corpusFolders: args.corpus ?? [], ...(args.store ? { store: { folder: args.store } } : {}), showChangesEarly: false, backgroundIndexing: false, today: () => io.today ?? new Date().toISOString().slice(0, 10) });
  for (const problem of host.snapshot().kb.problems) io.stderr.write(`${forTerminal(`${problem.path}:${problem.line}: knowledge base: ${problem.message}`)}\n`);
  return host;
}

/**
 * Brings the corpus store up to date (reading only what changed since the last run) and loads
 * it; prints on stderr what of the corpus could not be used: the entries the listing skipped
 * (pipes, devices, bad links, unreadable folders) and the problems of the files read this run
 * (those of unchanged files were printed when they were read). Returns the status and every
 * problem of the corpus in use, for reports. A store that cannot be written is an I/O error
 * naming it.
 */
export async function loadCorpus(host: WorkspaceHost, io: CliIO, options: { rebuild?: boolean } = {}): Promise<CorpusStatus & { problems: CorpusProblem[] }> {
  // The update loads the committed generation itself, once: opening the stored one first would
  // read it twice whenever a file changed.
  const status = await host.updateCorpus({ rebuild: options.rebuild });
  host.dispose();
  if (status.state === 'failed') throw new UsageError(status.message ?? 'the corpus could not be indexed');
  const read = new Set(host.lastUpdate?.changed ?? []);
  const files = new Set(host.snapshot().corpus?.files.map((file) => file.path));
  const problems = host.corpusProblems;
  for (const problem of problems) {
    if (files.has(problem.path) && !read.has(problem.path)) continue;
    io.stderr.write(`${forTerminal(`${problem.path}${problem.line ? `:${problem.line}` : ''}: corpus: ${problem.message}`)}\n`);
  }
  return { ...status, problems };
}

async function assertReadableFolder(dir: string): Promise<void> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    await access(dir);
  } catch (error) {
    throw new UsageError(`corpus folder "${dir}" cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
