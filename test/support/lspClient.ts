import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import type { CorpusStatusMessage } from '../../server/src/protocol.js';

/** How long stopping waits for the server to answer `shutdown` before it is killed. */
const STOP_WAIT_MS = 5000;

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** A language-server process started with `attache lsp --stdio`, and a client connection to it. */
export interface ServerUnderTest {
  connection: ProtocolConnection;
  process: ChildProcess;
  /** Resolves with the next diagnostics published for a URI that satisfy `accept`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Every diagnostics notification published so far for a URI, in order of arrival. */
  publishedFor(uri: string): PublishDiagnosticsParams[];
  /** Resolves once the server reports the corpus indexed. */
  corpusReady: Promise<{ articles: number; skipped: number }>;
  /** Resolves with the first corpus status (sent from the `from`th on, or to come) that satisfies `accept`. */
  status(accept: (status: CorpusStatusMessage) => boolean, from?: number): Promise<CorpusStatusMessage>;
  /** Every corpus status the server has sent, in order. */
  statuses: CorpusStatusMessage[];
  /** Resolves with the first message shown to the user (so far or to come) that satisfies `accept`. */
  shownMessage(accept: (message: string) => boolean): Promise<string>;
  /** The messages the server has logged (what an editor shows in its output channel). */
  logs: string[];
  stop(): Promise<void>;
}

/**
 * Starts the built server over stdio, as another editor would, and initializes it with the
 * given workspace folder and `attache` settings (answered to `workspace/configuration`).
 */
export async function startServer(
  workspaceFolder: string,
  settings: object = {},
  env: NodeJS.ProcessEnv = {},
): Promise<ServerUnderTest> {
  const child = spawn(process.execPath, [`${REPO}bin/attache.js`, 'lsp', '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const published: PublishDiagnosticsParams[] = [];
  const waiting: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    published.push(params);
    for (const waiter of [...waiting]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  let markReady: (status: { articles: number; skipped: number }) => void = () => {};
  const corpusReady = new Promise<{ articles: number; skipped: number }>((resolve) => (markReady = resolve));
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    logs.push(params.message);
  });
  const statuses: CorpusStatusMessage[] = [];
  const waitingForStatus: {
    accept: (status: CorpusStatusMessage) => boolean;
    resolve: (status: CorpusStatusMessage) => void;
  }[] = [];
  connection.onNotification('attache/status', (status: CorpusStatusMessage) => {
    statuses.push(status);
    if (status.state === 'ready') markReady(status);
    for (const waiter of [...waitingForStatus]) {
      if (waiter.accept(status)) {
        waitingForStatus.splice(waitingForStatus.indexOf(waiter), 1);
        waiter.resolve(status);
      }
    }
  });
  const shown: string[] = [];
  const waitingForMessages: { accept: (message: string) => boolean; resolve: (message: string) => void }[] = [];
  const show = (params: { message: string }) => {
    shown.push(params.message);
    for (const waiter of [...waitingForMessages]) {
      if (waiter.accept(params.message)) {
        waitingForMessages.splice(waitingForMessages.indexOf(waiter), 1);
        waiter.resolve(params.message);
      }
    }
  };
  connection.onNotification('window/showMessage', show);
  connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
    show(params);
    return null;
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/semanticTokens/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspaceFolder).href,
    workspaceFolders: [{ uri: pathToFileURL(workspaceFolder).href, name: 'workspace' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
      textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true } },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    corpusReady,
    statuses,
    status: (accept, from = 0) => {
      const already = statuses.slice(from).find(accept);
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve) => waitingForStatus.push({ accept, resolve }));
    },
    publishedFor: (uri) => published.filter((p) => p.uri === uri),
    shownMessage: (accept) => {
      const already = shown.find(accept);
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve) => waitingForMessages.push({ accept, resolve }));
    },
    logs,
    diagnostics: (uri, accept = () => true) => {
      const already = published.filter((p) => p.uri === uri && accept(p)).pop();
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => waiting.push({ uri, accept, resolve }));
    },
    stop: async () => {
      // A server that is already gone never answers: wait a little, then end it regardless.
      const settled = (pending: Promise<unknown>) =>
        Promise.race([
          pending.catch(() => undefined),
          new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref()),
        ]);
      await settled(connection.sendRequest('shutdown'));
      await settled(connection.sendNotification('exit'));
      connection.dispose();
      child.kill();
    },
  };
}
