/**
 * A writer killed at any moment of a commit leaves a store that opens to one generation, whole:
 * the one before the commit when it died before the manifest was written, the new one after —
 * never a mixture of the two, never nothing. A child process commits a generation and kills
 * itself with SIGKILL just before its n-th rename or deletion of a store file, for every n up
 * to the commit's end; each time the store is copied fresh, and what it opens to afterwards is
 * compared, part by part, with the generation it must be. The next commit then clears what the
 * killed one left.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeRecords } from '../../server/src/corpus/corpusGeneration.js';
import { EmbeddedCorpusStore } from '../../server/src/store/embeddedStore.js';
import { openWorkspace } from '../../server/src/workspace/host.js';
import { temporaryFolder } from '../support/temporaryFolders.js';
import { assertSameGeneration, writeThreeWireItems } from '../unit/store/storeContract.js';

/** The compiled modules the child imports by absolute path. */
const STORE_MODULE = fileURLToPath(new URL('../../server/src/store/embeddedStore.js', import.meta.url));
const GENERATION_MODULE = fileURLToPath(new URL('../../server/src/corpus/corpusGeneration.js', import.meta.url));

/**
 * Commits the generation merged from some of a store's records, first noting on stderr each
 * rename and deletion of a store file it is about to make, and killing itself before the n-th.
 */
const CHILD_SCRIPT = `
import { writeSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { pathToFileURL } from 'node:url';
const [storeModule, generationModule, storeFolder, killAt, kbKey, ...paths] = process.argv.slice(2);
const files = createRequire(import.meta.url)('node:fs/promises');
let calls = 0;
for (const name of ['rename', 'rm']) {
  const original = files[name];
  files[name] = (...args) => {
    calls++;
    writeSync(2, calls + ' ' + name + ' ' + args[args.length > 1 && name === 'rename' ? 1 : 0] + '\\n');
    if (calls === Number(killAt)) process.kill(process.pid, 'SIGKILL');
    return original(...args);
  };
}
syncBuiltinESMExports();
const { EmbeddedCorpusStore } = await import(pathToFileURL(storeModule).href);
const { mergeRecords } = await import(pathToFileURL(generationModule).href);
const store = new EmbeddedCorpusStore(storeFolder);
await store.commitGeneration(mergeRecords(await store.readRecords(paths), kbKey));
writeSync(1, 'committed\\n');
`;

function runChild(
  storeFolder: string,
  killAt: number,
  kbKey: string,
  paths: readonly string[],
): Promise<{ killed: boolean; calls: string[]; stdout: string }> {
  const script = join(temporaryFolder('attache-commit-child-'), 'commit.mjs');
  writeFileSync(script, CHILD_SCRIPT);
  const child = spawn(
    process.execPath,
    [script, STORE_MODULE, GENERATION_MODULE, storeFolder, String(killAt), kbKey, ...paths],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`the committing child failed (${code}): ${stderr}`));
      else
        resolve({
          killed: signal === 'SIGKILL',
          calls: stderr.split('\n').filter((line) => /^\d+ (rename|rm) /.test(line)),
          stdout,
        });
    });
  });
}

describe('a commit killed at any moment', { timeout: 180_000 }, () => {
  it('leaves the previous generation or the new one, whole, and the next commit clears what it left', async () => {
    const corpus = temporaryFolder('attache-corpus-');
    writeThreeWireItems(corpus);
    const prepared = temporaryFolder('attache-store-');
    const host = openWorkspace({
      corpusFolders: [corpus],
      store: { folder: prepared },
      workers: 0,
      today: () => '2025-06-01',
    });
    assert.equal((await host.updateCorpus()).state, 'ready');
    host.dispose();
    const store = new EmbeddedCorpusStore(prepared);
    const manifest = (await store.readManifest())!;
    const paths = Object.keys(manifest.files).sort();
    const records = await store.readRecords(paths);
    // Before: all three reports. After: the two reports of the talks.
    const before = mergeRecords(records, manifest.kbKey);
    const after = mergeRecords(
      records.filter((record) => !record.path.endsWith('kpl.txt')),
      manifest.kbKey,
    );
    assert.equal(before.articles.length, 3);
    assert.equal(after.articles.length, 2);

    const outcomes: string[] = [];
    for (let killAt = 1; ; killAt++) {
      const folder = join(temporaryFolder('attache-store-killed-'), 'store');
      cpSync(prepared, folder, { recursive: true });
      const run = await runChild(
        folder,
        killAt,
        manifest.kbKey,
        paths.filter((path) => !path.endsWith('kpl.txt')),
      );
      const manifestWritten = run.calls
        .slice(0, killAt - 1)
        .some((call) => call.endsWith(`rename ${join(folder, 'manifest.json')}`));
      const expected = run.killed && !manifestWritten ? before : after;
      const opened = await new EmbeddedCorpusStore(folder).readGeneration();
      assert.ok(opened, `killed before ${run.calls.at(-1)}: the store opens to a generation`);
      assertSameGeneration(opened, expected);
      opened.close();
      outcomes.push(
        `${run.killed ? `killed before ${run.calls.at(-1)!.replace(folder, '')}` : 'finished'}: ${expected === before ? 'before' : 'after'}`,
      );

      // The next commit succeeds and leaves the committed generation's folder alone.
      const next = new EmbeddedCorpusStore(folder);
      await next.commitGeneration(before);
      assert.equal(
        readdirSync(join(folder, 'generations')).length,
        1,
        `after ${outcomes.at(-1)}: ${readdirSync(join(folder, 'generations')).join(', ')}`,
      );
      assertSameGeneration((await next.readGeneration())!, before);
      if (!run.killed) {
        assert.match(run.stdout, /committed/);
        break;
      }
    }
    // Every part of the new generation, the manifest and the clearing were each a moment to die at.
    assert.ok(outcomes.length >= 8, outcomes.join('\n'));
    assert.ok(
      outcomes.some((outcome) => outcome.includes('manifest.json') && outcome.endsWith(': before')),
      outcomes.join('\n'),
    );
    assert.ok(
      outcomes.some((outcome) => outcome.startsWith('killed before') && outcome.endsWith(': after')),
      outcomes.join('\n'),
    );
  });
});
