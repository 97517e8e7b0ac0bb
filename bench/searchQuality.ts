/**
 * Search quality and speed of passage search, beside two off-the-shelf baselines: FlexSearch
 * (an in-memory JavaScript full-text index) and SQLite FTS5 ranked by BM25.
 *
 * Speed alone says little about a search engine: an engine that returns nothing is very fast.
 * So every query here has a KNOWN source paragraph: it is one sentence of that paragraph,
 * paraphrased the ways a drafter rewrites what they read (synonyms, reordered clauses, words
 * left out, a leader named by office instead of by name). An engine is then scored by how often
 * the source comes first (hit@1) or in the first ten (hit@10), next to its latency and the speed
 * at which it indexes.
 *
 * The engines are driven through one small interface, so that the integrator can put Attaché's
 * passage index beside the baselines without this module depending on it.
 */
import FlexSearch from 'flexsearch';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import { random } from './synthetic.js';

/** One searchable paragraph. `id` is what an engine returns; `date` (ISO) dates the paragraph. */
export interface BenchParagraph {
  id: number;
  text: string;
  date?: string;
}

/** A search engine as the benchmark drives it. */
export interface SearchEngineUnderTest {
  name: string;
  build(paragraphs: BenchParagraph[]): void | Promise<void>;
  /** Paragraph ids, best first, at most `limit`. `date` is the writer's date, for engines that read roles at a date. */
  search(query: string, limit: number, date?: string): number[];
  /** Frees the index (an SQLite connection, large maps) once the engine has been measured. */
  close?(): void;
}

/** How a query was derived from its source sentence. */
export type ParaphraseKind = 'synonyms' | 'reordered' | 'dropped' | 'role';

/** A paraphrased sentence whose source paragraph is known. */
export interface ParaphraseQuery {
  text: string;
  sourceId: number;
  /** The source paragraph's date: a role ("the Lao head of state") is resolved at this date. */
  date?: string;
  kind: ParaphraseKind;
}

/** A person's office for a period, described the way a text names the office-holder without naming them. */
export interface RoleName {
  name: string;
  /** E.g. "the Lao head of state"; must not contain the name. */
  description: string;
  /** ISO date the office was taken. */
  from: string;
  /** ISO date the successor took over (exclusive); open if absent. */
  to?: string;
}

/**
 * Roles of the leaders the sample corpus and the synthetic corpus name, with the dates of
 * server/kb/*.yaml. When two roles of one person overlap (To Lam in August–October 2024), the
 * first listed wins. For benchmarks only: the knowledge base is the reference.
 */
export const SAMPLE_ROLE_NAMES: readonly RoleName[] = [
  { name: 'Xi Jinping', description: 'the Chinese head of state', from: '2013-03-14' },
  { name: 'Li Keqiang', description: 'the Chinese premier', from: '2013-03-15', to: '2023-03-11' },
  { name: 'Li Qiang', description: 'the Chinese premier', from: '2023-03-11' },
  { name: 'Zhao Leji', description: "the chairman of China's top legislature", from: '2023-03-10' },
  { name: 'Wang Huning', description: "the chairman of China's top political advisory body", from: '2023-03-10' },
  { name: 'Thongloun Sisoulith', description: 'the Lao head of government', from: '2016-04-20', to: '2021-03-22' },
  { name: 'Thongloun Sisoulith', description: 'the Lao head of state', from: '2021-03-22' },
  { name: 'Bounnhang Vorachit', description: 'the Lao head of state', from: '2016-04-20', to: '2021-03-22' },
  { name: 'Phankham Viphavanh', description: 'the Lao head of government', from: '2021-03-22', to: '2022-12-30' },
  { name: 'Sonexay Siphandone', description: 'the Lao head of government', from: '2022-12-30' },
  { name: 'Saysomphone Phomvihane', description: 'the speaker of the Lao legislature', from: '2021-03-22' },
  { name: 'To Lam', description: "Viet Nam's minister of public security", from: '2016-04-09', to: '2024-05-22' },
  { name: 'To Lam', description: 'the Vietnamese head of state', from: '2024-05-22', to: '2024-10-21' },
  { name: 'To Lam', description: "the leader of Viet Nam's ruling party", from: '2024-08-03' },
  { name: 'Luong Cuong', description: 'the Vietnamese head of state', from: '2024-10-21' },
  { name: 'Pham Minh Chinh', description: 'the Vietnamese head of government', from: '2021-04-05' },
  { name: 'Tran Thanh Man', description: "the speaker of Viet Nam's legislature", from: '2024-05-20' },
];

// ---------------------------------------------------------------------------------------------
// Paraphrased queries

/**
 * Diplomatic wording and a paraphrase of it. Applied in one pass (longest phrase first), so a
 * replacement is never replaced again (strengthen → enhance, but enhance is not then boosted).
 * The replacements are what wire services write for the same thing, not dictionary synonyms:
 * a lexical engine misses them, an engine that understands the text would not.
 */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['held talks with', 'conducted discussions with'],
  ['held talks', 'conducted discussions'],
  ['met with', 'held a meeting with'],
  ['meets with', 'holds a meeting with'],
  ['meet with', 'hold a meeting with'],
  ['met', 'held a meeting with'],
  ['talks', 'discussions'],
  ['strengthen', 'enhance'],
  ['strengthened', 'enhanced'],
  ['strengthening', 'enhancing'],
  ['enhance', 'boost'],
  ['cooperation', 'collaboration'],
  ['bilateral', 'two-way'],
  ['agreed', 'concurred'],
  ['comprehensive', 'all-round'],
  ['comprehensively', 'in an all-round way'],
  ['deepen', 'intensify'],
  ['deepening', 'intensifying'],
  ['promote', 'foster'],
  ['promoting', 'fostering'],
  ['relations', 'ties'],
  ['relationship', 'ties'],
  ['important', 'significant'],
  ['countries', 'nations'],
  ['two sides', 'both parties'],
  ['both sides', 'the two parties'],
  ['said', 'stated'],
  ['stressed', 'emphasized'],
  ['noted', 'observed'],
  ['pointed out', 'remarked'],
  ['friendship', 'amity'],
  ['friendly', 'amicable'],
  ['development', 'growth'],
  ['jointly', 'together'],
  ['build', 'construct'],
  ['building', 'constructing'],
  ['visit', 'trip'],
  ['leaders', 'heads'],
  ['expressed', 'voiced'],
  ['willing', 'prepared'],
  ['ready to', 'prepared to'],
  ['trade', 'commerce'],
  ['mutual trust', 'reciprocal confidence'],
  ['mutual', 'reciprocal'],
  ['continue to', 'keep on trying to'],
  ['stability', 'steadiness'],
  ['prosperity', 'affluence'],
  ['congratulated', 'offered congratulations to'],
  ['expand', 'broaden'],
  ['enrich', 'add depth to'],
  ['inject', 'infuse'],
  ['new impetus', 'fresh momentum'],
  ['signed', 'inked'],
  ['inked', 'signed'],
  ['practical', 'pragmatic'],
  ['security', 'safety'],
  ['communication', 'contacts'],
  ['exchanges', 'interactions'],
  ['welcomed', 'hailed'],
  ['appreciated', 'valued'],
  ['community with a shared future', 'community of common destiny'],
  ['community with a common future', 'community of common destiny'],
  ['firmly', 'resolutely'],
  ['neighbors', 'adjacent countries'],
  ['neighbours', 'adjacent countries'],
  ['achievements', 'accomplishments'],
  ['great significance', 'considerable importance'],
];

/** Chinese (and Japanese kanji) characters: the paragraphs and queries that need a Chinese tokenizer. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SYNONYM_OF = new Map(SYNONYMS.map(([from, to]) => [from, to]));
const SYNONYM_PATTERN = new RegExp(
  `\\b(?:${[...SYNONYM_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\b`,
  'gi',
);

/** Replaces every phrase of the table; undefined unless at least two were replaced (one word changed is hardly a paraphrase). */
function withSynonyms(sentence: string): string | undefined {
  let replaced = 0;
  const text = sentence.replace(SYNONYM_PATTERN, (match) => {
    const to = SYNONYM_OF.get(match.toLowerCase());
    if (to === undefined) return match;
    replaced++;
    return /^[A-Z]/.test(match) ? to[0]!.toUpperCase() + to.slice(1) : to;
  });
  return replaced >= 2 ? text : undefined;
}

/** Words that start a sentence in capitals only because they start it. */
const LOWER_WHEN_MOVED =
  /^(?:A|An|The|He|She|It|They|During|In|On|At|With|Both|Over|This|These|Its|Their|His|Her|As|And|But)\b/;

/** Moves one clause after a comma to the front: "A, B, C." → "B, A, C." */
function reordered(sentence: string, next: () => number): string | undefined {
  const body = sentence.replace(/[.!?]+$/, '');
  const clauses = body.split(/,\s+/);
  const movable = clauses.map((_, i) => i).filter((i) => i > 0 && clauses[i]!.split(/\s+/).length >= 2);
  if (movable.length === 0) return undefined;
  const at = movable[Math.floor(next() * movable.length)]!;
  const moved = clauses[at]!;
  const rest = clauses.filter((_, i) => i !== at);
  rest[0] = rest[0]!.replace(LOWER_WHEN_MOVED, (word) => word.toLowerCase());
  return `${moved[0]!.toUpperCase()}${moved.slice(1)}, ${rest.join(', ')}.`;
}

/** Leaves out 30% of the words, chosen at random. */
function dropped(sentence: string, next: () => number): string | undefined {
  const words = sentence.split(/\s+/);
  const drop = Math.round(words.length * 0.3);
  const order = words.map((_, i) => i);
  for (let i = 0; i < drop; i++) {
    const j = i + Math.floor(next() * (order.length - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const gone = new Set(order.slice(0, drop));
  return words.filter((_, i) => !gone.has(i)).join(' ');
}

/** Titles written before a name ("Lao President Thongloun Sisoulith"): the role description replaces them too. */
const TITLE_WORDS =
  '(?:(?:Chinese|Lao|Laotian|Vietnamese|[Pp]resident|[Pp]remier|[Pp]rime|[Mm]inister|[Ff]oreign|[Gg]eneral|[Ss]ecretary|[Cc]hairman|[Cc]hairwoman|[Vv]ice|[Ss]tate|[Ll]eader|Comrade)\\s+)*';

/**
 * Names the leader by the office they held at the paragraph's date: "Lao President Thongloun
 * Sisoulith" → "the Lao head of state". Only the full name is replaced (a later bare "Xi" stays).
 */
function withRole(
  sentence: string,
  date: string | undefined,
  roleNames: readonly RoleName[],
  next: () => number,
): string | undefined {
  if (!date) return undefined;
  const seen = new Set<string>();
  const valid: RoleName[] = [];
  for (const role of roleNames) {
    if (seen.has(role.name) || role.from > date || (role.to !== undefined && date >= role.to)) continue;
    if (!new RegExp(`\\b${escapeRegExp(role.name)}\\b`).test(sentence)) continue;
    seen.add(role.name);
    valid.push(role);
  }
  if (valid.length === 0) return undefined;
  const role = valid[Math.floor(next() * valid.length)]!;
  const text = sentence.replace(
    new RegExp(`(^|[^\\p{L}])${TITLE_WORDS}${escapeRegExp(role.name)}\\b`, 'gu'),
    (_, before: string) => before + role.description,
  );
  return text.replace(/^the\b/, 'The');
}

/** Sentences of a paragraph: split after . ! ? before a capital or a quotation mark ("Oct. 20" stays whole). */
function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=["“A-Z])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

/** FNV-1a of the sentence's lower-cased text: counts repeated sentences without keeping their text. */
function sentenceHash(sentence: string): number {
  const normalized = sentence.toLowerCase();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalized.length; i++) {
    hash ^= normalized.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function countIn(sorted: Uint32Array, value: number): number {
  const bound = (strict: boolean) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid]! < value || (strict && sorted[mid] === value)) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return bound(true) - bound(false);
}

const KINDS: readonly ParaphraseKind[] = ['synonyms', 'reordered', 'dropped', 'role'];
/** Source sentences this long: shorter ones say too little to find, longer ones are run-on text (tables, lists). */
const MIN_WORDS = 9;
const MAX_WORDS = 60;
const MIN_QUERY_WORDS = 6;

/**
 * Up to `count` paraphrased queries, about a quarter of each kind, deterministic for a seed.
 *
 * The source sentence must occur in exactly one paragraph (the synthetic corpora repeat the
 * sample's sentences with names and figures varied): otherwise "the source paragraph" is not
 * defined and hit@1 would measure tie-breaking. Only English sentences are used (no CJK); the
 * paraphrase rules are English ones. A kind that no sentence allows (no role valid at any date)
 * leaves its share to the others, and fewer than `count` queries come back only if the corpus
 * has too few usable sentences.
 */
export function paraphraseQueries(
  paragraphs: BenchParagraph[],
  count: number,
  seed: number,
  roleNames: readonly RoleName[],
): ParaphraseQuery[] {
  const next = random(seed);
  if (paragraphs.length === 0 || count <= 0) return [];
  const hashes: number[] = [];
  for (const paragraph of paragraphs)
    for (const sentence of sentencesOf(paragraph.text)) hashes.push(sentenceHash(sentence));
  const sorted = Uint32Array.from(hashes).sort();

  const made = new Map(KINDS.map((kind) => [kind, 0]));
  const failures = new Map(KINDS.map((kind) => [kind, 0]));
  const maxFailures = Math.max(2_000, count * 100);
  const used = new Set<string>();
  const queries: ParaphraseQuery[] = [];
  while (queries.length < count) {
    // The kind with the fewest queries so far goes next, so the kinds stay balanced; a kind
    // that keeps failing (no leader of the role table in the corpus) drops out.
    let kind: ParaphraseKind | undefined;
    for (const k of KINDS)
      if (failures.get(k)! <= maxFailures && (kind === undefined || made.get(k)! < made.get(kind)!)) kind = k;
    if (kind === undefined) break;
    const paragraph = paragraphs[Math.floor(next() * paragraphs.length)]!;
    const sentences = sentencesOf(paragraph.text);
    const index = Math.floor(next() * sentences.length);
    const sentence = sentences[index];
    const key = `${kind}:${paragraph.id}:${index}`;
    let text: string | undefined;
    if (sentence !== undefined && !used.has(key) && !CJK.test(sentence)) {
      const words = sentence.split(' ').length;
      if (words >= MIN_WORDS && words <= MAX_WORDS && countIn(sorted, sentenceHash(sentence)) === 1) {
        if (kind === 'synonyms') text = withSynonyms(sentence);
        else if (kind === 'reordered') text = reordered(sentence, next);
        else if (kind === 'dropped') text = dropped(sentence, next);
        else text = withRole(sentence, paragraph.date, roleNames, next);
      }
    }
    if (text === undefined || text === sentence || text.split(/\s+/).length < MIN_QUERY_WORDS) {
      failures.set(kind, failures.get(kind)! + 1);
      continue;
    }
    used.add(key);
    made.set(kind, made.get(kind)! + 1);
    queries.push({ text, sourceId: paragraph.id, ...(paragraph.date ? { date: paragraph.date } : {}), kind });
  }
  return queries;
}

// ---------------------------------------------------------------------------------------------
// Baseline engines

/** The minimal surface of a FlexSearch index this module uses (FlexSearch 0.8). */
interface FlexIndex {
  add(id: number, content: string): unknown;
  search(query: string, options: { limit: number; suggest: boolean }): (number | string)[];
}

/**
 * FlexSearch 0.8: an Index for English and one for Chinese; a paragraph goes to the Chinese one
 * if it has any CJK character, a query likewise. Both use FlexSearch's "score" preset, its
 * relevance-first configuration: besides each term's position, a context index scores terms
 * that follow each other in the query and in the paragraph (depth 2).
 *
 * - English: the LatinBalance charset with the English language pack (stop words, stemmer),
 *   "strict" (whole-word) tokenization. Tried on 2,000 and 30,000 synthetic paragraphs: the
 *   "score" preset found the source first more often than plain "strict" (85% against 80%, and
 *   78% against 70%) and answered faster; "forward" (prefix) tokenization indexed at half the
 *   speed and found the source less often.
 * - Chinese: the CJK charset, which makes every character a term (FlexSearch has no word
 *   segmenter); the context index then rewards characters in the query's order, much as
 *   character pairs would. "full" tokenization of unsegmented text would index every substring.
 *
 * FlexSearch intersects a query's terms by default: a 20-word paraphrase with one word absent
 * from the paragraph would find nothing. `suggest: true` returns partial matches too, ranked
 * by FlexSearch's own scoring.
 */
export function flexSearchEngine(): SearchEngineUnderTest {
  const { Index, Encoder, Charset } = FlexSearch;
  let english: FlexIndex | undefined;
  let chinese: FlexIndex | undefined;
  return {
    name: 'FlexSearch 0.8 (score, suggest)',
    async build(paragraphs) {
      // The English language pack is a separate entry point; loaded here so that importing this
      // module costs nothing when FlexSearch is not measured.
      const englishPack = (await import('flexsearch/lang/en')).default;
      english = new Index({
        preset: 'score',
        tokenize: 'strict',
        encoder: new Encoder(Charset.LatinBalance).assign(englishPack),
      });
      chinese = new Index({ preset: 'score', tokenize: 'strict', encoder: new Encoder(Charset.CJK) });
      for (const paragraph of paragraphs)
        (CJK.test(paragraph.text) ? chinese : english).add(paragraph.id, paragraph.text);
    },
    search(query, limit) {
      const index = CJK.test(query) ? chinese : english;
      if (!index) throw new Error('flexSearchEngine: search before build');
      return index.search(query, { limit, suggest: true }).map(Number);
    },
    close() {
      english = chinese = undefined;
    },
  };
}

/**
 * FTS5 MATCH terms: every word quoted, so that none is read as FTS syntax (AND, NEAR, a column
 * filter, a stray quote). English: the query's words as unicode61 would cut them. Chinese: the
 * trigram table matches substrings of three or more characters, so a Chinese run becomes its
 * overlapping trigrams (a run shorter than three characters cannot be matched and is left out).
 */
function ftsTerms(query: string, chinese: boolean): string[] {
  const terms = new Set<string>();
  for (const token of query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (!chinese) terms.add(token);
    else if (!CJK.test(token)) {
      if (token.length >= 3) terms.add(token);
    } else {
      const chars = [...token];
      for (let i = 0; i + 3 <= chars.length; i++) terms.add(chars.slice(i, i + 3).join(''));
    }
  }
  return [...terms].map((term) => `"${term.replace(/"/g, '""')}"`);
}

/**
 * SQLite FTS5 through better-sqlite3, in memory, ranked by BM25 (`bm25()`, FTS5's default
 * k1 = 1.2, b = 0.75). English paragraphs go to a table with the unicode61 tokenizer (words,
 * case and diacritics folded, no stemming); paragraphs with CJK characters to a table with the
 * trigram tokenizer, because unicode61 would make a whole Chinese clause one token. A query is
 * the OR of all its words (no stop list: BM25 gives common words little weight), so that a
 * paraphrase missing some of the paragraph's words still finds it.
 *
 * better-sqlite3 is a native module: it is loaded when the engine is built, so that a machine
 * where it failed to compile still runs the rest of the benchmark.
 */
export function fts5Engine(): SearchEngineUnderTest {
  let db: SqliteDatabase | undefined;
  let searchEnglish: Statement<[string, number], number> | undefined;
  let searchChinese: Statement<[string, number], number> | undefined;
  return {
    name: 'SQLite FTS5 (BM25, OR)',
    async build(paragraphs) {
      const Database = (await import('better-sqlite3')).default;
      db = new Database(':memory:');
      db.exec("CREATE VIRTUAL TABLE english USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')");
      db.exec("CREATE VIRTUAL TABLE chinese USING fts5(text, tokenize = 'trigram')");
      const insertEnglish = db.prepare<[number, string]>('INSERT INTO english(rowid, text) VALUES (?, ?)');
      const insertChinese = db.prepare<[number, string]>('INSERT INTO chinese(rowid, text) VALUES (?, ?)');
      db.transaction(() => {
        for (const paragraph of paragraphs)
          (CJK.test(paragraph.text) ? insertChinese : insertEnglish).run(paragraph.id, paragraph.text);
      })();
      // Merge the segments written during the load, as a corpus indexed once and then searched would be.
      db.exec("INSERT INTO english(english) VALUES ('optimize')");
      db.exec("INSERT INTO chinese(chinese) VALUES ('optimize')");
      searchEnglish = db
        .prepare<[string, number], number>(
          'SELECT rowid FROM english WHERE english MATCH ? ORDER BY bm25(english) LIMIT ?',
        )
        .pluck();
      searchChinese = db
        .prepare<[string, number], number>(
          'SELECT rowid FROM chinese WHERE chinese MATCH ? ORDER BY bm25(chinese) LIMIT ?',
        )
        .pluck();
    },
    search(query, limit) {
      const chinese = CJK.test(query);
      const statement = chinese ? searchChinese : searchEnglish;
      if (!statement) throw new Error('fts5Engine: search before build');
      const terms = ftsTerms(query, chinese);
      return terms.length === 0 ? [] : statement.all(terms.join(' OR '), limit);
    },
    close() {
      db?.close();
      db = searchEnglish = searchChinese = undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Measurement

/** One engine's figures: latency in ms, hit rates as fractions (0 to 1), indexing speed in MB/s of UTF-8 text. */
export interface EngineFigures {
  name: string;
  p50: number;
  p95: number;
  hit1: number;
  hit10: number;
  buildMBps: number;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
/** Queries run untimed before the timed pass, so that the first queries do not pay for compilation. */
const WARM_UP = 10;

/**
 * Builds each engine in turn (timing the build), runs every query once with a limit of 10 and
 * times it, and scores where the query's source paragraph came. Engines are measured one after
 * the other and closed after, so that one's index does not weigh on the next one's figures.
 */
export async function measureEngines(
  paragraphs: BenchParagraph[],
  queries: ParaphraseQuery[],
  engines: SearchEngineUnderTest[],
): Promise<EngineFigures[]> {
  let bytes = 0;
  for (const paragraph of paragraphs) bytes += Buffer.byteLength(paragraph.text, 'utf8');
  const figures: EngineFigures[] = [];
  for (const engine of engines) {
    let start = now();
    await engine.build(paragraphs);
    const buildMs = now() - start;
    for (const query of queries.slice(0, WARM_UP)) engine.search(query.text, 10, query.date);
    const times: number[] = [];
    let hit1 = 0;
    let hit10 = 0;
    for (const query of queries) {
      start = now();
      const ids = engine.search(query.text, 10, query.date);
      times.push(now() - start);
      const rank = ids.slice(0, 10).indexOf(query.sourceId);
      if (rank === 0) hit1++;
      if (rank >= 0) hit10++;
    }
    engine.close?.();
    times.sort((a, b) => a - b);
    const n = Math.max(1, queries.length);
    figures.push({
      name: engine.name,
      p50: percentile(times, 0.5),
      p95: percentile(times, 0.95),
      hit1: hit1 / n,
      hit10: hit10 / n,
      buildMBps: bytes / 1e6 / (Math.max(buildMs, 1e-3) / 1000),
    });
  }
  return figures;
}
