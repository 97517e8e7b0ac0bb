/**
 * `npm run bench`: the performance figures of the project, each beside a simple baseline
 * measured in the same process on the same input. Prints a table; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { AliasAutomaton } from '../server/src/core/mentions/aliasAutomaton.js';
import { collectAliases } from '../server/src/core/mentions/aliases.js';
import { findMentions } from '../server/src/core/mentions/findMentions.js';
import { buildMentionIndex } from '../server/src/core/mentions/mentionIndex.js';
import { loadKnowledgeBase } from '../server/src/kb/loadKnowledgeBase.js';
import { readKnowledgeBase } from '../server/src/kb/readKnowledgeBase.js';
import { bundledCorpusDir, packageRoot } from '../server/src/paths.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../server/src/core/analyze.js';
import { proseOf } from '../server/src/core/text/markdownProse.js';
import { paragraphSpans } from '../server/src/core/text/prose.js';
import { BUNDLED_RETEXT_PLUGINS } from '../server/src/core/retext/bundledPlugins.js';
import { retextParagraph } from '../server/src/core/retext/paragraphParser.js';
import { retextSentenceEnds } from '../server/src/core/retext/sentenceEnds.js';
import { runRetextPlugins } from '../server/src/core/retext/retextFindings.js';
import { retextPluginsToRun } from '../server/src/core/retext/retextPlugins.js';
import { unified } from 'unified';
import { openWorkspace } from '../server/src/workspace/host.js';
import { toDiagnostic } from '../server/src/lsp/convert.js';
import { hover } from '../server/src/lsp/hover.js';
import { benchArchiveScale } from './archiveScale.js';
import { benchLargeDocuments } from './largeDocuments.js';
import { benchPostgres } from './postgresScale.js';
import { benchSearch } from './searchScale.js';
import { benchSentenceSplit } from './sentenceSplit.js';
import { random, syntheticDraft, syntheticPeopleYaml, syntheticText } from './synthetic.js';

const rows: string[][] = [];
function row(...cells: (string | number)[]): void {
  rows.push(cells.map(String));
}
function printTable(): void {
  const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  console.log(`Attaché benchmarks — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
  for (const r of rows) console.log(r.map((cell, i) => cell.padEnd(width[i]!)).join('  '));
}
function time<T>(run: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}
function mbPerSecond(text: string, ms: number): number {
  return Buffer.byteLength(text, 'utf8') / 1e6 / (ms / 1000);
}
function best(runs: number, run: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, time(run).ms);
  return min;
}

const corpusText = readdirSync(bundledCorpusDir())
  .map((name) => readFileSync(join(bundledCorpusDir(), name), 'utf8'))
  .join('\n');

// `node out/bench/run.js documents`: the large-input figures alone.
if (process.argv[2] === 'documents') {
  benchLargeDocuments(corpusText, row);
  printTable();
  process.exit(0);
}

// `node out/bench/run.js search`: passage search beside its baselines, alone.
if (process.argv[2] === 'search') {
  await benchSearch(corpusText, buildMentionIndex(readKnowledgeBase()), row);
  printTable();
  process.exit(0);
}

// `node out/bench/run.js sentences`: the sentence split beside nlcst, alone.
if (process.argv[2] === 'sentences') {
  benchSentenceSplit(corpusText, row);
  printTable();
  process.exit(0);
}

// `node out/bench/run.js archive`: the archive figures alone (ATTACHE_BENCH_ARTICLES sets its size).
if (process.argv[2] === 'archive') {
  await benchArchiveScale(corpusText, row);
  printTable();
  process.exit(0);
}

// `node out/bench/run.js postgres`: the shared archive on PostgreSQL beside the embedded store (ATTACHE_BENCH_ARTICLES sets its size).
if (process.argv[2] === 'postgres') {
  await benchPostgres(corpusText, row);
  printTable();
  process.exit(0);
}

// Knowledge base: the curated one plus synthetic people up to 10,000 aliases.
const curated = readKnowledgeBase();
const curatedAliases = collectAliases(curated).length;
const synthetic = syntheticPeopleYaml(Math.max(0, Math.ceil((10_000 - curatedAliases) / 2)));
const kb = loadKnowledgeBase([
  ...[...new Set([...curated.entities.values()].map((e) => e.source.path))].map((path) => ({
    path,
    text: readFileSync(path, 'utf8'),
  })),
  { path: 'synthetic.yaml', text: synthetic },
]);
const aliases = collectAliases(kb);
const patterns = [...new Set(aliases.map((a) => a.text))];

const text = syntheticText(corpusText, 10_000_000);
const baselineText = text.slice(0, 1_000_000);

// Mention scanning: automaton vs one regex alternation.
const build = time(() => new AliasAutomaton(patterns));
const automaton = build.result;
let count = 0;
const automatonMs = best(3, () => {
  count = 0;
  automaton.scan(text, () => count++);
});
const escaped = patterns.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
const alternation = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
let baselineCount = 0;
const baselineMs = best(1, () => {
  baselineCount = 0;
  for (const _ of baselineText.matchAll(alternation)) baselineCount++;
});
const automatonRate = mbPerSecond(text, automatonMs);
const baselineRate = mbPerSecond(baselineText, baselineMs);
row(
  'mention scan, automaton',
  `${automatonRate.toFixed(1)} MB/s`,
  `${patterns.length} patterns, ${(text.length / 1e6).toFixed(1)}M chars, ${count} raw matches, build ${build.ms.toFixed(0)} ms`,
);
row(
  'mention scan, regex alternation (baseline)',
  `${baselineRate.toFixed(2)} MB/s`,
  `same patterns, first 1M chars, ${baselineCount} matches`,
);
row('  ratio', `${(automatonRate / baselineRate).toFixed(1)}x`, '');

benchSentenceSplit(corpusText, row);

// Full mention finding (resolution of short forms, titles, newcomers) on a 50 KB document.
const index = buildMentionIndex(kb);
const documentText = text.slice(0, 50_000);
const samples: number[] = [];
for (let i = 0; i < 50; i++) samples.push(time(() => findMentions(documentText, index)).ms);
samples.sort((a, b) => a - b);
row(
  'findMentions, 50 KB document',
  `p50 ${samples[25]!.toFixed(2)} ms, p95 ${samples[47]!.toFixed(2)} ms`,
  `${findMentions(documentText, index).length} mentions`,
);

// attache check over a 5,000-word draft, start-up included, against bare Node start-up.
const draftPath = join(mkdtempSync(join(tmpdir(), 'attache-bench-')), 'draft.md');
const draft = syntheticDraft(corpusText, 5000);
writeFileSync(draftPath, draft);
const cli = join(packageRoot(), 'bin', 'attache.js');
const wall = (args: string[]) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const checkRuns = Array.from({ length: 5 }, () => wall([cli, 'check', draftPath]));
const nodeRuns = Array.from({ length: 5 }, () => wall(['-e', '']));
row(
  'attache check, 5,000-word draft, wall',
  `${median(checkRuns).toFixed(0)} ms`,
  `median of 5, start-up included, ${draft.split(/\s+/).length} words`,
);
row('node -e "" start-up (baseline)', `${median(nodeRuns).toFixed(0)} ms`, 'median of 5');

// A Markdown draft's prose: parse and blank what is not prose, on the 5,000-word draft with
// inline code and a link in every paragraph (so the parser runs), beside finding its mentions.
// Each run changes every paragraph, so that no block read before is reused.
const markdownDraft = draft.replace(
  /\n\n(?=\S)/g,
  '\n\nSee `the note` and [the source](https://example.com/readout). ',
);
const proseMs: number[] = [];
const draftMentionsMs: number[] = [];
for (let i = 0; i < 30; i++) {
  const changed = markdownDraft.replaceAll('`the note`', `\`note ${i}\``);
  proseMs.push(time(() => proseOf(changed, 'markdown')).ms);
  draftMentionsMs.push(time(() => findMentions(markdownDraft, index)).ms);
}
const sortedMedian = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
row(
  'Markdown prose (parse + blank), 5,000 words',
  `p50 ${sortedMedian(proseMs).toFixed(1)} ms`,
  `${proseOf(markdownDraft, 'markdown').nonProse.length} ranges left out, ${markdownDraft.length} chars`,
);
row('  baseline: findMentions on the same draft', `p50 ${sortedMedian(draftMentionsMs).toFixed(1)} ms`, '');

// Language server, in process: diagnostics after each edit of the 5,000-word draft, and hover.
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
const host = openWorkspace({
  today: () => '2026-11-25',
  store: { folder: mkdtempSync(join(tmpdir(), 'attache-bench-store-')) },
});
await host.updateCorpus();
const workspace = host.snapshot();
let document = TextDocument.create('file:///bench/draft.md', 'markdown', 1, draft);
const editNext = random(3);
const diagnosticsMs: number[] = [];
for (let i = 0; i < 60; i++) {
  const at = document.positionAt(Math.floor(editNext() * document.getText().length));
  document = TextDocument.update(
    document,
    [{ range: { start: at, end: at }, text: i % 2 ? ' Premier Li Keqiang ' : ' the ' }],
    document.version + 1,
  );
  diagnosticsMs.push(
    time(() => workspace.analyze(document).findings.map((f) => toDiagnostic(document, f, workspace.corpusLocation))).ms,
  );
}
const naiveDiagnosticsMs: number[] = [];
for (let i = 0; i < 10; i++)
  naiveDiagnosticsMs.push(time(() => [...document.getText().matchAll(alternation)].length).ms);
row(
  'diagnostics after an edit, 5,000 words',
  `p50 ${percentile(diagnosticsMs, 0.5).toFixed(1)} ms, p95 ${percentile(diagnosticsMs, 0.95).toFixed(1)} ms`,
  '60 edits; full analysis and conversion',
);
row(
  '  baseline: regex alternation over the draft',
  `p50 ${percentile(naiveDiagnosticsMs, 0.5).toFixed(1)} ms`,
  'finds names only, checks nothing',
);

// The same edits with the six bundled retext plugins on: the nlcst and each plugin's messages
// are cached per paragraph, so an edit parses and checks the paragraph it changed.
host.configure({ settings: { retext: { plugins: BUNDLED_RETEXT_PLUGINS.map((plugin) => ({ name: plugin.name })) } } });
const withRetext = host.snapshot();
let retextDocument = TextDocument.create('file:///bench/draft-retext.md', 'markdown', 1, draft);
const retextEditNext = random(3);
const retextDiagnosticsMs: number[] = [];
let retextFindings = 0;
for (let i = 0; i < 60; i++) {
  const at = retextDocument.positionAt(Math.floor(retextEditNext() * retextDocument.getText().length));
  retextDocument = TextDocument.update(
    retextDocument,
    [{ range: { start: at, end: at }, text: i % 2 ? ' Premier Li Keqiang ' : ' the ' }],
    retextDocument.version + 1,
  );
  retextDiagnosticsMs.push(
    time(() =>
      withRetext
        .analyze(retextDocument)
        .findings.map((f) => toDiagnostic(retextDocument, f, withRetext.corpusLocation)),
    ).ms,
  );
  retextFindings = withRetext.analyze(retextDocument).findings.filter((f) => f.code.startsWith('retext-')).length;
}
// The retext part alone, on other edits of the draft (so the edited paragraphs are new to the
// caches): paragraphs found, the edited one parsed, every plugin run on it, the rest cached.
const plugins = retextPluginsToRun(
  { plugins: BUNDLED_RETEXT_PLUGINS.map((plugin) => ({ name: plugin.name })) },
  { quotes: 'any' },
);
let retextOnly = TextDocument.create('file:///bench/draft-retext-only.md', 'markdown', 1, draft);
const retextOnlyNext = random(4);
const retextOnlyMs: number[] = [];
runRetextPlugins(paragraphSpans(proseOf(draft, 'markdown').text, 'markdown'), plugins);
for (let i = 0; i < 60; i++) {
  const at = retextOnly.positionAt(Math.floor(retextOnlyNext() * retextOnly.getText().length));
  retextOnly = TextDocument.update(
    retextOnly,
    [{ range: { start: at, end: at }, text: i % 2 ? ' Premier Li Keqiang ' : ' the ' }],
    retextOnly.version + 1,
  );
  const prose = proseOf(retextOnly.getText(), 'markdown').text;
  retextOnlyMs.push(time(() => runRetextPlugins(paragraphSpans(prose, 'markdown'), plugins)).ms);
}
const parser = unified().use(retextParagraph).use(retextSentenceEnds).freeze();
const spans = paragraphSpans(proseOf(retextDocument.getText(), 'markdown').text, 'markdown');
const reparseMs: number[] = [];
for (let i = 0; i < 10; i++)
  reparseMs.push(time(() => spans.map((span) => parser.runSync(parser.parse(span.text)))).ms);
row(
  'diagnostics after an edit, 5,000 words, retext plugins on',
  `p50 ${percentile(retextDiagnosticsMs, 0.5).toFixed(1)} ms, p95 ${percentile(retextDiagnosticsMs, 0.95).toFixed(1)} ms`,
  `60 edits; the six bundled plugins, ${retextFindings} retext findings at the end`,
);
row(
  '  of which the retext part',
  `p50 ${percentile(retextOnlyMs, 0.5).toFixed(1)} ms, p95 ${percentile(retextOnlyMs, 0.95).toFixed(1)} ms`,
  '60 other edits: the edited paragraph parsed, six plugins run on it',
);
row(
  '  baseline: nlcst of every paragraph parsed again',
  `p50 ${percentile(reparseMs, 0.5).toFixed(1)} ms`,
  `${spans.length} paragraphs, no cache, no plugin run`,
);
const mentions = workspace.analyze(document).document.mentions.filter((m) => m.known);
const hoverMs: number[] = [];
for (let i = 0; i < 200; i++) {
  const mention = mentions[Math.floor(editNext() * mentions.length)]!;
  hoverMs.push(time(() => hover(workspace, document, document.positionAt(mention.start + 1))).ms);
}
const uncachedHoverMs: number[] = [];
for (let i = 0; i < 20; i++) {
  uncachedHoverMs.push(
    time(
      () =>
        analyzeDocument(document.getText(), workspace.kb, workspace.mentionIndex, { today: '2026-11-25' }).document
          .mentions.length,
    ).ms,
  );
}
row(
  'hover on a mention',
  `p50 ${percentile(hoverMs, 0.5).toFixed(2)} ms, p95 ${percentile(hoverMs, 0.95).toFixed(2)} ms`,
  '200 hovers, analysis cached per version',
);
row('  baseline: re-analyse the document per hover', `p50 ${percentile(uncachedHoverMs, 0.5).toFixed(1)} ms`, '');

// A hover sent as the draft's analysis starts again (after a new snapshot the server re-analyses
// each draft in steps): answered between two steps, against one that waits for the whole analysis.
// Each hover is on a mention before the edited point, so that it finds its mention.
const hoverDuringAnalysis = async (inSteps: boolean): Promise<number[]> => {
  const waits: number[] = [];
  for (let i = 0; i < 30; i++) {
    const mention = mentions[Math.floor(editNext() * mentions.length)]!;
    const at = document.positionAt(mention.end + Math.floor(editNext() * (document.getText().length - mention.end)));
    // Versions of their own: an analysis the other side made is not found cached.
    const edited = TextDocument.update(
      document,
      [{ range: { start: at, end: at }, text: ' the ' }],
      document.version + (inSteps ? 1000 : 2000) + i,
    );
    const sent = process.hrtime.bigint();
    const analysed = inSteps
      ? workspace.analyzeInSteps(edited, () => false)
      : new Promise((resolve) => setImmediate(() => resolve(workspace.analyze(edited))));
    waits.push(
      await new Promise<number>((resolve) =>
        setImmediate(() => {
          hover(workspace, edited, edited.positionAt(mention.start + 1));
          resolve(Number(process.hrtime.bigint() - sent) / 1e6);
        }),
      ),
    );
    await analysed;
  }
  return waits;
};
const steppedHoverMs = await hoverDuringAnalysis(true);
const blockedHoverMs = await hoverDuringAnalysis(false);
row(
  'hover while the draft is re-analysed',
  `p50 ${percentile(steppedHoverMs, 0.5).toFixed(1)} ms, p95 ${percentile(steppedHoverMs, 0.95).toFixed(1)} ms`,
  '30 hovers, each sent as an analysis in steps starts',
);
row(
  '  baseline: the analysis in one block',
  `p50 ${percentile(blockedHoverMs, 0.5).toFixed(1)} ms, p95 ${percentile(blockedHoverMs, 0.95).toFixed(1)} ms`,
  'the hover waits for it',
);

await benchSearch(corpusText, buildMentionIndex(readKnowledgeBase()), row);
await benchArchiveScale(corpusText, row);
// ATTACHE_BENCH_DOCUMENTS=0 leaves out the megabyte inputs (`node out/bench/run.js documents` runs them alone).
if (Number(process.env['ATTACHE_BENCH_DOCUMENTS'] ?? 1)) benchLargeDocuments(corpusText, row);

printTable();
