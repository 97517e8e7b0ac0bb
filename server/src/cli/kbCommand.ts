import { isAbsolute, relative } from 'node:path';
import { patchText, type KbPatch } from '../core/kbSuggestions.js';
import { suggestedPatches } from '../workspace/kbSuggest.js';
import { parseCommandLine, parseFormat, UsageError, type CliIO } from './cliSupport.js';
import { loadCorpus, openCliWorkspace } from './cliWorkspace.js';
import { forTerminal, toJson } from './terminal.js';

/** The JSON output of `attache kb suggest` (version 1). */
export interface KbSuggestReport {
  version: 1;
  /** The date the knowledge base is verified through; only articles after it are read. */
  verifiedThrough?: string;
  suggestions: (KbPatch & {
    kind: 'role' | 'person';
    personId: string;
    officeId: string;
    from: string;
    outlets: string[];
  })[];
}

const KB_USAGE = `usage: attache kb suggest [--corpus DIR]... [--kb FILE]... [--store DIR] [--format yaml|json]

Reads the titles printed beside names in corpus articles dated after the knowledge base's
verifiedThrough date, and prints, for each that the knowledge base does not record (a new
minister, a president it lists in another office), a YAML patch: the role to add, the roles it
would end, or a new person's entry, with the passages as sources. Nothing is written: apply a
patch by hand. Exit status: 0 when there is nothing to suggest, 1 when there is, 2 on a usage
or I/O error.`;

/**
 * `attache kb suggest` — suggestions for keeping the knowledge base current, as YAML patches
 * (one per claim, with comment lines naming the file and entry each part patches and the
 * passages, `path:line`, behind it) or JSON. Exit 0 when none, 1 when some, like `check`.
 */
export async function runKb(argv: readonly string[], io: CliIO): Promise<number> {
  const [subcommand, ...rest] = argv;
  if (
    subcommand === 'help' ||
    subcommand === '--help' ||
    subcommand === '-h' ||
    rest.includes('--help') ||
    rest.includes('-h')
  ) {
    io.stdout.write(`${KB_USAGE}\n`);
    return 0;
  }
  if (subcommand === undefined) throw new UsageError('no kb command given (try: attache kb suggest)');
  if (subcommand !== 'suggest') throw new UsageError(`unknown kb command "${subcommand}" (try: attache kb suggest)`);
  const { values, positionals } = parseCommandLine(rest, { store: { type: 'string' } } as const);
  const format = parseFormat(values.format, ['yaml', 'json'] as const);
  if (positionals.length > 0) throw new UsageError(`kb suggest takes no arguments, got "${positionals[0]}"`);
  const host = await openCliWorkspace(values, io);
  await loadCorpus(host, io);
  const snapshot = host.snapshot();
  const patches = suggestedPatches(snapshot, shownPath);
  if (format === 'json') {
    const report: KbSuggestReport = {
      version: 1,
      ...(snapshot.kb.verifiedThrough ? { verifiedThrough: snapshot.kb.verifiedThrough } : {}),
      suggestions: patches.map(({ suggestion: s, patch }) => ({
        kind: s.kind,
        personId: s.personId,
        officeId: s.officeId,
        from: s.from,
        outlets: s.outlets,
        ...patch,
      })),
    };
    io.stdout.write(toJson(report));
  } else if (patches.length === 0) {
    io.stdout.write(
      `# nothing to suggest: no article after ${snapshot.kb.verifiedThrough ?? 'the verifiedThrough date'} prints a title the knowledge base does not record\n`,
    );
  } else {
    io.stdout.write(forTerminal(patches.map(({ patch }) => patchText(patch, shownPath)).join('\n')));
  }
  return patches.length > 0 ? 1 : 0;
}

/** A path as the user can open it: relative to the working folder when inside it. */
function shownPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
