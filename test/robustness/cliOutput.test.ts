/**
 * What the command line prints when inputs or the corpus are unusable: drafts that are not
 * UTF-8 text are declined (exit 2, one line naming the file and the reason) while the others
 * are checked; corpus problems appear on stderr, in the JSON report and as SARIF tool
 * notifications; text from the corpus never carries control characters to the terminal; and
 * counts are written with the right plural.
 */
import assert from 'node:assert/strict';
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { entityCard } from '../../server/src/core/entityCard.js';
import type { CorpusEvent, FactIndex } from '../../server/src/core/facts/types.js';
import { bundled } from '../support/bundled.js';
import { cliWorkspace, hasStackTrace, runCli } from '../support/cliProcess.js';
import { temporaryFolder } from '../support/temporaryFolders.js';

/** Every workspace of this file is made in here, removed when the file's tests end. */
const TEMPORARY = temporaryFolder('attache-robustness-');

const require = createRequire(import.meta.url);
const CORRECT_DRAFT = '---\ndate: 2024-06-12\n---\nPremier Li Qiang met the delegation in Vientiane.\n';
const WRONG_DRAFT = '---\ndate: 2024-06-12\n---\nPremier Li Keqiang met the delegation in Vientiane.\n';
/** C0 controls other than tab and newline, DEL and C1 controls: what must not reach a terminal. */
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function workspaceWith(prefix: string, files: Record<string, string | Buffer>) {
  const workspace = cliWorkspace(TEMPORARY, prefix);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(workspace.root, name), content);
  return workspace;
}

function cli(workspace: { root: string }, args: string[]) {
  return runCli([args[0]!, '--corpus', 'corpus', '--store', 'store', ...args.slice(1)], {
    cwd: workspace.root,
    timeoutMs: 40_000,
  });
}

describe('drafts that are not UTF-8 text', () => {
  const declined: [string, string | Buffer, RegExp][] = [
    [
      'binary.md',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      /binary file \(contains NUL bytes\)/,
    ],
    ['nul.md', 'Premier Li Keqiang met\u0000 the delegation.\n', /binary file \(contains NUL bytes\)/],
    [
      'latin1.md',
      Buffer.from('Premier Li Qiang visited the caf\xe9.\n', 'latin1'),
      /not valid UTF-8 \(first bad byte on line 1\)/,
    ],
  ];
  for (const [name, content, reason] of declined) {
    it(`declines ${name} with exit 2 and one line naming it, and checks the other draft`, async () => {
      const workspace = workspaceWith('attache-declined-', { [name]: content, 'wrong.md': WRONG_DRAFT });
      const run = await cli(workspace, ['check', name, 'wrong.md']);
      assert.equal(run.code, 2, run.stderr);
      assert.equal(hasStackTrace(run.stderr), false);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0]!, new RegExp(`^attache: ${name.replace('.', '\\.')}: skipped: ${reason.source}$`));
      // The other draft was checked: its error is reported.
      assert.match(run.stdout, /^wrong\.md:4:1: error title\/not-held: /m);
    });
  }

  it('declines a draft over the size limit without reading it', async () => {
    const workspace = workspaceWith('attache-huge-draft-', { 'huge.md': '' });
    truncateSync(join(workspace.root, 'huge.md'), 11 * 1024 * 1024);
    const run = await cli(workspace, ['check', 'huge.md']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^attache: huge\.md: skipped: file is 11\.0 MB, over the 10 MB limit$/m);
  });
});

describe('exit codes', () => {
  it('0 for a correct draft, 1 for a draft with an error, 2 when an input is declined even if another has errors', async () => {
    const workspace = workspaceWith('attache-exit-', {
      'good.md': CORRECT_DRAFT,
      'wrong.md': WRONG_DRAFT,
      'binary.md': Buffer.from([0, 1, 2]),
    });
    assert.equal((await cli(workspace, ['check', 'good.md'])).code, 0);
    assert.equal((await cli(workspace, ['check', 'good.md', 'wrong.md'])).code, 1);
    assert.equal((await cli(workspace, ['check', 'wrong.md', 'binary.md'])).code, 2);
    assert.equal((await cli(workspace, ['entities', 'good.md', 'binary.md'])).code, 2);
  });
});

describe('corpus problems in the reports', () => {
  /** A corpus with a binary file among the sample files. */
  const withBrokenCorpus = () => {
    const workspace = workspaceWith('attache-corpus-problems-', {
      'good.md': CORRECT_DRAFT,
      'binary.md': Buffer.from([0, 1, 2]),
    });
    writeFileSync(join(workspace.corpus, 'broken.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    return workspace;
  };

  it('are printed on stderr in text mode', async () => {
    const run = await cli(withBrokenCorpus(), ['check', 'good.md']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^corpus\/broken\.txt: corpus: skipped: binary file \(contains NUL bytes\)$/m);
  });

  it('are a field of the JSON report, beside declined inputs', async () => {
    const run = await cli(withBrokenCorpus(), ['check', '--format', 'json', 'good.md', 'binary.md']);
    assert.equal(run.code, 2, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.problems, [
      { kind: 'input', path: 'binary.md', message: 'skipped: binary file (contains NUL bytes)' },
      { kind: 'corpus', path: 'corpus/broken.txt', message: 'skipped: binary file (contains NUL bytes)' },
    ]);
    assert.deepEqual(
      report.files.map((file: { path: string }) => file.path),
      ['good.md'],
    );
  });

  it('are SARIF tool execution notifications, and the log still validates', async () => {
    const run = await cli(withBrokenCorpus(), ['check', '--format', 'sarif', 'good.md', 'binary.md']);
    assert.equal(run.code, 2, run.stderr);
    const sarif = JSON.parse(run.stdout);
    const Ajv4 = require('ajv-draft-04');
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const validate = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
    const [invocation] = sarif.runs[0].invocations;
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.exitCode, 2);
    const notifications = invocation.toolExecutionNotifications.map(
      (n: {
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
      }) => ({
        level: n.level,
        text: n.message.text,
        uri: n.locations[0]!.physicalLocation.artifactLocation.uri,
      }),
    );
    assert.deepEqual(notifications, [
      { level: 'error', text: 'skipped: binary file (contains NUL bytes)', uri: 'binary.md' },
      { level: 'warning', text: 'skipped: binary file (contains NUL bytes)', uri: 'corpus/broken.txt' },
    ]);
  });

  it('are absent for a normal corpus and a correct draft, which exit 0', async () => {
    const workspace = workspaceWith('attache-no-problems-', { 'good.md': CORRECT_DRAFT });
    const json = await cli(workspace, ['check', '--format', 'json', 'good.md']);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout).problems, []);
    const sarif = await cli(workspace, ['check', '--format', 'sarif', 'good.md']);
    assert.equal(sarif.code, 0, sarif.stderr);
    const [invocation] = JSON.parse(sarif.stdout).runs[0].invocations;
    assert.deepEqual(invocation, { executionSuccessful: true, exitCode: 0, toolExecutionNotifications: [] });
  });
});

describe('terminal escape sequences in corpus fields', () => {
  // A red, screen-clearing outlet name with a hidden hyperlink: C0 and C1 controls, CSI and OSC.
  const outlet = '\u001b[31mEvil\u009b2J News\u001b[0m\u001b]8;;https://attacker.example\u0007 Wire\u001b]8;;\u0007';
  const record = {
    title: 'Xi, Thongloun hold virtual meeting',
    date: '2021-12-03',
    outlet,
    body: 'BEIJING, Dec. 3 -- Chinese President Xi Jinping held a virtual meeting with Lao President Thongloun Sisoulith on Friday afternoon.\n',
  };
  const hostile = () => {
    const workspace = workspaceWith('attache-escapes-', {
      'claim.md':
        '---\ndate: 2021-12-06\n---\n\nOn December 4, 2021, Xi Jinping held a virtual meeting with Thongloun Sisoulith.\n',
    });
    writeFileSync(join(workspace.corpus, 'feed.jsonl'), `${JSON.stringify(record)}\n`);
    return workspace;
  };

  for (const [command, args] of [
    ['facts', ['Thongloun Sisoulith']],
    ['passages', ['Xi Jinping held a virtual meeting with Thongloun Sisoulith']],
    ['check', ['claim.md']],
  ] as const) {
    it(`are removed from ${command}'s text output, leaving the readable name`, async () => {
      const run = await cli(hostile(), [command, ...args]);
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      assert.ok(!CONTROL.test(run.stdout), JSON.stringify(run.stdout));
      assert.ok(!CONTROL.test(run.stderr), JSON.stringify(run.stderr));
      assert.match(run.stdout, /Evil News Wire/);
    });
  }

  it('stay data in JSON, written as escapes so that no raw control character is printed', async () => {
    const run = await cli(hostile(), ['check', '--format', 'json', 'claim.md']);
    assert.ok(!CONTROL.test(run.stdout), JSON.stringify(run.stdout));
    const claim = JSON.parse(run.stdout).files[0].diagnostics.find((d: { code: string }) => d.code === 'claim/differs');
    // The outlet is named in the evidence under the finding, as the corpus has it.
    assert.ok(
      claim.related.some((related: { message: string }) => related.message.includes(outlet)),
      JSON.stringify(claim.related),
    );
  });
});

describe('plurals', () => {
  it('attache index says "1 article in 1 file"', async () => {
    const workspace = cliWorkspace(TEMPORARY, 'attache-one-article-');
    rmSync(join(workspace.corpus, '002_a6eec7504543e86f.txt'));
    writeFileSync(
      join(workspace.corpus, '001_4fefce02503c921b.txt'),
      'Lao, Cambodian leaders discuss border demarcation\n\nVIENTIANE, May 14 (KPL) -- Lao Prime Minister Sonexay Siphandone and his Cambodian counterpart Hun Manet agreed on Tuesday to speed up the demarcation of the remaining sections of their common border.\n',
    );
    const run = await cli(workspace, ['index']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /^updated: 1 file read, 0 removed, 0 unchanged: store \(1 article in 1 file, 0 duplicates, \d+ passages?, 0 skipped, /,
    );
  });

  it('the hover card counts an event\'s sources as "1 source", "2 sources"', () => {
    const { kb } = bundled();
    const source = (outlet?: string) => ({
      articleId: `a-${outlet ?? 'none'}`,
      path: 'corpus/a.txt',
      start: 0,
      end: 10,
      date: '2021-01-21',
      ...(outlet ? { outlet } : {}),
    });
    const event = (id: string, outlets: string[]) =>
      ({
        id,
        format: 'phone call',
        date: id,
        planned: false,
        participants: ['thongloun-sisoulith', 'xi-jinping'],
        documents: [],
        reports: (outlets.length > 0 ? outlets : [undefined]).map((o) => ({ source: source(o) })),
        outlets,
        disagreements: [],
      }) as unknown as CorpusEvent;
    const events = [event('2021-01-21', []), event('2022-01-21', ['KPL']), event('2023-01-21', ['KPL', 'Xinhua'])];
    const facts: FactIndex = {
      titlesByEntity: new Map(),
      events,
      eventsByEntity: new Map([['thongloun-sisoulith', events]]),
    };
    const card = entityCard(kb.entities.get('thongloun-sisoulith')!, {
      date: '2024-01-01',
      kb,
      facts,
      linkTo: (path) => `file://${path}`,
    });
    const counts = [...card.matchAll(/\[(\d+ sources?)\]/g)].map((match) => match[1]);
    assert.deepEqual(counts, ['2 sources', '1 source', '1 source']);
  });
});
