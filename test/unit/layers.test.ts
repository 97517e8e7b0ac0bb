/**
 * The layers hold: the core imports nothing that reads files, speaks LSP, parses a command line,
 * keeps the corpus store or opens a workspace, and no Node built-in. It reads the imports of
 * every core module as written, so a cycle through `corpus/` cannot come back unnoticed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../../server/src/', import.meta.url));
/** Where the core may not reach: I/O, protocol, command line, store and workspace. */
const OUTSIDE_THE_CORE = ['corpus/', 'lsp/', 'cli/', 'workspace/', 'store/', 'paths.ts', 'fileAccess.ts'];

function modulesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? modulesUnder(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

/** Every module a file imports, as written: static imports and exports, and dynamic imports. */
function importsOf(source: string): string[] {
  return [
    ...source.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)|(?:^|\n)import\s+'([^']+)'/g,
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

it('keeps server/src/core free of corpus/, lsp/, cli/, workspace/, store/ and Node built-ins', () => {
  const crossings: string[] = [];
  for (const file of modulesUnder(join(SRC, 'core'))) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const from = relative(SRC, file);
      if (specifier.startsWith('node:')) crossings.push(`${from} → ${specifier}`);
      if (!specifier.startsWith('.')) continue;
      const target = relative(SRC, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts');
      if (OUTSIDE_THE_CORE.some((outside) => target === outside || target.startsWith(outside)))
        crossings.push(`${from} → ${target}`);
    }
  }
  assert.deepEqual(crossings, []);
});

it('reads the imports it checks', () => {
  assert.deepEqual(
    importsOf(
      "import type { A } from './a.js';\nimport {\n  b,\n} from '../b.js';\nexport { c } from './c.js';\nconst d = await import('./d.js');",
    ),
    ['./a.js', '../b.js', './c.js', './d.js'],
  );
});
