/**
 * ARCHITECTURE.md and CONTRIBUTING.md name the files they describe; each must exist, so the map
 * cannot drift from the tree unnoticed. A bare name (`fold.ts`) must be some file's name, a path
 * (`lsp/navigation.ts`) the end of some file's path, and a pattern (`nearMiss*.ts`) must match.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Not in the repository: build output, dependencies, and what a run writes. */
const SKIPPED = new Set(['.git', 'node_modules', 'out', 'dist', '.attache-cache', 'scratch']);
/** Files the architecture describes that are made at run time, not kept in the tree: the store's, the package. */
const MADE_AT_RUN_TIME = new Set(['generation.bin', 'manifest.json', 'write.lock', 'attache.vsix']);
/** The rule the contributing guide shows how to add, its test, and their built files. */
const EXAMPLE = /(^|\/)styleCapital(\.test)?\.[jt]s$/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [relative(ROOT, path)];
  });
}

/** The file names a page gives: words ending in a source or data file's extension. */
export function namedFiles(text: string): string[] {
  return [
    ...new Set(
      [...text.matchAll(/[\w.*/-]*[\w*]\.(?:ts|mjs|js|json|md|yaml|sh)\b/g)].map((match) =>
        match[0].replace(/^(\.\.?\/)+/, ''),
      ),
    ),
  ];
}

for (const doc of ['ARCHITECTURE.md', 'CONTRIBUTING.md'])
  it(`${doc} names only files that exist`, () => {
    const files = filesUnder(ROOT);
    const names = new Set(files.map((file) => file.split('/').pop()));
    const exists = (named: string): boolean => {
      if (named.includes('*')) {
        const pattern = new RegExp(`(^|/)${named.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
        return files.some((file) => pattern.test(file));
      }
      if (named.includes('/')) return files.some((file) => file === named || file.endsWith(`/${named}`));
      return names.has(named);
    };
    const missing = namedFiles(readFileSync(join(ROOT, doc), 'utf8')).filter((given) => {
      if (MADE_AT_RUN_TIME.has(given) || EXAMPLE.test(given)) return false;
      // A command's `out/bench/run.js` is built from `bench/run.ts`.
      const named = given.startsWith('out/') ? given.slice('out/'.length).replace(/\.js$/, '.ts') : given;
      // A fragment of a pattern (`<path>.test.js`) or a workspace's own folder (`.attache/kb`).
      if (named.startsWith('.')) return false;
      // An import as TypeScript writes it (`./check.js`) names a `.ts` module.
      if (named.endsWith('.js') && exists(named.replace(/\.js$/, '.ts'))) return false;
      return !exists(named);
    });
    assert.deepEqual(missing, []);
  });

it('reads names, paths and patterns out of the prose', () => {
  assert.deepEqual(namedFiles('fold.ts (folding), `lsp/navigation.ts`, nearMiss*.ts, and ../kb/schema.json.'), [
    'fold.ts',
    'lsp/navigation.ts',
    'nearMiss*.ts',
    'kb/schema.json',
  ]);
});
