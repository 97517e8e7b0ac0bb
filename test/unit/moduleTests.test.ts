/**
 * Every module of the product is imported by a test that exercises it directly, so that a
 * module's behaviour is pinned where it is written and a change to it fails close by. The few
 * that cannot be loaded by node:test, or are only entry points, are listed below with the test
 * that covers them instead; the list is checked too (a listed module must still exist, and one a
 * test now imports must leave the list).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Client modules that import `vscode`: only a running VS Code can load them. */
const NEEDS_VSCODE = 'imports vscode; run in a real VS Code by test/e2e/vscode.test.ts and test/vscode-api/suite.ts';

/** Modules no test imports, and what covers each. */
const COVERED_ELSEWHERE: Record<string, string> = {
  'client/src/extension.ts': NEEDS_VSCODE,
  'client/src/dossierPanel.ts': NEEDS_VSCODE,
  'client/src/passagesPanel.ts': NEEDS_VSCODE,
  'client/src/referenceDocuments.ts': NEEDS_VSCODE,
  'client/src/documentDateStatus.ts': NEEDS_VSCODE,
  'client/src/kbSuggestions.ts': NEEDS_VSCODE,
  'server/src/cli/kbCommand.ts': 'run through the CLI entry (main) by test/unit/cli/kbSuggest.test.ts',
  'server/src/cli/lspCommand.ts': 'starts the server over stdio, as test/lsp/* and test/e2e/neovim.test.ts do',
  'server/src/docs/writeDocs.ts':
    'the `npm run docs` script; what it writes is made by docs/ruleDocs.ts, tested in test/unit/docs/',
  'server/src/kb/writeSnapshot.ts': 'the build step that writes the knowledge-base snapshot every test then reads',
  'server/src/store/postgres/archiveQueryWorker.ts':
    'a worker thread entry, run by test/unit/store/postgres/synchronousQueries.test.ts',
  'server/src/store/postgres/archiveWatch.ts':
    'the archive connection of the language server, driven by test/lsp/sharedArchive.test.ts',
  'server/src/lsp/main.ts': 'the server process entry, started by every test in test/lsp/',
  'server/src/lsp/server.ts': 'the protocol wiring, driven over stdio by every test in test/lsp/',
  'server/src/lsp/documentDate.ts': 'answers attache/documentDate, asked by test/lsp/protocol.test.ts',
  'server/src/lsp/kbSuggestions.ts': 'answers attache/kbSuggestions, asked by test/lsp/kbSuggestions.test.ts',
  'server/src/store/corpusWorker.ts':
    'a worker process entry, run by test/unit/store/workerIndexer.test.ts and test/unit/workspace/workers.test.ts',
  'server/src/core/passages/roleDescriptions.ts':
    'tables of role words, read through queryRoles in test/unit/core/passages/roleQueries.test.ts',
};

function typeScriptUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The modules a test file imports, as paths from the root (`../../server/src/x.js` → `server/src/x.ts`). */
function importsOf(testFile: string): string[] {
  const text = readFileSync(testFile, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) =>
    relative(ROOT, resolve(dirname(testFile), match[1]!)).replace(/\.js$/, '.ts'),
  );
}

const modules = [...typeScriptUnder(join(ROOT, 'server', 'src')), ...typeScriptUnder(join(ROOT, 'client', 'src'))].map(
  (path) => relative(ROOT, path),
);
const imported = new Set(typeScriptUnder(join(ROOT, 'test')).flatMap(importsOf));

it('imports every module from a test, or says what covers it', () => {
  const untested = modules.filter((module) => !imported.has(module) && !(module in COVERED_ELSEWHERE));
  assert.deepEqual(untested, [], `modules no test imports: write a test for each, named after it`);
});

it('keeps the list of modules covered elsewhere true', () => {
  for (const [module, reason] of Object.entries(COVERED_ELSEWHERE)) {
    assert.ok(existsSync(join(ROOT, module)), `${module} is listed but does not exist`);
    assert.ok(!imported.has(module), `${module} is imported by a test now: take it off the list`);
    if (reason === NEEDS_VSCODE)
      assert.match(readFileSync(join(ROOT, module), 'utf8'), /from 'vscode'/, `${module} is listed as needing VS Code`);
  }
});

it('finds a module a test imports, and one no test imports', () => {
  // The reading itself: this file's own imports are Node's, and a check module is imported by its test.
  assert.ok(imported.has('server/src/core/checks/titleNotHeld.ts'));
  assert.ok(!imported.has('server/src/cli/lspCommand.ts'));
  assert.ok(modules.length > 150, `${modules.length} modules found`);
});
