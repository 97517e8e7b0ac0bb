/**
 * A synthetic corpus built from the sample corpus's paragraphs with leaders, dates and figures
 * varied, as JSON Lines files (100 articles a file), and passage search over it beside
 * FlexSearch and SQLite FTS5.
 */
import type { MentionIndex } from '../server/src/core/mentions/mentionIndex.js';
import { buildPassageIndex, PassageIndex } from '../server/src/core/passages/passageIndex.js';
import type { Article, SourceFile } from '../server/src/corpus/types.js';
import {
  flexSearchEngine,
  fts5Engine,
  measureEngines,
  paraphraseQueries,
  SAMPLE_ROLE_NAMES,
  type BenchParagraph,
  type SearchEngineUnderTest,
} from './searchQuality.js';
import { MONTHS } from '../server/src/core/text/writeDate.js';
import { LEADER_NAMES as NAMES, random } from './synthetic.js';

const CITIES = ['BEIJING', 'VIENTIANE', 'HANOI', 'KUNMING', 'NANNING', 'PHNOM PENH'];
const OUTLETS = ['Xinhua', 'VNA', 'KPL', 'China Daily', 'CGTN', 'Laotian Times'];

/** The corpus files: JSON Lines, 100 articles a file. */
export function syntheticCorpus(
  sampleText: string,
  articles: number,
): { files: SourceFile[]; bytes: number; queries: string[] } {
  const paragraphs = sampleText
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 120 && p.length < 1500);
  const next = random(99);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const vary = (paragraph: string) =>
    paragraph
      .replace(/\b(Xi Jinping|Thongloun Sisoulith|To Lam|Pham Minh Chinh)\b/g, () => pick(NAMES))
      .replace(/\b\d{2,}\b/g, (n) => String(Math.floor(Number(n) * (0.5 + next()))));
  const files: SourceFile[] = [];
  const queries: string[] = [];
  let bytes = 0;
  for (let f = 0; f * 100 < articles; f++) {
    const lines: string[] = [];
    for (let a = 0; a < 100 && f * 100 + a < articles; a++) {
      const year = 2016 + Math.floor(next() * 10);
      const month = Math.floor(next() * 12);
      const day = 1 + Math.floor(next() * 28);
      const body = [
        `${pick(CITIES)}, ${MONTHS[month]} ${day} -- ${vary(pick(paragraphs))}`,
        vary(pick(paragraphs)),
        vary(pick(paragraphs)),
      ].join('\n\n');
      if (queries.length < 200 && next() < 0.01) {
        const sentence = body.split(/(?<=\.)\s+/)[1] ?? body.slice(0, 160);
        queries.push(
          sentence
            .split(' ')
            .filter((_, i) => i % 7 !== 3)
            .join(' ')
            .slice(0, 200),
        );
      }
      const record = JSON.stringify({
        title: `${pick(NAMES)} ${pick(['meets', 'holds talks with', 'calls'])} ${pick(NAMES)}`,
        date: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        outlet: pick(OUTLETS),
        text: body,
      });
      lines.push(record);
      bytes += Buffer.byteLength(body);
    }
    files.push({ path: `synthetic/${String(f).padStart(5, '0')}.jsonl`, text: lines.join('\n') });
  }
  return { files, bytes, queries };
}

type Row = (...cells: (string | number)[]) => void;

/** Attaché's passage search as the search benchmark drives it: one paragraph an article, text kept in memory. */
export function attacheEngine(mentionIndex: MentionIndex): SearchEngineUnderTest {
  let index: PassageIndex | undefined;
  let texts: string[] = [];
  return {
    name: 'Attaché (BM25 + entities + roles, alignment rerank)',
    build(paragraphs: BenchParagraph[]) {
      texts = paragraphs.map((p) => p.text);
      const articles: Article[] = paragraphs.map((p) => ({
        id: String(p.id),
        path: String(p.id),
        start: 0,
        end: p.text.length,
        title: '',
        ...(p.date ? { date: p.date } : {}),
        language: /[\u3400-\u9fff]/.test(p.text) ? 'zh' : 'en',
        passages: [{ kind: 'paragraph', start: 0, end: p.text.length, text: p.text }],
        storyId: String(p.id),
      }));
      index = new PassageIndex(buildPassageIndex({ articles, stories: [], problems: [] }, mentionIndex), mentionIndex);
    },
    search(query: string, limit: number, date?: string) {
      const textOf = (path: string, start: number, end: number) => texts[Number(path)]?.slice(start, end);
      return (index?.search(query, { limit, textOf, ...(date ? { date } : {}) }) ?? []).map((match) =>
        Number(match.article.id),
      );
    },
    close() {
      index = undefined;
      texts = [];
    },
  };
}

/**
 * Passage search over 100,000 paragraphs of synthetic articles, with 200 paraphrased queries
 * of known source (synonyms, reordered clauses, 30 % of words dropped, people described by
 * role): Attaché beside FlexSearch and SQLite FTS5 on the same paragraphs and queries.
 */
export async function benchSearch(sampleText: string, mentionIndex: MentionIndex, row: Row): Promise<void> {
  const count = Number(process.env['ATTACHE_BENCH_PARAGRAPHS'] ?? 100_000);
  if (!count) return;
  const { files } = syntheticCorpus(sampleText, Math.ceil(count / 3));
  const paragraphs: BenchParagraph[] = [];
  for (const file of files) {
    for (const line of file.text.split('\n')) {
      const record = JSON.parse(line) as { text: string; date: string };
      for (const text of record.text.split('\n\n'))
        if (paragraphs.length < count) paragraphs.push({ id: paragraphs.length, text, date: record.date });
    }
  }
  const queries = paraphraseQueries(paragraphs, 200, 7, SAMPLE_ROLE_NAMES);
  const engines = [attacheEngine(mentionIndex), flexSearchEngine(), fts5Engine()];
  for (const figures of await measureEngines(paragraphs, queries, engines)) {
    const byKind = figures.name.startsWith('Attaché') ? 'budget p95 < 30 ms, hit@10 ≥ 0.9' : 'baseline';
    row(
      `search: ${figures.name}`,
      `p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms`,
      `hit@1 ${figures.hit1.toFixed(3)}, hit@10 ${figures.hit10.toFixed(3)}, build ${figures.buildMBps.toFixed(1)} MB/s; ${paragraphs.length.toLocaleString('en')} paragraphs, ${queries.length} queries; ${byKind}`,
    );
  }
}
