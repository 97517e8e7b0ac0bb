import type { Corpus, Language } from '../articles.js';
import { findMentions } from '../mentions/findMentions.js';
import type { Mention, MentionIndex } from '../mentions/mentionIndex.js';
import { alignmentOfTerms } from './alignment.js';
import { indexSegmentOf, mergeIndexSegments } from './indexSegments.js';
import { findRoleSpans, queryDate, resolveRoles, type QueryRole } from './queryRoles.js';
import { hasHan } from '../text/scripts.js';
import { entityTerm, forEachListedTerm, passageTerms, TermTable } from './terms.js';

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
   * Combined score, 0 to 1: lexical (BM25, relative to the best candidate), word-order
   * alignment and {@link coverage}. Relative, so it ranks the results of one query; coverage
   * alone says whether a result is related at all.
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
  /**
   * Articles (by their number in the index) left out of the results: those of corpus files
   * changed since the index was merged, which a newer layer answers for.
   */
  excludedArticles?: Uint8Array;
}

const K1 = 1.2;
const B = 0.75;
/**
 * How many candidates (the best by BM25) the alignment may rerank. On four sets of 200
 * paraphrased queries over 100,000 paragraphs, 70 puts every source where 100 does; 50 puts
 * one source second that 100 puts first.
 */
const RERANK = 70;
/**
 * The lexical ranking's parameters, for a store that scores candidates where they are kept
 * (a server) before handing the best to {@link PassageIndex}: BM25's k1 and b, the idf of a term
 * in `passages` paragraphs, and how many of the best the alignment reranks.
 */
export const LEXICAL_RANKING = {
  k1: K1,
  b: B,
  reranked: RERANK,
  idf: (df: number, passages: number) => Math.log(1 + (passages - df + 0.5) / (df + 0.5)),
} as const;
/** Query words this common (share of passages) only score candidates, they do not generate them. */
const COMMON = 0.05;
/**
 * At most this many postings are read to generate candidates (beyond the two rarest terms).
 * On the same query sets, 10,000 finds what 20,000 did, from half the candidates.
 */
const MAX_CANDIDATE_POSTINGS = 10_000;
/** How many paragraphs keep their sentences' terms between searches (see `PassageIndex.sentencesOf`). */
const REMEMBERED_PARAGRAPHS = 8192;

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
  private readonly termIds: TermTable;
  /** Average passage length per language: Chinese character pairs outnumber English words. */
  private readonly averageLength: Record<Language, number>;
  /**
   * Per paragraph (passage number): its sentences with their terms, for the rerank. Not the
   * text itself: a slice would keep its whole file in memory.
   */
  private readonly rememberedSentences = new Map<number, ParagraphSentences>();
  /** Per paragraph, the length part of BM25's saturation: `K1 * (1 - B + B * length / average length)`. */
  private readonly norms: Float64Array;
  /** A search's scores per paragraph and the paragraphs it reached, zeroed again after each search. */
  private scratch:
    | { scores: Float64Array; touched: Int32Array; reached: Int32Array; selection?: Float64Array; sorted?: Int32Array }
    | undefined;

  constructor(
    readonly data: PassageIndexData,
    private readonly mentionIndex: MentionIndex,
    /** For an index holding part of a corpus (a query's candidates): the whole corpus's figures, which ranking uses. */
    private readonly whole?: CorpusStatistics,
  ) {
    this.termIds = new TermTable(data.terms);
    if (whole) this.averageLength = whole.averageLength;
    else {
      const totals = { en: 0, zh: 0 };
      const counts = { en: 0, zh: 0 };
      data.passageLength.forEach((length, passage) => {
        const language = data.articles.language(data.passageArticle[passage]!);
        totals[language] += length;
        counts[language]++;
      });
      this.averageLength = { en: totals.en / Math.max(1, counts.en) || 1, zh: totals.zh / Math.max(1, counts.zh) || 1 };
    }
    // Arrays by paragraph are as long as the paragraphs held (a query's candidates, for a partial index).
    this.norms = new Float64Array(data.passageArticle.length);
    data.passageLength.forEach((length, passage) => {
      const average = this.averageLength[data.articles.language(data.passageArticle[passage]!)];
      this.norms[passage] = K1 * (1 - B + (B * length) / average);
    });
  }

  get passageCount(): number {
    return this.whole?.passageCount ?? this.data.passageArticle.length;
  }

  /** A term's number in the index (`@entity-id` for an entity), if the corpus has it. */
  termId(term: string): number | undefined {
    return this.termIds.get(term);
  }

  search(text: string, options: SearchOptions): PassageMatch[] {
    const { mentions, roles, terms, alignWords } = analyzeQuery(text, this.mentionIndex, options.date);
    const queryTerms = terms
      .map((term) => this.termIds.get(term))
      .filter((id): id is number => id !== undefined)
      .map((id) => ({ id, df: this.df(id) }));
    if (queryTerms.length === 0) return [];
    const generators = candidateGenerators(queryTerms, this.passageCount);
    const candidates = this.bestCandidates(
      generators,
      queryTerms.filter((t) => !generators.includes(t)),
      options.excludedArticles,
    );
    if (candidates.length === 0) return [];
    const best = candidates[0]!.bm25;
    const language = queryLanguage(text);
    const units = this.coverageUnits(text, mentions, roles);
    const floor = options.minScore ?? RELEVANCE_FLOOR;
    // Words the corpus lacks align with nothing: -1 is no term number.
    const alignIds = Int32Array.from(alignWords, (word) => this.termIds.get(word) ?? -1);
    const limit = options.limit ?? 10;
    // Related candidates (the coverage test reads no text), with the most their score can
    // reach: a sentence aligns at most the query words its paragraph contains. Reranked from
    // the most promising, until no candidate left can reach the `limit` best: those need not
    // be read. The results are those of reranking every candidate.
    const contains = this.containment(
      candidates.map((c) => c.passage),
      [...units.flatMap((unit) => [...unit.full, ...unit.partial]), ...alignIds],
    );
    const related: { passage: number; bm25: number; coverage: number; order: number; bound: number }[] = [];
    candidates.forEach(({ passage, bm25 }, order) => {
      const has = (term: number) => contains(order, term);
      const coverage = coverageOf(units, has);
      if (coverage < floor) return;
      const sameLanguage = this.data.articles.language(this.data.passageArticle[passage]!) === language;
      const bound = combinedScore(
        bm25 / best,
        sameLanguage ? alignmentBound(alignIds, has) : 0,
        coverage,
        sameLanguage,
      );
      related.push({ passage, bm25, coverage, order, bound });
    });
    related.sort((a, b) => b.bound - a.bound || a.order - b.order);
    const ranked = (a: { score: number; order: number }, b: { score: number; order: number }) =>
      b.score - a.score || a.order - b.order;
    const matches: (PassageMatch & { order: number })[] = [];
    for (const candidate of related) {
      if (matches.length >= limit && candidate.bound < matches[limit - 1]!.score) break;
      const match = {
        ...this.rerank(candidate.passage, candidate.bm25, best, candidate.coverage, alignIds, language, options),
        order: candidate.order,
      };
      // Kept in rank order, so that the `limit`-th is at hand.
      let at = matches.length;
      while (at > 0 && ranked(match, matches[at - 1]!) < 0) at--;
      matches.splice(at, 0, match);
    }
    return matches.slice(0, limit).map(({ order: _, ...match }) => match);
  }

  /**
   * Which of some terms each of some paragraphs contains, as `contains(paragraph's place in
   * the list, term)`. Each term's postings are walked once, galloping from one paragraph to
   * the next in paragraph order: near reads, where a binary search per paragraph and term
   * would read all over the postings of common words.
   */
  private containment(passages: readonly number[], termIds: readonly number[]): (row: number, term: number) => boolean {
    const columns = new Map<number, number>();
    for (const id of termIds) if (id >= 0 && !columns.has(id)) columns.set(id, columns.size);
    const width = columns.size;
    const present = new Uint8Array(passages.length * width);
    const rows = passages.map((_, row) => row).sort((a, b) => passages[a]! - passages[b]!);
    const { postingOffsets, postingPassages } = this.data;
    for (const [id, column] of columns) {
      let k = postingOffsets[id]!;
      const end = postingOffsets[id + 1]!;
      for (const row of rows) {
        k = gallop(postingPassages, k, end, passages[row]!);
        if (k >= end) break;
        if (postingPassages[k] === passages[row]) present[row * width + column] = 1;
      }
    }
    return (row, term) => {
      const column = columns.get(term);
      return column !== undefined && present[row * width + column] === 1;
    };
  }

  /**
   * The {@link RERANK} best paragraphs by BM25, best first: every paragraph in the postings of
   * a generating term, scored by all the query's terms. Scores add up term after term in
   * arrays kept between searches (only the touched entries are reset), each term read the
   * cheaper way: its whole postings when they are not many more than the candidates, else by
   * galloping through them from one candidate to the next. Ties keep the order in which
   * paragraphs were first reached.
   */
  private bestCandidates(
    generators: readonly { id: number; df: number }[],
    others: readonly { id: number; df: number }[],
    excluded: Uint8Array | undefined,
  ): { passage: number; bm25: number }[] {
    const { postingOffsets, postingPassages, postingFrequencies } = this.data;
    const norms = this.norms;
    const held = this.data.passageArticle.length;
    const scratch = (this.scratch ??= {
      scores: new Float64Array(held),
      touched: new Int32Array(held),
      reached: new Int32Array((held >> 5) + 1),
    });
    const { scores, touched, reached } = scratch;
    let count = 0;
    for (const term of generators) {
      const idf = this.idf(term.df);
      for (let k = postingOffsets[term.id]!, end = postingOffsets[term.id + 1]!; k < end; k++) {
        const passage = postingPassages[k]!;
        if (excluded?.[this.data.passageArticle[passage]!]) continue;
        const tf = postingFrequencies[k]!;
        const score = scores[passage]!;
        // Every term adds more than zero: zero means not reached yet.
        if (score === 0) {
          touched[count++] = passage;
          reached[passage >> 5]! |= 1 << (passage & 31);
        }
        scores[passage] = score + idf * ((tf * (K1 + 1)) / (tf + norms[passage]!));
      }
    }
    // The other terms, rarest first. Before a term whose postings outnumber the candidates (a
    // common word, read at length), the candidates that cannot reach the best even with the
    // most the terms left can add are dropped (MaxScore), each time that most has halved: the
    // commonest words are then read for the few left.
    const rest = [...others].sort((a, b) => a.df - b.df);
    let reachable = rest.reduce((sum, term) => sum + this.idf(term.df) * (K1 + 1), 0);
    let prunedAt = Infinity;
    // The candidates in paragraph order, for galloping; `inOrder` of them are, 0 when stale.
    const sorted = (scratch.sorted ??= new Int32Array(held));
    let inOrder = 0;
    for (const term of rest) {
      if (term.df > count && count > RERANK && reachable <= prunedAt / 2) {
        prunedAt = reachable;
        const least = kthLargest(scores, touched, count, RERANK, (scratch.selection ??= new Float64Array(held)));
        let kept = 0;
        for (let i = 0; i < count; i++) {
          const passage = touched[i]!;
          // A hair of slack for rounding: the bound is a sum taken in another order.
          if (scores[passage]! + reachable * (1 + 1e-9) >= least) touched[kept++] = passage;
          else {
            scores[passage] = 0;
            reached[passage >> 5]! &= ~(1 << (passage & 31));
          }
        }
        count = kept;
        inOrder = 0;
      }
      reachable -= this.idf(term.df) * (K1 + 1);
      const idf = this.idf(term.df);
      const from = postingOffsets[term.id]!;
      const end = postingOffsets[term.id + 1]!;
      if (term.df <= count * (Math.log2(term.df / count + 1) + 2)) {
        for (let k = from; k < end; k++) {
          const passage = postingPassages[k]!;
          if ((reached[passage >> 5]! & (1 << (passage & 31))) === 0) continue;
          const tf = postingFrequencies[k]!;
          scores[passage] = scores[passage]! + idf * ((tf * (K1 + 1)) / (tf + norms[passage]!));
        }
      } else {
        // Far more postings than candidates: gallop through them from one candidate to the
        // next, in paragraph order.
        if (inOrder !== count) {
          sorted.set(touched.subarray(0, count));
          sorted.subarray(0, count).sort();
          inOrder = count;
        }
        let k = from;
        for (let i = 0; i < count && k < end; i++) {
          const passage = sorted[i]!;
          k = gallop(postingPassages, k, end, passage);
          if (k < end && postingPassages[k] === passage) {
            const tf = postingFrequencies[k]!;
            scores[passage] = scores[passage]! + idf * ((tf * (K1 + 1)) / (tf + norms[passage]!));
          }
        }
      }
    }
    const best = topIndices(count, RERANK, (a, b) => {
      const difference = scores[touched[a]!]! - scores[touched[b]!]!;
      return difference !== 0 ? difference > 0 : a < b;
    });
    const candidates = best.map((i) => ({ passage: touched[i]!, bm25: scores[touched[i]!]! }));
    for (let i = 0; i < count; i++) {
      scores[touched[i]!] = 0;
      reached[touched[i]! >> 5] = 0;
    }
    return candidates;
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

  private rerank(
    passage: number,
    bm25: number,
    best: number,
    coverage: number,
    queryIds: Int32Array,
    language: Language,
    options: SearchOptions,
  ): PassageMatch {
    const article = this.data.articles.at(this.data.passageArticle[passage]!);
    const paragraphStart = this.data.passageStart[passage]!;
    const paragraphEnd = this.data.passageEnd[passage]!;
    let start = paragraphStart;
    let end = paragraphEnd;
    let alignment = 0;
    const { bounds, terms } = this.sentencesOf(passage, options);
    for (let s = 0; s + 3 <= bounds.length; s += 3) {
      const score = alignmentOfTerms(
        queryIds,
        terms,
        bounds[s + 2]!,
        s + 5 < bounds.length ? bounds[s + 5]! : terms.length,
      );
      if (score > alignment) {
        alignment = score;
        start = paragraphStart + bounds[s]!;
        end = paragraphStart + bounds[s + 1]!;
      }
    }
    const score = combinedScore(bm25 / best, alignment, coverage, article.language === language);
    return { article, start, end, paragraphStart, paragraphEnd, bm25, alignment, score, coverage };
  }

  /**
   * A paragraph's sentences with their terms, read from its text. The same paragraphs are
   * reranked for query after query (every sentence of a long draft is a query), so those of
   * the last few thousand are kept, as term numbers, for the life of the index: its offsets
   * are the text as it was indexed. A paragraph whose text could not be read is not kept.
   */
  private sentencesOf(passage: number, options: SearchOptions): ParagraphSentences {
    const remembered = this.rememberedSentences.get(passage);
    if (remembered) return remembered;
    const article = this.data.articles.at(this.data.passageArticle[passage]!);
    const text = options.textOf(article.path, this.data.passageStart[passage]!, this.data.passageEnd[passage]!);
    const sentences = paragraphSentences(text ?? '', this.termIds);
    if (text === undefined) return sentences;
    if (this.rememberedSentences.size >= REMEMBERED_PARAGRAPHS)
      this.rememberedSentences.delete(this.rememberedSentences.keys().next().value!);
    this.rememberedSentences.set(passage, sentences);
    return sentences;
  }

  private df(term: number): number {
    return this.whole?.documentFrequency(term) ?? this.data.postingOffsets[term + 1]! - this.data.postingOffsets[term]!;
  }

  private idf(df: number): number {
    return LEXICAL_RANKING.idf(df, this.passageCount);
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
 * its date), its search terms in the order ranking takes them — words, entities, then each
 * role's holders and offices (a role counts as if its holder had been named, beside its office)
 * — and the words the rerank aligns with a paragraph's sentences.
 */
export function analyzeQuery(
  text: string,
  mentionIndex: MentionIndex,
  date: string | undefined,
): { words: string[]; mentions: Mention[]; roles: QueryRole[]; terms: string[]; alignWords: string[] } {
  const words = passageTerms(text);
  const mentions = findMentions(text, mentionIndex);
  const entities = mentions.flatMap((m) => (m.known ? [entityTerm(m.known.id)] : []));
  const roles = rolesIn(text, mentions, mentionIndex, date);
  const roleTerms = roles.flatMap((role) => [...role.holders, ...role.offices].map(entityTerm));
  // The words the rerank aligns: the query's, with each role named by its holder.
  const alignWords =
    roles.length > 0 ? passageTerms(withHoldersNamed(text, roles, queryLanguage(text), mentionIndex)) : words;
  return { words, mentions, roles, terms: [...new Set([...words, ...entities, ...roleTerms])], alignWords };
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
    if (
      generators.length >= 8 ||
      (generators.length >= 2 && (postings + term.df > MAX_CANDIDATE_POSTINGS || term.df > passageCount * COMMON))
    )
      break;
    generators.push(term);
    postings += term.df;
  }
  return generators;
}

/**
 * The query with each role that resolved to one person replaced by that person's name, in
 * the query's language, for the word-order alignment: "Viet Nam's party chief received the
 * ambassador" is aligned as "Nguyen Phu Trong received the ambassador", the way reports
 * write it. Otherwise a report naming the person would align with nothing and lose to a
 * report in another language, which is ranked without alignment.
 */
function withHoldersNamed(
  text: string,
  roles: readonly QueryRole[],
  language: Language,
  mentionIndex: MentionIndex,
): string {
  let named = '';
  let at = 0;
  for (const role of roles) {
    const person = role.holders.length === 1 ? mentionIndex.kb.entities.get(role.holders[0]!) : undefined;
    if (person?.kind !== 'person' || role.start < at) continue;
    const name = (language === 'zh' ? person.entry.names?.['zh-Hans'] : undefined) ?? person.name;
    named += `${text.slice(at, role.start)} ${name} `;
    at = role.end;
  }
  return named + text.slice(at);
}

/**
 * The roles a query names, resolved at its date. Finding them is a pattern scan and a few
 * map lookups; the date is parsed only when there is a role to resolve.
 */
function rolesIn(
  text: string,
  mentions: readonly Mention[],
  mentionIndex: MentionIndex,
  fallbackDate: string | undefined,
): QueryRole[] {
  const spans = findRoleSpans(text, mentions, mentionIndex);
  if (spans.length === 0) return [];
  const date = queryDate(text, fallbackDate);
  return date ? resolveRoles(spans, date, mentionIndex) : [];
}

/** The share of the query's information a paragraph holds, each unit weighed by its idf (see {@link CoverageUnit}). */
function coverageOf(units: readonly CoverageUnit[], has: (term: number) => boolean): number {
  let total = 0;
  let covered = 0;
  for (const unit of units) {
    total += unit.weight;
    if (unit.full.some(has)) covered += unit.weight;
    else if (unit.partial.some(has)) covered += unit.weight / 2;
  }
  return total > 0 ? covered / total : 0;
}

/**
 * The most a paragraph's sentence can align with the query words: the share of them the
 * paragraph contains (by the index, without reading the text).
 */
function alignmentBound(alignIds: Int32Array, has: (term: number) => boolean): number {
  if (alignIds.length === 0) return 0;
  let present = 0;
  for (let i = 0; i < alignIds.length; i++) if (has(alignIds[i]!)) present++;
  return present / alignIds.length;
}

/**
 * The first place in `postings[from .. end)` (increasing) holding `target` or more, `end` if
 * none: doubling steps from `from`, then a binary search in the last step.
 */
export function gallop(postings: Int32Array, from: number, end: number, target: number): number {
  if (from >= end || postings[from]! >= target) return from;
  let low = from;
  let step = 1;
  while (low + step < end && postings[low + step]! < target) {
    low += step;
    step *= 2;
  }
  let high = Math.min(low + step, end);
  low++;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (postings[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A candidate's score: in its own language, a third each for its BM25 relative to the best
 * candidate's, its best sentence's alignment and its coverage (of two near copies, the one
 * that says more of what the query says); across languages, where word order says nothing
 * and the shared entities, numbers and names do, its relative BM25. Grows with each part, so
 * a bound on a part bounds the score.
 */
/** The language a query is searched as: Chinese when it has any Han character. */
export function queryLanguage(text: string): Language {
  return hasHan(text) ? 'zh' : 'en';
}

/**
 * A match's {@link PassageMatch.score} again, against another best BM25: results of two
 * indexes (a corpus and the layer of its changed files) ranked together.
 */
export function rescored(match: PassageMatch, best: number, language: Language): PassageMatch {
  return {
    ...match,
    score: combinedScore(
      best > 0 ? match.bm25 / best : 0,
      match.alignment,
      match.coverage,
      match.article.language === language,
    ),
  };
}

function combinedScore(relativeBm25: number, alignment: number, coverage: number, sameLanguage: boolean): number {
  return sameLanguage ? (relativeBm25 + alignment + coverage) / 3 : 0.9 * relativeBm25;
}

/**
 * A paragraph's sentences as the rerank reads them: per sentence, its start and end offsets in
 * the paragraph and where its terms begin in `terms` (three numbers a sentence), and the
 * paragraph's terms as numbers of the index. Terms the index lacks are left out: they align
 * with no query word, so the alignment is the same without them.
 */
interface ParagraphSentences {
  bounds: Int32Array;
  terms: Int32Array;
}

const SENTENCE = /[^.!?。！？]+(?:[.!?。！？]+|$)/g;

/**
 * The sentences of a paragraph (full stops, Chinese stops), each with its terms. A word never
 * straddles two sentences (a stop is not part of a word), so the terms are read from the
 * paragraph in one pass and each goes to the sentence it lies in.
 */
function paragraphSentences(text: string, termIds: TermTable): ParagraphSentences {
  const ranges: number[] = [];
  SENTENCE.lastIndex = 0;
  for (const match of text.matchAll(SENTENCE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().length;
    if (trimmed > 0) ranges.push(match.index + lead, match.index + lead + trimmed);
  }
  if (ranges.length === 0) ranges.push(0, text.length);
  const bounds = new Int32Array((ranges.length / 2) * 3);
  const terms: number[] = [];
  let sentence = 0;
  forEachListedTerm(text, termIds, (id, at) => {
    while (sentence + 1 < ranges.length / 2 && at >= ranges[2 * sentence + 1]!) {
      sentence++;
      bounds[3 * sentence + 2] = terms.length;
    }
    terms.push(id);
  });
  for (let s = 0; s < ranges.length / 2; s++) {
    bounds[3 * s] = ranges[2 * s]!;
    bounds[3 * s + 1] = ranges[2 * s + 1]!;
    if (s > sentence) bounds[3 * s + 2] = terms.length;
  }
  return { bounds, terms: Int32Array.from(terms) };
}

/**
 * The k-th largest of the scores of `passages[0 .. count)` (k ≤ count), selected in linear
 * time (Hoare's quickselect) in `work`, which it overwrites.
 */
export function kthLargest(
  scores: Float64Array,
  passages: Int32Array,
  count: number,
  k: number,
  work: Float64Array,
): number {
  for (let i = 0; i < count; i++) work[i] = scores[passages[i]!]!;
  return kthLargestInPlace(work, count, k);
}

/**
 * The k-th largest of `values[0 .. count)` (k ≤ count), selected in linear time (Hoare's
 * quickselect) in place: the values are left reordered.
 */
export function kthLargestInPlace(work: Float64Array, count: number, k: number): number {
  let low = 0;
  let high = count - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = work[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (work[i]! > pivot) i++;
      while (work[j]! < pivot) j--;
      if (i <= j) {
        const swap = work[i]!;
        work[i++] = work[j]!;
        work[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return work[target]!;
}

/**
 * The indices `0 .. count - 1` of the `k` best items, best first, where `better(a, b)` says
 * that item a ranks before item b (a strict order): a heap of the k best seen so far, the
 * worst on top, so that choosing from n items costs n log k rather than a sort of all n.
 */
function topIndices(count: number, k: number, better: (a: number, b: number) => boolean): number[] {
  const heap: number[] = [];
  const siftDown = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const worse = right < heap.length && better(heap[left]!, heap[right]!) ? right : left;
      if (!better(heap[at]!, heap[worse]!)) return;
      [heap[at], heap[worse]] = [heap[worse]!, heap[at]!];
      at = worse;
    }
  };
  for (let i = 0; i < count; i++) {
    if (heap.length < k) {
      heap.push(i);
      for (let at = heap.length - 1; at > 0;) {
        const parent = (at - 1) >> 1;
        if (!better(heap[parent]!, heap[at]!)) break;
        [heap[parent], heap[at]] = [heap[at]!, heap[parent]!];
        at = parent;
      }
    } else if (k > 0 && better(i, heap[0]!)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}
