// Bundles the programs: the command line (ESM), the language server and the VS Code
// extension (CommonJS, as VS Code loads extensions). One file each starts faster than
// hundreds of module resolutions, and the .vsix needs no node_modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // jsonc-parser's main build is UMD, whose require() calls a bundle cannot follow; its ES module build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  // The pg client's optional native binding, which Attaché never uses (no native modules in an
  // extension host); pg requires it only when asked for pg.native.
  external: ['pg-native'],
};
// CommonJS has no import.meta; modules that locate the package root read it through this.
const importMetaShim = {
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "var __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  // CommonJS, so that bin/attache.js can compile it through V8's code cache (codeCache.ts):
  // Node 20 caches no compiled code for ES modules.
  build({
    ...common,
    ...importMetaShim,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.cjs',
    format: 'cjs',
  }),
  build({
    ...common,
    entryPoints: ['server/src/cli/codeCache.ts'],
    outfile: 'dist/codeCache.mjs',
    format: 'esm',
  }),
  build({
    ...common,
    ...importMetaShim,
    entryPoints: ['server/src/lsp/main.ts'],
    outfile: 'dist/server.cjs',
    format: 'cjs',
  }),
  // The corpus indexer's worker process, started by the server and the command line.
  build({
    ...common,
    ...importMetaShim,
    entryPoints: ['server/src/store/corpusWorker.ts'],
    outfile: 'dist/corpusWorker.cjs',
    format: 'cjs',
  }),
  // The shared archive's synchronous reads (an entity's facts in the middle of an analysis).
  build({
    ...common,
    ...importMetaShim,
    entryPoints: ['server/src/store/postgres/archiveQueryWorker.ts'],
    outfile: 'dist/archiveQueryWorker.cjs',
    format: 'cjs',
  }),
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.cjs',
    format: 'cjs',
    external: ['vscode', 'pg-native'],
  }),
  // The vscode API scenarios, for @vscode/test-electron (npm run test:vscode).
  build({
    ...common,
    entryPoints: ['test/vscode-api/suite.ts'],
    outfile: 'dist/vscode-api-suite.cjs',
    format: 'cjs',
    external: ['vscode', 'pg-native'],
  }),
]);
