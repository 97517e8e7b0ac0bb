/**
 * What the command "Attaché: Connect to a shared archive" keeps where: the address without its
 * password goes to the setting `attache.corpus.store` (settings are files, synced and shared),
 * the password to VS Code's secret storage under a key made of the connection that address makes
 * (user, host, port, database, options), and to the server only through its process's
 * environment (`ARCHIVE_PASSWORD_ENV`), with the address it is for. No VS Code API here, so the
 * tests read it directly.
 */
import { ARCHIVE_PASSWORD_ENV } from '../../server/src/protocol.js';

/** An archive address as typed, split into what may be written to settings and the password it carried, if any. */
export interface ArchiveAddress {
  /** `postgresql://user@host:port/db?options`, without a password. */
  address: string;
  /** The password the typed address held, decoded; never written to settings. */
  password?: string;
}

/** The address a user typed (perhaps with a password in it), or undefined when it is no `postgresql://` address. */
export function splitArchiveAddress(typed: string): ArchiveAddress | undefined {
  const trimmed = typed.trim();
  if (!/^postgres(ql)?:\/\//i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!url.password) return { address: trimmed };
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { address: url.href, password };
}

/** Why a typed address cannot be used, for the input box; undefined when it can. */
export function archiveAddressProblem(typed: string): string | undefined {
  return splitArchiveAddress(typed) ? undefined : 'A PostgreSQL address: postgresql://user@host:5432/database';
}

/**
 * The connection an address makes, as the `pg` client resolves it: the user, host, port and
 * database (a connection option such as `?host=` overriding the address's own part, as it does
 * for the client; what the address leaves out taken from the `PG*` variables and the client's
 * defaults), and every other option (`sslmode` and the like), sorted. Two addresses that differ
 * only in spelling (`postgres://` or `postgresql://`, the default port written or not, the
 * options' order) make the same connection; any other difference, another.
 */
export function archiveConnectionIdentity(address: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const split = splitArchiveAddress(address);
  if (!split) return undefined;
  const url = new URL(split.address);
  const options = new Map([...url.searchParams]);
  const take = (name: string) => {
    const value = options.get(name);
    options.delete(name);
    return value || undefined;
  };
  const user = take('user') ?? (decodeURIComponent(url.username) || env['PGUSER'] || env['USER'] || '');
  const named = decodeURIComponent(url.hostname.replace(/^\[(.+)\]$/, '$1'));
  const overridden = take('host');
  // With `?host=`, the client reads the address's own host into the database's name: it stays part of the connection.
  if (overridden !== undefined && named) options.set('\u0000address host', named);
  const host = overridden ?? (named || env['PGHOST'] || 'localhost');
  const port = take('port') ?? (url.port || env['PGPORT'] || '5432');
  const database = decodeURIComponent(url.pathname.slice(1)) || env['PGDATABASE'] || user;
  const rest = [...options].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Host names are case-blind; a Unix socket's folder is not.
  return JSON.stringify({
    user,
    host: host.startsWith('/') ? host : host.toLowerCase(),
    port,
    database,
    options: rest,
  });
}

/**
 * The secret-storage key of an archive's password: one per connection (user, host, port,
 * database and options, see {@link archiveConnectionIdentity}), so that a password is handed
 * over only for the connection it was stored for — never to another server, user or database a
 * workspace's settings might name, nor over a connection with weaker TLS options. Undefined for
 * what is no `postgresql://` address: no password goes with it.
 */
export function archiveSecretKey(address: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const identity = archiveConnectionIdentity(address, env);
  return identity === undefined ? undefined : `attache.archivePassword:${identity}`;
}

/**
 * The password kept for the connection an address makes; for a password stored by an earlier
 * version, keyed by the very address as written, that exact address alone.
 */
export async function storedArchivePassword(
  read: (key: string) => PromiseLike<string | undefined>,
  address: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const key = archiveSecretKey(address, env);
  if (key === undefined) return undefined;
  return (await read(key)) ?? (await read(`attache.archivePassword:${address}`));
}

/**
 * The environment the language server starts with: the editor's own, plus the password of the
 * archive the setting names, marked with that address (the server uses it for no other).
 */
export function serverEnvironment(
  base: NodeJS.ProcessEnv,
  address: string,
  password: string | undefined,
): NodeJS.ProcessEnv {
  const env = { ...base };
  delete env[ARCHIVE_PASSWORD_ENV.address];
  delete env[ARCHIVE_PASSWORD_ENV.password];
  if (!address || !password) return env;
  return { ...env, [ARCHIVE_PASSWORD_ENV.address]: address, [ARCHIVE_PASSWORD_ENV.password]: password };
}

/** What "Connect to a shared archive" asks of the editor: its input boxes, secret storage and settings. */
export interface ArchiveConnectionEditor {
  /** The address input box, starting from `current`; undefined when dismissed. */
  askAddress(current: string): PromiseLike<string | undefined>;
  /** The password input box for an address, starting from a password typed into it; undefined when dismissed. */
  askPassword(address: string, typed: string | undefined): PromiseLike<string | undefined>;
  secrets: {
    store(key: string, value: string): PromiseLike<void>;
    delete(key: string): PromiseLike<void>;
  };
  /** The setting's address now (`attache.corpus.store`). */
  currentAddress: string;
  /** Hands the stored password to the server for the address (starting it again when it changed). */
  passPassword(address: string): PromiseLike<void>;
  /** Writes the address, without password, to `attache.corpus.store`. */
  writeSetting(address: string): PromiseLike<void>;
}

/**
 * "Attaché: Connect to a shared archive": asks for the address (the setting's, to start with)
 * and the password; keeps the password in the secret storage under the connection the address
 * makes, hands it to the server, and writes only the address without password to the setting.
 * An empty password forgets the stored one (PGPASSWORD or ~/.pgpass then serve). Returns the
 * address connected to, or undefined when a box was dismissed (nothing is changed then).
 */
export async function connectToSharedArchive(
  editor: ArchiveConnectionEditor,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const typed = await editor.askAddress(editor.currentAddress || 'postgresql://attache_reader@host:5432/archive');
  const given = typed === undefined ? undefined : splitArchiveAddress(typed);
  const key = given && archiveSecretKey(given.address, env);
  if (!given || key === undefined) return undefined;
  const password = await editor.askPassword(given.address, given.password);
  if (password === undefined) return undefined;
  if (password) await editor.secrets.store(key, password);
  else await editor.secrets.delete(key);
  await editor.passPassword(given.address);
  await editor.writeSetting(given.address);
  return given.address;
}
