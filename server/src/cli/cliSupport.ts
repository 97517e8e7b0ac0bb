import { extname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { inspect, listFiles, nodeFileAccess, readTextFile, reasonOf, type FileAccess } from '../fileAccess.js';
import type { AutomatonCache } from '../workspace/automatonCache.js';
import { forTerminal } from './terminal.js';

/** Where the CLI writes; tests pass buffers. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Today's date (ISO); tests fix it, the real CLI reads the clock. */
  today?: string;
  /** Where the mention automaton is kept between runs (`bin/attache.js` gives its cache and build); built at every run without. */
  automatonCache?: AutomatonCache;
}

/** A usage or I/O error: the CLI prints its message on one line and exits with 2. */
export class UsageError extends Error {}

const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** Drafts above this size are declined: a text that long is not a draft, and would stall the checks. */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

/** A document to analyse, read from disk. */
export interface InputDocument {
  path: string;
  text: string;
  /** The language id an editor would give it (`languageIdOfPath`). */
  languageId: string;
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

/** The language id an editor gives a file: `markdown` for `.md` and `.markdown`, `plaintext` for anything else. */
export function languageIdOfPath(path: string): string {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/** An input that was not checked, and why ("skipped: binary file (contains NUL bytes)"). */
export interface InputProblem {
  path: string;
  message: string;
}

/**
 * Reads the files named on the command line; a folder stands for the Markdown and text files
 * in it (recursively, sorted). What cannot be checked — missing, unreadable, a pipe or a
 * device, a dangling or looping link, binary, not UTF-8, over the size limit — is a problem
 * naming the path, and the other inputs are still read. Nothing here blocks or throws.
 */
export async function readInputDocuments(
  paths: readonly string[],
  access: FileAccess = nodeFileAccess,
): Promise<{ documents: InputDocument[]; problems: InputProblem[] }> {
  if (paths.length === 0) throw new UsageError('no input files given');
  const documents: InputDocument[] = [];
  const problems: InputProblem[] = [];
  const read = async (path: string) => {
    const result = await readTextFile(path, { maxBytes: MAX_DRAFT_BYTES, keepByteOrderMark: true }, access);
    if ('text' in result) documents.push({ path, text: result.text, languageId: languageIdOfPath(path) });
    else problems.push({ path, message: `skipped: ${result.problem}` });
  };
  for (const path of paths) {
    const found = await inspect(path, access);
    if (found.kind === 'problem') {
      problems.push({ path, message: `skipped: ${found.message}` });
    } else if (found.kind === 'file') {
      await read(path);
    } else {
      let listed;
      try {
        listed = await listFiles(path, (file) => DOCUMENT_EXTENSIONS.has(extname(file).toLowerCase()), access);
      } catch (error) {
        problems.push({ path, message: `skipped: folder cannot be read (${reasonOf(error)})` });
        continue;
      }
      // Listing problems and the files' own, in path order.
      const pending = [
        ...listed.files.map((file) => ({ path: file.path, problem: undefined })),
        ...listed.problems.map((p) => ({ path: p.path, problem: p.message })),
      ];
      for (const entry of pending.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))) {
        if (entry.problem) problems.push({ path: entry.path, message: entry.problem });
        else await read(entry.path);
      }
    }
  }
  return { documents, problems };
}

/** Prints declined inputs on stderr, one line each. */
export function reportInputProblems(problems: readonly InputProblem[], io: CliIO): void {
  for (const problem of problems) io.stderr.write(forTerminal(`attache: ${problem.path}: ${problem.message}`) + '\n');
}

/** Reads `--format`, accepting only the listed formats. */
export function parseFormat<T extends string>(value: string | undefined, allowed: readonly T[]): T {
  const format = (value ?? allowed[0]) as T;
  if (!allowed.includes(format)) throw new UsageError(`unknown format "${value}" (expected ${allowed.join(', ')})`);
  return format;
}

/** The options every command takes: corpus folders, knowledge-base files, output format. */
const COMMON_OPTIONS = {
  corpus: { type: 'string', multiple: true },
  kb: { type: 'string', multiple: true },
  format: { type: 'string' },
} as const;

/** Parses a command's arguments (the common options plus its own); a bad option is a {@link UsageError}. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: T,
) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { ...COMMON_OPTIONS, ...options },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
}
