/**
 * Where the shared archive is, as PostgreSQL users name a server: a connection string
 * (`postgresql://user@host:5432/archive?sslmode=verify-full`), completed by the standard
 * variables (`PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`, `PGSSLMODE`, … and
 * `~/.pgpass`, which the `pg` client reads itself). A connection string's options, `sslmode`
 * among them, pass through to the client unchanged. A password is never shown: messages name
 * the server by `describeArchive`, which leaves it out.
 */
import type pg from 'pg';

/** Whether a `--store` value (or `ATTACHE_STORE`) names a PostgreSQL server rather than a folder. */
export function isArchiveAddress(store: string): boolean {
  return /^postgres(ql)?:\/\//i.test(store);
}

/**
 * The server, database and user a connection string (and the environment) name, for messages:
 * `postgresql://reader@db.example:5432/archive`, never the password nor other options.
 */
export function describeArchive(connectionString: string, env: NodeJS.ProcessEnv = process.env): string {
  let url: URL | undefined;
  try {
    url = new URL(connectionString);
  } catch {
    url = undefined;
  }
  const host =
    (url?.hostname ? decodeURIComponent(url.hostname) : '') ||
    url?.searchParams.get('host') ||
    env['PGHOST'] ||
    'localhost';
  const port = url?.port || env['PGPORT'] || '5432';
  const user = (url?.username ? decodeURIComponent(url.username) : '') || env['PGUSER'] || '';
  const database =
    (url?.pathname && url.pathname.length > 1 ? decodeURIComponent(url.pathname.slice(1)) : '') ||
    env['PGDATABASE'] ||
    user;
  const at = host.startsWith('/') ? `${host}` : `${host}:${port}`;
  return `postgresql://${user ? `${user}@` : ''}${at}/${database}`;
}

/**
 * The client's settings for a connection string: what it leaves out comes from the `PG*`
 * variables (the `pg` client reads them), `sslmode` included.
 */
export function archiveClientConfig(connectionString: string, extra: pg.ClientConfig = {}): pg.ClientConfig {
  // `postgresql://` alone (every part from the environment) is a valid way to name the server.
  const bare = /^postgres(ql)?:\/\/\/?$/i.test(connectionString);
  return {
    ...(bare ? {} : { connectionString }),
    application_name: 'attache',
    connectionTimeoutMillis: 10_000,
    ...extra,
  };
}

/** An error from the server or the network as one line naming the server, never its password. */
export function archiveError(connectionString: string, error: unknown, doing: string): Error {
  // Already said the way it should be (a failure found deeper down): passed on as it is.
  if (
    error instanceof Error &&
    (error as NodeJS.ErrnoException).code &&
    error.message.startsWith('the shared archive ')
  )
    return error;
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const wrapped = new Error(
    `the shared archive ${describeArchive(connectionString)} ${doing}: ${redactPasswords(reason, connectionString)}`,
  );
  (wrapped as NodeJS.ErrnoException).code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EARCHIVE';
  return wrapped;
}

/** A message with any password of the connection string (or `PGPASSWORD`) replaced. */
function redactPasswords(message: string, connectionString: string): string {
  let out = message;
  try {
    const password = decodeURIComponent(new URL(connectionString).password);
    if (password) out = out.split(password).join('***');
  } catch {
    // Not a URL: nothing to take out of it.
  }
  const fromEnv = process.env['PGPASSWORD'];
  return fromEnv ? out.split(fromEnv).join('***') : out;
}
