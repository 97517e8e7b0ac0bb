import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { REPO, startServer, type ServerUnderTest } from '../support/lspClient.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

/** A draft with planted errors: the same text is a draft in one folder and a published article in the corpus. */
const textWithErrors = readFileSync(`${REPO}samples/drafts/2024-06-laos-readout.md`, 'utf8');
/** Rules that check prose; knowledge-base problems carry no code. */
const proseCodes = (diagnostics: { code?: string | number }[]) =>
  diagnostics.map((d) => d.code).filter((code) => code !== undefined);

describe(
  'only drafts are checked: the corpus, the knowledge base and the documentation are reference material',
  { timeout: 60_000 },
  () => {
    const workspace = temporaryFolder('attache-reference-');
    const uriOf = (path: string) => pathToFileURL(path).href;
    const draft = uriOf(join(workspace, 'drafts', 'readout.md'));
    const article = uriOf(join(workspace, 'corpus', 'readout.md'));
    const workspaceKnowledgeBase = uriOf(join(workspace, '.attache', 'kb', 'people.yaml'));
    /** The settings the server reads; the opt-in test changes them and tells the server. */
    const settings = {
      corpus: { folders: ['corpus'], checkAsDrafts: false },
      languages: ['markdown', 'plaintext', 'yaml'],
    };
    let server: ServerUnderTest;

    const open = (uri: string, languageId: string, text: string) =>
      server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId, version: 1, text },
      });

    before(async () => {
      mkdirSync(join(workspace, 'drafts'));
      mkdirSync(join(workspace, 'corpus'));
      mkdirSync(join(workspace, '.attache', 'kb'), { recursive: true });
      writeFileSync(join(workspace, 'drafts', 'readout.md'), textWithErrors);
      writeFileSync(join(workspace, 'corpus', 'readout.md'), textWithErrors);
      // One entry that breaks the schema (a problem on the file) in prose that has a misspelled leader.
      writeFileSync(
        join(workspace, '.attache', 'kb', 'people.yaml'),
        'people:\n  - id: Not An Id\n    name: Xi Jinpin met Chinese Premier Li Keqiang in 2024\n',
      );
      server = await startServer(workspace, settings);
      await open(draft, 'markdown', textWithErrors);
    });
    after(() => server.stop());

    it('checks a draft', async () => {
      const { diagnostics } = await server.diagnostics(draft, (p) => p.diagnostics.length > 0);
      assert.ok(proseCodes(diagnostics).includes('title/not-held'), proseCodes(diagnostics).join(', '));
    });

    it('publishes no problems for a file in a corpus folder, and offers no draft features there', async () => {
      await open(article, 'markdown', textWithErrors);
      const { diagnostics } = await server.diagnostics(article);
      assert.deepEqual(diagnostics, []);
      const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri: article },
        position: { line: 7, character: 25 },
      });
      assert.equal(hover, null);
    });

    it('checks the corpus folders like drafts when the setting opts them in, and stops when it is turned off', async () => {
      settings.corpus.checkAsDrafts = true;
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const checked = await server.diagnostics(article, (p) => p.diagnostics.length > 0);
      assert.ok(proseCodes(checked.diagnostics).includes('title/not-held'), proseCodes(checked.diagnostics).join(', '));
      const published = server.publishedFor(article).length;
      settings.corpus.checkAsDrafts = false;
      await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      // Publications of the checked version may still be on their way; the problems must then be cleared.
      const cleared = await server.diagnostics(
        article,
        (p) => server.publishedFor(article).indexOf(p) >= published && p.diagnostics.length === 0,
      );
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('publishes no problems for the rules documentation or the bundled knowledge base', async () => {
      const rules = uriOf(`${REPO}docs/rules.md`);
      const bundled = uriOf(`${REPO}server/kb/china.yaml`);
      await open(rules, 'markdown', readFileSync(`${REPO}docs/rules.md`, 'utf8'));
      await open(bundled, 'yaml', readFileSync(`${REPO}server/kb/china.yaml`, 'utf8'));
      assert.deepEqual((await server.diagnostics(rules)).diagnostics, []);
      assert.deepEqual((await server.diagnostics(bundled)).diagnostics, []);
    });

    it("keeps a workspace knowledge-base file's problems and adds no prose checks to them", async () => {
      const problems = await server.diagnostics(workspaceKnowledgeBase, (p) => p.diagnostics.length > 0);
      await open(
        workspaceKnowledgeBase,
        'yaml',
        readFileSync(join(workspace, '.attache', 'kb', 'people.yaml'), 'utf8'),
      );
      // A draft opened afterwards is analysed after the knowledge-base file: its diagnostics mean the file's turn has passed.
      const later = uriOf(join(workspace, 'drafts', 'later.md'));
      await open(later, 'markdown', textWithErrors);
      await server.diagnostics(later, (p) => p.diagnostics.length > 0);
      const published = server.publishedFor(workspaceKnowledgeBase);
      assert.deepEqual(published.at(-1)!.diagnostics, problems.diagnostics);
      assert.deepEqual(
        published.flatMap((p) => proseCodes(p.diagnostics)),
        [],
      );
    });
  },
);
