import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { until } from './until.js';

/** Where scripts/e2e-setup.sh caches Node 24 and code-server. */
export const E2E_CACHE = process.env['ATTACHE_E2E_CACHE'] ?? join(homedir(), '.cache', 'attache-e2e');
const CODE_SERVER = join(E2E_CACHE, 'code-server-4.139.1', 'node_modules', '.bin', 'code-server');
const NODE24_BIN = join(E2E_CACHE, 'node24', 'node_modules', 'node', 'bin');

/** Fails with the way out when the editor test's tools are missing. */
export function assertE2eToolsInstalled(): void {
  for (const path of [CODE_SERVER, join(NODE24_BIN, 'node'), '/usr/bin/chromium']) {
    if (!existsSync(path))
      throw new Error(`${path} is missing: run bash scripts/e2e-setup.sh (bash scripts/test.sh does)`);
  }
}

function codeServerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${NODE24_BIN}:${process.env['PATH'] ?? ''}`,
    // Nothing may reach for the network: an unroutable gallery, no telemetry, no update check.
    EXTENSIONS_GALLERY: '{"serviceUrl":"http://127.0.0.1:9/none"}',
  };
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface CodeServer {
  url: string;
  process: ChildProcess;
  stop(): void;
}

/**
 * Installs a .vsix into fresh extension and user-data folders and serves `workspace` with
 * code-server on 127.0.0.1, with settings that keep the workbench quiet and offline.
 */
export async function startCodeServer(options: {
  vsix: string | string[];
  workspace: string;
  home: string;
  settings?: object;
  port?: number;
  env?: NodeJS.ProcessEnv;
}): Promise<CodeServer> {
  const extensions = join(options.home, 'extensions');
  const userData = join(options.home, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'chat.disableAIFeatures': true,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'workbench.tips.enabled': false,
      'editor.semanticHighlighting.enabled': true,
      'editor.hover.delay': 300,
      'security.workspace.trust.enabled': false,
      ...options.settings,
    }),
  );
  const common = ['--extensions-dir', extensions, '--user-data-dir', userData];
  for (const vsix of [options.vsix].flat()) {
    execFileSync(CODE_SERVER, [...common, '--install-extension', vsix], {
      env: codeServerEnv(),
      stdio: 'pipe',
      timeout: 120_000,
    });
  }
  const port = options.port ?? (await freePort());
  const child = spawn(
    CODE_SERVER,
    [
      ...common,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--config',
      join(options.home, 'config.yaml'),
      options.workspace,
    ],
    { env: { ...codeServerEnv(), ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  // A server that exited is an answer too: it ends the wait at once, with its log.
  const state = await until(
    'code-server to start',
    async () => (child.exitCode !== null ? 'exited' : (await fetch(`${url}healthz`)).ok ? 'up' : 'starting'),
    (seen) => seen !== 'starting',
  ).catch(() => 'starting');
  if (state === 'exited') throw new Error(`code-server exited: ${log}`);
  if (state !== 'up') throw new Error(`code-server did not start: ${log}`);
  return {
    url,
    process: child,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
    },
  };
}
