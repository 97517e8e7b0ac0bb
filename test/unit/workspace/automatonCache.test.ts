import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AliasAutomaton } from '../../../server/src/core/mentions/aliasAutomaton.js';
import { findMentions } from '../../../server/src/core/mentions/findMentions.js';
import { buildMentionIndex } from '../../../server/src/core/mentions/mentionIndex.js';
import { loadKnowledgeBase } from '../../../server/src/kb/loadKnowledgeBase.js';
import { cachedAutomaton, type AutomatonCache } from '../../../server/src/workspace/automatonCache.js';
import { openWorkspace } from '../../../server/src/workspace/host.js';
import { SMALL_KB_YAML, smallKnowledgeBase } from '../../support/smallKnowledgeBase.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const TEXT = 'The Vietnamese President met DPRK officials and the CPV General Secretary in Viet Nam.';

function freshCache(codeKey = 'build-1'): AutomatonCache {
  return { folder: join(temporaryFolder('attache-automaton-'), 'cache'), codeKey };
}

/** The one kept automaton's file, and its inode: a file built again is a new inode (written, then renamed). */
function keptFile(cache: AutomatonCache): { path: string; inode: number } {
  const kept = readdirSync(cache.folder).filter((name) => name.endsWith('.automaton'));
  assert.equal(kept.length, 1, `one automaton kept, found ${kept.join(', ')}`);
  const path = join(cache.folder, kept[0]!);
  return { path, inode: statSync(path).ino };
}

function mentionsOf(text: string, kb = smallKnowledgeBase().kb, cache?: AutomatonCache): string[] {
  const index = buildMentionIndex(kb, cache && ((patterns) => cachedAutomaton(patterns, cache)));
  return findMentions(text, index).map((m) => `${m.text}→${m.entity.id}`);
}

test('a restored automaton has every table of the one built, and finds the same mentions', () => {
  const { kb, index } = smallKnowledgeBase();
  const restored = AliasAutomaton.restore(index.automaton.tables());
  assert.ok(restored instanceof AliasAutomaton);
  assert.deepEqual(restored.tables(), index.automaton.tables());
  assert.deepEqual(restored.findAll(TEXT), index.automaton.findAll(TEXT));
  assert.ok(restored.findAll(TEXT).length > 0);
  assert.deepEqual(mentionsOf(TEXT, kb, freshCache()), mentionsOf(TEXT, kb));
});

test('the second run reads the automaton the first kept instead of building it', () => {
  const cache = freshCache();
  const built = mentionsOf(TEXT, undefined, cache);
  const first = keptFile(cache);
  assert.deepEqual(mentionsOf(TEXT, undefined, cache), built);
  assert.equal(keptFile(cache).inode, first.inode, 'not built and written again');
});

test('a changed knowledge base is not answered by the automaton kept for the old one', () => {
  const cache = freshCache();
  assert.deepEqual(mentionsOf('Ruritania signed.', undefined, cache), []);
  const old = keptFile(cache);
  const edited = loadKnowledgeBase([
    {
      path: 'small.yaml',
      text: SMALL_KB_YAML.replace(
        'countries:\n',
        'countries:\n  - id: ruritania\n    name: Ruritania\n    adjective: Ruritanian\n',
      ),
    },
  ]);
  assert.deepEqual(mentionsOf('Ruritania signed.', edited, cache), ['Ruritania→ruritania']);
  assert.notEqual(keptFile(cache).path, old.path, 'the old knowledge base’s automaton is replaced');
});

test('another build of the program builds its own automaton, even for the same patterns', () => {
  const cache = freshCache('build-1');
  mentionsOf(TEXT, undefined, cache);
  const first = keptFile(cache);
  mentionsOf(TEXT, undefined, { ...cache, codeKey: 'build-2' });
  assert.notEqual(keptFile(cache).path, first.path);
});

test('a damaged kept automaton is built again, never used', () => {
  const cache = freshCache();
  const expected = mentionsOf(TEXT, undefined, cache);
  const { path, inode } = keptFile(cache);
  const bytes = readFileSync(path);
  // A flipped byte in the tables: it still deserializes, into other tables.
  bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
  writeFileSync(path, bytes);
  assert.deepEqual(mentionsOf(TEXT, undefined, cache), expected);
  assert.notEqual(keptFile(cache).inode, inode, 'built and written again');
});

test('a cache folder that cannot be written leaves the automaton built', () => {
  const parent = temporaryFolder('attache-automaton-');
  writeFileSync(join(parent, 'file'), '');
  const cache = { folder: join(parent, 'file', 'cache'), codeKey: 'build-1' };
  assert.deepEqual(mentionsOf(TEXT, undefined, cache), mentionsOf(TEXT));
});

test('a workspace opened with a cache finds mentions with the automaton it kept', () => {
  const cache = freshCache();
  const open = () =>
    openWorkspace({
      knowledgeBase: { sources: [{ path: 'small.yaml', text: SMALL_KB_YAML }] },
      corpusFiles: new Map(),
      automatonCache: cache,
    });
  const first = findMentions(TEXT, open().snapshot().mentionIndex).map((m) => m.entity.id);
  const { inode } = keptFile(cache);
  const second = findMentions(TEXT, open().snapshot().mentionIndex).map((m) => m.entity.id);
  assert.deepEqual(second, first);
  assert.ok(first.includes('cpv'));
  assert.equal(keptFile(cache).inode, inode);
});
