/**
 * The language server and documents over `attache.maxDocumentSize`: one notice at the top
 * instead of diagnostics, no analysis behind hovers, and the server free for other documents.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { REPO, startServer, type ServerUnderTest } from '../support/lspClient.js';

const DRAFT = `${REPO}samples/drafts/2024-06-laos-readout.md`;
const draftText = readFileSync(DRAFT, 'utf8');
const INFORMATION = 3;

function open(server: ServerUnderTest, uri: string, text: string, version = 1): Promise<void> {
  return server.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version, text },
  });
}

function hoverAt(server: ServerUnderTest, uri: string, line: number, character: number): Promise<Hover | null> {
  return server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
}

/** The line and character of the first "Thongloun" in the draft, a known person. */
const THONGLOUN = (() => {
  const lines = draftText.split('\n');
  const line = lines.findIndex((l) => l.includes('Thongloun'));
  return { line, character: lines[line]!.indexOf('Thongloun') + 2 };
})();

describe('documents over the size limit', { timeout: 60_000 }, () => {
  const limit = Math.floor(draftText.length * 1.5);
  const largeUri = pathToFileURL(`${REPO}samples/drafts/large-readout.md`).href;
  let server: ServerUnderTest;

  before(async () => {
    server = await startServer(`${REPO}samples`, { maxDocumentSize: limit });
    // The settings are read before the corpus is indexed: from then on the limit applies.
    await server.corpusReady;
  });
  after(() => server.stop());

  it('publish one information notice at the top that gives the size and the limit', async () => {
    const large = draftText + draftText;
    await open(server, largeUri, large);
    const { diagnostics } = await server.diagnostics(largeUri, (p) => p.version === 1);
    assert.equal(diagnostics.length, 1);
    const notice = diagnostics[0] as Diagnostic;
    assert.equal(notice.code, 'document/too-large');
    assert.equal(notice.severity, INFORMATION);
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const message = typeof notice.message === 'string' ? notice.message : notice.message.value;
    assert.ok(message.includes(large.length.toLocaleString('en-US')), message);
    assert.ok(message.includes(limit.toLocaleString('en-US')), message);
    assert.match(message, /attache\.maxDocumentSize/);
    assert.equal(await hoverAt(server, largeUri, THONGLOUN.line, THONGLOUN.character), null);
  });

  it('check the document again once an edit brings it under the limit', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: largeUri, version: 2 },
      contentChanges: [{ text: draftText }],
    });
    const { diagnostics } = await server.diagnostics(largeUri, (p) => p.version === 2);
    const codes = diagnostics.map((d) => d.code);
    assert.ok(!codes.includes('document/too-large'));
    assert.ok(codes.includes('title/not-held'), codes.join(', '));
    assert.ok(await hoverAt(server, largeUri, THONGLOUN.line, THONGLOUN.character));
  });
});

describe('a document of several megabytes under the default limit', { timeout: 60_000 }, () => {
  let server: ServerUnderTest;

  before(async () => {
    server = await startServer(`${REPO}samples`);
  });
  after(() => server.stop());

  it('is declined at once and leaves the server answering for other documents', async () => {
    const hugeUri = pathToFileURL(`${REPO}samples/drafts/huge-readout.md`).href;
    const smallUri = pathToFileURL(DRAFT).href;
    // One line of 5 MB: the shape that took minutes to analyse.
    await open(server, hugeUri, draftText.replace(/\n/g, ' ').repeat(Math.ceil(5_000_000 / draftText.length)));
    await open(server, smallUri, draftText);
    const [huge, small] = await Promise.all([server.diagnostics(hugeUri), server.diagnostics(smallUri)]);
    assert.deepEqual(
      huge.diagnostics.map((d) => d.code),
      ['document/too-large'],
    );
    assert.ok(small.diagnostics.some((d) => d.code === 'title/not-held'));
    assert.ok(await hoverAt(server, smallUri, THONGLOUN.line, THONGLOUN.character));
  });
});
