/**
 * Which documents are reference material rather than drafts: the corpus folders (unless checked
 * as drafts), the bundled knowledge base and documentation, a workspace's .attache/kb and the
 * knowledge-base files named in settings, never a draft beside them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  documentationDir,
  isReferenceMaterial,
  type ReferencePlaces,
} from '../../../server/src/lsp/referenceMaterial.js';
import { bundledKnowledgeBaseDir } from '../../../server/src/paths.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const root = temporaryFolder('attache-reference-');
const corpus = join(root, 'corpus');
const workspace = join(root, 'workspace');
mkdirSync(corpus);
mkdirSync(join(workspace, '.attache', 'kb'), { recursive: true });
const places: ReferencePlaces = {
  corpusFolders: [corpus],
  workspaceFolders: [workspace],
  knowledgeBaseFiles: [join(root, 'named.yaml')],
  corpusCheckedAsDrafts: false,
};
const uri = (path: string) => pathToFileURL(path).href;

describe('isReferenceMaterial', () => {
  it('counts the corpus, the workspace’s knowledge base, a named knowledge-base file and the shipped files', () => {
    assert.ok(isReferenceMaterial(uri(join(corpus, 'nested', 'article.txt')), places));
    assert.ok(isReferenceMaterial(uri(join(workspace, '.attache', 'kb', 'extra.yaml')), places));
    assert.ok(isReferenceMaterial(uri(join(root, 'named.yaml')), places));
    assert.ok(isReferenceMaterial(uri(join(bundledKnowledgeBaseDir(), 'laos.yaml')), places));
    assert.ok(isReferenceMaterial(uri(join(documentationDir(), 'rules.md')), places));
  });

  it('counts a file reached through a link into the corpus', () => {
    writeFileSync(join(corpus, 'real.txt'), 'text');
    symlinkSync(join(corpus, 'real.txt'), join(workspace, 'linked.txt'));
    assert.ok(isReferenceMaterial(uri(join(workspace, 'linked.txt')), places));
  });

  it('leaves drafts, look-alike folders and other schemes alone', () => {
    assert.ok(!isReferenceMaterial(uri(join(workspace, 'draft.md')), places));
    assert.ok(!isReferenceMaterial(uri(`${corpus}-drafts/note.txt`), places));
    assert.ok(!isReferenceMaterial(uri(join(root, 'named.yaml.bak')), places));
    assert.ok(!isReferenceMaterial('untitled:Untitled-1', places));
  });

  it('checks the corpus like drafts when the setting says so', () => {
    assert.ok(!isReferenceMaterial(uri(join(corpus, 'article.txt')), { ...places, corpusCheckedAsDrafts: true }));
  });
});
