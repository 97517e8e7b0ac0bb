/**
 * Retext plugins over LSP: each bundled plugin, turned on by `attache.retext.plugins`, is a
 * diagnostic with the plugin's name as code and a quick fix whose edit gives the right text;
 * none shows while the setting is empty; a plugin from the workspace's node_modules loads only
 * once the workspace is trusted, and is said to be left out until then.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type ServerUnderTest } from '../support/lspClient.js';
import { RETEXT_CASES } from '../support/retextCases.js';
import { installShoutingPlugin } from '../support/retextPluginFixture.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

const HEADER = '---\ndate: 2024-06-12\n---\n# Readout\n\n';
/** A Markdown draft with one paragraph for each bundled plugin to flag, and one the workspace's plugin flags. */
const DRAFT = `${HEADER}${RETEXT_CASES.map((c) => c.text).join('\n\n')}\n\nThe delegation said NO.\n`;

const retextCodes = (diagnostics: Diagnostic[]) =>
  diagnostics
    .map((d) => String(d.code))
    .filter((code) => code.startsWith('retext-'))
    .sort();

describe('retext plugins over LSP', { timeout: 60_000 }, () => {
  const workspace = temporaryFolder('attache-lsp-retext-');
  installShoutingPlugin(workspace);
  const uri = pathToFileURL(join(workspace, 'readout.md')).href;
  /** The settings the server reads; tests change them and tell the server. */
  const settings: { retext: { plugins: unknown[] }; workspaceTrusted?: boolean } = { retext: { plugins: [] } };
  let server: ServerUnderTest;
  const version = 1;

  const reconfigure = async () => {
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  };

  before(async () => {
    server = await startServer(workspace, settings);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text: DRAFT },
    });
  });
  after(() => server.stop());

  it('shows nothing from retext while no plugin is configured', async () => {
    const { diagnostics } = await server.diagnostics(uri);
    assert.deepEqual(retextCodes(diagnostics), []);
  });

  it('reports each bundled plugin once configured, with a quick fix whose edit gives the right text', async () => {
    settings.retext.plugins = RETEXT_CASES.map((c) => c.plugin);
    await reconfigure();
    const { diagnostics } = await server.diagnostics(uri, (p) => retextCodes(p.diagnostics).length > 0);
    assert.deepEqual(retextCodes(diagnostics), RETEXT_CASES.map((c) => c.plugin).sort());
    const document = TextDocument.create(uri, 'markdown', version, DRAFT);
    for (const c of RETEXT_CASES) {
      const diagnostic = diagnostics.find((d) => d.code === c.plugin)!;
      assert.equal(document.getText(diagnostic.range), c.flagged, c.plugin);
      assert.match(typeof diagnostic.message === 'string' ? diagnostic.message : '', c.message);
      assert.equal(diagnostic.source, 'attache');
      assert.match(diagnostic.codeDescription!.href, new RegExp(`docs/rules\\.md#${c.plugin}$`));
      const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const fix = actions.find((action) => action.isPreferred && action.diagnostics?.some((d) => d.code === c.plugin));
      assert.ok(fix, `${c.plugin}: ${actions.map((a) => a.title).join(' | ')}`);
      const fixed = TextDocument.applyEdits(document, fix.edit!.changes![uri] as TextEdit[]);
      assert.equal(fixed, DRAFT.replace(c.text, c.fixed), c.plugin);
    }
  });

  it('applies attache.severity to a plugin, and "off" silences it', async () => {
    Object.assign(settings, { severity: { 'retext-repeated-words': 'error', 'retext-sentence-spacing': 'off' } });
    await reconfigure();
    const { diagnostics } = await server.diagnostics(
      uri,
      (p) => !retextCodes(p.diagnostics).includes('retext-sentence-spacing') && retextCodes(p.diagnostics).length > 0,
    );
    assert.equal(diagnostics.find((d) => d.code === 'retext-repeated-words')?.severity, 1);
    Object.assign(settings, { severity: {} });
  });

  it('loads a plugin from the workspace only when it is trusted, saying it was left out before', async () => {
    settings.retext.plugins = ['retext-shouting'];
    await reconfigure();
    const message = await server.shownMessage((m) => m.includes('retext-shouting'));
    assert.match(
      message,
      /"retext-shouting" is not bundled with Attaché, and plugins from the workspace's node_modules load only in a trusted workspace/,
    );
    const untrusted = await server.diagnostics(uri, (p) => retextCodes(p.diagnostics).length === 0);
    assert.deepEqual(retextCodes(untrusted.diagnostics), []);

    settings.workspaceTrusted = true;
    await reconfigure();
    const { diagnostics } = await server.diagnostics(uri, (p) =>
      retextCodes(p.diagnostics).includes('retext-shouting'),
    );
    const shouting = diagnostics.find((d) => d.code === 'retext-shouting')!;
    assert.equal(shouting.message, 'Do not shout NO.');
    assert.equal(shouting.codeDescription?.href, 'https://example.com/retext-shouting');
    const actions = await server.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: shouting.range,
      context: { diagnostics: [shouting] },
    });
    const fix = actions.find((action) => action.isPreferred)!;
    const fixed = TextDocument.applyEdits(
      TextDocument.create(uri, 'markdown', version, DRAFT),
      fix.edit!.changes![uri] as TextEdit[],
    );
    assert.equal(fixed, DRAFT.replace('said NO.', 'said no.'));
  });
});
