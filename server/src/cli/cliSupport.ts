import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where the CLI writes; tests pass buffers. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Today's date (ISO); tests fix it, the real CLI reads the clock. */
  today?: string;
}

/** A usage or I/O error: the CLI prints its message on one line and exits with 2. */
export class UsageError extends Error {}

const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** A document to analyse, read from disk. */
export interface InputDocument {
  path: string;
  text: string;
}

/**
 * Reads the files named on the command line; a folder stands for the Markdown and text files
 * in it (recursively, sorted). A missing or unreadable file is a {@link UsageError}.
 */
export function readInputDocuments(paths: readonly string[]): InputDocument[] {
  if (paths.length === 0) throw new UsageError('no input files given');
  const documents: InputDocument[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new UsageError(`${path}: no such file or folder`);
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const child = join(path, name);
        if (statSync(child).isDirectory() || DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase())) visit(child, false);
      }
      return;
    }
    if (!explicit && !DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase())) return;
    try {
      documents.push({ path, text: readFileSync(path, 'utf8') });
    } catch (error) {
      throw new UsageError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  };
  for (const path of paths) visit(path, true);
  return documents;
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
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { ...COMMON_OPTIONS, ...options } });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}
