import type { Article, Passage } from '../articles.js';
import { findMentions } from '../mentions/findMentions.js';
import { getFoldTable } from '../text/fold.js';
import type { Mention, MentionIndex } from '../mentions/mentionIndex.js';
import { countHan, hasHan, HAN_RUN } from '../text/scripts.js';

/** One sentence of an article, with the mentions inside it. Offsets index {@link ArticleView.text}. */
export interface SentenceView {
  start: number;
  end: number;
  text: string;
  /** Mentions inside the sentence, in order, with offsets into {@link ArticleView.text}. */
  mentions: Mention[];
  /** True when the sentence is written in Chinese (it has Han characters and little Latin text). */
  chinese: boolean;
  /** True for the article's headline, read as the first sentence. */
  headline?: boolean;
}

/**
 * An article as the fact readers see it: its paragraphs joined into one text, so that mentions
 * are found with the whole article as context ("Xi said" in the fifth paragraph still means
 * Xi Jinping), and its sentences with their mentions.
 */
export interface ArticleView {
  article: Article;
  /**
   * The joined text as the readers see it: Chinese characters in their simplified form (習 →
   * 习, 會見 → 会见), so that an article in traditional script yields the same titles and
   * events as one in simplified script. Same length as {@link printed}: every offset holds.
   */
  text: string;
  /** The joined text as the article prints it, for what is shown to the user (a report's sentence, a title). */
  printed: string;
  mentions: Mention[];
  sentences: SentenceView[];
  /** Maps an offset in {@link text} to the offset in the corpus file. */
  toFile: (offset: number) => number;
}

/** A paragraph placed in the joined text. */
interface Placed {
  viewStart: number;
  fileStart: number;
  length: number;
}

const PARAGRAPH_BREAK = '\n\n';
const LATIN = /[A-Za-z]/g;

/**
 * An article's mentions, found once with the whole article as context, and the way from an
 * offset among them back to the file: what the passage index reads of an {@link ArticleView}.
 */
export type ArticleMentions = Pick<ArticleView, 'article' | 'mentions' | 'toFile'>;

/**
 * Builds the view of one article: one `findMentions` pass over its headline (when the file
 * prints it where the article says) and joined paragraphs, and its sentences (re-split where a
 * scrape lost the space after a full stop, "Committee.President"). The headline is the first
 * sentence: a summary page may name the people only there ("习近平会见老挝人民革命党中央总书记、国家主席").
 */
export function viewArticle(article: Article, index: MentionIndex): ArticleView {
  const { blocks, headline, placed, printed, mentions, toFile } = joined(article, index);
  const text = simplifiedHan(printed);
  const sentencePassages = article.passages.filter((p) => p.kind === 'sentence');
  const sentences = placeSentences(sentencePassages.length > 0 ? sentencePassages : blocks, placed, text);
  if (headline)
    sentences.unshift({
      start: 0,
      end: headline.text.length,
      text: headline.text,
      mentions: [],
      chinese: isChinese(headline.text),
      headline: true,
    });
  const withRanks = mentionsByRank(printed, withoutNamesOfPlaces(printed, mentions));
  attachMentions(sentences, withRanks);
  return { article, text, printed, mentions: withRanks, sentences, toFile };
}

/** The words of a place named after a person, right after the name: "Ninoy Aquino International Airport". */
const PLACE_AFTER_NAME =
  /^\s+(?:International\s+)?(?:Airport|Mausoleum|Memorial|Avenue|Street|Boulevard|Bridge|Stadium|University|Museum|Square)\b/;

/**
 * The mentions that are people, less those inside the name of a place called after someone
 * ("arrived at the Ninoy Aquino International Airport", "the Ho Chi Minh Mausoleum"): the place
 * is not that person, who takes no part in what happens there.
 */
function withoutNamesOfPlaces(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.entity.type !== 'person' || !PLACE_AFTER_NAME.test(text.slice(m.end, m.end + 40)));
}

/** The capitalized words of a rank or title printed right before a name: "Senior General ", "Premier ". */
const RANK_BEFORE_NAME = /(?:^|[^A-Za-z.])((?:[A-Z][a-z]+ ){1,2})$/;
/** Words before a name that are no rank: a nationality or a sentence's first word. */
const NOT_A_RANK = /^(?:The|A|An|On|In|At|And|But|Mr|Mrs|Ms|Dr|Madame|Daw|U)$/;

/**
 * "Senior General Min Aung Hlaing ... The Senior General is on an official goodwill visit": a
 * rank or title alone, after "the", stands for the person the text last named with it, and is
 * added as a mention of that person. Only a rank printed before a name earlier in the text
 * counts, and not where a name follows it ("the Premier Li Qiang" is the name's own mention).
 */
function mentionsByRank(text: string, mentions: readonly Mention[]): Mention[] {
  const ranks = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.nested || m.known?.kind !== 'person') continue;
    const before = RANK_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!before) continue;
    const words = before[1]!.trim().split(' ');
    for (let k = 1; k <= words.length; k++) {
      const rank = words.slice(words.length - k);
      if (rank.some((w) => NOT_A_RANK.test(w))) break;
      const key = rank.join(' ');
      const list = ranks.get(key) ?? [];
      list.push(m);
      ranks.set(key, list);
    }
  }
  if (ranks.size === 0) return [...mentions];
  const added: Mention[] = [];
  const pattern = new RegExp(
    String.raw`\b[Tt]he (${[...ranks.keys()].sort((a, b) => b.length - a.length).join('|')})\b(?! [A-Z])`,
    'g',
  );
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[0].length - match[1]!.length;
    const end = start + match[1]!.length;
    if (mentions.some((m) => m.start < end && m.end > start)) continue;
    const named = ranks.get(match[1]!)!.filter((m) => m.end <= start);
    const last = named[named.length - 1];
    // Two people named with the rank before it: the text must say which one it means.
    if (!last || new Set(named.map((m) => m.entity.id)).size > 1) continue;
    added.push({ start, end, text: match[1]!, entity: last.entity, ...(last.known ? { known: last.known } : {}) });
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The article's mentions alone, as {@link viewArticle} finds them, without its sentences. */
export function mentionsOfArticle(article: Article, index: MentionIndex): ArticleMentions {
  const { mentions, toFile } = joined(article, index);
  return { article, mentions, toFile };
}

/** The headline and paragraphs (else sentences) joined, placed, and their mentions found. */
function joined(article: Article, index: MentionIndex) {
  const paragraphs = article.passages.filter((p) => p.kind === 'paragraph');
  const blocks = paragraphs.length > 0 ? paragraphs : article.passages.filter((p) => p.kind === 'sentence');
  const headline = headlineOf(article, blocks);
  const placed: Placed[] = [];
  let printed = '';
  for (const block of headline ? [headline, ...blocks] : blocks) {
    if (printed) printed += PARAGRAPH_BREAK;
    placed.push({ viewStart: printed.length, fileStart: block.start, length: block.text.length });
    printed += block.text;
  }
  const mentions = findMentions(printed, index);
  const toFile = (offset: number) => {
    const at = lastAtOrBefore(placed, offset);
    return at ? at.fileStart + Math.min(offset - at.viewStart, at.length) : offset;
  };
  return { blocks, headline, placed, printed, mentions, toFile };
}

/** Traditional Chinese characters replaced by their simplified forms, one code unit for one (the fold table's mapping, Han only). */
function simplifiedHan(text: string): string {
  if (!hasHan(text)) return text;
  const table = getFoldTable();
  return text.replace(HAN_RUN, (run) => {
    let out = '';
    for (let i = 0; i < run.length; i++) out += String.fromCharCode(table[run.charCodeAt(i)]!);
    return out;
  });
}

/** The headline as a passage, when the file prints it before the text. */
function headlineOf(article: Article, blocks: readonly Passage[]): Passage | undefined {
  const start = article.titleStart;
  if (start === undefined || !article.title.trim()) return undefined;
  const end = start + article.title.length;
  if (blocks.length > 0 && end > blocks[0]!.start) return undefined;
  return { kind: 'paragraph', start, end, text: article.title };
}

/** The placed paragraph that starts at or before `offset` (binary search; `placed` is in order). */
function lastAtOrBefore(placed: readonly Placed[], offset: number): Placed | undefined {
  let low = 0;
  let high = placed.length - 1;
  let found: Placed | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (placed[mid]!.viewStart <= offset) {
      found = placed[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** Finds each sentence passage inside its paragraph (both are in file order) and splits glued sentences. */
function placeSentences(passages: readonly Passage[], placed: readonly Placed[], text: string): SentenceView[] {
  const out: SentenceView[] = [];
  let p = 0;
  for (const passage of passages) {
    while (p < placed.length && placed[p]!.fileStart + placed[p]!.length < passage.end) p++;
    const block = placed[p];
    if (!block || passage.start < block.fileStart) continue;
    const start = block.viewStart + (passage.start - block.fileStart);
    const end = start + passage.text.length;
    for (const [from, to] of splitGlued(text, start, end)) {
      const sentence = text.slice(from, to);
      out.push({ start: from, end: to, text: sentence, mentions: [], chinese: isChinese(sentence) });
    }
  }
  return out;
}

/**
 * "…Central Committee.President Xi expressed…": scrapes that drop the line break after a
 * sentence leave a full stop between a lower-case letter and a capitalised word. Those are
 * sentence ends; "U.S. President" (capital before the stop, space after) is not touched.
 * Summary pages run their bullet points together ("...ties [1][2] - Both sides..."): a
 * citation mark followed by a new capitalised point ends a sentence too.
 */
const GLUED_STOP = /[a-z0-9)\]"”’]\.(?=[A-Z][a-z])|[a-z]:(?=[A-Z][a-z])|\]\s+(?:-\s+)?(?=[A-Z])/g;

function splitGlued(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  const slice = text.slice(start, end);
  let from = 0;
  for (const match of slice.matchAll(GLUED_STOP)) {
    const cut = match.index + match[0].length;
    spans.push([start + from, start + cut]);
    from = cut;
  }
  spans.push([start + from, end]);
  return spans.filter(([a, b]) => b > a);
}

function isChinese(sentence: string): boolean {
  const han = countHan(sentence);
  if (han === 0) return false;
  const latin = sentence.match(LATIN)?.length ?? 0;
  return han * 2 >= latin;
}

/** Gives each sentence the mentions inside it (both lists are in order: one merge pass). */
function attachMentions(sentences: SentenceView[], mentions: readonly Mention[]): void {
  let m = 0;
  for (const sentence of sentences) {
    while (m < mentions.length && mentions[m]!.start < sentence.start) m++;
    let k = m;
    while (k < mentions.length && mentions[k]!.start < sentence.end) {
      if (mentions[k]!.end <= sentence.end) sentence.mentions.push(mentions[k]!);
      k++;
    }
  }
}
