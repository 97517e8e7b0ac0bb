/**
 * `attache kb suggest`: titles printed after the knowledge base's verifiedThrough date that it
 * does not record, as YAML patches with the passages as sources. The corpus is written here: a
 * KPL feed with items after the date (a new foreign minister, made up for the test, and a
 * known official as president) and items before it or agreeing with it.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { main } from '../../../server/src/cli/main.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    today: '2026-11-25',
  });
  return { code, stdout, stderr };
}

const MINISTER =
  'Lao Foreign Minister Khamphanh Sengdara received the Chinese Ambassador to Laos in Vientiane, and the two sides discussed the preparations for the next session of the bilateral cooperation committee.';
const PRESIDENT =
  'Lao President Sonexay Siphandone chaired the first meeting of the new National Defence and Security Council and called on its members to strengthen the unity of the armed forces and the people.';
const AGREEING =
  'Lao President Thongloun Sisoulith received the credentials of the new ambassadors in Vientiane and wished them success in their work of strengthening the friendship between the peoples.';

/** The line of a person's entry in the bundled laos.yaml, where a patch adding to its roles points. */
function lineOf(id: string): number {
  const lines = readFileSync(new URL('../../../../server/kb/laos.yaml', import.meta.url), 'utf8').split('\n');
  return lines.indexOf(`  - id: ${id}`) + 1;
}

function record(date: string, text: string, title = 'News'): string {
  return JSON.stringify({ title, date, outlet: 'KPL', url: 'https://kpl.gov.la/En/detail.aspx?id=1', text });
}

/** A corpus folder with a KPL feed of these records, one a line, and a store of its own. */
function corpus(...records: string[]): string[] {
  const dir = temporaryFolder('attache-kb-corpus-');
  writeFileSync(join(dir, 'kpl.jsonl'), `${records.join('\n')}\n`);
  return ['--corpus', dir, '--store', temporaryFolder('attache-kb-store-')];
}

test('kb suggest prints a YAML patch per claim after verifiedThrough, with the passages as path:line, and exits 1', async () => {
  const args = corpus(
    record('2025-11-02', AGREEING),
    record('2026-02-10', MINISTER, 'Foreign minister receives ambassador'),
    record('2026-03-24', PRESIDENT),
  );
  const { code, stdout, stderr } = await run('kb', 'suggest', ...args);
  assert.equal(stderr, '');
  assert.equal(code, 1, stdout);
  // The new minister: a person entry for laos.yaml, and Thongsavanh's role ended.
  assert.match(
    stdout,
    /^# Khamphanh Sengdara \(not in the knowledge base\): Minister of Foreign Affairs of the Lao People's Democratic Republic since 2026-02-10 at the latest, as 1 article \(1 outlet\) after 2025-12-31 print "Lao Foreign Minister"; the knowledge base has Thongsavanh Phomvihane in office$/m,
  );
  assert.match(
    stdout,
    /^# {3}\S*kpl\.jsonl:2: KPL 2026-02-10, "Lao Foreign Minister": Lao Foreign Minister Khamphanh Sengdara received/m,
  );
  assert.match(stdout, /^# \S*server\/kb\/laos\.yaml: add to people:/m);
  assert.match(
    stdout,
    /^# \S*server\/kb\/laos\.yaml:\d+: end thongsavanh-phomvihane's role 1 \(foreign-minister-laos from 2024-11-18\), adding:\nto: 2026-02-10$/m,
  );
  // The president: a role for Sonexay's entry, and Thongloun's presidency ended.
  assert.match(
    stdout,
    new RegExp(
      `^# \\S*server/kb/laos\\.yaml:${lineOf('sonexay-siphandone')}: add to sonexay-siphandone's roles:\\n- office: president-laos\\n {2}from: 2026-03-24\\n {2}source: "KPL 2026-03-24: Lao President Sonexay Siphandone chaired`,
      'm',
    ),
  );
  assert.match(
    stdout,
    new RegExp(
      `^# \\S*server/kb/laos\\.yaml:${lineOf('thongloun-sisoulith')}: end thongloun-sisoulith's role \\d+ \\(president-laos from 2021-03-22\\), adding:\\nto: 2026-03-24$`,
      'm',
    ),
  );
  // The 2025 item agrees with the knowledge base, and is before the date anyway.
  assert.doesNotMatch(stdout, /kpl\.jsonl:1:/);
  // Each hunk is YAML as it stands.
  for (const chunk of stdout.split(/^#.*\n/m).filter((c) => c.trim())) assert.doesNotThrow(() => parse(chunk), chunk);
});

test('kb suggest --format json lists the suggestions with their hunks and sources', async () => {
  const { code, stdout } = await run('kb', 'suggest', '--format', 'json', ...corpus(record('2026-02-10', MINISTER)));
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.version, 1);
  assert.equal(report.verifiedThrough, '2025-12-31');
  assert.equal(report.suggestions.length, 1);
  const [s] = report.suggestions;
  assert.deepEqual(
    [s.kind, s.personId, s.officeId, s.from, s.outlets],
    ['person', 'new:khamphanh-sengdara', 'foreign-minister-laos', '2026-02-10', ['KPL']],
  );
  assert.deepEqual(
    s.hunks.map((h: { action: string; entryId: string }) => [h.action, h.entryId]),
    [
      ['add-person', 'khamphanh-sengdara'],
      ['end-role', 'thongsavanh-phomvihane'],
    ],
  );
  assert.match(s.sources[0].where, /kpl\.jsonl:1$/);
  assert.equal(s.sources[0].quote, MINISTER);
  const entry = parse(s.hunks[0].yaml)[0];
  assert.equal(entry.roles[0].source, `KPL 2026-02-10: ${MINISTER}`);
});

test('kb suggest exits 0 with nothing to suggest: items before verifiedThrough, agreeing titles, titles held before', async () => {
  const former =
    'Former President Sonexay Siphandone attended the opening of the new cultural hall in Vientiane together with hundreds of residents and officials of the capital.';
  const { code, stdout } = await run(
    'kb',
    'suggest',
    ...corpus(
      record('2025-12-31', MINISTER),
      record('2025-06-01', PRESIDENT),
      record('2026-04-01', AGREEING),
      record('2026-04-02', former),
    ),
  );
  assert.equal(code, 0, stdout);
  assert.equal(
    stdout,
    '# nothing to suggest: no article after 2025-12-31 prints a title the knowledge base does not record\n',
  );
});

test('kb suggest --help prints its usage; a bad subcommand, argument or format exits 2 with one line', async () => {
  const help = await run('kb', 'suggest', '--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^usage: attache kb suggest /);
  assert.match((await run('--help')).stdout, /^ {2}kb suggest \[--corpus DIR\]/m);
  for (const argv of [['kb'], ['kb', 'apply'], ['kb', 'suggest', 'extra'], ['kb', 'suggest', '--format', 'text']]) {
    const { code, stderr, stdout } = await run(...argv);
    assert.equal(code, 2, argv.join(' '));
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /^attache: /);
  }
});
