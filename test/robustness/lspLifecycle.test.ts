/**
 * The language server follows the LSP lifecycle and honours cancellation, as any client may
 * expect: a request before `initialize` is an error (`ServerNotInitialized`), one after
 * `shutdown` is an error (`InvalidRequest`), and a request the client cancels is answered with
 * `RequestCancelled` instead of being computed; the server goes on serving afterwards.
 *
 * Messages are written raw, several in one write where the test needs the server to see them
 * together (a request and its cancellation), as a busy client's pipe delivers them.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, type Message, type ResponseMessage } from 'vscode-languageserver-protocol/node';
import { REPO } from '../support/lspClient.js';
import { until } from '../support/until.js';

const DRAFT = `${REPO}samples/drafts/2024-06-laos-readout.md`;
const DRAFT_URI = pathToFileURL(DRAFT).href;
const draftText = readFileSync(DRAFT, 'utf8');

const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const REQUEST_CANCELLED = -32800;

/** A server process spoken to in raw JSON-RPC frames. */
class RawSession {
  private readonly child: ChildProcess;
  private readonly responses = new Map<number | string, ResponseMessage>();

  constructor() {
    this.child = spawn(process.execPath, [`${REPO}bin/attache.js`, 'lsp', '--stdio'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    new StreamMessageReader(this.child.stdout!).listen((message: Message) => {
      const response = message as ResponseMessage;
      if (response.id !== undefined && response.id !== null && !('method' in message))
        this.responses.set(response.id, response);
    });
  }

  /** Writes every message in one write, so the server reads them together. */
  send(...messages: object[]): void {
    const frames = messages.map((message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    this.child.stdin!.write(Buffer.concat(frames));
  }

  async response(id: number): Promise<ResponseMessage> {
    return until(
      `the answer to request ${id}`,
      async () => this.responses.get(id),
      (answer) => answer !== undefined,
      20_000,
    ) as Promise<ResponseMessage>;
  }

  stop(): void {
    this.child.kill();
  }
}

const hoverOnThongloun = (id: number) => {
  const offset = draftText.indexOf('Thongloun') + 2;
  const lines = draftText.slice(0, offset).split('\n');
  return {
    id,
    method: 'textDocument/hover',
    params: {
      textDocument: { uri: DRAFT_URI },
      position: { line: lines.length - 1, character: lines[lines.length - 1]!.length },
    },
  };
};

describe('language server lifecycle and cancellation', { timeout: 60_000 }, () => {
  let session: RawSession;

  before(() => {
    session = new RawSession();
  });
  after(() => session.stop());

  it('answers a request before initialize with ServerNotInitialized', async () => {
    session.send(hoverOnThongloun(1));
    const answer = await session.response(1);
    assert.equal(answer.error?.code, SERVER_NOT_INITIALIZED, JSON.stringify(answer));
  });

  it('serves after initialize', async () => {
    session.send({
      id: 2,
      method: 'initialize',
      params: { processId: process.pid, rootUri: pathToFileURL(`${REPO}samples`).href, capabilities: {} },
    });
    assert.ok((await session.response(2)).result, 'initialize answered');
    session.send(
      { method: 'initialized', params: {} },
      {
        method: 'textDocument/didOpen',
        params: { textDocument: { uri: DRAFT_URI, languageId: 'markdown', version: 1, text: draftText } },
      },
      hoverOnThongloun(3),
    );
    const hover = await session.response(3);
    assert.equal(hover.error, undefined, JSON.stringify(hover.error));
    assert.match(JSON.stringify(hover.result), /Thongloun Sisoulith/);
  });

  it('answers a request cancelled right behind it with RequestCancelled, then serves the next one', async () => {
    session.send(hoverOnThongloun(4), { method: '$/cancelRequest', params: { id: 4 } });
    const cancelled = await session.response(4);
    assert.equal(cancelled.error?.code, REQUEST_CANCELLED, JSON.stringify(cancelled));
    session.send(hoverOnThongloun(5));
    assert.match(JSON.stringify((await session.response(5)).result), /Thongloun Sisoulith/);
  });

  it('answers a request after shutdown with InvalidRequest', async () => {
    session.send({ id: 6, method: 'shutdown' });
    const shutdown = await session.response(6);
    assert.equal(shutdown.error, undefined);
    session.send(hoverOnThongloun(7));
    const answer = await session.response(7);
    assert.equal(answer.error?.code, INVALID_REQUEST, JSON.stringify(answer));
  });
});
