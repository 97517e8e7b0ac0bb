/**
 * A quick run of bench/searchQuality.ts on its own, to check the queries and the two baselines
 * before the integrator wires them into `npm run bench`:
 *
 *   npx tsc -p tsconfig.json && node out/bench/searchQualitySelfTest.js
 *
 * Corpus: 2,000 paragraphs from the sample corpus, split as bench/corpusScale.ts splits it and
 * varied the same way (leaders' names and figures changed, a date between 2016 and 2025), plus
 * the sample's Chinese sentences, each once, so that both engines' Chinese path is exercised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCorpusDir } from '../server/src/paths.js';
import {
  type BenchParagraph,
  flexSearchEngine,
  fts5Engine,
  measureEngines,
  paraphraseQueries,
  SAMPLE_ROLE_NAMES,
  type SearchEngineUnderTest,
} from './searchQuality.js';
import { LEADER_NAMES as NAMES, random } from './synthetic.js';

const PARAGRAPHS = 2_000;
const QUERIES = 100;

const sampleText = readdirSync(bundledCorpusDir())
  .sort()
  .map((name) => readFileSync(join(bundledCorpusDir(), name), 'utf8'))
  .join('\n');
const english = sampleText
  .split(/\n\s*\n/)
  .map((p) => p.replace(/\s+/g, ' ').trim())
  .filter((p) => p.length > 120 && p.length < 1500);
// The Chinese sample is one long page with stray spaces between characters: the sentences whose
// characters are mostly Chinese, with the spaces next to Chinese characters removed.
const chinese = sampleText
  .replace(/\s+/g, ' ')
  .replace(/(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])\s+|\s+(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])/g, '')
  .split(/(?<=。)/)
  .map((s) => s.replace(/^[^\u3400-\u9fff]+/, '').trim())
  .filter((s) => s.length >= 20 && (s.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= s.length / 2);

const next = random(2024);
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
const vary = (paragraph: string) =>
  paragraph
    .replace(/\b(Xi Jinping|Thongloun Sisoulith|To Lam|Pham Minh Chinh)\b/g, () => pick(NAMES))
    .replace(/\b\d{2,}\b/g, (n) => String(Math.floor(Number(n) * (0.5 + next()))));
const date = () =>
  `${2016 + Math.floor(next() * 10)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
const paragraphs: BenchParagraph[] = chinese.map((text, id) => ({ id, text, date: date() }));
while (paragraphs.length < PARAGRAPHS)
  paragraphs.push({ id: paragraphs.length, text: vary(pick(english)), date: date() });

const queries = paraphraseQueries(paragraphs, QUERIES, 7, SAMPLE_ROLE_NAMES);
const kinds = new Map<string, number>();
for (const query of queries) kinds.set(query.kind, (kinds.get(query.kind) ?? 0) + 1);
const megabytes = paragraphs.reduce((sum, p) => sum + Buffer.byteLength(p.text), 0) / 1e6;
console.log(
  `${paragraphs.length} paragraphs (${chinese.length} Chinese), ${megabytes.toFixed(2)} MB; ${queries.length} queries: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`,
);
for (const kind of ['synonyms', 'reordered', 'dropped', 'role']) {
  const example = queries.find((q) => q.kind === kind);
  if (example) console.log(`  e.g. ${kind}: ${example.text}`);
}

const figures = await measureEngines(paragraphs, queries, [flexSearchEngine(), fts5Engine()]);
console.log('engine                            p50 ms   p95 ms   hit@1   hit@10   build MB/s');
for (const f of figures) {
  console.log(
    `${f.name.padEnd(32)}  ${f.p50.toFixed(3).padStart(7)}  ${f.p95.toFixed(3).padStart(7)}  ${(f.hit1 * 100).toFixed(0).padStart(5)}%  ${(f.hit10 * 100).toFixed(0).padStart(6)}%  ${f.buildMBps.toFixed(1).padStart(10)}`,
  );
}

// Per kind, since the role paraphrases are the ones a lexical engine cannot be expected to find.
for (const kind of ['synonyms', 'reordered', 'dropped', 'role'] as const) {
  const subset = queries.filter((q) => q.kind === kind);
  if (subset.length === 0) continue;
  const byKind = await measureEngines(paragraphs, subset, [flexSearchEngine(), fts5Engine()]);
  console.log(
    `  ${kind.padEnd(9)} (${subset.length}): ${byKind.map((f) => `${f.name.split(' ')[0]} hit@1 ${(f.hit1 * 100).toFixed(0)}% hit@10 ${(f.hit10 * 100).toFixed(0)}%`).join('; ')}`,
  );
}

// The Chinese path: a 12-character stretch of each Chinese paragraph must find it.
for (const engine of [flexSearchEngine(), fts5Engine()] as SearchEngineUnderTest[]) {
  await engine.build(paragraphs);
  let found = 0;
  chinese.forEach((text, id) => {
    const from = Math.floor(text.length / 3);
    if (engine.search(text.slice(from, from + 12), 10)[0] === id) found++;
  });
  engine.close?.();
  console.log(`  Chinese, 12-character excerpt, ${engine.name}: ${found}/${chinese.length} first`);
}
