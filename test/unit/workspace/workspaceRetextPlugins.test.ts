/**
 * Retext plugins a workspace installs itself: loaded from its node_modules (an ES module whose
 * package exports only `import`) in a trusted workspace, never in an untrusted one, and each
 * one that cannot be used named with the reason.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../../../server/src/core/analyze.js';
import { loadWorkspaceRetextPlugins, packageEntry } from '../../../server/src/workspace/workspaceRetextPlugins.js';
import { bundled } from '../../support/bundled.js';
import { installShoutingPlugin } from '../../support/retextPluginFixture.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const SETTING = 'attache.retext.plugins';

describe('retext plugins from the workspace', () => {
  const workspace = temporaryFolder('attache-retext-workspace-');
  installShoutingPlugin(workspace);
  // A package whose default export is no function, and one that throws when imported.
  const notAPlugin = join(workspace, 'node_modules', 'retext-not-a-plugin');
  mkdirSync(notAPlugin, { recursive: true });
  writeFileSync(
    join(notAPlugin, 'package.json'),
    JSON.stringify({ name: 'retext-not-a-plugin', type: 'module', main: 'index.js' }),
  );
  writeFileSync(join(notAPlugin, 'index.js'), 'export default 42;\n');
  const broken = join(workspace, 'node_modules', 'retext-broken');
  mkdirSync(broken, { recursive: true });
  writeFileSync(join(broken, 'package.json'), JSON.stringify({ name: 'retext-broken', type: 'module' }));
  writeFileSync(join(broken, 'index.js'), 'throw new Error("cannot start");\n');

  it('loads a plugin the workspace installed, when it is trusted, and runs it with its options', async () => {
    const requests = [{ name: 'retext-repeated-words' }, { name: 'retext-shouting', options: { word: 'NEVER' } }];
    const { loaded, problems } = await loadWorkspaceRetextPlugins(requests, {
      folders: [workspace],
      trusted: true,
      setting: SETTING,
    });
    assert.deepEqual(problems, []);
    assert.deepEqual([...loaded.keys()], ['retext-shouting']);
    const { kb, index } = bundled();
    const text = 'The the sides said NEVER.';
    const findings = analyzeDocument(text, kb, index, {
      today: '2024-06-12',
      retext: { plugins: requests, loaded },
    }).findings;
    assert.deepEqual(
      findings.map((f) => `${f.code} ${text.slice(f.start, f.end)} → ${f.fixes[0]?.edits[0]?.newText}`),
      ['retext-repeated-words The the → The', 'retext-shouting NEVER → never'],
    );
  });

  it('loads nothing from an untrusted workspace, and says why', async () => {
    const { loaded, problems } = await loadWorkspaceRetextPlugins(
      [{ name: 'retext-shouting' }, { name: 'retext-quotes' }],
      { folders: [workspace], trusted: false, setting: SETTING },
    );
    assert.equal(loaded.size, 0);
    assert.deepEqual(problems, [
      `${SETTING}: "retext-shouting" is not bundled with Attaché, and plugins from the workspace's node_modules load only in a trusted workspace; it was left out`,
    ]);
  });

  it('names a plugin that is not installed, and one that is no plugin', async () => {
    const { loaded, problems } = await loadWorkspaceRetextPlugins(
      [{ name: 'retext-missing' }, { name: 'retext-not-a-plugin' }, { name: 'retext-broken' }],
      { folders: [workspace], trusted: true, setting: SETTING },
    );
    assert.equal(loaded.size, 0);
    assert.deepEqual(problems, [
      `${SETTING}: "retext-missing" is neither bundled with Attaché nor installed in the workspace's node_modules; it was left out`,
      `${SETTING}: "retext-not-a-plugin" does not export a retext plugin (a function as its default export); it was left out`,
      `${SETTING}: "retext-broken" could not be loaded (cannot start); it was left out`,
    ]);
  });

  it('finds a package’s entry through exports, module or main', () => {
    assert.equal(
      packageEntry(workspace, 'retext-shouting'),
      join(workspace, 'node_modules', 'retext-shouting', 'lib', 'index.js'),
    );
    assert.equal(
      packageEntry(workspace, 'retext-not-a-plugin'),
      join(workspace, 'node_modules', 'retext-not-a-plugin', 'index.js'),
    );
    assert.equal(packageEntry(workspace, 'retext-missing'), undefined);
  });
});
