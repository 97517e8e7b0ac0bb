/**
 * `attache facts NAME`: roles from the knowledge base, titles and events from the corpus (the
 * bundled sample when no `--corpus` is given), and the disagreements between reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../../server/src/cli/main.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/facts/', import.meta.url));

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

test('facts lists roles with dates, corpus titles, and meetings with date, place, counterpart and outlets', async () => {
  const { code, stdout } = await run('facts', 'Thongloun Sisoulith');
  assert.equal(code, 0);
  assert.match(stdout, /^Thongloun Sisoulith \(person, thongloun-sisoulith\)$/m);
  assert.match(
    stdout,
    /^ {2}2021-01-15 – now +General Secretary of the Lao People's Revolutionary Party Central Committee {2}\[11th LPRP Congress/m,
  );
  assert.match(stdout, /^ {2}2016-04-20 – 2021-03-22 {2}Prime Minister of the Lao People's Democratic Republic/m);
  assert.match(
    stdout,
    /^ {2}2023-10-20 {2}"Lao President" → President of the Lao People's Democratic Republic {2}\(Ministry of Foreign Affairs of China\)$/m,
  );
  assert.match(
    stdout,
    /^ {2}2023-10-20 \(stated\) +meeting with Xi Jinping in Beijing \(Great Hall of the People\).* — (?=.*Ministry of Foreign Affairs of China)(?=.*gov\.cn).*, 2 reports$/m,
  );
  assert.match(stdout, /^ {2}2021-12-03 \(stated\) +virtual meeting with Xi Jinping/m);
  assert.match(
    stdout,
    /^ {2}2021-01-21 \(stated\) +phone call with Xi Jinping — Ministry of Foreign Affairs of China, 1 report$/m,
  );
});

test('facts gives the September 2025 meeting in Beijing as the latest with Xi Jinping, dated no later than its publication', async () => {
  // China National Radio's headline names the Lao leader only by his titles; Xinhua's December
  // report of Wang Huning's visit recalls the meeting "in Beijing not long ago".
  const { code, stdout } = await run('facts', 'Thongloun Sisoulith');
  assert.equal(code, 0);
  const withXi = stdout.split('\n').filter((line) => /^ {2}\S.* (?:meeting|talks) with Xi Jinping/.test(line));
  assert.match(
    withXi[withXi.length - 1]!,
    /^ {2}by 2025-09-05 \(published\) +meeting with Xi Jinping in Beijing \(from a later mention\) — China National Radio, 1 report$/,
  );
  const json = JSON.parse((await run('facts', '--format', 'json', 'Thongloun Sisoulith')).stdout);
  const latest = json.events
    .filter(
      (e: { format: string; counterparts: { id: string }[] }) =>
        e.format === 'meeting' && e.counterparts.some((c) => c.id === 'xi-jinping'),
    )
    .pop();
  assert.equal(latest.date, '2025-09-05');
  assert.equal(latest.dateBasis, 'published');
  assert.equal(latest.place, 'Beijing');
  assert.equal(latest.placeFromMention, true);
  assert.equal(latest.mentions.length, 1);
});

test('facts counts a page scraped twice as one report, and prints how each date was found', async () => {
  const { stdout } = await run('facts', 'Thongloun Sisoulith');
  // The Xinhua item on the visit to Cambodia is in the sample twice; its dateline has no year,
  // which "Lao President" (since March 2021) and "on Tuesday" settle.
  assert.match(
    stdout,
    /^ {2}2024-04-23\.\.04-24 \(stated\) +state visit to Cambodia — Xinhua, 1 report \(\+1 copy\)$/m,
  );
  assert.match(
    stdout,
    /^ {2}2022-11-30 \(other report\) +meeting with Xi Jinping in Beijing — China Daily, 1 report$/m,
  );
  assert.doesNotMatch(stdout.slice(stdout.indexOf('Events in the corpus')), /--04-23/);
});

test('facts resolves a name by any alias, Chinese included', async () => {
  const { code, stdout } = await run('facts', '--format', 'json', '通伦');
  assert.equal(code, 0);
  assert.equal(JSON.parse(stdout).entity.id, 'thongloun-sisoulith');
  const short = await run('facts', '--format', 'json', 'Thongloun');
  assert.equal(JSON.parse(short.stdout).entity.id, 'thongloun-sisoulith');
});

test('facts JSON has the documented shape', async () => {
  const { code, stdout } = await run('facts', '--format', 'json', 'Thongloun Sisoulith');
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.deepEqual(Object.keys(report), ['version', 'entity', 'roles', 'corpusTitles', 'events', 'disagreements']);
  assert.equal(report.version, 1);
  assert.deepEqual(report.entity, { id: 'thongloun-sisoulith', name: 'Thongloun Sisoulith', type: 'person' });
  assert.ok(
    report.roles.some(
      (r: { officeId: string; from: string }) => r.officeId === 'president-laos' && r.from === '2021-03-22',
    ),
  );
  const title = report.corpusTitles.find(
    (t: { date?: string; officeId?: string }) => t.date === '2023-10-20' && t.officeId === 'general-secretary-lprp',
  );
  assert.ok(title);
  assert.equal(title.source.outlet, 'Ministry of Foreign Affairs of China');
  const meeting = report.events.find(
    (e: { format: string; date?: string }) => e.format === 'meeting' && e.date === '2023-10-20',
  );
  assert.ok(meeting);
  assert.equal(meeting.place, 'Beijing');
  assert.deepEqual(meeting.counterparts, [{ id: 'xi-jinping', name: 'Xi Jinping' }]);
  assert.ok(meeting.outlets.includes('gov.cn'));
  assert.ok(meeting.reports.every((r: { path: string; start: number; end: number }) => r.path && r.end > r.start));
});

test("facts prints disagreements with each side's sources", async () => {
  const { code, stdout } = await run('facts', '--corpus', FIXTURES, 'Joe Biden');
  assert.equal(code, 0);
  assert.match(stdout, /^Disagreements \(1\):$/m);
  assert.match(stdout, /^ {4}2021-11-15: AP \(.*ap-2021-11-15-biden-xi-virtual\.txt#0\)$/m);
  assert.match(stdout, /^ {4}2021-11-16: Xinhua \(.*xinhua-2021-11-16-xi-biden-virtual\.txt#0\)$/m);
});

test('facts exits 2 with one line for an unknown name or no name', async () => {
  for (const argv of [['facts', 'Nobody Anyone'], ['facts'], ['facts', '--format', 'xml', 'Xi Jinping']]) {
    const { code, stderr, stdout } = await run(...argv);
    assert.equal(code, 2, argv.join(' '));
    assert.equal(stdout, '');
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /^attache: /);
  }
});
