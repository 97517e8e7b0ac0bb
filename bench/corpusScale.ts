/**
 * The corpus at scale: a synthetic corpus of N articles (default 100,000; ATTACHE_BENCH_ARTICLES)
 * built from the sample corpus's paragraphs with leaders, dates and figures varied, as JSON
 * Lines files. Measures ingestion and indexing throughput, the stored index's load time and
 * size, memory, and passage search, each beside a simple baseline.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MentionIndex } from '../server/src/core/mentions/mentionIndex.js';
import { buildPassageIndex, PassageIndex } from '../server/src/core/passages/passageIndex.js';
import { passageTerms } from '../server/src/core/passages/terms.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { PassageIndexData } from '../server/src/core/passages/passageIndex.js';
import { ingestFiles } from '../server/src/corpus/readCorpus.js';
import type { SourceFile } from '../server/src/corpus/types.js';
import { random } from './synthetic.js';

const NAMES = ['Xi Jinping', 'Li Qiang', 'Wang Yi', 'Thongloun Sisoulith', 'Sonexay Siphandone', 'To Lam', 'Pham Minh Chinh', 'Tran Thanh Man', 'Luong Cuong', 'Zhao Leji', 'Wang Huning', 'Saysomphone Phomvihane'];
const CITIES = ['BEIJING', 'VIENTIANE', 'HANOI', 'KUNMING', 'NANNING', 'PHNOM PENH'];
const OUTLETS = ['Xinhua', 'VNA', 'KPL', 'China Daily', 'CGTN', 'Laotian Times'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The corpus files: JSON Lines, 100 articles a file. */
export function syntheticCorpus(sampleText: string, articles: number): { files: SourceFile[]; bytes: number; queries: string[] } {
  const paragraphs = sampleText
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 120 && p.length < 1500);
  const next = random(99);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const vary = (paragraph: string) => paragraph.replace(/\b(Xi Jinping|Thongloun Sisoulith|To Lam|Pham Minh Chinh)\b/g, () => pick(NAMES)).replace(/\b\d{2,}\b/g, (n) => String(Math.floor(Number(n) * (0.5 + next()))));
  const files: SourceFile[] = [];
  const queries: string[] = [];
  let bytes = 0;
  for (let f = 0; f * 100 < articles; f++) {
    const lines: string[] = [];
    for (let a = 0; a < 100 && f * 100 + a < articles; a++) {
      const year = 2016 + Math.floor(next() * 10);
      const month = Math.floor(next() * 12);
      const day = 1 + Math.floor(next() * 28);
      const body = [`${pick(CITIES)}, ${MONTHS[month]} ${day} -- ${vary(pick(paragraphs))}`, vary(pick(paragraphs)), vary(pick(paragraphs))].join('\n\n');
      if (queries.length < 200 && next() < 0.01) {
        const sentence = body.split(/(?<=\.)\s+/)[1] ?? body.slice(0, 160);
        queries.push(sentence.split(' ').filter((_, i) => i % 7 !== 3).join(' ').slice(0, 200));
      }
      const record = JSON.stringify({ title: `${pick(NAMES)} ${pick(['meets', 'holds talks with', 'calls'])} ${pick(NAMES)}`, date: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`, outlet: pick(OUTLETS), text: body });
      lines.push(record);
      bytes += Buffer.byteLength(body);
    }
    files.push({ path: `synthetic/${String(f).padStart(5, '0')}.jsonl`, text: lines.join('\n') });
  }
  return { files, bytes, queries };
}

type Row = (...cells: (string | number)[]) => void;

export function benchCorpusScale(sampleText: string, mentionIndex: MentionIndex, row: Row): void {
  const count = Number(process.env['ATTACHE_BENCH_ARTICLES'] ?? 100_000);
  if (!count) return;
  const { files, bytes, queries } = syntheticCorpus(sampleText, count);
  const mb = bytes / 1e6;
  const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;
  const now = () => Number(process.hrtime.bigint()) / 1e6;

  let start = now();
  const corpus = ingestFiles(files);
  const ingestMs = now() - start;
  start = now();
  const data = buildPassageIndex(corpus, mentionIndex);
  const indexMs = now() - start;
  row(`corpus: ingest ${count.toLocaleString('en')} articles`, `${(mb / (ingestMs / 1000)).toFixed(1)} MB/s`, `${mb.toFixed(0)} MB of text, ${(ingestMs / 1000).toFixed(1)} s`);
  row('corpus: build the passage index', `${(mb / (indexMs / 1000)).toFixed(1)} MB/s`, `${data.passageArticle.length.toLocaleString('en')} paragraphs, ${data.terms.length.toLocaleString('en')} terms, ${(indexMs / 1000).toFixed(1)} s`);
  start = now();
  const naive = new Map<string, number[]>();
  corpus.articles.forEach((article, id) => {
    for (const passage of article.passages) {
      if (passage.kind !== 'paragraph') continue;
      for (const word of new Set(passage.text.toLowerCase().split(/\W+/))) {
        const list = naive.get(word);
        if (list) list.push(id);
        else naive.set(word, [id]);
      }
    }
  });
  const naiveMs = now() - start;
  row('  baseline: Map<word, ids> over the same paragraphs', `${(mb / (naiveMs / 1000)).toFixed(1)} MB/s`, 'words only, no entities, no frequencies');
  naive.clear();

  const path = join(mkdtempSync(join(tmpdir(), 'attache-bench-index-')), 'passages.bin');
  writeFileSync(path, serialize(data));
  start = now();
  const loaded = deserialize(readFileSync(path)) as PassageIndexData;
  const loadMs = now() - start;
  start = now();
  JSON.parse(JSON.stringify({ terms: data.terms, postings: Array.from(data.postingPassages.subarray(0, Math.min(data.postingPassages.length, 5_000_000))) }));
  const jsonMs = now() - start;
  row('index: load from disk', `${loadMs.toFixed(0)} ms`, `${(statSync(path).size / 1e6).toFixed(0)} MB file`);
  row('  baseline: JSON.parse of terms and up to 5M postings', `${jsonMs.toFixed(0)} ms`, '');

  // JSON Lines articles are addressed by file and line; the bench keeps their bodies in memory
  // and finds a paragraph's article by its offsets.
  const bodyOf = new Map<string, string>();
  for (const file of files) {
    file.text.split('\n').forEach((line, index) => bodyOf.set(`${file.path}#${index}`, (JSON.parse(line) as { text: string }).text));
  }
  const index = new PassageIndex(loaded, mentionIndex);
  const byPath = new Map<string, typeof corpus.articles>();
  for (const article of corpus.articles) {
    const list = byPath.get(article.path) ?? [];
    list.push(article);
    byPath.set(article.path, list);
  }
  const textOf = (file: string, from: number, to: number) => {
    for (const article of byPath.get(file) ?? []) {
      if (article.passages.some((p) => p.start === from && p.end === to)) return bodyOf.get(`${file}#${(article.line ?? 1) - 1}`)?.slice(from, to);
    }
    return undefined;
  };
  const memory = process.memoryUsage();
  row('memory after indexing and loading', `${(memory.heapUsed / 1e6).toFixed(0)} MB heap`, `${(memory.rss / 1e6).toFixed(0)} MB RSS (corpus objects and index both in memory)`);
  const searchMs: number[] = [];
  let found = 0;
  for (const query of queries) {
    start = now();
    const hits = index.search(query, { textOf, limit: 10 });
    searchMs.push(now() - start);
    if (hits.length > 0) found++;
  }
  row('passage search, paraphrased sentence', `p50 ${percentile(searchMs, 0.5).toFixed(1)} ms, p95 ${percentile(searchMs, 0.95).toFixed(1)} ms`, `${queries.length} queries, ${found} with results`);
  const paragraphs = corpus.articles.flatMap((a) => a.passages.filter((p) => p.kind === 'paragraph'));
  const scanMs: number[] = [];
  for (const query of queries.slice(0, 5)) {
    const words = passageTerms(query);
    start = now();
    let best = 0;
    for (const paragraph of paragraphs) {
      const lower = paragraph.text.toLowerCase();
      let shared = 0;
      for (const word of words) if (lower.includes(word)) shared++;
      if (shared > best) best = shared;
    }
    scanMs.push(now() - start);
  }
  row('  baseline: scan every paragraph for the query words', `p50 ${percentile(scanMs, 0.5).toFixed(0)} ms`, '5 queries');
}
