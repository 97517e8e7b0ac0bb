import type { Corpus, Language } from '../../corpus/types.js';
import { findMentions } from '../mentions/findMentions.js';
import type { Mention, MentionIndex } from '../mentions/mentionIndex.js';
import { alignmentScore } from './alignment.js';
import { indexSegmentOf, mergeIndexSegments } from './indexSegments.js';
import { findRoleSpans, queryDate, resolveRoles, type QueryRole } from './queryRoles.js';
import { entityTerm, passageTerms } from './terms.js';

/** The article fields a search result shows. */
export interface IndexedArticle {
  id: string;
  path: string;
  title: string;
  date?: string;
  outlet?: string;
  language: Language;
  storyId: string;
}

/**
 * The articles of the index, numbered newest first (see `mergeIndexSegments`). An interface
 * rather than an array so that a stored corpus can keep them in a compact table and decode an
 * article only when a search shows it; scoring reads only the language.
 */
export interface IndexedArticles {
  readonly length: number;
  /** The article of this number. */
  at(article: number): IndexedArticle;
  /** Its language alone (scoring asks for it once per candidate paragraph). */
  language(article: number): Language;
}

/**
 * The passage index as plain data (typed arrays and lists), so that it can be written to disk
 * and read back without rebuilding. One entry per corpus paragraph; each term's postings are
 * the paragraphs containing it, in increasing order, with the term's frequency there.
 */
export interface PassageIndexData {
  articles: IndexedArticles;
  passageArticle: Int32Array;
  passageStart: Int32Array;
  passageEnd: Int32Array;
  passageLength: Uint16Array;
  terms: string[];
  postingOffsets: Int32Array;
  postingPassages: Int32Array;
  postingFrequencies: Uint16Array;
}

/**
 * Builds the index of an ingested corpus: each paragraph indexed by its words (Chinese by
 * character pairs) and by the knowledge-base entities it mentions (see indexSegments.ts, which
 * a corpus store uses per file).
 */
export function buildPassageIndex(corpus: Corpus, mentionIndex: MentionIndex): PassageIndexData {
  return mergeIndexSegments([indexSegmentOf(corpus.articles, mentionIndex)]);
}

/** A corpus passage that matches a query. */
export interface PassageMatch {
  article: IndexedArticle;
  /** The best-matching sentence's offsets in the corpus file. */
  start: number;
  end: number;
  /** The paragraph's offsets in the file. */
  paragraphStart: number;
  paragraphEnd: number;
  /**
   * Combined score, 0 to 1: lexical (BM25, relative to the best candidate) and word-order
   * alignment. Relative, so it ranks the results of one query; {@link coverage} says whether
   * a result is related at all.
   */
  score: number;
  bm25: number;
  alignment: number;
  /**
   * Absolute relevance, 0 to 1: the share of the query's information (its words, entities and
   * roles, each weighted by its idf) that the paragraph contains. Comparable across queries;
   * results below {@link SearchOptions.minScore} are not returned.
   */
  coverage: number;
}

export interface SearchOptions {
  limit?: number;
  /** The text of a paragraph of the corpus, for reranking by alignment (read from the file). */
  textOf(path: string, start: number, end: number): string | undefined;
  /**
   * The date (ISO `YYYY-MM-DD`) at which roles in the query ("the Lao head of state", "Viet
   * Nam's party chief") are resolved to the people holding them, unless the query writes a
   * date of its own. With neither, roles are not resolved: who "the President" is depends on
   * when.
   */
  date?: string;
  /**
   * The least {@link PassageMatch.coverage} a result needs; {@link RELEVANCE_FLOOR} unless
   * given. 0 returns every candidate, as ranking alone would.
   */
  minScore?: number;
}

const K1 = 1.2;
const B = 0.75;
/** How many candidates the alignment reranks. */
const RERANK = 100;
/**
 * The lexical ranking's parameters, for a store that scores candidates where they are kept
 * (a server) before handing the best to {@link PassageIndex}: BM25's k1 and b, the idf of a term
 * in `passages` paragraphs, and how many of the best the alignment reranks.
 */
export const LEXICAL_RANKING = { k1: K1, b: B, reranked: RERANK, idf: (df: number, passages: number) => Math.log(1 + (passages - df + 0.5) / (df + 0.5)) } as const;
/** Query words this common (share of passages) only score candidates, they do not generate them. */
const COMMON = 0.05;
/** At most this many postings are read to generate candidates (beyond the two rarest terms). */
const MAX_CANDIDATE_POSTINGS = 20_000;
/** How many paragraphs keep their sentences' terms between searches (see `PassageIndex.sentenceTermsOf`). */
const REMEMBERED_PARAGRAPHS = 4096;

/**
 * The least coverage (idf-weighted share of the query a paragraph contains) for a result to
 * be returned: below it, the honest answer is "no close match". Measured on the sample
 * corpus: queries about something else (a recipe, a football match, a stock market, Xi
 * Jinping's hobbies) reach at most 0.16 by sharing a common word or one name; an English
 * sentence matched to the Chinese report of the same meeting by its names alone reaches 0.36;
 * paraphrases (a third of the words dropped, clauses moved) reach 0.75 to 1. A quarter sits
 * in the gap, nearer the unrelated side, since losing a real match costs a checker more than
 * showing a weak one. See test/unit/core/passages/relevanceFloor.test.ts.
 */
export const RELEVANCE_FLOOR = 0.25;

/**
 * One piece of a query's information for {@link PassageMatch.coverage}: a word, an entity, or
 * a role. A paragraph covers it fully with one of `full` (term ids), half with one of
 * `partial` (the office of a role, when the paragraph names another holder or none).
 */
interface CoverageUnit {
  full: number[];
  partial: number[];
  weight: number;
}

/**
 * Searches the index: candidates come from the query's entities and its rarest words; every
 * query word then scores them with BM25; the best are reranked by how much of the query's
 * wording they reproduce in order, and the best sentence in each paragraph is reported.
 * Roles in the query ("the Lao head of state") count as the person who held them at the
 * query's date; paragraphs that cover too little of the query are not reported at all.
 */
export class PassageIndex {
  private readonly termIds: Map<string, number>;
  /** Average passage length per language: Chinese character pairs outnumber English words. */
  private readonly averageLength: Record<Language, number>;
  /**
   * Per paragraph (passage number): the length of its text when last reranked, and its
   * sentences with their terms. Not the text itself: a slice would keep its whole file in memory.
   */
  private readonly rememberedSentences = new Map<number, { length: number; sentences: { start: number; end: number; terms: string[] }[] }>();

  constructor(
    readonly data: PassageIndexData,
    private readonly mentionIndex: MentionIndex,
    /** For an index holding part of a corpus (a query's candidates): the whole corpus's figures, which ranking uses. */
    private readonly whole?: CorpusStatistics,
  ) {
    this.termIds = new Map(data.terms.map((term, id) => [term, id]));
    if (whole) {
      this.averageLength = whole.averageLength;
      return;
    }
    const totals = { en: 0, zh: 0 };
    const counts = { en: 0, zh: 0 };
    data.passageLength.forEach((length, passage) => {
      const language = data.articles.language(data.passageArticle[passage]!);
      totals[language] += length;
      counts[language]++;
    });
    this.averageLength = { en: totals.en / Math.max(1, counts.en) || 1, zh: totals.zh / Math.max(1, counts.zh) || 1 };
  }

  get passageCount(): number {
    return this.whole?.passageCount ?? this.data.passageArticle.length;
  }

  /** A term's number in the index (`@entity-id` for an entity), if the corpus has it. */
  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  search(text: string, options: SearchOptions): PassageMatch[] {
    const { words, mentions, roles, terms } = analyzeQuery(text, this.mentionIndex, options.date);
    const queryTerms = terms
      .map((term) => this.termIds.get(term))
      .filter((id): id is number => id !== undefined)
      .map((id) => ({ id, df: this.df(id) }));
    if (queryTerms.length === 0) return [];
    const generators = candidateGenerators(queryTerms, this.passageCount);
    const scores = new Map<number, number>();
    for (const term of generators) {
      const idf = this.idf(term.df);
      for (let k = this.data.postingOffsets[term.id]!; k < this.data.postingOffsets[term.id + 1]!; k++) {
        const passage = this.data.postingPassages[k]!;
        scores.set(passage, (scores.get(passage) ?? 0) + idf * this.saturate(this.data.postingFrequencies[k]!, passage));
      }
    }
    const others = queryTerms.filter((t) => !generators.includes(t));
    for (const [passage, score] of scores) {
      let total = score;
      for (const term of others) {
        const tf = this.frequencyIn(term.id, passage);
        if (tf > 0) total += this.idf(term.df) * this.saturate(tf, passage);
      }
      scores.set(passage, total);
    }
    const candidates = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, RERANK);
    if (candidates.length === 0) return [];
    const best = candidates[0]![1];
    const language: Language = /[\u3400-\u9fff]/.test(text) ? 'zh' : 'en';
    const units = this.coverageUnits(text, mentions, roles);
    const floor = options.minScore ?? RELEVANCE_FLOOR;
    const alignWords = roles.length > 0 ? passageTerms(this.withHoldersNamed(text, roles, language)) : words;
    const matches: PassageMatch[] = [];
    for (const [passage, bm25] of candidates) {
      const coverage = this.coverage(units, passage);
      // Cheap test first: the rerank reads the paragraph's text.
      if (coverage >= floor) matches.push({ ...this.rerank(passage, bm25, best, alignWords, language, options), coverage });
    }
    return matches.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 10);
  }

  /**
   * The query with each role that resolved to one person replaced by that person's name, in
   * the query's language, for the word-order alignment: "Viet Nam's party chief received the
   * ambassador" is aligned as "Nguyen Phu Trong received the ambassador", the way reports
   * write it. Otherwise a report naming the person would align with nothing and lose to a
   * report in another language, which is ranked without alignment.
   */
  private withHoldersNamed(text: string, roles: readonly QueryRole[], language: Language): string {
    let named = '';
    let at = 0;
    for (const role of roles) {
      const person = role.holders.length === 1 ? this.mentionIndex.kb.entities.get(role.holders[0]!) : undefined;
      if (person?.kind !== 'person' || role.start < at) continue;
      const name = (language === 'zh' ? person.entry.names?.['zh-Hans'] : undefined) ?? person.name;
      named += `${text.slice(at, role.start)} ${name} `;
      at = role.end;
    }
    return named + text.slice(at);
  }

  /**
   * The query as pieces of information: each resolved role, each entity named outside a role,
   * and each word outside both (a name's words are carried by its entity term, which matches
   * the name in any language and spelling). Terms the corpus lacks weigh the most, as they
   * should: a query about flour is not related to a corpus that never says "flour".
   */
  private coverageUnits(text: string, mentions: readonly Mention[], roles: readonly QueryRole[]): CoverageUnit[] {
    const units: CoverageUnit[] = [];
    const entityTermIds = (entityIds: readonly string[]) =>
      entityIds.map((id) => this.termIds.get(entityTerm(id))).filter((id): id is number => id !== undefined);
    // A unit is worth what its most common way of being covered is worth (a role held by two
    // people is as informative as the more often named of them); one the corpus never
    // contains is worth the most.
    const weightOf = (full: readonly number[]) => this.idf(full.reduce((most, id) => Math.max(most, this.df(id)), 0));
    let rest = text;
    const blank = (start: number, end: number) => {
      rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
    };
    for (const role of roles) {
      const holders = entityTermIds(role.holders);
      const offices = entityTermIds(role.offices);
      const full = role.holders.length > 0 ? holders : offices;
      units.push({ full, partial: role.holders.length > 0 ? offices : [], weight: weightOf(full) });
      blank(role.start, role.end);
    }
    const seen = new Set<string>();
    for (const mention of mentions) {
      if (!mention.known || mention.nested) continue;
      if (roles.some((role) => role.start < mention.end && mention.start < role.end)) continue;
      blank(mention.start, mention.end);
      if (seen.has(mention.known.id)) continue;
      seen.add(mention.known.id);
      const full = entityTermIds([mention.known.id]);
      units.push({ full, partial: [], weight: weightOf(full) });
    }
    for (const word of new Set(passageTerms(rest))) {
      const id = this.termIds.get(word);
      const full = id === undefined ? [] : [id];
      units.push({ full, partial: [], weight: weightOf(full) });
    }
    return units;
  }

  private coverage(units: readonly CoverageUnit[], passage: number): number {
    let total = 0;
    let covered = 0;
    for (const unit of units) {
      total += unit.weight;
      if (unit.full.some((id) => this.frequencyIn(id, passage) > 0)) covered += unit.weight;
      else if (unit.partial.some((id) => this.frequencyIn(id, passage) > 0)) covered += unit.weight / 2;
    }
    return total > 0 ? covered / total : 0;
  }

  private rerank(passage: number, bm25: number, best: number, queryWords: string[], language: Language, options: SearchOptions): Omit<PassageMatch, 'coverage'> {
    const article = this.data.articles.at(this.data.passageArticle[passage]!);
    const paragraphStart = this.data.passageStart[passage]!;
    const paragraphEnd = this.data.passageEnd[passage]!;
    const text = options.textOf(article.path, paragraphStart, paragraphEnd) ?? '';
    let start = paragraphStart;
    let end = paragraphEnd;
    let alignment = 0;
    for (const sentence of this.sentenceTermsOf(passage, text)) {
      const score = alignmentScore(queryWords, sentence.terms);
      if (score > alignment) {
        alignment = score;
        start = paragraphStart + sentence.start;
        end = paragraphStart + sentence.end;
      }
    }
    // Across languages word order says nothing; the shared entities, numbers and names do.
    const score = article.language === language ? 0.5 * (bm25 / best) + 0.5 * alignment : 0.9 * (bm25 / best);
    return { article, start, end, paragraphStart, paragraphEnd, bm25, alignment, score };
  }

  /**
   * A paragraph's sentences with their terms. The same paragraphs are reranked for query after
   * query (every sentence of a long draft is a query), so the terms of the last few thousand
   * are kept, for as long as the paragraph's text has the same length (the file it is read
   * from may change on disk before the index is updated).
   */
  private sentenceTermsOf(passage: number, text: string): { start: number; end: number; terms: string[] }[] {
    const remembered = this.rememberedSentences.get(passage);
    if (remembered?.length === text.length) return remembered.sentences;
    const sentences = sentencesOf(text).map((sentence) => ({ start: sentence.start, end: sentence.end, terms: passageTerms(sentence.text) }));
    if (this.rememberedSentences.size >= REMEMBERED_PARAGRAPHS) this.rememberedSentences.delete(this.rememberedSentences.keys().next().value!);
    this.rememberedSentences.set(passage, { length: text.length, sentences });
    return sentences;
  }

  private df(term: number): number {
    return this.whole?.documentFrequency(term) ?? this.data.postingOffsets[term + 1]! - this.data.postingOffsets[term]!;
  }

  private idf(df: number): number {
    return LEXICAL_RANKING.idf(df, this.passageCount);
  }

  private saturate(tf: number, passage: number): number {
    const length = this.data.passageLength[passage]!;
    const average = this.averageLength[this.data.articles.language(this.data.passageArticle[passage]!)];
    return (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average));
  }

  /** A term's frequency in a passage: binary search in its postings. */
  private frequencyIn(term: number, passage: number): number {
    let low = this.data.postingOffsets[term]!;
    let high = this.data.postingOffsets[term + 1]! - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = this.data.postingPassages[mid]!;
      if (value === passage) return this.data.postingFrequencies[mid]!;
      if (value < passage) low = mid + 1;
      else high = mid - 1;
    }
    return 0;
  }
}

/** The figures of a whole corpus that ranking uses, for an index holding part of it. */
export interface CorpusStatistics {
  passageCount: number;
  averageLength: Record<Language, number>;
  /** How many paragraphs of the whole corpus hold a term (by its number in the partial index). */
  documentFrequency(term: number): number;
}

/**
 * What a query asks for: its words, the entities it names and the roles it names (resolved at
 * its date), and its search terms in the order ranking takes them — words, entities, then each
 * role's holders and offices (a role counts as if its holder had been named, beside its office).
 */
export function analyzeQuery(text: string, mentionIndex: MentionIndex, date: string | undefined): { words: string[]; mentions: Mention[]; roles: QueryRole[]; terms: string[] } {
  const words = passageTerms(text);
  const mentions = findMentions(text, mentionIndex);
  const entities = mentions.flatMap((m) => (m.known ? [entityTerm(m.known.id)] : []));
  const roles = rolesIn(text, mentions, mentionIndex, date);
  const roleTerms = roles.flatMap((role) => [...role.holders, ...role.offices].map(entityTerm));
  return { words, mentions, roles, terms: [...new Set([...words, ...entities, ...roleTerms])] };
}

/**
 * The query terms whose postings generate candidates: the rarest, entities included, up to a
 * bounded number of postings — a leader named in half the corpus generates nothing, it only
 * scores. `terms` in query order; ties in rarity keep it.
 */
export function candidateGenerators<T extends { df: number }>(terms: readonly T[], passageCount: number): T[] {
  const byRarity = [...terms].sort((a, b) => a.df - b.df);
  const generators: T[] = [];
  let postings = 0;
  for (const term of byRarity) {
    if (generators.length >= 8 || (generators.length >= 2 && (postings + term.df > MAX_CANDIDATE_POSTINGS || term.df > passageCount * COMMON))) break;
    generators.push(term);
    postings += term.df;
  }
  return generators;
}

/**
 * The roles a query names, resolved at its date. Finding them is a pattern scan and a few
 * map lookups; the date is parsed only when there is a role to resolve.
 */
function rolesIn(text: string, mentions: readonly Mention[], mentionIndex: MentionIndex, fallbackDate: string | undefined): QueryRole[] {
  const spans = findRoleSpans(text, mentions, mentionIndex);
  if (spans.length === 0) return [];
  const date = queryDate(text, fallbackDate);
  return date ? resolveRoles(spans, date, mentionIndex) : [];
}

/** Sentences of a paragraph with offsets relative to it (full stops, Chinese stops). */
function sentencesOf(text: string): { start: number; end: number; text: string }[] {
  const sentences: { start: number; end: number; text: string }[] = [];
  const pattern = /[^.!?。！？]+(?:[.!?。！？]+|$)/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    sentences.push({ start: match.index! + lead, end: match.index! + lead + trimmed.length, text: trimmed });
  }
  return sentences.length > 0 ? sentences : [{ start: 0, end: text.length, text }];
}
