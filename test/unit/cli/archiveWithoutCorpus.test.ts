/**
 * A writer's laptop and a CI job read a shared archive without its corpus files: the archive
 * keeps each file's text beside its record, so `check`, `passages` and `facts` give the same
 * answers, quotations and places in the files included, after the corpus folder is moved away
 * as before. An archive of schema version 1 (records without their text) is migrated, reads no
 * text until the next ingest, and that ingest reads the files again and stores their text.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCorpusDir } from '../../../server/src/paths.js';
import { runCli } from '../../support/cliProcess.js';
import { postgresCluster } from '../../support/postgresCluster.js';
import { withClient } from '../../support/sharedArchive.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';
import { ARCHIVE_SCHEMA_VERSION, initArchive } from '../../../server/src/store/postgres/archiveSchema.js';

/** A draft each corpus check flags against the sample corpus: a date, a quotation and a figure. */
const DRAFT_TEXT = `---
date: 2023-10-25
---

On October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.

Xi Jinping said that "this year marks the 60th anniversary of the establishment of China-Laos diplomatic ties and the Year of China-Laos Friendship."

By November 2022, the China-Laos Railway had carried 20 million tons of freight, China Railway said.
`;
const QUERY = 'Thongloun called Xi on January 21, 2021 and Xi congratulated him on his election';

interface Answers {
  check: string;
  passages: string;
  facts: string;
}

/** The three reading commands' JSON output against an archive, each run required to succeed as it should. */
async function answersOf(store: string, cwd: string): Promise<Answers> {
  const check = await runCli(['check', '--format', 'json', '--store', store, 'draft.md'], { cwd });
  // The corpus checks warn: the run succeeds with its findings.
  assert.equal(check.code, 0, check.stderr);
  const passages = await runCli(['passages', '--format', 'json', '--store', store, QUERY], { cwd });
  assert.equal(passages.code, 0, passages.stderr);
  const facts = await runCli(['facts', '--format', 'json', '--store', store, 'Thongloun Sisoulith'], { cwd });
  assert.equal(facts.code, 0, facts.stderr);
  for (const run of [check, passages, facts]) assert.equal(run.stderr, '', 'nothing to complain about');
  return { check: check.stdout, passages: passages.stdout, facts: facts.stdout };
}

interface Reported {
  code: string;
  related?: { message: string; path: string; range: unknown }[];
}

/** The corpus findings of `check`'s JSON: the rules that read passages, with their evidence. */
function corpusFindings(checkJson: string): Reported[] {
  const report = JSON.parse(checkJson) as { files: { diagnostics: Reported[] }[] };
  return report.files[0]!.diagnostics.filter((d) => d.code === 'quote/mismatch' || d.code === 'claim/differs');
}

describe('a shared archive read without its corpus files', { timeout: 300_000 }, () => {
  let archive: string;
  let cwd: string;
  let corpus: string;
  let moved: string;
  let withFiles: Answers;

  before(async () => {
    const cluster = await postgresCluster();
    archive = await cluster.createDatabase('archive');
    await withClient(archive, (client) => initArchive(client));
    cwd = temporaryFolder('attache-archive-nofiles-');
    corpus = join(cwd, 'corpus');
    moved = join(cwd, 'moved-away');
    cpSync(bundledCorpusDir(), corpus, { recursive: true });
    writeFileSync(join(cwd, 'draft.md'), DRAFT_TEXT);
    const index = await runCli(['index', '--corpus', corpus, '--store', archive], { cwd, timeoutMs: 120_000 });
    assert.equal(index.code, 0, index.stderr);
    withFiles = await answersOf(archive, cwd);
  });

  /** With the corpus folder moved away, `check`, `passages` and `facts` answer as they did with it. */
  async function assertSameAnswersWithoutFiles(): Promise<void> {
    renameSync(corpus, moved);
    try {
      const withoutFiles = await answersOf(archive, cwd);
      assert.deepEqual(JSON.parse(withoutFiles.check), JSON.parse(withFiles.check));
      assert.deepEqual(JSON.parse(withoutFiles.passages), JSON.parse(withFiles.passages));
      assert.deepEqual(JSON.parse(withoutFiles.facts), JSON.parse(withFiles.facts));
    } finally {
      renameSync(moved, corpus);
    }
  }

  it('check, passages and facts answer as with the files, quotations and places included', async () => {
    const findings = corpusFindings(withFiles.check);
    assert.deepEqual(
      findings.map((finding) => finding.code),
      ['claim/differs', 'quote/mismatch', 'claim/differs'],
      withFiles.check,
    );
    for (const finding of findings)
      assert.ok(
        (finding.related ?? []).some((related) => related.path.startsWith(corpus) && /“.+”/.test(related.message)),
        `a quoted passage placed in its corpus file: ${JSON.stringify(finding)}`,
      );
    const passages = JSON.parse(withFiles.passages) as { passages: { text: string }[] };
    assert.ok(passages.passages[0]?.text.includes('Thongloun Sisoulith'), withFiles.passages);

    await assertSameAnswersWithoutFiles();
  });

  it('an archive of schema version 1 is migrated, and its next ingest stores the texts it lacks', async () => {
    // What version 1 held: the files without their text, no postings table nor search bounds, a GIN index for search.
    await withClient(archive, async (client) => {
      await client.query('ALTER TABLE attache.corpus_file DROP COLUMN file_text');
      await client.query('DROP TABLE attache.term_posting');
      await client.query('ALTER TABLE attache.term_count DROP COLUMN largest_impact');
      await client.query('ALTER TABLE attache.generation DROP COLUMN passage_norms');
      await client.query('CREATE INDEX passage_terms ON attache.passage USING gin (terms)');
      await client.query('DELETE FROM attache.schema_version WHERE version > 1');
    });
    const old = await runCli(['passages', '--store', archive, QUERY], { cwd });
    assert.match(
      old.stderr,
      new RegExp(
        `has schema version 1, older than this program's \\(${ARCHIVE_SCHEMA_VERSION}\\): run "attache store migrate"`,
      ),
    );

    const migrate = await runCli(['store', 'migrate', '--store', archive], { cwd });
    assert.equal(migrate.code, 0, migrate.stderr);
    assert.match(migrate.stdout, new RegExp(`: schema migrated from version 1 to ${ARCHIVE_SCHEMA_VERSION}\n$`));

    renameSync(corpus, moved);
    try {
      const textless = await runCli(['check', '--format', 'json', '--store', archive, 'draft.md'], { cwd });
      assert.notDeepEqual(
        corpusFindings(textless.stdout),
        corpusFindings(withFiles.check),
        'without the files nor their text in the archive, the quotations cannot be compared',
      );
    } finally {
      renameSync(moved, corpus);
    }

    const index = await runCli(['index', '--corpus', corpus, '--store', archive], { cwd, timeoutMs: 120_000 });
    assert.equal(index.code, 0, index.stderr);
    assert.match(
      index.stdout,
      /^updated: 5 files read, 0 removed, 0 unchanged: /,
      'every file read again for its text',
    );
    const again = await runCli(['index', '--corpus', corpus, '--store', archive], { cwd, timeoutMs: 120_000 });
    assert.match(again.stdout, /^up to date: /, 'and once only');

    await assertSameAnswersWithoutFiles();
  });
});
