/**
 * An edit storm: hundreds of incremental edits sent to the language server as fast as the pipe
 * takes them (names, titles, party names, Chinese, emoji, CRLF and lone CR inserted and cut at
 * random places). The server never publishes an older version after a newer one, and its final
 * diagnostics are exactly what `attache check` says of the final text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO, startServer, type ServerUnderTest } from '../support/lspClient.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

const EDITS = 600;
const FRAGMENTS = [
  'Prime Minister Sonexay Siphandone',
  'Chinese Premier Li Keqiang',
  'the CCP',
  'the Communist Party of China',
  'Viet Nam',
  'Vietnam',
  'General Secretary To Lam',
  'Thongloun Sisoulith',
  'Laos',
  '习近平',
  '通伦',
  '😀',
  '\r\n',
  '\r',
  '\n\n',
  ' ',
  '"',
  'ASEAN',
];

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The parts of a diagnostic both the editor and the command line report. */
function comparable(diagnostic: Pick<Diagnostic, 'range' | 'code' | 'message'>): string {
  const { start, end } = diagnostic.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.code} ${typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value}`;
}

describe('edit storm over LSP', { timeout: 120_000 }, () => {
  let server: ServerUnderTest;
  const workspace = temporaryFolder('attache-storm-');
  const uri = pathToFileURL(join(workspace, 'draft.md')).href;

  before(async () => {
    server = await startServer(workspace);
  });
  after(() => server.stop());

  it(`ends, after ${EDITS} rapid edits, with the diagnostics attache check gives the final text`, async () => {
    const initial = readFileSync(`${REPO}samples/drafts/2024-06-laos-readout.md`, 'utf8');
    // Edits stay after the front matter, so the document date is the same for both.
    const bodyStart = initial.indexOf('\n---', 3) + 4;
    let document = TextDocument.create(uri, 'markdown', 1, initial);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: initial },
    });
    const random = seededRandom(4242);
    for (let version = 2; version <= EDITS + 1; version++) {
      const text = document.getText();
      const start = bodyStart + Math.floor(random() * (text.length - bodyStart));
      const remove = random() < 0.4 ? Math.floor(random() * 20) : 0;
      const end = Math.min(text.length, start + remove);
      const insert = remove > 0 && random() < 0.5 ? '' : FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!;
      const range = { start: document.positionAt(start), end: document.positionAt(end) };
      const change = { range, text: insert };
      document = TextDocument.update(document, [change], version);
      void server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [change],
      });
    }
    const final = await server.diagnostics(uri, (params) => params.version === EDITS + 1);

    const versions = server.publishedFor(uri).map((params) => params.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'diagnostics were published for an older version after a newer one',
    );

    const file = join(workspace, 'final.md');
    writeFileSync(file, document.getText());
    let output: string;
    try {
      output = execFileSync(process.execPath, [`${REPO}bin/attache.js`, 'check', '--format', 'json', file], {
        encoding: 'utf8',
      });
    } catch (error) {
      // Exit status 1 means errors were found; the report is on stdout all the same.
      output = (error as { stdout: string }).stdout;
    }
    const fromCommandLine = (JSON.parse(output) as { files: { diagnostics: Diagnostic[] }[] }).files[0]!.diagnostics;
    assert.ok(fromCommandLine.length > 0, 'the final text still has findings to compare');
    assert.deepEqual(final.diagnostics.map(comparable).sort(), fromCommandLine.map(comparable).sort());
  });
});
