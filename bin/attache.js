#!/usr/bin/env node
import { homedir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { codeCacheFolder, loadWithCodeCache } from '../dist/codeCache.mjs';

// A command runs each of the reader's several hundred patterns a few times: compiled to machine code
// at once, rather than interpreted first and compiled again when found busy, a check takes a tenth
// less time. Set before the bundle is compiled, and part of what its cached code is made with.
setFlagsFromString('--no-regexp-tier-up');

// The bundle compiled with the code V8 kept from the last run: start-up is part of every command.
const cacheFolder = codeCacheFolder(process.env, homedir());
const bundle = loadWithCodeCache(
  fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)),
  cacheFolder,
  process.argv[2],
);
const { main, importPluginsWith } = bundle.exports;
// Code compiled from V8's cache cannot call import() on Node 20: a user's retext plugin is imported here.
importPluginsWith((url) => import(url));

// Output piped into a reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // The mention automaton is kept beside the compiled code, for this build only.
  automatonCache: { folder: cacheFolder, codeKey: bundle.codeKey },
});
bundle.saveCodeCache();
