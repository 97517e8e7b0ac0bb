import {
  archiveClientConfig,
  archiveError,
  describeArchive,
  isArchiveAddress,
} from '../store/postgres/archiveConnection.js';
import { initArchive, migrateArchive } from '../store/postgres/archiveSchema.js';
import { parseCommandLine, UsageError, type CliIO } from './cliSupport.js';
import { namedStore } from './cliWorkspace.js';
import { forTerminal } from './terminal.js';

/** The read-only role `store init` creates unless `--reader` names another. */
const DEFAULT_READER_ROLE = 'attache_reader';

/**
 * `attache store init [--store postgresql://…] [--reader ROLE]`: creates the shared archive's
 * schema (or upgrades it) and a role that can only read it; its password, if any, comes from
 * `ATTACHE_READER_PASSWORD` (never from the command line, which other users can see).
 * `attache store migrate [--store postgresql://…]`: upgrades the schema to this version. Both
 * connect as a user that may create tables (the archive's owner).
 */
export async function runStore(
  argv: readonly string[],
  io: CliIO,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    store: { type: 'string' },
    reader: { type: 'string' },
  } as const);
  const [action, ...extra] = positionals;
  if (action !== 'init' && action !== 'migrate')
    throw new UsageError(
      `store needs "init" or "migrate"${action ? `, got "${action}"` : ''} (try: attache store init --store postgresql://owner@host/archive)`,
    );
  if (extra.length > 0) throw new UsageError(`store ${action} takes no other argument, got "${extra[0]}"`);
  if (action === 'migrate' && values.reader !== undefined) throw new UsageError('--reader goes with "store init"');
  const target = namedStore(values, env);
  if (!target || !isArchiveAddress(target))
    throw new UsageError(
      'store init and migrate work on a PostgreSQL server: give --store postgresql://… or set ATTACHE_STORE (the PG* variables fill in the rest)',
    );
  const where = describeArchive(target, env);
  // The client library is loaded by the commands that reach a server, not at every start of the command line.
  const { default: pg } = await import('pg');
  const client = new pg.Client(archiveClientConfig(target));
  try {
    await client.connect();
  } catch (error) {
    throw archiveError(target, error, 'cannot be reached');
  }
  try {
    if (action === 'migrate') {
      const { from, to } = await migrateArchive(client).catch((error: unknown) =>
        Promise.reject(archiveError(target, error, 'could not be migrated')),
      );
      io.stdout.write(
        forTerminal(
          from === to
            ? `${where}: schema version ${to}, up to date\n`
            : `${where}: schema migrated from version ${from} to ${to}\n`,
        ),
      );
      return 0;
    }
    const role = values.reader ?? DEFAULT_READER_ROLE;
    const password = env['ATTACHE_READER_PASSWORD'] || undefined;
    const { from, to } = await initArchive(client, { role, password }).catch((error: unknown) =>
      Promise.reject(archiveError(target, error, 'could not be initialized')),
    );
    const schema =
      from === 0
        ? `schema version ${to} created`
        : from === to
          ? `schema version ${to} already there`
          : `schema migrated from version ${from} to ${to}`;
    io.stdout.write(
      forTerminal(
        `${where}: ${schema}; role ${role} can read the archive and nothing else${password ? ' (password set from ATTACHE_READER_PASSWORD)' : ''}\n`,
      ),
    );
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}
