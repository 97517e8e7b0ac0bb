/**
 * Large inputs, checked whole: Markdown documents of 1, 5 and 10 MB and a 4 MB document that
 * is one paragraph, through `analyzeDocument` and through `attache check`, and a 4 MB corpus
 * paragraph ingested (`deriveFileRecord`). Each measurement runs in a child process of its
 * own, so that its peak memory is its own; beside each, a baseline in the same child: one
 * mention scan of the same text (a single linear pass). Time per MB shows whether the work
 * grows linearly.
 *
 * Alone: `node out/bench/run.js documents`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../server/src/core/analyze.js';
import { deriveFileRecord } from '../server/src/corpus/fileRecord.js';
import { openWorkspace } from '../server/src/workspace/host.js';
import { packageRoot } from '../server/src/paths.js';
import { MONTHS } from '../server/src/core/text/writeDate.js';
import { random } from './synthetic.js';

const TODAY = '2026-11-25';
const MB = 1_000_000;

/** What a child reports of one run. */
interface Measurement {
  ms: number;
  baselineMs: number;
  /** Findings (or, for ingestion, reports of events) found. */
  count: number;
  /** Resident memory before the measured work, and the process's peak. */
  rssBefore: number;
  peakRss: number;
}

const SYLLABLES = [
  'boun',
  'kham',
  'phou',
  'sai',
  'thong',
  'vanh',
  'sy',
  'la',
  'nguyen',
  'tran',
  'minh',
  'hoa',
  'zhang',
  'wei',
  'ming',
  'sou',
  'vong',
  'keo',
  'phet',
];

/**
 * About `size` characters of readout prose: the sentences of the sample corpus and drafts in a
 * varied order, some with an invented official ("Prime Minister Boun Kham said that ..."), a
 * date or a figure added, so that paragraphs rarely repeat. As paragraphs under headings, or
 * as a single paragraph.
 */
export function largeDocument(
  sentencesOf: readonly string[],
  size: number,
  shape: 'paragraphs' | 'single paragraph',
  seed = 5,
): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const word = () => {
    const text = pick(SYLLABLES) + pick(SYLLABLES);
    return text[0]!.toUpperCase() + text.slice(1);
  };
  const sentence = () => {
    const base = pick(sentencesOf);
    const roll = next();
    if (roll < 0.2) return `Prime Minister ${word()} ${word()} said that ${base[0]!.toLowerCase()}${base.slice(1)}`;
    if (roll < 0.3)
      return `On ${pick(MONTHS)} ${1 + Math.floor(next() * 28)}, ${2016 + Math.floor(next() * 9)}, ${base}`;
    if (roll < 0.35)
      return `${base.replace(/[.!?]$/, '')}, with trade worth ${10 + Math.floor(next() * 900)} million dollars.`;
    return base;
  };
  const parts: string[] = shape === 'paragraphs' ? ['---', 'date: 2024-06-12', '---', ''] : [];
  let length = 0;
  while (length < size) {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 4) }, sentence);
    const paragraph = sentences.join(' ');
    if (shape === 'paragraphs' && next() < 0.05) parts.push(`## ${word()} ${word()}`, '');
    parts.push(paragraph, ...(shape === 'paragraphs' ? [''] : []));
    length += paragraph.length + 2;
  }
  return parts.join(shape === 'paragraphs' ? '\n' : ' ');
}

function sentencesOfSamples(corpusText: string): string[] {
  const drafts = ['2023-10-clean-readout.md', '2024-06-laos-readout.md', '2025-04-vietnam-briefing.md'].map((name) =>
    readFileSync(join(packageRoot(), 'samples', 'drafts', name), 'utf8').replace(/^---[\s\S]*?---\n/, ''),
  );
  return [corpusText, ...drafts]
    .join('\n')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 40 && /^[A-Z]/.test(s) && !/[\u3400-\u9fff]/.test(s) && !s.startsWith('#'));
}

function time(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** In the child: one measurement, printed as JSON. */
async function measure(mode: string, file: string): Promise<Measurement> {
  const store = mkdtempSync(join(tmpdir(), 'attache-bench-large-'));
  const host = openWorkspace({ today: () => TODAY, store: { folder: store } });
  const text = readFileSync(file, 'utf8');
  // `attache check` opens its own workspace on the same store; only the analysis needs the corpus here.
  if (mode === 'analyze') await host.updateCorpus();
  const snapshot = host.snapshot();
  host.dispose();
  const baselineMs = time(() => snapshot.mentionIndex.automaton.scan(text, () => undefined));
  const rssBefore = process.memoryUsage().rss;
  let count = 0;
  const ms =
    mode === 'ingest'
      ? time(
          () =>
            (count = deriveFileRecord({ path: file, text }, 'bench', snapshot.mentionIndex).facts.reduce(
              (n, facts) => n + facts.drafts.length,
              0,
            )),
        )
      : mode === 'check'
        ? await (async () => {
            const { main } = (await import(
              join(packageRoot(), 'dist', 'cli.cjs')
            )) as typeof import('../server/src/cli/main.js');
            let output = '';
            const stdout = { write: (chunk: string) => ((output += chunk), true) };
            const start = process.hrtime.bigint();
            await main(['check', '--store', store, '--format', 'json', file], {
              stdout,
              stderr: { write: () => true },
            });
            const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
            count = (JSON.parse(output) as { files: { diagnostics: unknown[] }[] }).files[0]!.diagnostics.length;
            return elapsed;
          })()
        : time(
            () =>
              (count = analyzeDocument(text, snapshot.kb, snapshot.mentionIndex, {
                today: TODAY,
                corpus: snapshot.corpus?.evidence,
              }).findings.length),
          );
  return { ms, baselineMs, rssBefore, peakRss: process.resourceUsage().maxRSS * 1024, count };
}

function runChild(mode: string, file: string): Measurement {
  const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'measure', mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (result.status !== 0) throw new Error(`bench ${mode} ${file} failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Measurement;
}

/** Adds the large-input rows to the benchmark table. */
export function benchLargeDocuments(corpusText: string, row: (...cells: (string | number)[]) => void): void {
  const folder = mkdtempSync(join(tmpdir(), 'attache-bench-documents-'));
  const sentences = sentencesOfSamples(corpusText);
  const inputs: { label: string; file: string; mb: number }[] = [];
  for (const size of [1, 5, 10]) {
    const file = join(folder, `document-${size}mb.md`);
    writeFileSync(file, largeDocument(sentences, size * MB, 'paragraphs'));
    inputs.push({ label: `${size} MB document`, file, mb: size });
  }
  const paragraph = join(folder, 'paragraph-4mb.md');
  writeFileSync(paragraph, largeDocument(sentences, 4 * MB, 'single paragraph'));
  inputs.push({ label: '4 MB single paragraph', file: paragraph, mb: 4 });

  const megabytes = (bytes: number) => `${(bytes / MB).toFixed(0)} MB`;
  const report = (what: string, mb: number, m: Measurement, counted: string) => {
    row(
      what,
      `${(m.ms / 1000).toFixed(1)} s, ${(m.ms / 1000 / mb).toFixed(2)} s/MB, peak RSS ${megabytes(m.peakRss)}`,
      `${megabytes(m.rssBefore)} before; ${m.count} ${counted}`,
    );
    row('  baseline: one mention scan', `${(m.baselineMs / 1000 / mb).toFixed(3)} s/MB`, 'same text, same process');
  };
  for (const input of inputs)
    report(`analyzeDocument, ${input.label}`, input.mb, runChild('analyze', input.file), 'findings');
  // The command's time includes start-up and bringing the corpus store up to date.
  for (const input of inputs)
    report(`attache check, ${input.label}`, input.mb, runChild('check', input.file), 'findings');
  report('corpus ingestion, 4 MB paragraph', 4, runChild('ingest', paragraph), 'reports of events');
}

if (process.argv[2] === 'measure' && process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measure(process.argv[3]!, process.argv[4]!)));
  process.exit(0);
}
