import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { codeCacheFolder, loadWithCodeCache } from '../../../server/src/cli/codeCache.js';
import { runCli } from '../../support/cliProcess.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const CODE_CACHE_MODULE = new URL('../../../server/src/cli/codeCache.js', import.meta.url).href;

/**
 * Loads `file` in a fresh Node.js process, as `attache` starts, calls its `answer()`, saves the
 * cache, and tells what came back: V8 may reuse compiled code within one process whatever the
 * cache says, so each run is its own process.
 */
function runInFreshProcess(
  file: string,
  cacheFolder: string,
  command = 'check',
): { answer: unknown; usedCodeCache: boolean } {
  const program = `
    const { loadWithCodeCache } = await import(${JSON.stringify(CODE_CACHE_MODULE)});
    const bundle = loadWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheFolder)}, ${JSON.stringify(command)});
    const answer = await bundle.exports.answer();
    bundle.saveCodeCache();
    process.stdout.write(JSON.stringify({ answer, usedCodeCache: bundle.usedCodeCache }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as { answer: unknown; usedCodeCache: boolean };
}

/** A CommonJS module whose `answer()` returns `value`; written with a fixed length whatever the value's digit. */
function writeModule(file: string, digit: number): void {
  writeFileSync(file, `exports.answer = () => ${digit} + require('node:path').basename(__filename).length * 0;\n`);
}

test('the second run takes the compiled code the first saved, and answers the same', () => {
  const folder = temporaryFolder('attache-code-cache-');
  const file = join(folder, 'bundle.cjs');
  writeModule(file, 7);
  const cache = join(folder, 'cache');
  assert.deepEqual(runInFreshProcess(file, cache), { answer: 7, usedCodeCache: false });
  assert.equal(readdirSync(cache).filter((name) => name.endsWith('.v8')).length, 1);
  assert.deepEqual(runInFreshProcess(file, cache), { answer: 7, usedCodeCache: true });
});

test('a rebuilt bundle of the same length runs its own code, not the cached build, and replaces its cache', () => {
  const folder = temporaryFolder('attache-code-cache-');
  const file = join(folder, 'bundle.cjs');
  const cache = join(folder, 'cache');
  writeModule(file, 1);
  runInFreshProcess(file, cache);
  assert.equal(runInFreshProcess(file, cache).usedCodeCache, true);
  writeModule(file, 2);
  assert.deepEqual(runInFreshProcess(file, cache), { answer: 2, usedCodeCache: false });
  assert.equal(readdirSync(cache).filter((name) => name.endsWith('.v8')).length, 1, 'the old build’s cache is gone');
  assert.deepEqual(runInFreshProcess(file, cache), { answer: 2, usedCodeCache: true });
});

test('each command keeps its own cache of the same build, and a rebuild drops them all', () => {
  const folder = temporaryFolder('attache-code-cache-');
  const file = join(folder, 'bundle.cjs');
  const cache = join(folder, 'cache');
  writeModule(file, 5);
  assert.equal(runInFreshProcess(file, cache, 'lsp').usedCodeCache, false);
  // The language server's cache does not stand in for the check's: that one is made by a check.
  assert.equal(runInFreshProcess(file, cache, 'check').usedCodeCache, false);
  assert.deepEqual(runInFreshProcess(file, cache, 'check'), { answer: 5, usedCodeCache: true });
  assert.deepEqual(runInFreshProcess(file, cache, 'lsp'), { answer: 5, usedCodeCache: true });
  assert.equal(readdirSync(cache).length, 2);
  writeModule(file, 6);
  assert.deepEqual(runInFreshProcess(file, cache, 'check'), { answer: 6, usedCodeCache: false });
  assert.equal(readdirSync(cache).length, 1, 'the old build’s caches are gone, whatever their command');
});

test('a cache damaged on disk is refused by V8 and the bundle runs from its text', () => {
  const folder = temporaryFolder('attache-code-cache-');
  const file = join(folder, 'bundle.cjs');
  const cache = join(folder, 'cache');
  writeModule(file, 3);
  runInFreshProcess(file, cache);
  const [name] = readdirSync(cache);
  writeFileSync(join(cache, name!), 'not compiled code');
  assert.deepEqual(runInFreshProcess(file, cache), { answer: 3, usedCodeCache: false });
  assert.deepEqual(
    runInFreshProcess(file, cache),
    { answer: 3, usedCodeCache: true },
    'the damaged cache was rewritten',
  );
});

test('a cache folder that cannot be written leaves the command running, uncached', () => {
  const folder = temporaryFolder('attache-code-cache-');
  const file = join(folder, 'bundle.cjs');
  writeModule(file, 4);
  const notAFolder = join(folder, 'file');
  writeFileSync(notAFolder, '');
  const bundle = loadWithCodeCache(file, join(notAFolder, 'cache'));
  assert.doesNotThrow(() => bundle.saveCodeCache());
  assert.equal((bundle.exports as { answer: () => number }).answer(), 4);
  assert.equal(bundle.usedCodeCache, false);
});

test('the cache lives in the user’s cache folder, XDG_CACHE_HOME when set', () => {
  assert.equal(codeCacheFolder({ XDG_CACHE_HOME: '/x/cache' }, '/home/u'), join('/x/cache', 'attache', 'code'));
  assert.equal(codeCacheFolder({}, '/home/u'), join('/home/u', '.cache', 'attache', 'code'));
  assert.equal(codeCacheFolder({ XDG_CACHE_HOME: '' }, '/home/u'), join('/home/u', '.cache', 'attache', 'code'));
});

test('attache run after run: a knowledge base edited in between is read, not the automaton kept for the old one', async () => {
  const folder = temporaryFolder('attache-code-cache-cli-');
  writeFileSync(join(folder, 'draft.txt'), 'The minister flew to Ruritania on Monday.\n');
  const entry = '  - id: ruritania\n    name: Ruritania\n    adjective: Ruritanian\n';
  const named = async () => {
    const run = await runCli(['entities', '--kb', 'extra.yaml', '--format', 'json', 'draft.txt'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    return (JSON.parse(run.stdout) as { files: { mentions: { entity: { id: string } }[] }[] }).files[0]!.mentions.map(
      (mention) => mention.entity.id,
    );
  };
  writeFileSync(join(folder, 'extra.yaml'), `countries:\n${entry.replace(/Ruritania/g, 'Borduria')}`);
  assert.deepEqual(await named(), []);
  assert.deepEqual(await named(), [], 'the second run, from what the first kept, finds the same');
  writeFileSync(join(folder, 'extra.yaml'), `countries:\n${entry}`);
  assert.deepEqual(await named(), ['ruritania']);
  const kept = readdirSync(join(folder, '.cache', 'attache', 'code'));
  assert.ok(kept.some((name) => name.endsWith('-entities.v8')));
  assert.equal(kept.filter((name) => name.endsWith('.automaton')).length, 1);
});
