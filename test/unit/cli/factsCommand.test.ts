/**
 * `attache facts` called directly over a corpus of one article written in the test: the
 * knowledge base's roles, the title the article prints, the meeting it reports, the name
 * resolved from a short form, and the usage errors.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFacts, type FactsReport } from '../../../server/src/cli/factsCommand.js';
import { UsageError, type CliIO } from '../../../server/src/cli/cliSupport.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const ARTICLE = [
  'Xi meets Lao president in Beijing',
  '',
  'BEIJING, May 14, 2024 (Xinhua) -- Chinese President Xi Jinping met with Lao President Thongloun Sisoulith in Beijing on Tuesday, and the two leaders agreed to deepen cooperation.',
].join('\n');

let corpus: string;
let store: string;
let emptyCorpus: string;

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    today: '2024-06-01',
  };
  const code = await runFacts(argv, io);
  return { code, stdout, stderr };
}

before(() => {
  const root = temporaryFolder('attache-facts-command-');
  corpus = join(root, 'corpus');
  emptyCorpus = join(root, 'empty');
  store = join(root, 'store');
  mkdirSync(corpus);
  mkdirSync(emptyCorpus);
  writeFileSync(join(corpus, 'xinhua.txt'), ARTICLE);
});

describe('runFacts', () => {
  it('reports roles, the corpus title and the meeting as JSON', async () => {
    const { code, stdout } = await run('--corpus', corpus, '--store', store, '--format', 'json', 'Thongloun Sisoulith');
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as FactsReport;
    assert.deepEqual(report.entity, { id: 'thongloun-sisoulith', name: 'Thongloun Sisoulith', type: 'person' });
    const roleStarts = report.roles.map((role) => role.from);
    assert.deepEqual(roleStarts, [...roleStarts].sort(), 'roles oldest first');
    assert.ok(report.roles.some((role) => /^President of the Lao People's Democratic Republic$/.test(role.office)));
    const title = report.corpusTitles.find((sighting) => sighting.title === 'Lao President');
    assert.equal(title?.date, '2024-05-14');
    assert.equal(title?.source.outlet, 'Xinhua');
    assert.equal(title?.source.path, join(corpus, 'xinhua.txt'));
    assert.equal(ARTICLE.slice(title.source.start, title.source.end), 'Lao President');
    const meeting = report.events.find((event) => event.format === 'meeting');
    assert.ok(meeting, stdout);
    assert.equal(meeting.date, '2024-05-14');
    assert.equal(meeting.place, 'Beijing');
    assert.deepEqual(meeting.counterparts, [{ id: 'xi-jinping', name: 'Xi Jinping' }]);
    assert.deepEqual(meeting.outlets, ['Xinhua']);
    assert.equal(meeting.reports.length, 1);
    assert.deepEqual(report.disagreements, []);
  });

  it('prints the same as text', async () => {
    const { code, stdout } = await run('--corpus', corpus, '--store', store, 'Thongloun Sisoulith');
    assert.equal(code, 0);
    assert.match(stdout, /^Thongloun Sisoulith \(person, thongloun-sisoulith\)$/m);
    assert.match(stdout, /^Titles in the corpus \(\d+\):$/m);
    assert.match(
      stdout,
      /^ {2}2024-05-14 {2}"Lao President" → President of the Lao People's Democratic Republic {2}\(Xinhua\)$/m,
    );
    assert.match(stdout, /^ {2}2024-05-14.* meeting with Xi Jinping in Beijing — Xinhua, 1 report$/m);
  });

  it('writes a role whose start is unknown as held by its date, and marks it so in JSON', async () => {
    const { stdout: text } = await run('--corpus', emptyCorpus, '--store', store, 'Vilay Lakhamfong');
    assert.match(text, /^ {2}by 11 February 2020 – now +Minister of Public Security of the Lao/m);
    assert.doesNotMatch(text, /^ {2}2020-02-11 – /m);
    const { stdout: json } = await run(
      '--corpus',
      emptyCorpus,
      '--store',
      store,
      '--format',
      'json',
      'Vilay Lakhamfong',
    );
    const roles = (JSON.parse(json) as FactsReport).roles;
    const security = roles.find((role) => role.officeId === 'public-security-minister-laos');
    assert.deepEqual([security?.from, security?.startUnknown], ['2020-02-11', true]);
    assert.ok(roles.filter((role) => role !== security).every((role) => role.startUnknown === undefined));
  });

  it('resolves a short form asked about alone', async () => {
    const { stdout } = await run('--corpus', corpus, '--store', store, '--format', 'json', 'Thongloun');
    assert.equal((JSON.parse(stdout) as FactsReport).entity.id, 'thongloun-sisoulith');
  });

  it('says none when the corpus reports nothing about the entity', async () => {
    const { code, stdout } = await run('--corpus', emptyCorpus, '--store', store, 'Thongloun Sisoulith');
    assert.equal(code, 0);
    assert.match(stdout, /^Titles in the corpus \(0\):\n {2}none$/m);
    assert.match(stdout, /^Events in the corpus \(0\):\n {2}none$/m);
  });

  it('refuses a missing name, a name no entry matches and an unknown format', async () => {
    await assert.rejects(
      run('--corpus', corpus, '--store', store),
      (error) => error instanceof UsageError && /^no name given/.test(error.message),
    );
    await assert.rejects(
      run('--corpus', corpus, '--store', store, 'Nobody Atall'),
      (error) => error instanceof UsageError && error.message === 'no knowledge-base entry matches "Nobody Atall"',
    );
    await assert.rejects(
      run('--format', 'xml', 'Thongloun Sisoulith'),
      (error) => error instanceof UsageError && /unknown format "xml"/.test(error.message),
    );
  });
});
