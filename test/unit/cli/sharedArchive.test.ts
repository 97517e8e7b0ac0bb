/**
 * The command line over a shared archive on a real PostgreSQL server (a throwaway cluster):
 * `store init` creates the schema and the read-only role, `store migrate` finds it up to date,
 * `index --store postgresql://…` ingests the sample corpus (again: nothing to do), and
 * `check`, `passages` and `facts` read it — named by `--store`, by `ATTACHE_STORE` or by the
 * `PG*` variables alone — with the answers the embedded store gives. The reader's password is
 * never printed; the read-only role cannot ingest; `sslmode` reaches the client; an archive
 * that cannot be reached is one line, and the knowledge-base checks still run.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCorpusDir, packageRoot } from '../../../server/src/paths.js';
import { ARCHIVE_SCHEMA_VERSION } from '../../../server/src/store/postgres/archiveSchema.js';
import { runCli, type CliRun } from '../../support/cliProcess.js';
import { postgresCluster, type PostgresCluster } from '../../support/postgresCluster.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const DRAFT = join(packageRoot(), 'samples', 'drafts', '2024-06-laos-readout.md');
const PASSWORD = 'Reader-s3cret-never-shown';
const QUERY = 'Thongloun called Xi on January 21, 2021 and Xi congratulated him on his election';

function assertNoPassword(run: CliRun): void {
  assert.ok(!run.stdout.includes(PASSWORD) && !run.stderr.includes(PASSWORD), 'the password is never printed');
}

describe('attache over a shared archive', { timeout: 240_000 }, () => {
  let cluster: PostgresCluster;
  let owner: string;
  let reader: string;
  let cwd: string;
  let corpus: string;
  let local: string;
  const role = `reader_${process.pid}`;

  before(async () => {
    cluster = await postgresCluster();
    owner = await cluster.createDatabase('archive');
    reader = owner.replace(`${cluster.superuser}@`, `${role}:${PASSWORD}@`);
    cwd = temporaryFolder('attache-archive-cli-');
    corpus = join(cwd, 'corpus');
    cpSync(bundledCorpusDir(), corpus, { recursive: true });
    local = join(cwd, 'local-store');
  });

  it('store init creates the schema and the read-only role; migrate then finds it up to date', async () => {
    const init = await runCli(['store', 'init', '--store', owner, '--reader', role], {
      cwd,
      env: { ATTACHE_READER_PASSWORD: PASSWORD },
    });
    assert.equal(init.code, 0, init.stderr);
    assert.match(
      init.stdout,
      new RegExp(
        `schema version ${ARCHIVE_SCHEMA_VERSION} created; role ${role} can read the archive and nothing else \\(password set from ATTACHE_READER_PASSWORD\\)`,
      ),
    );
    assertNoPassword(init);
    const again = await runCli(['store', 'init', '--store', owner, '--reader', role], { cwd });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, new RegExp(`schema version ${ARCHIVE_SCHEMA_VERSION} already there`));
    const migrate = await runCli(['store', 'migrate', '--store', owner], { cwd });
    assert.equal(migrate.code, 0, migrate.stderr);
    assert.match(migrate.stdout, new RegExp(`schema version ${ARCHIVE_SCHEMA_VERSION}, up to date`));
    const wrong = await runCli(['store', 'drop', '--store', owner], { cwd });
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /store needs "init" or "migrate", got "drop"/);
  });

  it('index --store postgresql://… ingests the corpus, then finds nothing to do', async () => {
    const first = await runCli(['index', '--corpus', corpus, '--store', owner], { cwd, timeoutMs: 120_000 });
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stdout,
      /^updated: 5 files read, 0 removed, 0 unchanged: postgresql:\/\/\w+@127\.0\.0\.1:\d+\/archive_\d+_\d+ \(\d+ articles in 5 files/,
    );
    const second = await runCli(['index', '--corpus', corpus, '--store', owner], { cwd, timeoutMs: 120_000 });
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /^up to date: /);
    const embedded = await runCli(['index', '--corpus', corpus, '--store', local], { cwd, timeoutMs: 120_000 });
    assert.equal(embedded.code, 0, embedded.stderr);
  });

  it('passages reads the archive with the reader role and answers as the embedded store does', async () => {
    const fromArchive = await runCli(['passages', '--format', 'json', '--store', reader, QUERY], { cwd });
    const fromDisk = await runCli(['passages', '--format', 'json', '--store', local, '--corpus', corpus, QUERY], {
      cwd,
    });
    assert.equal(fromArchive.code, 0, fromArchive.stderr);
    assert.equal(fromDisk.code, 0, fromDisk.stderr);
    assertNoPassword(fromArchive);
    const archived = JSON.parse(fromArchive.stdout) as { passages: { text: string }[] };
    assert.ok(
      archived.passages.length > 0 && archived.passages[0]!.text.includes('Thongloun Sisoulith'),
      fromArchive.stdout,
    );
    assert.deepEqual(archived, JSON.parse(fromDisk.stdout));
  });

  it('check reads the archive named by ATTACHE_STORE, or by the PG variables alone, as the embedded store', async () => {
    const fromDisk = await runCli(
      ['check', '--format', 'json', '--date', '2024-06-20', '--store', local, '--corpus', corpus, DRAFT],
      { cwd },
    );
    const byVariable = await runCli(['check', '--format', 'json', '--date', '2024-06-20', DRAFT], {
      cwd,
      env: { ATTACHE_STORE: reader },
    });
    const url = new URL(owner);
    const byPgVariables = await runCli(['check', '--format', 'json', '--date', '2024-06-20', DRAFT], {
      cwd,
      env: {
        ATTACHE_STORE: 'postgresql://',
        PGHOST: url.hostname,
        PGPORT: url.port,
        PGUSER: role,
        PGPASSWORD: PASSWORD,
        PGDATABASE: url.pathname.slice(1),
        PGSSLMODE: 'disable',
      },
    });
    for (const run of [fromDisk, byVariable, byPgVariables]) {
      assert.equal(run.code, 1, `errors are found: ${run.stderr}`);
      assertNoPassword(run);
    }
    const expected = JSON.parse(fromDisk.stdout) as {
      files: { diagnostics: { code: string }[] }[];
      problems: unknown[];
    };
    assert.ok(
      expected.files[0]!.diagnostics.some(
        (d) => d.code === 'quote/mismatch' || d.code === 'claim/differs' || d.code.startsWith('title/'),
      ),
      fromDisk.stdout,
    );
    assert.deepEqual(JSON.parse(byVariable.stdout), expected);
    assert.deepEqual(JSON.parse(byPgVariables.stdout), expected);
  });

  it('facts reads one entity from the archive as from the embedded store', async () => {
    const fromArchive = await runCli(['facts', '--format', 'json', '--store', reader, 'Thongloun Sisoulith'], { cwd });
    const fromDisk = await runCli(
      ['facts', '--format', 'json', '--store', local, '--corpus', corpus, 'Thongloun Sisoulith'],
      { cwd },
    );
    assert.equal(fromArchive.code, 0, fromArchive.stderr);
    const report = JSON.parse(fromArchive.stdout) as { events: unknown[]; corpusTitles: unknown[] };
    assert.ok(report.events.length > 0 && report.corpusTitles.length > 0, 'the corpus has his events and titles');
    assert.deepEqual(report, JSON.parse(fromDisk.stdout));
  });

  it('the read-only role cannot ingest: one line naming the archive, no password', async () => {
    const run = await runCli(['index', '--corpus', corpus, '--store', reader, '--rebuild'], {
      cwd,
      timeoutMs: 120_000,
    });
    assert.equal(run.code, 2);
    assertNoPassword(run);
    assert.match(
      run.stderr,
      /^attache: the shared archive postgresql:\/\/reader_\d+@127\.0\.0\.1:\d+\/archive_\d+_\d+ .*permission denied/,
    );
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  });

  it('passes sslmode through to the client: a server without TLS refuses sslmode=require', async () => {
    const run = await runCli(['passages', '--store', `${reader}?sslmode=require`, QUERY], { cwd });
    assertNoPassword(run);
    assert.match(run.stderr, /does not support SSL/);
    assert.match(run.stderr, /corpus features are off for this run/);
    assert.equal(run.code, 2, 'passages has nothing to search without the archive');
    assert.equal(run.stdout, '');
  });

  it('an archive that cannot be reached is one line, and the knowledge-base checks still run', async () => {
    const down = `postgresql://${role}:${PASSWORD}@127.0.0.1:9/archive`;
    const run = await runCli(['check', '--format', 'json', '--date', '2024-06-20', '--store', down, DRAFT], { cwd });
    assertNoPassword(run);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(
      run.stderr,
      /^attache: the shared archive postgresql:\/\/reader_\d+@127\.0\.0\.1:9\/archive cannot be reached: .*ECONNREFUSED.*; corpus features are off for this run$/m,
    );
    assert.equal(run.code, 1, "the knowledge-base checks find the draft's errors");
    const report = JSON.parse(run.stdout) as { files: { diagnostics: { code: string }[] }[] };
    assert.ok(
      report.files[0]!.diagnostics.some((d) => d.code.startsWith('title/') || d.code.startsWith('name/')),
      run.stdout,
    );
  });
});
