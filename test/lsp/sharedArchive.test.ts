/**
 * The language server reading a shared archive on a real PostgreSQL server (a throwaway
 * cluster), named by `attache.corpus.store`, with the read-only role whose password comes in
 * the server's environment as the VS Code client's "Connect to a shared archive" hands it over
 * (for that connection only). Corpus features answer from the
 * archive; the server going away shows as offline in the status, once in the output, while the
 * knowledge-base diagnostics and the passages already indexed keep answering; it comes back by
 * itself; a generation an ingest job commits shows without a restart. An archive down at start
 * is one line, and the knowledge-base checks run. An editor without the corpus files answers
 * as one with them: the archive keeps the files' text.
 */
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover, Location } from 'vscode-languageserver-protocol';
import { bundledCorpusDir } from '../../server/src/paths.js';
import { connectToSharedArchive, serverEnvironment, storedArchivePassword } from '../../client/src/sharedArchive.js';
import { ARCHIVE_PASSWORD_ENV, type PassageMatchMessage } from '../../server/src/protocol.js';
import { runCli } from '../support/cliProcess.js';
import { REPO, startServer, type ServerUnderTest } from '../support/lspClient.js';
import { postgresCluster, type PostgresCluster } from '../support/postgresCluster.js';
import { freshArchive } from '../support/sharedArchive.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

const STORE_FIXTURES = join(REPO, 'test', 'fixtures', 'store');
const PASSWORD = 'Reader-s3cret-in-the-environment';
/** A paraphrase of the Xinhua article's second paragraph. */
const XI_PARAGRAPH =
  'Xi said China and Vietnam are friendly socialist neighbors and that the two parties should steer the building of a China-Vietnam community with a shared future.';
/** A paraphrase of the KPL article, which the archive holds only after the second ingest. */
const KPL_PARAGRAPH =
  'The two prime ministers agreed to raise electricity exports from Laos to Vietnam and to complete feasibility studies for the expressway this year.';
/** A wrong form the knowledge base lists: flagged whatever the corpus. */
const KB_ERROR = 'China and Laos PDR signed the agreement.';

const flagsWrongForm = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.some(
    (d) =>
      d.code === 'name/non-standard' && /Laos PDR/.test(typeof d.message === 'string' ? d.message : d.message.value),
  );
const until = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Connect to a shared archive" as the VS Code client runs it (client/src/sharedArchive.ts), its
 * input boxes answered with an address and a password and its secret storage in memory: the
 * setting it writes, the environment it starts the server with, and how it finds a password
 * for another address. Only the VS Code calls themselves (showInputBox, context.secrets,
 * configuration.update) are left out.
 */
async function connectThroughClient(typed: string, password: string) {
  const secrets = new Map<string, string>();
  const passwordFor = (address: string) => storedArchivePassword((key) => Promise.resolve(secrets.get(key)), address);
  let setting = '';
  let serverEnv: NodeJS.ProcessEnv = {};
  await connectToSharedArchive({
    askAddress: () => Promise.resolve(typed),
    askPassword: () => Promise.resolve(password),
    secrets: {
      store: (key, value) => Promise.resolve(void secrets.set(key, value)),
      delete: (key) => Promise.resolve(void secrets.delete(key)),
    },
    currentAddress: '',
    passPassword: async (address) => {
      serverEnv = serverEnvironment(process.env, address, await passwordFor(address));
    },
    writeSetting: (address) => Promise.resolve(void (setting = address)),
  });
  return { setting, serverEnv, passwordFor };
}

describe('the editor reading a shared archive', { timeout: 240_000 }, () => {
  let cluster: PostgresCluster;
  let owner: string;
  let corpus: string;
  let server: ServerUnderTest;
  const workspace = temporaryFolder('attache-archive-lsp-');
  const draft = pathToFileURL(join(workspace, 'drafts', 'talks.md')).href;
  const draftText = (version: number) =>
    `---\ndate: 2025-06-01\n---\n\n${KB_ERROR}\n\n${XI_PARAGRAPH}\n\nVersion ${version}.\n`;
  const passagesFor = async (text: string) =>
    await server.connection.sendRequest<PassageMatchMessage[]>('attache/passages', { text, uri: draft });
  const ingest = async () => {
    const run = await runCli(['index', '--corpus', corpus, '--store', owner], { cwd: workspace, timeoutMs: 120_000 });
    assert.equal(run.code, 0, run.stderr);
  };

  before(async () => {
    cluster = await postgresCluster();
    const role = `reader_${process.pid}`;
    owner = await freshArchive({ role, password: PASSWORD });
    corpus = join(workspace, 'corpus');
    mkdirSync(corpus);
    mkdirSync(join(workspace, 'drafts'));
    for (const file of ['xinhua-2025-01-14-xi-to-lam-talks.txt', 'vna-2025-01-14-to-lam-xi-talks.txt'])
      copyFileSync(join(STORE_FIXTURES, file), join(corpus, file));
    writeFileSync(join(workspace, 'drafts', 'talks.md'), draftText(1));
    await ingest();
    // The client's command, its input boxes answered: the address typed with the password in it.
    const typed = owner.replace(`${cluster.superuser}@`, `${role}:${encodeURIComponent(PASSWORD)}@`);
    const connected = await connectThroughClient(typed, PASSWORD);
    server = await startServer(workspace, { corpus: { store: connected.setting } }, connected.serverEnv);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: draft, languageId: 'markdown', version: 1, text: draftText(1) },
    });
  });
  after(async () => {
    cluster.start();
    await server.stop();
  });

  it('the client hands the password over for the connection it was stored for, and no other', async () => {
    const typed = owner.replace(`${cluster.superuser}@`, `reader_${process.pid}:${encodeURIComponent(PASSWORD)}@`);
    const connected = await connectThroughClient(typed, PASSWORD);
    assert.ok(!connected.setting.includes(PASSWORD), 'the setting holds no password');
    assert.equal(connected.serverEnv[ARCHIVE_PASSWORD_ENV.password], PASSWORD);
    // A workspace's settings naming the same role on another database of the server: no password goes there.
    const elsewhere = connected.setting.replace(/\/attache_test_\w+/, '/postgres');
    const env = serverEnvironment(process.env, elsewhere, await connected.passwordFor(elsewhere));
    assert.equal(env[ARCHIVE_PASSWORD_ENV.password], undefined);
    const other = await startServer(workspace, { corpus: { store: elsewhere } }, env);
    try {
      const refused = await other.status((status) => status.archive?.state === 'offline');
      assert.match(refused.archive!.reason ?? '', /asks for a password, and none was given/);
      assert.equal(refused.archive!.needsPassword, true);
      assert.ok(
        other.logs.some((line) => /run "Attaché: Connect to a shared archive" to give it/.test(line)),
        other.logs.join('\n'),
      );
    } finally {
      await other.stop();
    }
  });

  it('answers corpus features from the archive, with its figures in the status', async () => {
    const online = await server.status((status) => status.archive?.state === 'online' && status.articles > 0);
    assert.equal(online.articles, 2);
    assert.match(online.archive!.location, /^postgresql:\/\/reader_\d+@127\.0\.0\.1:\d+\/attache_test_\d+_\d+$/);
    const found = await passagesFor(XI_PARAGRAPH);
    assert.ok(
      found.some((match) => match.outlet === 'Xinhua' && /friendly socialist neighbors/.test(match.text)),
      JSON.stringify(found),
    );
    assert.deepEqual(await passagesFor(KPL_PARAGRAPH), [], 'not ingested yet');
    assert.ok(flagsWrongForm((await server.diagnostics(draft, (p) => flagsWrongForm(p.diagnostics))).diagnostics));
    assert.ok(
      !JSON.stringify(server.statuses).includes(PASSWORD) && !server.logs.some((line) => line.includes(PASSWORD)),
      'the password is never shown',
    );
  });

  it('says offline once when the server goes away, keeps the knowledge-base diagnostics and the indexed passages, and comes back by itself', async () => {
    const before = server.statuses.length;
    cluster.stop();
    const offline = await server.status((status) => status.archive?.state === 'offline', before);
    assert.match(
      offline.archive!.reason ?? '',
      /^the shared archive postgresql:\/\/reader_\d+@127\.0\.0\.1:\d+\/\w+ cannot be reached: /,
    );
    assert.equal(offline.archive!.reason!.split('\n').length, 1);
    assert.equal(offline.articles, 2, 'what was read stays');

    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: draft, version: 2 },
      contentChanges: [{ text: draftText(2) }],
    });
    const published = await server.diagnostics(draft, (p) => p.version === 2);
    assert.ok(flagsWrongForm(published.diagnostics), 'the knowledge-base check still runs');
    const found = await passagesFor(XI_PARAGRAPH);
    assert.ok(
      found.some((match) => match.outlet === 'Xinhua'),
      'the index held answers',
    );

    // Long enough for the server to have tried again twice (after 2 s, then 4 s more).
    await until(7_000);
    const saidOffline = server.logs.filter((line) => /cannot be reached/.test(line));
    assert.equal(saidOffline.length, 1, saidOffline.join('\n'));
    assert.equal(
      server.statuses.slice(before).filter((status) => status.archive?.state === 'offline').length,
      1,
      'one offline status, not one per try',
    );

    const away = server.statuses.length;
    cluster.start();
    const back = await server.status((status) => status.archive?.state === 'online', away);
    assert.equal(back.articles, 2);
    assert.equal(back.archive!.reason, undefined);
    assert.ok(server.logs.some((line) => / is back$/.test(line)));
  });

  it('shows a generation an ingest job commits without a restart', async () => {
    const before = server.statuses.length;
    copyFileSync(
      join(STORE_FIXTURES, 'kpl-2025-05-14-sonexay-chinh-meeting.txt'),
      join(corpus, 'kpl-2025-05-14-sonexay-chinh-meeting.txt'),
    );
    await ingest();
    const updated = await server.status(
      (status) => status.archive?.state === 'online' && status.articles === 3,
      before,
    );
    assert.equal(updated.files, 3);
    const found = await passagesFor(KPL_PARAGRAPH);
    assert.ok(
      found.some((match) => match.outlet === 'KPL'),
      JSON.stringify(found),
    );
  });
});

describe('the editor with a shared archive down at start', { timeout: 60_000 }, () => {
  const workspace = temporaryFolder('attache-archive-down-');
  const draft = pathToFileURL(join(workspace, 'talks.md')).href;
  let server: ServerUnderTest;

  before(async () => {
    server = await startServer(workspace, { corpus: { store: 'postgresql://attache_reader@127.0.0.1:9/archive' } });
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri: draft,
        languageId: 'markdown',
        version: 1,
        text: `---\ndate: 2025-06-01\n---\n\n${KB_ERROR}\n`,
      },
    });
  });
  after(() => server.stop());

  it('says so in one line, shows the archive offline, and checks against the knowledge base', async () => {
    const message = await server.shownMessage((shown) => /shared archive/.test(shown));
    assert.match(
      message,
      /^Attaché: the shared archive postgresql:\/\/attache_reader@127\.0\.0\.1:9\/archive cannot be reached: .*ECONNREFUSED.*; the knowledge-base checks go on/,
    );
    assert.equal(message.split('\n').length, 1);
    const offline = await server.status((status) => status.archive?.state === 'offline');
    assert.equal(offline.articles, 0);
    assert.ok(flagsWrongForm((await server.diagnostics(draft, (p) => flagsWrongForm(p.diagnostics))).diagnostics));
  });
});

/** A draft each corpus check flags against the sample corpus: a date, a quotation and a figure. */
const CORPUS_DRAFT = `---
date: 2023-10-25
---

On October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.

Xi Jinping said that "this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties and the Year of China-Laos Friendship."

By November 2022, the China-Laos Railway had carried 20 million tons of freight, China Railway said.
`;

describe('the editor reading a shared archive without its corpus files', { timeout: 240_000 }, () => {
  const workspace = temporaryFolder('attache-archive-nofiles-lsp-');
  const corpus = join(workspace, 'corpus');
  const draft = pathToFileURL(join(workspace, 'draft.md')).href;
  let address: string;
  const PASSWORD_HERE = 'Reader-s3cret-without-files';

  before(async () => {
    const cluster = await postgresCluster();
    const role = `reader_nofiles_${process.pid}`;
    const owner = await freshArchive({ role, password: PASSWORD_HERE });
    cpSync(bundledCorpusDir(), corpus, { recursive: true });
    writeFileSync(join(workspace, 'draft.md'), CORPUS_DRAFT);
    const run = await runCli(['index', '--corpus', corpus, '--store', owner], { cwd: workspace, timeoutMs: 120_000 });
    assert.equal(run.code, 0, run.stderr);
    address = owner.replace(`${cluster.superuser}@`, `${role}@`);
  });

  /** What a fresh editor session shows of the draft: diagnostics, passages, a hover card, references. */
  const session = async () => {
    const server = await startServer(
      workspace,
      { corpus: { store: address } },
      { [ARCHIVE_PASSWORD_ENV.address]: address, [ARCHIVE_PASSWORD_ENV.password]: PASSWORD_HERE },
    );
    try {
      await server.status((status) => status.archive?.state === 'online' && status.articles > 0);
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: draft, languageId: 'markdown', version: 1, text: CORPUS_DRAFT },
      });
      const corpusRules = (diagnostics: readonly Diagnostic[]) =>
        diagnostics.filter((d) => d.code === 'quote/mismatch' || d.code === 'claim/differs');
      const published = await server.diagnostics(draft, (p) => corpusRules(p.diagnostics).length > 0);
      const line = CORPUS_DRAFT.split('\n').findIndex((text) => text.startsWith('On October 21'));
      const position = { line, character: CORPUS_DRAFT.split('\n')[line]!.indexOf('Thongloun') + 2 };
      const hover = await server.connection.sendRequest<Hover>('textDocument/hover', {
        textDocument: { uri: draft },
        position,
      });
      const references = await server.connection.sendRequest<Location[]>('textDocument/references', {
        textDocument: { uri: draft },
        position,
        context: { includeDeclaration: false },
      });
      const passages = await server.connection.sendRequest<PassageMatchMessage[]>('attache/passages', {
        text: 'Thongloun called Xi on January 21, 2021 and Xi congratulated him on his election',
        uri: draft,
      });
      return { diagnostics: corpusRules(published.diagnostics), hover, references, passages };
    } finally {
      await server.stop();
    }
  };

  it('shows the same diagnostics, evidence, card, references and passages as with the files', async () => {
    const withFiles = await session();
    assert.equal(withFiles.diagnostics.length, 3, JSON.stringify(withFiles.diagnostics));
    for (const diagnostic of withFiles.diagnostics)
      assert.ok(
        (diagnostic.relatedInformation ?? []).some((related) => related.location.uri.includes('/corpus/')),
        `its passage placed in its corpus file: ${JSON.stringify(diagnostic)}`,
      );
    assert.ok(withFiles.references.length > 3, JSON.stringify(withFiles.references));
    assert.ok(withFiles.passages[0]?.text.includes('Thongloun Sisoulith'), JSON.stringify(withFiles.passages));
    assert.match((withFiles.hover.contents as { value: string }).value, /In the corpus:\*\* \d+ articles/);

    renameSync(corpus, `${corpus}-moved-away`);
    try {
      assert.deepEqual(await session(), withFiles);
    } finally {
      renameSync(`${corpus}-moved-away`, corpus);
    }
  });
});
