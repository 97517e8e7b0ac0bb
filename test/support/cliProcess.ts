import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './lspClient.js';
import { temporaryFolder } from './temporaryFolders.js';

export interface CliRun {
  /** The exit code; null when the process had to be killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Whether it was still running at the deadline (and was killed). */
  timedOut: boolean;
}

/** The user id unprivileged runs use when the tests run as root (who can read any folder). */
const NOBODY = 65534;

/** Whether this process can read folders whatever their permissions, so a denial must be made by running as another user. */
export const runningAsRoot = process.getuid?.() === 0;

/**
 * Runs `attache ARGS...` as a child process in `cwd`, killed after `timeoutMs` (so a command that
 * hangs fails the test instead of hanging it). With `unprivileged`, a root test run starts it as
 * an ordinary user, for whom a folder without permissions is unreadable. `env` adds to the
 * environment.
 */
export function runCli(
  args: readonly string[],
  options: { cwd: string; timeoutMs?: number; unprivileged?: boolean; env?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  const unprivileged = options.unprivileged === true && runningAsRoot;
  const root = unprivileged ? installReadableByAll() : REPO;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'attache.js'), ...args], {
      cwd: options.cwd,
      env: { ...process.env, XDG_CACHE_HOME: join(options.cwd, '.cache'), NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(unprivileged ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

let readableInstall: string | undefined;

/**
 * The built command line copied where every user can read it (the checkout may sit in a folder
 * only its owner can enter): what an unprivileged run starts.
 */
function installReadableByAll(): string {
  if (readableInstall) return readableInstall;
  const root = temporaryFolder('attache-install-');
  for (const part of ['package.json', 'bin', 'dist', join('server', 'kb')])
    cpSync(join(REPO, part), join(root, part), { recursive: true });
  chmodSync(root, 0o755);
  readableInstall = root;
  return root;
}

/**
 * A workspace for a CLI run in `parent` (a test file's temporary folder): a fresh folder open to
 * every user, so that an unprivileged run can use it, holding `corpus/` with two small sample
 * files and a writable `store/`.
 */
export function cliWorkspace(parent: string, prefix: string): { root: string; corpus: string; store: string } {
  chmodSync(parent, 0o755);
  const root = mkdtempSync(join(parent, prefix));
  chmodSync(root, 0o777);
  const corpus = join(root, 'corpus');
  const store = join(root, 'store');
  mkdirSync(corpus);
  chmodSync(corpus, 0o755);
  mkdirSync(store);
  chmodSync(store, 0o777);
  for (const name of ['001_4fefce02503c921b.txt', '002_a6eec7504543e86f.txt'])
    copyFileSync(join(REPO, 'samples', 'corpus', name), join(corpus, name));
  return { root, corpus, store };
}

/** Whether output shows a stack trace (what an I/O error must never print). */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text) || /node:internal|Node\.js v\d/.test(text);
}
