import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { main } from '../../../server/src/cli/main.js';
import { applyEdits } from '../../support/edits.js';
import { LineIndex } from '../../../server/src/core/text/lineIndex.js';
import { runCli } from '../../support/cliProcess.js';
import { installShoutingPlugin } from '../../support/retextPluginFixture.js';
import { RETEXT_CASES } from '../../support/retextCases.js';
import { temporaryFolder } from '../../support/temporaryFolders.js';

const require = createRequire(import.meta.url);

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

function draft(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'attache-cli-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('entities prints the exact JSON shape with LSP positions', async () => {
  const path = draft('a.md', 'Intro.\nPresident Xi Jinping met 通伦.\n');
  const { code, stdout } = await run('entities', '--format', 'json', path);
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.equal(report.version, 1);
  assert.equal(report.files[0].path, path);
  const xi = report.files[0].mentions.find((m: { text: string }) => m.text === 'Xi Jinping');
  assert.deepEqual(Object.keys(xi), ['range', 'text', 'entity']);
  assert.deepEqual(xi.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 20 } });
  assert.equal(xi.entity.name, 'Xi Jinping');
  assert.equal(xi.entity.type, 'person');
  assert.deepEqual(Object.keys(xi.entity), ['id', 'name', 'type']);
  assert.ok(
    report.files[0].mentions.some(
      (m: { text: string; entity: { name: string } }) => m.text === '通伦' && m.entity.name === 'Thongloun Sisoulith',
    ),
  );
});

test('usage and I/O errors exit 2 with one line', async () => {
  for (const argv of [
    ['entities', '/no/such/file.md'],
    ['entities'],
    ['frobnicate'],
    ['entities', '--format', 'xml', draft('b.md', 'x')],
    ['entities', '--corpus', '/no/such/corpus', draft('c.md', 'x')],
    ['check', '--date', '2024-13-45', draft('d.md', 'x')],
  ]) {
    const { code, stderr } = await run(...argv);
    assert.equal(code, 2, argv.join(' '));
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /^attache: /);
  }
});

test('--house-style takes the keys and values the rules declare', async () => {
  const path = draft('style.md', 'Vietnam and China met.\n');
  const wrongValue = await run('check', '--house-style', 'vietNam=Nam', path);
  assert.equal(wrongValue.code, 2);
  assert.match(wrongValue.stderr, /house-style vietNam must be one of: consistent, Viet Nam, Vietnam/);
  const wrongKey = await run('check', '--house-style', 'capital=Vientiane', path);
  assert.equal(wrongKey.code, 2);
  assert.match(
    wrongKey.stderr,
    /unknown house-style key "capital" \(expected partyNames, wellKnownAcronyms, vietNam, laoAdjective, quotes\)/,
  );
  const prescribed = JSON.parse(
    (await run('check', '--house-style', 'vietNam=Viet Nam', '--format', 'json', path)).stdout,
  );
  assert.deepEqual(
    prescribed.files[0].diagnostics.map((d: { code: string }) => d.code),
    ['style/country-name'],
  );
  assert.match((await run('--help')).stdout, /vietNam=consistent\|"Viet Nam"\|Vietnam/);
});

test('check exits 1 on errors, 0 on a clean text, with compiler-style lines', async () => {
  const bad = draft('bad.md', '---\ndate: 2024-06-12\n---\nPremier Li Keqiang met the delegation.\n');
  const result = await run('check', bad);
  assert.equal(result.code, 1);
  assert.match(
    result.stdout,
    new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:1: error title/not-held: `, 'm'),
  );
  const good = draft('good.md', '---\ndate: 2024-06-12\n---\nPremier Li Qiang met the delegation.\n');
  const clean = await run('check', good);
  assert.equal(clean.code, 0, clean.stdout);
});

test('check --date judges titles at that date when the document has none', async () => {
  const path = draft('undated.txt', 'Premier Li Keqiang met the delegation.\n');
  assert.equal((await run('check', '--date', '2019-05-01', path)).code, 0);
  assert.equal((await run('check', '--date', '2024-05-01', path)).code, 1);
});

test('check JSON has the exact shape, with fixes as LSP edits', async () => {
  const path = draft('j.md', '---\ndate: 2024-06-12\n---\nPremier Li Keqiang met Su Lin.\n');
  const report = JSON.parse((await run('check', '--format', 'json', path)).stdout);
  const diagnostic = report.files[0].diagnostics.find((d: { code: string }) => d.code === 'name/misspelled');
  assert.deepEqual(Object.keys(diagnostic), [
    'range',
    'severity',
    'code',
    'message',
    'fixes',
    'related',
    'documentation',
  ]);
  assert.equal(
    diagnostic.documentation,
    'https://github.com/attache-dev/attache/blob/main/docs/rules.md#name-misspelled',
  );
  assert.deepEqual(diagnostic.range, { start: { line: 3, character: 23 }, end: { line: 3, character: 29 } });
  assert.deepEqual(diagnostic.fixes[0].edits[0], { range: diagnostic.range, newText: 'To Lam' });
  const [entry] = diagnostic.related;
  assert.deepEqual(Object.keys(entry), ['message', 'path', 'range']);
  assert.match(entry.message, /^"To Lam", not "Su Lin": .*\(knowledge base\)$/);
  assert.match(entry.path, /server[\\/]kb[\\/]vietnam\.yaml$/);
  assert.match(readFileSync(entry.path, 'utf8').split('\n')[entry.range.start.line]!, /id: to-lam/);
});

test('check prints the evidence under each problem, and one error for a title repeated on the same person', async () => {
  const path = draft(
    'r.md',
    '---\ndate: 2024-06-12\n---\nChinese Premier Li Keqiang arrived.\n\nPremier Li said so.\n',
  );
  const { code, stdout } = await run('check', path);
  assert.equal(code, 1);
  const lines = stdout.trimEnd().split('\n');
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  assert.match(
    lines[0]!,
    new RegExp(
      `^${escaped}:4:1: error title/not-held: Li Keqiang was not Chinese Premier on 2024-06-12; Li Qiang was \\(since 2023-03-11\\)\\.$`,
    ),
  );
  assert.match(lines[1]!, /^ {4}\S*china\.yaml:\d+: Li Keqiang: Premier 2013-03-15 – 2023-03-11 \(knowledge base; /);
  assert.match(lines[2]!, /^ {4}\S*china\.yaml:\d+: Li Qiang: Premier since 2023-03-11 \(knowledge base; /);
  assert.match(
    lines[3]!,
    new RegExp(
      `^${escaped}:6:1: information title/not-held: Same as line 4: Li Keqiang was not Premier on 2024-06-12\\.$`,
    ),
  );
  assert.match(lines[4]!, new RegExp(`^ {4}${escaped}:4: First occurrence$`));
  assert.equal(lines.filter((line) => / error /.test(line)).length, 1, stdout);
});

test('check SARIF validates against the SARIF 2.1.0 schema', async () => {
  const path = draft('s.md', '---\ndate: 2024-06-12\n---\nPremier Li Keqiang met Su Lin and the CCP.\n');
  const sarif = JSON.parse((await run('check', '--format', 'sarif', path)).stdout);
  const Ajv4 = require('ajv-draft-04');
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const validate = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.ok(sarif.runs[0].results.length >= 3);
  const notHeld = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'title/not-held');
  assert.match(notHeld.message.text, /^Li Keqiang was not Premier on 2024-06-12; Li Qiang was/);
  assert.match(
    notHeld.relatedLocations[0].message.text,
    /^Li Keqiang: Premier 2013-03-15 – 2023-03-11 \(knowledge base; /,
  );
  assert.match(notHeld.relatedLocations[0].physicalLocation.artifactLocation.uri, /china\.yaml$/);
});

test('a broken workspace knowledge-base file is named with its line, and the rest still runs', async () => {
  const kb = draft('bad.yaml', 'people:\n  - id: Broken Id\n    name: Someone\n');
  const path = draft('e.md', 'Xi Jinping spoke.');
  const { code, stderr, stdout } = await run('entities', '--kb', kb, '--format', 'json', path);
  assert.equal(code, 0);
  assert.match(stderr, new RegExp(`${kb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: knowledge base: `));
  assert.ok(JSON.parse(stdout).files[0].mentions.length > 0);
});

test('passages finds the readout a paraphrase comes from, with file, range, outlet and date', async () => {
  const store = mkdtempSync(join(tmpdir(), 'attache-cli-store-'));
  const built = await run('index', '--store', store);
  assert.equal(built.code, 0);
  assert.match(built.stdout, /^updated: 5 files read, 0 removed, 0 unchanged: /);
  assert.match((await run('index', '--store', store)).stdout, /^up to date: /);
  const { code, stdout } = await run(
    'passages',
    '--store',
    store,
    '--format',
    'json',
    'On 21 January 2021 Xi Jinping spoke with Thongloun Sisoulith by phone',
  );
  assert.equal(code, 0);
  const report = JSON.parse(stdout);
  assert.equal(report.version, 1);
  const first = report.passages[0];
  assert.match(first.path, /002_/);
  assert.equal(first.outlet, 'Ministry of Foreign Affairs of China');
  assert.equal(first.date, '2021-01-21');
  assert.deepEqual(Object.keys(first.range), ['start', 'end']);
  assert.equal((await run('passages')).code, 2);
});

test('check weighs claims against the corpus, the same from stored facts as from fresh ones', async () => {
  const store = mkdtempSync(join(tmpdir(), 'attache-cli-facts-'));
  const path = draft(
    'claim.md',
    '---\ndate: 2023-10-25\n---\n\nOn October 21, 2023, Xi Jinping met with Thongloun Sisoulith in Beijing.\n',
  );
  for (const run_ of ['fresh', 'stored']) {
    const report = JSON.parse((await run('check', '--store', store, '--format', 'json', path)).stdout);
    const claim = report.files[0].diagnostics.find((d: { code: string }) => d.code === 'claim/differs');
    assert.ok(claim, `${run_}: ${JSON.stringify(report.files[0].diagnostics.map((d: { code: string }) => d.code))}`);
    assert.equal(claim.fixes[0].edits[0].newText, 'October 20, 2023');
  }
});

/** The text with the edits of a fix, given as LSP ranges, applied. */
function withEdits(
  text: string,
  edits: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  }[],
): string {
  const lines = new LineIndex(text);
  return applyEdits(
    text,
    edits.map((edit) => ({
      start: lines.offsetAt(edit.range.start),
      end: lines.offsetAt(edit.range.end),
      newText: edit.newText,
    })),
  );
}

test('check --retext reports each bundled plugin in text, JSON and SARIF, with a fix that gives the right text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-cli-retext-'));
  const files = RETEXT_CASES.map((c) => {
    const path = join(dir, `${c.plugin}.txt`);
    writeFileSync(path, `Premier Li Qiang arrived.\n${c.text}\n`);
    return { ...c, path, text: `Premier Li Qiang arrived.\n${c.text}\n` };
  });
  const args = ['check', '--date', '2024-06-12', ...RETEXT_CASES.flatMap((c) => ['--retext', c.plugin])];

  const json = await run(...args, '--format', 'json', ...files.map((f) => f.path));
  assert.equal(json.code, 0, json.stderr);
  const report = JSON.parse(json.stdout);
  for (const file of files) {
    const diagnostics = report.files.find((f: { path: string }) => f.path === file.path).diagnostics;
    assert.deepEqual(
      diagnostics.map((d: { code: string }) => d.code),
      [file.plugin],
      file.path,
    );
    const [diagnostic] = diagnostics;
    assert.match(diagnostic.message, file.message);
    assert.equal(diagnostic.range.start.line, 1);
    assert.equal(
      file.text.split('\n')[1]!.slice(diagnostic.range.start.character, diagnostic.range.end.character),
      file.flagged,
    );
    assert.equal(withEdits(file.text, diagnostic.fixes[0].edits), `Premier Li Qiang arrived.\n${file.fixed}\n`);
  }

  const text = await run(...args, ...files.map((f) => f.path));
  for (const file of files) {
    const column =
      report.files.find((f: { path: string }) => f.path === file.path).diagnostics[0].range.start.character + 1;
    const line = text.stdout.split('\n').find((l) => l.startsWith(`${file.path}:`));
    assert.ok(line, text.stdout);
    assert.match(
      line,
      new RegExp(
        `^${file.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:${column}: (warning|information) ${file.plugin}: `,
      ),
    );
  }
  assert.match(text.stdout, /^6 problems in 6 files$/m);

  const sarif = JSON.parse((await run(...args, '--format', 'sarif', ...files.map((f) => f.path))).stdout);
  const Ajv4 = require('ajv-draft-04');
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const validate = new Ajv4({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
  assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3)));
  const rules = sarif.runs[0].tool.driver.rules;
  for (const file of files) {
    const result = sarif.runs[0].results.find(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith(`${file.plugin}.txt`),
    );
    assert.equal(result.ruleId, file.plugin);
    assert.equal(rules[result.ruleIndex].id, file.plugin);
    assert.match(result.message.text, file.message);
    const edits = result.fixes[0].artifactChanges[0].replacements.map(
      (r: {
        deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        insertedContent: { text: string };
      }) => ({
        range: {
          start: { line: r.deletedRegion.startLine - 1, character: r.deletedRegion.startColumn - 1 },
          end: { line: r.deletedRegion.endLine - 1, character: r.deletedRegion.endColumn - 1 },
        },
        newText: r.insertedContent.text,
      }),
    );
    assert.equal(withEdits(file.text, edits), `Premier Li Qiang arrived.\n${file.fixed}\n`);
  }
});

test('check runs no retext plugin unless asked, and a correct text stays quiet with them on', async () => {
  const path = draft('quiet.txt', 'The the delegation arrived.  It used an ATM machine.\n');
  const report = JSON.parse((await run('check', '--format', 'json', path)).stdout);
  assert.deepEqual(
    report.files[0].diagnostics.filter((d: { code: string }) => d.code.startsWith('retext-')),
    [],
  );
  const correct = draft(
    'correct.md',
    '---\ndate: 2024-06-12\n---\n# Readout\n\nPremier Li Qiang met the delegation. It was an honour, he said, to welcome “old friends”.\n',
  );
  const all = RETEXT_CASES.flatMap((c) => ['--retext', c.plugin]);
  const quiet = await run('check', ...all, correct);
  assert.equal(quiet.code, 0);
  assert.equal(quiet.stdout, '0 problems in 1 file\n');
});

test('check --retext takes options as JSON, and refuses a bad name or bad options with one line', async () => {
  const path = draft('options.txt', 'The minister said “yes”.\n');
  const straight = JSON.parse(
    (await run('check', '--retext', 'retext-quotes={"preferred":"straight"}', '--format', 'json', path)).stdout,
  );
  assert.deepEqual(
    straight.files[0].diagnostics.map(
      (d: { code: string; fixes: { edits: { newText: string }[] }[] }) => `${d.code} ${d.fixes[0]!.edits[0]!.newText}`,
    ),
    ['retext-quotes "', 'retext-quotes "'],
  );
  const viaHouseStyle = JSON.parse(
    (await run('check', '--house-style', 'quotes=straight', '--format', 'json', path)).stdout,
  );
  assert.equal(viaHouseStyle.files[0].diagnostics.length, 2);
  for (const [argv, reason] of [
    [
      ['--retext', 'retext-nowhere'],
      /^attache: --retext: "retext-nowhere" is neither bundled with Attaché nor installed in the workspace's node_modules/,
    ],
    [['--retext', 'retext-quotes={preferred'], /^attache: --retext retext-quotes: the options after "=" must be JSON/],
    [['--retext', '../escape'], /^attache: --retext: "..\/escape" is not a plugin name/],
  ] as const) {
    const { code, stderr } = await run('check', ...argv, path);
    assert.equal(code, 2, stderr);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, reason);
  }
});

test('check --retext loads a plugin the working folder installed', async () => {
  const folder = temporaryFolder('attache-cli-retext-workspace-');
  installShoutingPlugin(folder);
  writeFileSync(join(folder, 'draft.txt'), 'The delegation said NO.\n');
  const result = await runCli(['check', '--retext', 'retext-shouting', '--format', 'json', 'draft.txt'], {
    cwd: folder,
  });
  assert.equal(result.code, 0, result.stderr);
  const [diagnostic] = JSON.parse(result.stdout).files[0].diagnostics;
  assert.equal(diagnostic.code, 'retext-shouting');
  assert.equal(diagnostic.message, 'Do not shout NO.');
  assert.equal(withEdits('The delegation said NO.\n', diagnostic.fixes[0].edits), 'The delegation said no.\n');
  assert.equal(diagnostic.documentation, 'https://example.com/retext-shouting');
  const sarif = await runCli(['check', '--retext', 'retext-shouting', '--format', 'sarif', 'draft.txt'], {
    cwd: folder,
  });
  const [sarifRun] = JSON.parse(sarif.stdout).runs;
  const [sarifResult] = sarifRun.results;
  assert.equal(sarifResult.ruleId, 'retext-shouting');
  assert.deepEqual(sarifRun.tool.driver.rules[sarifResult.ruleIndex], {
    id: 'retext-shouting',
    helpUri: 'https://example.com/retext-shouting',
  });
});

test('check links each finding to its rule’s documentation in JSON and SARIF', async () => {
  const path = draft('acronym.txt', 'The Communist Party of Viet Nam (VPC) met. The the delegation arrived.\n');
  const json = JSON.parse((await run('check', '--retext', 'retext-repeated-words', '--format', 'json', path)).stdout);
  assert.deepEqual(
    json.files[0].diagnostics.map((d: { code: string; documentation?: string }) => [d.code, d.documentation]),
    [
      ['org/acronym-mismatch', 'https://github.com/attache-dev/attache/blob/main/docs/rules.md#org-acronym-mismatch'],
      ['retext-repeated-words', 'https://github.com/attache-dev/attache/blob/main/docs/rules.md#retext-repeated-words'],
    ],
  );
  const sarif = JSON.parse((await run('check', '--retext', 'retext-repeated-words', '--format', 'sarif', path)).stdout);
  const [sarifRun] = sarif.runs as {
    results: { ruleIndex: number }[];
    tool: { driver: { rules: { helpUri: string }[] } };
  }[];
  assert.deepEqual(
    sarifRun!.results.map((result) => sarifRun!.tool.driver.rules[result.ruleIndex]!.helpUri),
    json.files[0].diagnostics.map((d: { documentation: string }) => d.documentation),
  );
});

test('rules lists every rule once with its default severity, in text and JSON', async () => {
  const json = await run('rules', '--format', 'json');
  assert.equal(json.code, 0, json.stderr);
  const { version, rules } = JSON.parse(json.stdout) as {
    version: number;
    rules: { id: string; severity: string; description: string; kind: string }[];
  };
  assert.equal(version, 1);
  const ids = rules.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length, 'one entry per rule id');
  for (const id of [
    'title/not-held',
    'name/misspelled',
    'org/non-official-name',
    'quote/mismatch',
    'retext-repeated-words',
  ])
    assert.ok(ids.includes(id), id);
  assert.equal(rules.find((rule) => rule.id === 'title/not-held')?.severity, 'error');
  assert.equal(rules.find((rule) => rule.id === 'retext-repeated-words')?.kind, 'retext');
  assert.ok(
    rules.every((rule) => rule.description.length > 10),
    'every rule says what it finds',
  );
  const countryName = rules.find((rule) => rule.id === 'style/country-name') as unknown as {
    settings: { key: string; default: string; values: string[] }[];
  };
  assert.deepEqual(
    countryName.settings,
    [{ key: 'vietNam', default: 'consistent', values: ['consistent', 'Viet Nam', 'Vietnam'] }],
    'the settings a rule declares',
  );

  const text = await run('rules');
  assert.equal(text.code, 0);
  assert.equal(text.stdout.trim().split('\n').length, rules.length, 'one line per rule');
  assert.match(text.stdout, /^title\/not-held\s+error\s+\S/m);
  assert.match(
    text.stdout,
    /^style\/country-name\s+warning\s+.*\[--house-style vietNam=consistent\|"Viet Nam"\|Vietnam\]$/m,
  );
  assert.equal((await run('rules', 'extra.md')).code, 2, 'no FILE');
});
