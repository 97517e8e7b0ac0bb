import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { resolveSettingPaths } from '../../server/src/lsp/settings.js';
import { openWorkspace } from '../../server/src/workspace/host.js';
import { REPO, startServer, type ServerUnderTest } from '../support/lspClient.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

/** A diagnostic's message, plain or Markdown. */
function textOf(message: string | { value: string }): string {
  return typeof message === 'string' ? message : message.value;
}

interface ConfigurationProperty {
  scope?: string;
  default?: unknown;
}
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
  capabilities?: {
    untrustedWorkspaces?: { supported?: unknown; description?: string; restrictedConfigurations?: string[] };
  };
  contributes: { configuration: { properties: Record<string, ConfigurationProperty> } };
};

describe('workspace trust', () => {
  it('package.json declares limited support in untrusted workspaces, restricting the path settings', () => {
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.ok((untrusted?.description ?? '').length > 20);
    for (const setting of ['attache.corpus.folders', 'attache.knowledgeBase.files']) {
      assert.ok(untrusted?.restrictedConfigurations?.includes(setting), `${setting} not restricted`);
    }
  });

  it('only the user, never a repository, can allow paths outside the workspace or raise the corpus limits', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const setting of [
      'attache.allowPathsOutsideWorkspace',
      'attache.corpus.maxFiles',
      'attache.corpus.maxSizeMB',
    ]) {
      assert.ok(properties[setting], `${setting} not declared`);
      assert.ok(
        ['application', 'machine'].includes(properties[setting].scope ?? ''),
        `${setting} has scope ${properties[setting].scope}`,
      );
    }
    assert.equal(properties['attache.allowPathsOutsideWorkspace']!.default, false);
  });
});

describe('paths from settings', () => {
  const root = temporaryFolder('attache-scope-');
  const workspace = join(root, 'workspace');
  const outside = join(root, 'outside');
  before(() => {
    mkdirSync(join(workspace, 'corpus'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    symlinkSync(outside, join(workspace, 'linked'));
  });

  it('resolve inside the workspace folder', () => {
    const { allowed, refused } = resolveSettingPaths('attache.corpus.folders', ['corpus', join(workspace, 'corpus')], {
      workspaceFolders: [workspace],
      allowOutside: false,
    });
    assert.deepEqual(allowed, [join(workspace, 'corpus'), join(workspace, 'corpus')]);
    assert.deepEqual(refused, []);
  });

  it('are refused when they escape the workspace, with the setting and the path in the message', () => {
    const { allowed, refused } = resolveSettingPaths(
      'attache.knowledgeBase.files',
      ['../../../etc/passwd', '/usr', 'linked'],
      { workspaceFolders: [workspace], allowOutside: false },
    );
    assert.deepEqual(allowed, []);
    assert.deepEqual(
      refused.map((refusal) => refusal.path),
      ['../../../etc/passwd', '/usr', 'linked'],
    );
    for (const refusal of refused) {
      assert.match(refusal.message, /attache\.knowledgeBase\.files/);
      assert.ok(refusal.message.includes(`"${refusal.path}"`), refusal.message);
      assert.match(refusal.message, /attache\.allowPathsOutsideWorkspace/);
    }
  });

  it('may leave the workspace when the user allows it', () => {
    const { allowed, refused } = resolveSettingPaths('attache.corpus.folders', ['../outside', '/usr'], {
      workspaceFolders: [workspace],
      allowOutside: true,
    });
    assert.deepEqual(allowed, [outside, '/usr']);
    assert.deepEqual(refused, []);
  });
});

describe('the corpus size limit', () => {
  it('indexes files up to the limit and says what was left out', async () => {
    const article = (n: number) =>
      `Title ${n}\n\nBEIJING, March ${n} (Xinhua) -- Xi Jinping met visitors in Beijing on day ${n} of the month.\n`;
    const files = new Map(Array.from({ length: 5 }, (_, i) => [`/corpus/article-${i}.txt`, article(i + 1)] as const));
    const host = openWorkspace({
      corpusFiles: files,
      workers: 0,
      today: () => '2025-06-01',
      corpusLimits: { maxFiles: 3, maxBytes: 1024 * 1024 },
    });
    const status = await host.updateCorpus();
    host.dispose();
    assert.equal(status.state, 'ready');
    const generation = host.committedCorpus!.generation;
    assert.deepEqual(
      generation.files.map((file) => file.path),
      ['/corpus/article-0.txt', '/corpus/article-1.txt', '/corpus/article-2.txt'],
    );
    const limit = generation.problems.find((problem) => /limit/.test(problem.message));
    assert.ok(limit, generation.problems.map((p) => p.message).join('\n'));
    assert.match(limit.message, /3 files .* indexed/);
    assert.match(limit.message, /2 files .* left out/);
  });

  it('counts bytes as well as files', async () => {
    const files = new Map([
      ['/corpus/a.txt', `Small\n\n${'Xi Jinping met visitors. '.repeat(10)}\n`],
      ['/corpus/b.txt', `Large\n\n${'Xi Jinping met visitors. '.repeat(100)}\n`],
    ]);
    const host = openWorkspace({
      corpusFiles: files,
      workers: 0,
      today: () => '2025-06-01',
      corpusLimits: { maxFiles: 100, maxBytes: 1000 },
    });
    await host.updateCorpus();
    host.dispose();
    const generation = host.committedCorpus!.generation;
    assert.deepEqual(
      generation.files.map((file) => file.path),
      ['/corpus/a.txt'],
    );
    assert.ok(generation.problems.some((problem) => /1 file .* left out/.test(problem.message)));
  });
});

describe('the language server with a hostile workspace', { timeout: 60_000 }, () => {
  const root = temporaryFolder('attache-hostile-');
  const workspace = join(root, 'workspace');
  const outsideCorpus = join(root, 'outside-corpus');
  const kbFolder = join(workspace, '.attache', 'kb');
  let server: ServerUnderTest;

  before(async () => {
    mkdirSync(kbFolder, { recursive: true });
    mkdirSync(outsideCorpus, { recursive: true });
    writeFileSync(join(outsideCorpus, 'article.txt'), 'Outside\n\nXi Jinping met visitors in Beijing.\n');
    symlinkSync(join(workspace, 'missing.yaml'), join(kbFolder, 'dangling.yaml'));
    writeFileSync(
      join(kbFolder, 'syntax.yaml'),
      'people:\n  - id: kept-person\n    name: Kept Person\n    country: china\n    convention: surname-first\n  - id: [unclosed\n',
    );
    server = await startServer(workspace, { corpus: { folders: ['../outside-corpus'] } });
  });
  after(() => server.stop());

  it('starts despite a dangling symbolic link and a syntax error in .attache/kb, and answers requests', async () => {
    const uri = pathToFileURL(join(workspace, 'note.md')).href;
    const text = 'Premier Li Keqiang met Kept Person on 5 June 2024.\n';
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const { diagnostics } = await server.diagnostics(uri);
    assert.ok(diagnostics.some((d) => d.code === 'title/not-held'));
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 25 },
    });
    assert.match((hover?.contents as { value: string } | undefined)?.value ?? '', /Kept Person/);
  });

  it('publishes the knowledge-base problems as diagnostics on the files themselves', async () => {
    const dangling = await server.diagnostics(pathToFileURL(join(kbFolder, 'dangling.yaml')).href);
    assert.match(textOf(dangling.diagnostics[0]!.message), /cannot read/);
    const syntax = await server.diagnostics(pathToFileURL(join(kbFolder, 'syntax.yaml')).href);
    assert.equal(syntax.diagnostics.length, 1);
    assert.match(textOf(syntax.diagnostics[0]!.message), /not valid YAML/);
    assert.ok(syntax.diagnostics[0]!.range.start.line >= 5, JSON.stringify(syntax.diagnostics[0]!.range));
  });

  it('refuses a corpus folder outside the workspace and tells the user which setting and path', async () => {
    const message = await server.shownMessage((m: string) => /attache\.corpus\.folders/.test(m));
    assert.ok(message.includes('"../outside-corpus"'), message);
    const status = await server.corpusReady;
    const uri = pathToFileURL(join(workspace, 'refs.md')).href;
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: 'Xi Jinping spoke.\n' },
    });
    const hover = await server.connection.sendRequest<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 2 },
    });
    assert.ok(!(hover.contents as { value: string }).value.includes('outside-corpus'));
    assert.ok(status.articles !== 1, 'the outside corpus (one article) was indexed');
  });
});
