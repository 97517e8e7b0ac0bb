// Packages the test-only harness extension that runs the `vscode` API scenarios inside an
// extension host (code-server's in the end-to-end tests): dist/attache-api-harness.vsix.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'dist', 'harness');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
await build({
  entryPoints: [join(root, 'test/vscode-api/harness.ts')],
  outfile: join(dir, 'harness.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  logLevel: 'warning',
});
writeFileSync(
  join(dir, 'package.json'),
  JSON.stringify({
    name: 'attache-api-harness',
    displayName: 'Attaché API test harness',
    description: 'Runs the Attaché vscode API scenarios in the extension host (tests only).',
    version: '0.0.1',
    publisher: 'attache',
    license: 'MIT',
    repository: { type: 'git', url: 'https://github.com/attache-dev/attache' },
    engines: { vscode: '^1.91.0' },
    main: './harness.cjs',
    activationEvents: ['onStartupFinished'],
  }),
);
copyFileSync(join(root, 'LICENSE'), join(dir, 'LICENSE'));
writeFileSync(
  join(dir, 'README.md'),
  'Test harness for Attaché: runs the vscode API scenarios and writes their results.\n',
);
execFileSync(
  join(root, 'node_modules', '.bin', 'vsce'),
  ['package', '--no-dependencies', '-o', join(root, 'dist', 'attache-api-harness.vsix')],
  { cwd: dir, stdio: 'pipe' },
);
