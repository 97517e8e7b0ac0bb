import { HOUSE_STYLE_SETTINGS } from '../core/checks/allChecks.js';
import { settingUsage } from '../core/checks/ruleSettings.js';
import { runCheck } from './checkCommand.js';
import { runEntities } from './entitiesCommand.js';
import { runFacts } from './factsCommand.js';
import { runKb } from './kbCommand.js';
import { runLanguageServer } from './lspCommand.js';
import { runIndex, runPassages } from './passagesCommand.js';
import { runStore } from './storeCommand.js';
import { runRules } from './rulesCommand.js';
import { UsageError, type CliIO } from './cliSupport.js';
import { forTerminal } from './terminal.js';

export { importPluginsWith } from '../workspace/workspaceRetextPlugins.js';

const USAGE = `usage: attache <command> [options] FILE...

commands:
  entities [--corpus DIR]... [--kb FILE]... [--format text|json] FILE...
      list the leaders, parties, organizations, agreements, places and titles each file names
  check [--corpus DIR]... [--kb FILE]... [--store DIR|URL] [--date YYYY-MM-DD]
        [--house-style KEY=VALUE]... [--retext NAME[=OPTIONS]]... [--format text|json|sarif] FILE...
      check names, titles, parties and agreements; exit 1 when an error is found; --retext
      also runs a retext plugin (bundled: retext-repeated-words, retext-redundant-acronyms,
      retext-quotes, retext-sentence-spacing, retext-indefinite-article, retext-contractions;
      others from ./node_modules), OPTIONS as JSON; --house-style takes, one KEY=VALUE at a time:
${houseStyleUsage()}
  facts [--corpus DIR]... [--kb FILE]... [--store DIR|URL] [--format text|json] NAME
      what the knowledge base and the corpus say about NAME: roles, titles, events, disagreements
  kb suggest [--corpus DIR]... [--kb FILE]... [--store DIR] [--format yaml|json]
      titles printed in articles after the knowledge base's verifiedThrough date that it does
      not record, as YAML patches with the passages as sources; exit 1 when there are some

  passages [--corpus DIR]... [--kb FILE]... [--store DIR|URL] [--date YYYY-MM-DD] [--limit N]
           [--format text|json] "TEXT"
      the corpus passages that say the same thing as TEXT, best first ("the Lao head of
      state" is whoever held the office at --date)
  index [--corpus DIR]... [--kb FILE]... [--store DIR|URL] [--rebuild]
      bring the corpus store up to date: only files changed since the last run are read
  store init|migrate [--store postgresql://...] [--reader ROLE]
      create (init) or upgrade (migrate) a shared archive's schema on PostgreSQL; init also
      creates ROLE (default attache_reader), which can read the archive and nothing else
  rules [--format text|json]
      every rule: its id, its default severity and what it finds
  lsp --stdio
      run the language server on standard input and output (for Neovim, Emacs, Helix, ...)

A FILE may be a folder: its .md and .txt files are read. The corpus store is kept in the user's
cache unless --store (or ATTACHE_STORE) names a folder or a shared archive on PostgreSQL
(postgresql://user@host/db; the PG* variables and ~/.pgpass fill in what it leaves out). check,
passages and facts read a shared archive; index writes it. Exit status: 0 when no error is found, 1 when one is, 2 on a
usage or I/O error (a FILE that cannot be read is named and the others are still checked).`;

/** The house-style keys and the values each takes, as the rules declare them, for the help. */
function houseStyleUsage(): string {
  return HOUSE_STYLE_SETTINGS.map((setting) => `        ${settingUsage(setting)}`).join('\n');
}

/**
 * Runs the `attache` command line and returns the exit code: 0 on success, 1 when `check`
 * finds an error, 2 on a usage or I/O error or any other failure (with a one-line message on
 * stderr, never a stack trace). It does not throw.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if ((options.includes('--help') || options.includes('-h')) && command !== 'kb') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    switch (command) {
      case 'entities':
        return await runEntities(rest, io);
      case 'passages':
        return await runPassages(rest, io);
      case 'index':
        return await runIndex(rest, io);
      case 'lsp':
        return await runLanguageServer(rest);
      case 'store':
        return await runStore(rest, io);
      case 'check':
        return await runCheck(rest, io, io.today ?? new Date().toISOString().slice(0, 10));
      case 'facts':
        return await runFacts(rest, io);
      case 'rules':
        return await runRules(rest, io);
      case 'kb':
        return await runKb(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(`${USAGE}\n`);
        return 0;
      case undefined:
        throw new UsageError('no command given (try: attache entities FILE)');
      default:
        throw new UsageError(`unknown command "${command}" (try: attache --help)`);
    }
  } catch (error) {
    io.stderr.write(`${forTerminal(`attache: ${messageOf(error)}`)}\n`);
    return 2;
  }
}

/** One line for a failure: a usage or I/O error says what went wrong; anything else says it was unexpected. */
function messageOf(error: unknown): string {
  const first = (text: string) => text.split('\n')[0]!;
  if (error instanceof UsageError) return first(error.message);
  if (error instanceof Error && (error as NodeJS.ErrnoException).code) return first(error.message);
  return `unexpected error: ${first(error instanceof Error ? error.message : String(error))}`;
}
