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
  attachMentions(sentences, mentions);
  return { article, text, printed, mentions, sentences, toFile };
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
