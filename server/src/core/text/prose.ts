/**
 * The prose of a draft as nlcst: paragraphs, sentences, words, white space and punctuation,
 * from retext's English parser (parse-english over parse-latin) with the project's plugin that
 * puts sentence ends where this material has them (`retextSentenceEnds`: Chinese 。！？, Lao
 * full stops between words, "U.S.", "H.E.", "Oct.").
 *
 * It reads the prose `proseOf` gives — plain text as written, a Markdown draft with what is not
 * prose blanked — so every offset is the document's (UTF-16 code units). Paragraphs end at blank
 * lines; in Markdown a heading, a list item, a table row and a thematic break are paragraphs of
 * their own, as they are blocks of their own in mdast, and their markers (`#`, `-`, `1.`, `>`) are
 * white space to the parser (same length, so offsets hold).
 *
 * Each paragraph is parsed on its own and its tree is cached by its text (a bounded LRU): after
 * an edit only the paragraphs that changed are parsed again. A cached tree's positions are
 * relative to its paragraph's start, so it serves wherever the paragraph moves; `proseTree`
 * gives the whole document's tree with the document's positions.
 */
import type { Nodes, Paragraph, Root } from 'nlcst';
import type { Point, Position } from 'unist';
import { unified } from 'unified';
import { retextParagraph } from '../retext/paragraphParser.js';
import { retextSentenceEnds } from '../retext/sentenceEnds.js';
import type { OffsetRange } from './rangeSet.js';
import { LineIndex } from './lineIndex.js';
import { LruCache } from './lruCache.js';
import type { DocumentKind } from './markdownProse.js';

/** One paragraph of prose. */
export interface ProseParagraph {
  /** Offset of the paragraph's first character in the document; its first and last characters are not white space. */
  start: number;
  end: number;
  /** What the parser read: the document's text from `start` to `end`, with Markdown's block markers as spaces. */
  text: string;
  /**
   * The paragraph's nlcst: a root holding one paragraph, positions relative to `start` (offset
   * 0, line 1, column 1 is `start`). Shared with the cache and with other documents: read it,
   * never change it.
   */
  tree: Root;
}

/**
 * How much paragraph text the cached trees may stand for, in characters: a tree takes about 150
 * bytes a character, so this is about 75 MB, a dozen 5,000-word drafts.
 */
const CACHED_CHARACTERS = 500_000;

/**
 * The longest piece of prose parsed as one paragraph. The parser's work on one paragraph grows
 * faster than its length (a run of 800,000 characters without a blank line takes seconds per
 * 100,000), so a longer paragraph is parsed in pieces cut at a sentence end, else at white
 * space; no draft has a paragraph this long.
 */
export const LONGEST_PARAGRAPH = 20_000;

const processor = unified().use(retextParagraph).use(retextSentenceEnds).freeze();
const trees = new LruCache<string, Root>(CACHED_CHARACTERS, (text) => text.length);

/** The nlcst of one paragraph's text (positions from its start), parsed once while it stays in the cache. */
export function paragraphTree(text: string): Root {
  return trees.get(text, () => processor.runSync(processor.parse(text)));
}

/**
 * The paragraphs of a document's prose, in order, each with its tree. All the trees are held at
 * once: for a long document, `paragraphSpans` and `paragraphTree` one paragraph at a time keep
 * less in memory.
 */
export function proseParagraphs(prose: string, kind: DocumentKind): ProseParagraph[] {
  return paragraphSpans(prose, kind).map((span) => ({ ...span, tree: paragraphTree(span.text) }));
}

/**
 * The nlcst of a document's prose: a root whose paragraphs are `proseParagraphs`, with the
 * document's positions (offsets in UTF-16 code units; lines end at LF, CR LF or CR; columns
 * count code units from 1), and the white space between them as white-space nodes. A fresh
 * tree, the caller's to change.
 */
export function proseTree(prose: string, kind: DocumentKind): Root {
  const lines = new LineIndex(prose);
  const pointAt = (offset: number): Point => {
    const position = lines.positionAt(offset);
    return { line: position.line + 1, column: position.character + 1, offset };
  };
  const children: Root['children'] = [];
  let at = 0;
  const space = (end: number) => {
    if (end > at)
      children.push({
        type: 'WhiteSpaceNode',
        value: prose.slice(at, end),
        position: { start: pointAt(at), end: pointAt(end) },
      });
  };
  for (const paragraph of proseParagraphs(prose, kind)) {
    space(paragraph.start);
    const origin = pointAt(paragraph.start);
    for (const child of paragraph.tree.children) children.push(moved(child, origin) as Paragraph);
    at = paragraph.end;
  }
  space(prose.length);
  return { type: 'RootNode', children, position: { start: pointAt(0), end: pointAt(prose.length) } };
}

/** A copy of a node whose positions count from `origin` instead of from the start of its text. */
function moved(node: Nodes, origin: Point): Nodes {
  const copy = { ...node } as Nodes & { children?: Nodes[] };
  if (node.position) copy.position = movedPosition(node.position, origin);
  if ('children' in node) copy.children = (node.children as Nodes[]).map((child) => moved(child, origin));
  return copy;
}

function movedPosition(position: Position, origin: Point): Position {
  const point = (p: Point): Point => ({
    line: origin.line + p.line - 1,
    column: p.line === 1 ? origin.column + p.column - 1 : p.column,
    offset: (origin.offset ?? 0) + (p.offset ?? 0),
  });
  return { start: point(position.start), end: point(position.end) };
}

/** A paragraph's place and the text the parser reads for it. */
export interface ParagraphSpan {
  start: number;
  end: number;
  text: string;
}

/** Line breaks: LF, CR LF, CR. */
const LINE_BREAK = /\r\n?|\n/g;
/** Quotation markers and the indentation around them, at the start of a line. */
const QUOTATION_PREFIX = /^(?:[ \t]*>)*[ \t]*/;
/** An ATX heading's opening hashes. */
const HEADING = /^#{1,6}(?=[ \t]|$)/;
/** An ATX heading's closing hashes. */
const HEADING_CLOSE = /[ \t]#+[ \t]*$/;
/** A list item's bullet or number. */
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
/** A thematic break, a setext heading's underline or a table's delimiter row: markup, no words. */
const RULE = /^(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|-+[ \t]*|\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?)$/;

/** What a line of a Markdown draft's prose is, for finding paragraphs. */
interface MarkdownLine {
  /** Ranges of the line (offsets in the document) that are markup: white space to the parser. */
  markup: OffsetRange[];
  /** Blank (or markup only): ends the paragraph before it. */
  blank: boolean;
  /** Starts a paragraph of its own: a heading, a list item, a table row. */
  opens: boolean;
  /** Ends its paragraph: a heading, a table row, a setext heading's underline. */
  closes: boolean;
  /** Opens a list item: bulleted or numbered. */
  item?: 'bullet' | 'number';
}

/**
 * What a line of a Markdown draft's prose is. `after` is what the line follows: a paragraph
 * (which only a bullet or the number 1 can interrupt: "… signed in\n2024. The talks" goes on),
 * a numbered list item (which the next number ends), a bulleted one, or nothing.
 */
function markdownLine(
  text: string,
  start: number,
  end: number,
  after: 'paragraph' | 'bullet' | 'number' | undefined,
): MarkdownLine {
  const line = text.slice(start, end);
  const prefix = QUOTATION_PREFIX.exec(line)![0];
  const rest = line.slice(prefix.length);
  const quotation = prefix.includes('>') ? [{ start, end: start + prefix.length }] : [];
  if (rest.trim() === '') return { markup: quotation, blank: true, opens: false, closes: false };
  if (RULE.test(rest))
    return { markup: [...quotation, { start: start + prefix.length, end }], blank: true, opens: false, closes: true };
  const at = start + prefix.length;
  const heading = HEADING.exec(rest);
  if (heading) {
    const close = HEADING_CLOSE.exec(rest);
    const closing = close ? [{ start: at + close.index, end }] : [];
    return {
      markup: [...quotation, { start: at, end: at + heading[0].length }, ...closing],
      blank: false,
      opens: true,
      closes: true,
    };
  }
  const marker = LIST_MARKER.exec(rest);
  const numbered = marker !== null && /^\d/.test(marker[0]);
  const interrupts = !numbered || after === undefined || after === 'number' || /^0*1\D/.test(marker[0]);
  if (marker && interrupts)
    return {
      markup: [...quotation, { start: at, end: at + marker[0].length }],
      blank: false,
      opens: true,
      closes: false,
      item: numbered ? 'number' : 'bullet',
    };
  const row = rest.startsWith('|');
  return { markup: quotation, blank: false, opens: row, closes: row };
}

/**
 * The paragraphs of a document's prose: runs of lines between blank lines, and in Markdown
 * each heading, list item and table row on its own. Each is trimmed of white space (markers
 * included), none is empty, and none is longer than `LONGEST_PARAGRAPH`. One pass over the
 * lines.
 */
export function paragraphSpans(prose: string, kind: DocumentKind): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let start = -1;
  let end = -1;
  let markup: OffsetRange[] = [];
  let item: 'bullet' | 'number' | undefined;
  const close = () => {
    if (start >= 0) {
      const span = trimmed(prose, start, end, markup);
      if (span) spans.push(...piecesOf(span));
    }
    start = -1;
    markup = [];
    item = undefined;
  };
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  while (lineStart <= prose.length) {
    const found = LINE_BREAK.exec(prose);
    const lineEnd = found ? found.index : prose.length;
    if (kind === 'markdown') {
      const line = markdownLine(prose, lineStart, lineEnd, start < 0 ? undefined : (item ?? 'paragraph'));
      if (line.blank || line.opens) close();
      if (line.item) item = line.item;
      if (!line.blank) {
        if (start < 0) start = lineStart;
        end = lineEnd;
        markup.push(...line.markup);
      }
      if (line.closes) close();
    } else if (prose.slice(lineStart, lineEnd).trim() === '') {
      close();
    } else {
      if (start < 0) start = lineStart;
      end = lineEnd;
    }
    if (!found) break;
    lineStart = found.index + found[0].length;
  }
  close();
  return spans;
}

/** A paragraph's span with its markup as spaces, trimmed of white space; undefined when nothing is left. */
function trimmed(prose: string, start: number, end: number, markup: readonly OffsetRange[]): ParagraphSpan | undefined {
  let text = prose.slice(start, end);
  if (markup.length > 0) {
    const chars = text.split('');
    for (const range of markup)
      for (let i = range.start; i < range.end; i++)
        if (chars[i - start] !== '\n' && chars[i - start] !== '\r') chars[i - start] = ' ';
    text = chars.join('');
  }
  const leading = text.length - text.trimStart().length;
  const kept = text.trim();
  if (kept === '') return undefined;
  return { start: start + leading, end: start + leading + kept.length, text: kept };
}

/** Where a long paragraph may be cut: after a sentence's final punctuation and the white space after it. */
const SENTENCE_BREAK = /[.!?…。！？][”’"')\]]*\s+/g;
const WHITE_SPACE = /\s/;

/**
 * A paragraph in pieces of at most `LONGEST_PARAGRAPH` characters, each cut after the last
 * sentence end in its second half, else at its last white space, else at the bound (never
 * inside a surrogate pair); each trimmed. Linear: each piece reads its own characters only.
 */
function piecesOf(span: ParagraphSpan): ParagraphSpan[] {
  if (span.text.length <= LONGEST_PARAGRAPH) return [span];
  const pieces: ParagraphSpan[] = [];
  const text = span.text;
  let from = 0;
  while (from < text.length) {
    let cut = Math.min(text.length, from + LONGEST_PARAGRAPH);
    if (cut < text.length) {
      const half = from + LONGEST_PARAGRAPH / 2;
      let sentence = -1;
      for (const found of text.slice(half, cut).matchAll(SENTENCE_BREAK))
        sentence = half + found.index + found[0].length;
      if (sentence > from) cut = sentence;
      else {
        let space = cut;
        while (space > half && !WHITE_SPACE.test(text[space - 1]!)) space--;
        if (space > half) cut = space;
        else if (/[\uDC00-\uDFFF]/.test(text[cut]!) && /[\uD800-\uDBFF]/.test(text[cut - 1]!)) cut--;
      }
    }
    const piece = text.slice(from, cut);
    const leading = piece.length - piece.trimStart().length;
    const kept = piece.trim();
    if (kept)
      pieces.push({ start: span.start + from + leading, end: span.start + from + leading + kept.length, text: kept });
    from = cut;
  }
  return pieces;
}
