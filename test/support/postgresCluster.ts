/**
 * A throwaway PostgreSQL cluster for the tests that need a real server: `initdb` in a temporary
 * folder, the server listening on a free port of 127.0.0.1 (and a Unix socket in the same
 * folder), stopped and removed when the test file's process ends — also when a test fails.
 * Debian's `postgresql` package provides the binaries (scripts/test.sh installs it when missing).
 * `initdb` refuses to run as root, so when the tests run as root the cluster runs as the
 * `postgres` system user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './codeServer.js';

export interface PostgresCluster {
  host: string;
  port: number;
  /** The folder of the server's Unix socket. */
  socketFolder: string;
  /** The superuser (no password: trust authentication on this throwaway cluster). */
  superuser: string;
  /** A connection string for a database of the cluster, as the superuser unless another user is given. */
  url(database: string, user?: { name: string; password: string }): string;
  /** Creates a fresh database and returns its connection string (as the superuser). */
  createDatabase(prefix?: string): Promise<string>;
  /** Stops the server (fast shutdown). */
  stop(): void;
  /** Starts it again after `stop` (same folder, same port). */
  start(): void;
}

/** Where Debian keeps the server's binaries: the newest version installed. */
function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error(
      "PostgreSQL is not installed (initdb not found under /usr/lib/postgresql): run scripts/test.sh, which installs Debian's postgresql",
    );
  return join(root, versions[0]!, 'bin');
}

let started: Promise<PostgresCluster> | undefined;

/** The cluster of this test file's process, started on first use. */
export function postgresCluster(): Promise<PostgresCluster> {
  return (started ??= startCluster());
}

async function startCluster(): Promise<PostgresCluster> {
  const bin = binaries();
  const root = userInfo().uid === 0;
  const owner = root ? 'postgres' : userInfo().username;
  const folder = mkdtempSync(join(tmpdir(), 'attache-pg-'));
  const data = join(folder, 'data');
  const as = (command: string, args: string[]) =>
    root ? (['runuser', ['-u', 'postgres', '--', command, ...args]] as const) : ([command, args] as const);
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(folder, uid, gid);
  }
  chmodSync(folder, 0o700);
  const run = (command: string, args: string[]) => {
    const [program, argv] = as(command, args);
    const result = spawnSync(program, argv, { encoding: 'utf8', cwd: folder });
    if (result.status !== 0)
      throw new Error(
        `${command} ${args.join(' ')} failed (${result.status}): ${(result.stderr || result.stdout || String(result.error)).trim()}`,
      );
    return result.stdout;
  };
  run(join(bin, 'initdb'), ['-D', data, '-U', owner, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  writeFileSync(
    join(data, 'postgresql.auto.conf'),
    [
      `listen_addresses = '127.0.0.1'`,
      `port = ${port}`,
      `unix_socket_directories = '${folder}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 100',
      'shared_buffers = 64MB',
      '',
    ].join('\n'),
  );
  // Passwords are checked over TCP (the read-only role's tests log in with one); the superuser is trusted.
  writeFileSync(
    join(data, 'pg_hba.conf'),
    [
      `local all ${owner} trust`,
      `host all ${owner} 127.0.0.1/32 trust`,
      'local all all scram-sha-256',
      'host all all 127.0.0.1/32 scram-sha-256',
      '',
    ].join('\n'),
  );
  if (root) execFileSync('chown', ['postgres:postgres', join(data, 'postgresql.auto.conf'), join(data, 'pg_hba.conf')]);
  const ctl = (action: 'start' | 'stop') =>
    run(
      join(bin, 'pg_ctl'),
      action === 'start'
        ? ['-D', data, '-l', join(folder, 'server.log'), '-w', '-t', '60', 'start']
        : ['-D', data, '-m', 'fast', '-w', 'stop'],
    );
  let running = false;
  const stop = () => {
    if (!running) return;
    running = false;
    try {
      ctl('stop');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', () => {
    stop();
    rmSync(folder, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      rmSync(folder, { recursive: true, force: true });
      process.exit(130);
    });
  }
  ctl('start');
  running = true;
  const url = (database: string, user?: { name: string; password: string }) =>
    user
      ? `postgresql://${encodeURIComponent(user.name)}:${encodeURIComponent(user.password)}@127.0.0.1:${port}/${database}`
      : `postgresql://${owner}@127.0.0.1:${port}/${database}`;
  let databases = 0;
  return {
    host: '127.0.0.1',
    port,
    socketFolder: folder,
    superuser: owner,
    url,
    async createDatabase(prefix = 'attache_test') {
      const name = `${prefix}_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop,
    start() {
      if (running) return;
      ctl('start');
      running = true;
    },
  };
}
