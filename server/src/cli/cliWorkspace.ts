import { access, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openWorkspace, type CorpusStatus, type WorkspaceHost, type WorkspaceSnapshot } from '../workspace/host.js';
import { findMentions } from '../core/mentions/findMentions.js';
import { PostgresGeneration } from '../store/postgres/postgresGeneration.js';
import { CorpusView } from '../workspace/corpusView.js';
import type { CorpusProblem } from '../corpus/types.js';
import { isArchiveAddress } from '../store/postgres/archiveConnection.js';
import type { PostgresCorpusStore } from '../store/postgres/postgresStore.js';
import { UsageError, type CliIO } from './cliSupport.js';
import { forTerminal } from './terminal.js';

/** The options every command that reads the corpus takes. */
export interface WorkspaceArgs {
  corpus?: string[];
  kb?: string[];
  store?: string;
}

/** The shared archive a command's workspace reads (or, for `index`, writes), by workspace. */
const archives = new WeakMap<WorkspaceHost, PostgresCorpusStore>();

/** The store a command names: `--store`, else `ATTACHE_STORE`; a folder, or a PostgreSQL server (`postgresql://…`). */
export function namedStore(args: WorkspaceArgs, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return args.store ?? (env['ATTACHE_STORE'] || undefined);
}

/**
 * Opens the workspace a command works in: the knowledge base (bundled plus `--kb` files), the
 * corpus folders (`--corpus`, or the bundled sample) and the store (`--store` or
 * `ATTACHE_STORE`: a folder, or a shared archive on PostgreSQL; else the user's cache). A
 * corpus folder that cannot be read is a usage error naming it. Knowledge-base problems are
 * printed as `path:line: reason`; everything else still runs.
 */
export async function openCliWorkspace(args: WorkspaceArgs, io: CliIO): Promise<WorkspaceHost> {
  for (const folder of args.corpus ?? []) await assertReadableFolder(folder);
  const named = namedStore(args);
  // The archive's client (and its library) is loaded only for a command that names one: every other run starts without it.
  const archive =
    named !== undefined && isArchiveAddress(named)
      ? new (await import('../store/postgres/postgresStore.js')).PostgresCorpusStore(named)
      : undefined;
  const store = archive ?? (named !== undefined ? { folder: named } : undefined);
  // In a shared archive, paths are absolute: jobs started in other folders name the same file the same way.
  const corpusFolders = (args.corpus ?? []).map((folder) => (archive ? resolve(folder) : folder));
  const host = openWorkspace({
    knowledgeBase: { files: args.kb ?? [] },
    corpusFolders,
    ...(store ? { store } : {}),
    showChangesEarly: false,
    backgroundIndexing: false,
    today: () => io.today ?? new Date().toISOString().slice(0, 10),
    ...(io.automatonCache ? { automatonCache: io.automatonCache } : {}),
  });
  if (archive) archives.set(host, archive);
  for (const problem of host.snapshot().kb.problems)
    io.stderr.write(`${forTerminal(`${problem.path}:${problem.line}: knowledge base: ${problem.message}`)}\n`);
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
export async function loadCorpus(
  host: WorkspaceHost,
  io: CliIO,
  options: { rebuild?: boolean; ingest?: boolean } = {},
): Promise<CorpusStatus & { problems: CorpusProblem[] }> {
  const archive = archives.get(host);
  if (archive && !options.ingest) return openArchive(host, archive, io);
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
    io.stderr.write(
      `${forTerminal(`${problem.path}${problem.line ? `:${problem.line}` : ''}: corpus: ${problem.message}`)}\n`,
    );
  }
  return { ...status, problems };
}

/**
 * Opens the shared archive's current generation for reading, without reading any corpus folder
 * (editors and CI read the archive an ingest job keeps). An archive that cannot be reached, or
 * holds no corpus indexed with this knowledge base, is one line on stderr: the knowledge-base
 * checks still run.
 */
async function openArchive(
  host: WorkspaceHost,
  archive: PostgresCorpusStore,
  io: CliIO,
): Promise<CorpusStatus & { problems: CorpusProblem[] }> {
  host.dispose();
  let message: string | undefined;
  try {
    if (!(await host.openStored()))
      message = `the shared archive ${archive.location} holds no corpus indexed with this knowledge base (run "attache index --store …" with it)`;
  } catch (error) {
    message = (error as Error).message.split('\n')[0];
  }
  if (message) {
    io.stderr.write(`${forTerminal(`attache: ${message}; corpus features are off for this run`)}\n`);
    return { ...host.status, state: 'failed', message, problems: [] };
  }
  return { ...host.status, problems: host.corpusProblems };
}

/**
 * From a shared archive, fetches in one query the facts of the entities the texts name (and of
 * `also`), before the checks read them one by one; nothing to do for a store on disk.
 */
export async function prefetchNamedEntities(
  snapshot: WorkspaceSnapshot,
  texts: readonly string[],
  also: readonly string[] = [],
): Promise<void> {
  const generation = archiveGenerationOf(snapshot);
  if (!generation) return;
  const ids = new Set(also);
  for (const text of texts)
    for (const mention of findMentions(text, snapshot.mentionIndex)) if (mention.known) ids.add(mention.known.id);
  try {
    await generation.prefetchFacts(ids);
  } catch {
    // The checks read what they need one entity at a time.
  }
}

/** The shared archive's generation a snapshot reads, if it reads one (a command's snapshot has no layer over it). */
export function archiveGenerationOf(snapshot: WorkspaceSnapshot): PostgresGeneration | undefined {
  const reader = snapshot.corpus;
  return reader instanceof CorpusView && reader.generation instanceof PostgresGeneration
    ? reader.generation
    : undefined;
}

/** The shared archive a workspace reads, if it reads one. */
export function archiveOf(host: WorkspaceHost): PostgresCorpusStore | undefined {
  return archives.get(host);
}

async function assertReadableFolder(dir: string): Promise<void> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a folder');
    await access(dir);
  } catch (error) {
    throw new UsageError(
      `corpus folder "${dir}" cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}
