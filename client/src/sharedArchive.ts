/**
 * What the command "Attaché: Connect to a shared archive" keeps where: the address without its
 * password goes to the setting `attache.corpus.store` (settings are files, synced and shared),
 * the password to VS Code's secret storage under a key made of that address, and to the server
 * only through its process's environment (`ARCHIVE_PASSWORD_ENV`). No VS Code API here, so the
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

/** The secret-storage key of an archive's password: one per address, so that one server's password never goes to another. */
export function archiveSecretKey(address: string): string {
  return `attache.archivePassword:${address}`;
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
