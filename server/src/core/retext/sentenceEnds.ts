/**
 * A retext plugin that puts sentence ends where diplomatic prose has them. The English parser
 * (parse-english over parse-latin) ends a sentence at `.`, `!`, `?` and `…` before anything but
 * a lower-case word; on this material that is wrong in a few known places:
 *
 * - Chinese ends sentences with 。！？ (and ｡), which it does not know: "双方同意。会谈结束。"
 *   stays one sentence. Here each ends one, with the closing quotes and brackets after it.
 * - Lao is written without spaces between words, so a full stop between two Lao words
 *   ("ໄດ້ພົບປະ.ທັງສອງ") is read as a dot inside one word. Here it ends a sentence, unless it
 *   belongs to a dotted abbreviation of single letters ("ສ.ປ.ປ. ລາວ", "ຄ.ສ. 2024").
 * - A word read as an abbreviation keeps its full stop and never ends a sentence: "the
 *   U.S. The next day" and "on 12 Oct. Both sides" run on. Here, by the rules the corpus's
 *   sentence splitter shares (`text/sentenceRules.ts`): an honorific ("H.E.", "Mr.", "Adm.") never ends a sentence; a month or number
 *   abbreviation ("Oct.", "No.") and a lower-case one ("etc.") end one before a capital; a
 *   dotted initialism ("U.S.", "a.m.") or a capitalized abbreviation ("Inc.") only before a word
 *   that opens sentences ("The", "He", "However"), so "the U.S. President" is one sentence.
 *
 * Only sentence boundaries move: words, white space and punctuation are the parser's, and
 * every position stays exact.
 */
import type { Paragraph, Root, Sentence, SentenceContent, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import {
  CJK_TERMINAL,
  CLOSING,
  endsSentence,
  isAbbreviationBeforeFullStop,
  isLaoSentenceStop,
  OPENING,
} from '../text/sentenceRules.js';

/** The retext plugin: a transformer that corrects the sentence ends of every paragraph in the tree. */
export const retextSentenceEnds: Plugin<[], Root> = function () {
  return (tree: Root) => {
    visit(tree, 'ParagraphNode', (paragraph) => {
      correctSentenceEnds(paragraph);
      return SKIP;
    });
  };
};

/**
 * Corrects the sentence ends of one paragraph in place: its sentences are laid out as one run
 * of words, white space and punctuation with the parser's ends marked, the ends are moved by
 * the rules above, and the sentences are made again, with the white space between them in the
 * paragraph as the parser puts it.
 */
export function correctSentenceEnds(paragraph: Paragraph): void {
  const tokens: SentenceContent[] = [];
  /** Indexes of tokens that end a sentence. */
  const ends = new Set<number>();
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      tokens.push(child);
      continue;
    }
    for (const node of child.children) {
      const pieces = node.type === 'WordNode' ? splitLaoWord(node) : [node];
      for (const piece of pieces) {
        if (piece === SENTENCE_END) ends.add(tokens.length - 1);
        else tokens.push(piece);
      }
    }
    ends.add(tokens.length - 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'PunctuationNode' && CJK_TERMINAL.test(token.value)) {
      let last = i;
      while (tokens[last + 1]?.type === 'PunctuationNode' && CLOSING.test(toString(tokens[last + 1]!))) last++;
      if (last < tokens.length - 1) {
        for (let j = i; j < last; j++) ends.delete(j);
        ends.add(last);
      }
      i = last;
      continue;
    }
    const abbreviation = abbreviationEndingAt(tokens, i);
    if (abbreviation === undefined) continue;
    const next = nextWord(tokens, i);
    if (next === undefined) continue;
    if (endsSentence(abbreviation, next)) ends.add(i);
    else ends.delete(i);
  }
  paragraph.children = sentencesOf(tokens, ends);
}

/** Marks a sentence end among the pieces of a split word. */
const SENTENCE_END = Symbol('sentence end');

/**
 * A Lao word the parser joined across a full stop ("ໄດ້ພົບປະ.ທັງສອງ"), cut there into the word
 * before, the full stop and a sentence end, and the word after. A dot between single letters
 * ("ສ.ປ.ປ") is an abbreviation's and stays in the word.
 */
function splitLaoWord(word: Word): (SentenceContent | typeof SENTENCE_END)[] {
  const children = word.children;
  if (children.length < 3) return [word];
  const out: (SentenceContent | typeof SENTENCE_END)[] = [];
  let from = 0;
  for (let i = 1; i + 1 < children.length; i++) {
    const dot = children[i]!;
    const before = children[i - 1]!;
    const after = children[i + 1]!;
    if (
      dot.type === 'PunctuationNode' &&
      dot.value === '.' &&
      before.type === 'TextNode' &&
      after.type === 'TextNode' &&
      isLaoSentenceStop(before.value, after.value)
    ) {
      out.push(wordOf(children.slice(from, i)), dot, SENTENCE_END);
      from = i + 1;
    }
  }
  if (from === 0) return [word];
  out.push(wordOf(children.slice(from)));
  return out;
}

function wordOf(children: Word['children']): Word {
  const first = children[0]?.position;
  const last = children.at(-1)?.position;
  return {
    type: 'WordNode',
    children,
    ...(first && last ? { position: { start: { ...first.start }, end: { ...last.end } } } : {}),
  };
}

/**
 * The abbreviation whose full stop is token `i` — a word that ends in its full stop ("U.S.",
 * "Oct.", "H.E."), or a word followed by a full stop the parser left apart ("Adm" + ".") —
 * without the full stop; undefined when token `i` is no such full stop.
 */
function abbreviationEndingAt(tokens: readonly SentenceContent[], i: number): string | undefined {
  const token = tokens[i]!;
  if (token.type === 'WordNode') {
    const value = toString(token);
    return value.length > 1 && value.endsWith('.') ? value.slice(0, -1) : undefined;
  }
  if (token.type === 'PunctuationNode' && token.value === '.' && tokens[i - 1]?.type === 'WordNode') {
    const word = toString(tokens[i - 1]!);
    if (isAbbreviationBeforeFullStop(word)) return word;
  }
  return undefined;
}

/** The first word after token `i`, past white space and opening quotes; undefined at the paragraph's end or before anything else. */
function nextWord(tokens: readonly SentenceContent[], i: number): string | undefined {
  let j = i + 1;
  while (tokens[j]?.type === 'WhiteSpaceNode') j++;
  if (j === i + 1) return undefined;
  while (tokens[j]?.type === 'PunctuationNode' && OPENING.test(toString(tokens[j]!))) j++;
  const token = tokens[j];
  return token?.type === 'WordNode' ? toString(token) : undefined;
}

/** Sentences made of the tokens, ending where marked; white space before and after each sentence stays in the paragraph. */
function sentencesOf(tokens: readonly SentenceContent[], ends: ReadonlySet<number>): Paragraph['children'] {
  const out: Paragraph['children'] = [];
  let group: SentenceContent[] = [];
  const flush = () => {
    let first = 0;
    while (first < group.length && group[first]!.type === 'WhiteSpaceNode')
      out.push(group[first++] as Paragraph['children'][number]);
    let last = group.length;
    while (last > first && group[last - 1]!.type === 'WhiteSpaceNode') last--;
    if (last > first) out.push(sentenceOf(group.slice(first, last)));
    for (let k = last; k < group.length; k++) out.push(group[k] as Paragraph['children'][number]);
    group = [];
  };
  tokens.forEach((token, index) => {
    group.push(token);
    if (ends.has(index)) flush();
  });
  flush();
  return out;
}

function sentenceOf(children: SentenceContent[]): Sentence {
  const first = children[0]!.position;
  const last = children.at(-1)!.position;
  return {
    type: 'SentenceNode',
    children,
    ...(first && last ? { position: { start: { ...first.start }, end: { ...last.end } } } : {}),
  };
}
