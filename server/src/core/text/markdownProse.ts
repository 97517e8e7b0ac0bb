/**
 * The prose of a draft. A Markdown draft says things in its paragraphs, headings, lists,
 * quotations, tables, link text, image descriptions and footnotes; its code, HTML, comments,
 * link destinations and front matter are not prose and are never checked (the front matter's
 * `title:` is, as a heading would be). A plain-text document is prose as it stands.
 *
 * The prose is the text itself with every character that is not prose replaced by a space and
 * line breaks kept, so that its length, its offsets and its lines are those of the document:
 * every check reads it as it would read the document, and nothing it reports can fall where
 * the draft is not prose. The Markdown is parsed by unified (`remark-parse`, with
 * `remark-frontmatter` and `remark-gfm`) into mdast, whose node offsets are UTF-16 offsets into
 * the text: block by block, and only the blocks with Markdown syntax (`nonProseRanges`).
 */
import type { Nodes, Parents, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isPair, isScalar, parseDocument, Scalar } from 'yaml';
import { markdownBlockStarts } from './markdownBlocks.js';
import type { OffsetRange } from './rangeSet.js';

/** How a document is written: a Markdown draft is checked in its prose only, plain text as it stands. */
export type DocumentKind = 'markdown' | 'plain';

/** A document's kind from its editor language id: `markdown` is Markdown, anything else plain text. */
export function documentKindOf(languageId: string | undefined): DocumentKind {
  return languageId === 'markdown' ? 'markdown' : 'plain';
}

/** The prose of a text, and where what was left out lies. */
export interface ProseText {
  /** The text with every character that is not prose a space, line breaks kept: same length, same offsets, same lines. */
  text: string;
  /** The ranges left out, in order, none touching the next. */
  nonProse: readonly OffsetRange[];
}

/**
 * The prose of a document of the given kind; a plain-text document is all prose, and so is a
 * Markdown text nested deeper than any draft (`MAX_NESTING`).
 */
export function proseOf(text: string, kind: DocumentKind): ProseText {
  if (kind === 'plain' || deeperThanDrafts(text)) return { text, nonProse: [] };
  const nonProse = nonProseRanges(text);
  return { text: blanked(text, nonProse), nonProse };
}

/**
 * The deepest nesting of quotations and lists read as Markdown. The parser's work on a line
 * grows with the depth of the containers it lies in, so a text nested thousands deep would
 * take minutes; no draft comes near this.
 */
export const MAX_NESTING = 64;

/** The quotation and list markers opening a line, with the spaces among them. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/gm;

/**
 * True when some line may lie deeper than `MAX_NESTING` containers: counting each marker
 * (`>`, `-`, `1.`) opening it and every two columns of indentation (a nested list item is
 * indented at least two columns per level) as one level. One pass over the line starts.
 */
export function deeperThanDrafts(text: string): boolean {
  CONTAINER_PREFIX.lastIndex = 0;
  for (let match = CONTAINER_PREFIX.exec(text); match; match = CONTAINER_PREFIX.exec(text)) {
    const prefix = match[0];
    if (prefix.length === 0) {
      CONTAINER_PREFIX.lastIndex++;
      continue;
    }
    let levels = 0;
    let columns = 0;
    for (const c of prefix) {
      if (c === ' ') columns += 1;
      else if (c === '\t') columns += 4;
      else if (c === '>' || c === '-' || c === '+' || c === '*' || c === '.' || c === ')') levels += 1;
    }
    if (levels + columns / 2 > MAX_NESTING) return true;
  }
  return false;
}

const BYTE_ORDER_MARK = '\uFEFF';

/** How Markdown is read: with GitHub's extensions (tables, footnotes, bare links) or without. */
type Dialect = 'gfm' | 'commonMark';

interface MarkdownParser {
  parse(markdown: string): Root;
}

/**
 * The parsers, by dialect, for a text that starts a document (where front matter may be) and
 * for a block further on (where `---` is a thematic break, not front matter).
 */
const PARSERS: Record<Dialect, Record<'document' | 'block', () => MarkdownParser>> = {
  gfm: {
    document: () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm),
    block: () => unified().use(remarkParse).use(remarkGfm),
  },
  commonMark: {
    document: () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']),
    block: () => unified().use(remarkParse),
  },
};
const parsers = new Map<string, MarkdownParser>();

function parserFor(dialect: Dialect, where: 'document' | 'block'): MarkdownParser {
  const key = `${dialect} ${where}`;
  let parser = parsers.get(key);
  if (!parser) parsers.set(key, (parser = PARSERS[dialect][where]()));
  return parser;
}

/**
 * The longest paragraph read with GitHub's extensions. Their search for bare links
 * (`www.example.com`) grows with the square of a paragraph's length, so a text with a longer
 * run of lines without a blank one is read as CommonMark, without them: linear, and no draft
 * has a paragraph this long.
 */
export const LONGEST_GFM_PARAGRAPH = 20_000;

/** The first character of a line that is not a space, or the line break that ends a blank one. */
const NOT_BLANK_OR_LINE_BREAK = /\S|\n/g;

/** The length of the longest run of lines without a blank line between them. One pass. */
export function longestParagraph(text: string): number {
  let longest = 0;
  let paragraphStart = 0;
  for (let lineStart = 0; lineStart <= text.length;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    NOT_BLANK_OR_LINE_BREAK.lastIndex = lineStart;
    const first = NOT_BLANK_OR_LINE_BREAK.exec(text)?.[0];
    const blank = first === undefined || first === '\n';
    if (blank) paragraphStart = lineEnd + 1;
    else longest = Math.max(longest, lineEnd - paragraphStart);
    if (lineBreak === -1) break;
    lineStart = lineBreak + 1;
  }
  return longest;
}

function dialectOf(markdown: string): Dialect {
  return longestParagraph(markdown) > LONGEST_GFM_PARAGRAPH ? 'commonMark' : 'gfm';
}

/**
 * The ranges of a Markdown text that are not prose, in order and merged: code (fenced,
 * indented, inline), HTML (blocks, inline tags, comments), link and image destinations and
 * titles, reference labels, autolinks, definitions, footnote labels, and front matter but for
 * the value of its `title:`.
 *
 * The text is read block by block (`markdownBlockStarts`), so that no tree of a long draft is
 * ever whole in memory: its front matter alone, then each run of blocks with some Markdown
 * syntax in it (`NON_PROSE_SYNTAX`), while blocks of plain prose are not parsed at all. What
 * is found is what one tree of the whole text would give, offsets and all.
 */
export function nonProseRanges(markdown: string): OffsetRange[] {
  // micromark skips a byte order mark and counts offsets from after it.
  const shift = markdown.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  const text = shift ? markdown.slice(shift) : markdown;
  readings.previous = readings.current;
  readings.current = new Map();
  const dialect = dialectOf(text);
  const frontMatter = frontMatterOf(text);
  const ranges = frontMatterUnread(text, frontMatter)
    ? nonProseInWholeTree(text, dialect)
    : nonProseByBlocks(text, frontMatter, dialect);
  return ranges.map((range) => ({ start: range.start + shift, end: range.end + shift }));
}

/**
 * What every piece of Markdown that is not prose contains at least one of, front matter aside:
 * code a backtick, a tilde fence or four columns of indentation (spaces or a tab); HTML and
 * autolinks `<`; links, images, definitions and footnotes `[`; GFM's bare links `www.`,
 * `http://`, `https://` or, for an e-mail address, `@`. A text without any is prose through.
 */
const NON_PROSE_SYNTAX = /[`<[@\t]|~~~| {4}|www\.|https?:\/\//i;

/** The opening line of front matter, YAML or TOML. */
const FRONT_MATTER_OPENING = /^(---|\+\+\+)[ \t]*\n/;

/** A text's front matter: where it ends (after its closing fence, before the line break), and what in it is not prose. */
interface FrontMatter {
  end: number;
  reading: BlockReading;
}

/**
 * Where front matter would end if the text has it: after the closing fence that matches its
 * opening line (`---` or `+++`), before the line break. Whether the parser reads it as front
 * matter is for the parser to say.
 */
export function frontMatterFenceEnd(text: string): number | undefined {
  const fence = FRONT_MATTER_OPENING.exec(text)?.[1];
  if (!fence) return undefined;
  const closing = new RegExp(`\\n${fence === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?=\\n|$)`, 'g');
  closing.lastIndex = fence.length;
  const found = closing.exec(text);
  return found ? found.index + found[0].length : undefined;
}

/** The parser's front matter, if the text has any; read once for this document and the next. */
function frontMatterOf(text: string): FrontMatter | undefined {
  const end = frontMatterFenceEnd(text);
  if (end === undefined) return undefined;
  const source = text.slice(0, end);
  const key = `front matter\u0000${source}`;
  let reading = recall(key);
  if (!reading) {
    const tree = parserFor(dialectOf(source), 'document').parse(source);
    const first = tree.children[0];
    if (!((first?.type === 'yaml' || (first?.type as string) === 'toml') && first?.position?.end.offset === end))
      return undefined;
    readings.current.set(key, (reading = { nonProse: nonProseInTree(tree, source), definitions: [] }));
  }
  return { end, reading };
}

/** The opening line of front matter, with any line ending. */
const FRONT_MATTER_OPENING_LINE = /^(?:---|\+\+\+)[ \t]*[\r\n]/;

/**
 * True when a text opens front matter that `frontMatterOf` does not find: never closed, or
 * with CR line endings. The parser's attempt at it runs to the end of the text, and what it
 * reads after failing has no lists or quotations (`- item` is a paragraph): such a text is
 * read whole, as one tree, which is the only way to read it the same.
 */
function frontMatterUnread(text: string, frontMatter: FrontMatter | undefined): boolean {
  return frontMatter === undefined && FRONT_MATTER_OPENING_LINE.test(text);
}

/** The ranges not prose from one tree of the whole text, if it has Markdown syntax. */
function nonProseInWholeTree(text: string, dialect: Dialect): OffsetRange[] {
  return NON_PROSE_SYNTAX.test(text) ? nonProseInTree(parserFor(dialect, 'document').parse(text), text) : [];
}

/** A link reference definition or a footnote definition, which any block of the document may refer to. */
interface Definition {
  type: 'definition' | 'footnoteDefinition';
  /** The label, normalized as references are matched to it. */
  identifier: string;
}

/** A definition, and where it starts. */
interface FoundDefinition extends Definition {
  at: number;
}

/** What the parser found in a block or a run of blocks: offsets from its start. */
interface BlockReading {
  nonProse: OffsetRange[];
  definitions: FoundDefinition[];
}

/** A document's blocks: `starts[i]` to `starts[i + 1]` (or the end). */
interface Blocks {
  text: string;
  starts: number[];
  /** When the document has front matter, it is block 0 alone, read already. */
  frontMatter: BlockReading | undefined;
  dialect: Dialect;
}

function blockText(blocks: Blocks, index: number): string {
  return blocks.text.slice(blocks.starts[index], blocks.starts[index + 1] ?? blocks.text.length);
}

/** The first line of a block, without its line ending; empty after the last block. */
function firstLineOf(blocks: Blocks, index: number): string {
  const start = blocks.starts[index];
  if (start === undefined) return '';
  LINE_ENDING.lastIndex = start;
  return blocks.text.slice(start, LINE_ENDING.exec(blocks.text)?.index ?? blocks.text.length);
}

const LINE_ENDING = /\r\n|\r|\n/g;

/**
 * The ranges not prose, read block by block. Link references and footnote calls resolve
 * against definitions anywhere in the document: when a first reading finds any, the blocks
 * that may refer to one (those with a `[`) are read again after a copy of every definition's
 * label (`definitionsPrefix`), and those without reuse their first reading.
 */
function nonProseByBlocks(text: string, frontMatter: FrontMatter | undefined, dialect: Dialect): OffsetRange[] {
  const body = frontMatter?.end ?? 0;
  const starts = [0, ...(body > 0 && body < text.length ? [body] : []), ...markdownBlockStarts(text, body)];
  const blocks: Blocks = { text, starts, frontMatter: frontMatter?.reading, dialect };
  const first = readBlocks(blocks, '');
  if (first.definitions.length === 0) return first.nonProse;
  const prefix = definitionsPrefix(first.definitions, dialect);
  return prefix === undefined ? nonProseInWholeTree(text, dialect) : readBlocks(blocks, prefix).nonProse;
}

/**
 * The most text parsed at once: runs of blocks with Markdown syntax are parsed together up to
 * this length, as each parse has a fixed cost.
 */
const GROUP_LENGTH = 8_192;

/**
 * The readings of the blocks parsed for the document being read and for the one read before
 * it, by `readingKey`: after an edit, only the blocks it changed are parsed again. No more
 * than these two documents' blocks are kept.
 */
const readings = { current: new Map<string, BlockReading>(), previous: new Map<string, BlockReading>() };

/** The reading under `key`, if this document or the one before had it; it is kept for the next. */
function recall(key: string): BlockReading | undefined {
  let reading = readings.current.get(key);
  if (!reading) {
    reading = readings.previous.get(key);
    if (reading) readings.current.set(key, reading);
  }
  return reading;
}

/**
 * The key of a block's reading: the block and all that decides how it reads. That is the
 * dialect, the definitions parsed before it, and the first line of the block after it, which
 * decides where what the block leaves open ends (an HTML block in a footnote takes the blank
 * line after it when a list item follows, not when a paragraph does).
 */
function readingKey(dialect: Dialect, prefix: string, block: string, nextLine: string): string {
  return `${dialect}\u0000${prefix}\u0000${block}\u0000${nextLine}`;
}

/** The reading of a block parsed before, if any: one with no `[` reads the same whatever the definitions. */
function recalled(blocks: Blocks, index: number, prefix: string): BlockReading | undefined {
  const block = blockText(blocks, index);
  const nextLine = firstLineOf(blocks, index + 1);
  return (
    recall(readingKey(blocks.dialect, prefix, block, nextLine)) ??
    (prefix && !block.includes('[') ? recall(readingKey(blocks.dialect, '', block, nextLine)) : undefined)
  );
}

/** True when a block may hold something that is not prose. */
function mayHoldNonProse(blocks: Blocks, index: number): boolean {
  return NON_PROSE_SYNTAX.test(blockText(blocks, index));
}

/** Every block's ranges not prose, and the definitions found, parsing after `prefix` the blocks not read before. */
function readBlocks(blocks: Blocks, prefix: string): BlockReading {
  const nonProse: OffsetRange[] = [];
  const definitions: FoundDefinition[] = [];
  const take = (reading: BlockReading, at: number) => {
    for (const range of reading.nonProse) nonProse.push({ start: range.start + at, end: range.end + at });
    for (const definition of reading.definitions) definitions.push({ ...definition, at: definition.at + at });
  };
  const count = blocks.starts.length;
  const groupLength = Math.max(GROUP_LENGTH, 4 * prefix.length);
  for (let i = 0; i < count;) {
    if (i === 0 && blocks.frontMatter) {
      take(blocks.frontMatter, 0);
      i++;
      continue;
    }
    if (!mayHoldNonProse(blocks, i)) {
      i++;
      continue;
    }
    const known = recalled(blocks, i, prefix);
    if (known) {
      take(known, blocks.starts[i]!);
      i++;
      continue;
    }
    let end = i + 1;
    while (
      end < count &&
      (blocks.starts[end + 1] ?? blocks.text.length) - blocks.starts[i]! <= groupLength &&
      mayHoldNonProse(blocks, end) &&
      !recalled(blocks, end, prefix)
    )
      end++;
    const group = readGroup(blocks, i, end, prefix);
    take(group.reading, blocks.starts[i]!);
    i = group.end;
  }
  return { nonProse: merged(nonProse), definitions };
}

/**
 * Parses blocks `from` to `to` (exclusive) after `prefix`, with the first line of the block
 * after them (`nextLineParsed`), and on into the blocks after them for as long as that line
 * does not start a block of the tree afresh (it lies in a fence or an HTML block left open,
 * or follows indented code), doubling the length parsed each time. Returns what was found,
 * from the start of block `from`, and the block after the last one read. Each block found to
 * start and end where blocks of the tree start afresh is remembered alone.
 */
function readGroup(blocks: Blocks, from: number, to: number, prefix: string): { reading: BlockReading; end: number } {
  const { text, starts } = blocks;
  const count = starts.length;
  const start = starts[from]!;
  for (;;) {
    const end = starts[to] ?? text.length;
    const { tree, source } = nextLineParsed(blocks.dialect, prefix + text.slice(start, end), firstLineOf(blocks, to));
    const treeBlockStarts = freshStarts(tree, source, prefix.length);
    if (to === count || treeBlockStarts.has(end - start)) {
      const reading = readingOf(tree, source, prefix.length, prefix.length + end - start);
      rememberBlocks(blocks, from, to, prefix, treeBlockStarts, reading);
      return { reading, end: to };
    }
    while (to < count && starts[to]! < start + 2 * (end - start)) to++;
  }
}

/**
 * The tree of `text` followed by `nextLine`, the first line of the block after it. Where what
 * the text leaves open ends depends on that line: on whether it starts a list item, a
 * quotation or a footnote (an HTML block in a footnote then takes the blank line before it)
 * or not. But a definition there (`[label]: …`) would turn the text's references into links
 * though the line may be no definition in the document (`|---|` under it makes it a table
 * row): then a line that starts the same kind of block without defining anything is parsed
 * after the text instead.
 */
function nextLineParsed(dialect: Dialect, text: string, nextLine: string): { tree: Root; source: string } {
  const parser = parserFor(dialect, 'block');
  const source = text + nextLine;
  const tree = parser.parse(source);
  if (!nextLine.includes(']:') || definitionsIn(tree, text.length).length === 0) return { tree, source };
  const container = tree.children.some(
    (node) =>
      node.position?.start.offset === text.length &&
      (node.type === 'blockquote' || node.type === 'list' || node.type === 'footnoteDefinition'),
  );
  const item = tree.children.some(
    (node) => node.type === 'list' && node.children.some((child) => child.position?.start.offset === text.length),
  );
  const neutral = text + (container || item ? '> a' : 'a');
  return { tree: parser.parse(neutral), source: neutral };
}

/**
 * Where blocks of the tree start afresh, as offsets from `from`: its top-level blocks and the
 * items of its top-level lists, but for a block right after an indented code block. The
 * parser reads the line after an indented code block and blank lines as one that may
 * interrupt the code (`2) item` is no list there, as no list but one starting at 1 may
 * interrupt), not as the start of a document.
 */
function freshStarts(tree: Root, source: string, from: number): Set<number> {
  const starts = new Set<number>();
  let afterIndentedCode = false;
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? -1;
    if (!afterIndentedCode) starts.add(start - from);
    if (node.type === 'list')
      for (const item of node.children.slice(1)) starts.add((item.position?.start.offset ?? -1) - from);
    afterIndentedCode = node.type === 'code' && (source[start] === ' ' || source[start] === '\t');
  }
  return starts;
}

/** The ranges not prose and the definitions of the tree between `from` and `to`, as offsets from `from`. */
function readingOf(tree: Root, source: string, from: number, to: number): BlockReading {
  const nonProse: OffsetRange[] = [];
  for (const range of nonProseInTree(tree, source)) {
    if (range.end > from && range.start < to) nonProse.push({ start: range.start - from, end: range.end - from });
  }
  const definitions = source.includes(']:')
    ? definitionsIn(tree, from).filter((definition) => definition.at < to - from)
    : [];
  return { nonProse, definitions };
}

/** The definitions of the tree that start at `from` or after, with where each starts, from `from`. */
function definitionsIn(tree: Root, from: number): FoundDefinition[] {
  const found: FoundDefinition[] = [];
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const at = node.position?.start.offset ?? -1;
    if ((node.type === 'definition' || node.type === 'footnoteDefinition') && at >= from)
      found.push({ type: node.type, identifier: node.identifier, at: at - from });
    if ('children' in node) pending.push(...node.children);
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Remembers, alone, each block of a parsed run that starts and ends where blocks of the tree
 * start afresh (or where the run does): blocks that a fence or an HTML block runs across, or
 * that follow indented code, are not.
 */
function rememberBlocks(
  blocks: Blocks,
  from: number,
  to: number,
  prefix: string,
  treeBlockStarts: ReadonlySet<number>,
  reading: BlockReading,
): void {
  const runStart = blocks.starts[from]!;
  for (let i = from; i < to; i++) {
    const start = blocks.starts[i]! - runStart;
    const end = (blocks.starts[i + 1] ?? blocks.text.length) - runStart;
    const startsFree = i === from || treeBlockStarts.has(start);
    const endsFree = i === to - 1 || treeBlockStarts.has(end);
    const crossed = reading.nonProse.some(
      (range) => (range.start < start && range.end > start) || (range.start < end && range.end > end),
    );
    // Without the document's definitions before it, a block's references resolve against
    // those of the run it was parsed in, which another document need not have.
    const referencesRun =
      prefix === '' &&
      reading.definitions.length > 0 &&
      blocks.text.slice(runStart + start, runStart + end).includes('[');
    if (!startsFree || !endsFree || crossed || referencesRun) continue;
    const inBlock = (offset: number) => offset >= start && offset < end;
    readings.current.set(readingKey(blocks.dialect, prefix, blockText(blocks, i), firstLineOf(blocks, i + 1)), {
      nonProse: reading.nonProse
        .filter((range) => inBlock(range.start))
        .map((range) => ({ start: range.start - start, end: range.end - start })),
      definitions: reading.definitions
        .filter((definition) => inBlock(definition.at))
        .map((definition) => ({ ...definition, at: definition.at - start })),
    });
  }
}

/**
 * A copy of the document's definitions for blocks to be parsed after: each label once, with a
 * destination of its own, then a paragraph that closes the last (a footnote goes on into
 * indented lines) and a blank line. Undefined when the copy would not define exactly the same
 * labels (a label the normalization would change again).
 */
function definitionsPrefix(definitions: readonly Definition[], dialect: Dialect): string | undefined {
  const keyOf = (definition: Definition) => `${definition.type} ${definition.identifier}`;
  const wanted = new Map(definitions.map((definition) => [keyOf(definition), definition]));
  const lines = [...wanted.values()].map(({ type, identifier }) =>
    type === 'footnoteDefinition' ? `[^${identifier}]: #` : `[${identifier}]: #`,
  );
  const closing = `${lines.join('\n\n')}\n\n`.length;
  const prefix = `${lines.join('\n\n')}\n\na\n\n`;
  const tree = parserFor(dialect, 'block').parse(prefix);
  const defined = new Set(definitionsIn(tree, 0).map(keyOf));
  const closed = tree.children.at(-1)?.type === 'paragraph' && tree.children.at(-1)?.position?.start.offset === closing;
  return closed && defined.size === wanted.size && [...wanted.keys()].every((key) => defined.has(key))
    ? prefix
    : undefined;
}

/** The ranges of the parsed text that are not prose, in order and merged. */
export function nonProseInTree(tree: Root, text: string): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  const leaveOut = (start: number, end: number) => {
    if (end > start) ranges.push({ start, end });
  };
  // Depth first with a stack of its own: a deeply nested draft must not overflow the call stack.
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) {
      if ('children' in node) pending.push(...node.children);
      continue;
    }
    // TOML front matter (`+++`), which mdast's types do not list.
    if ((node.type as string) === 'toml') {
      leaveOut(start, end);
      continue;
    }
    switch (node.type) {
      case 'code':
      case 'inlineCode':
      case 'html':
      case 'definition':
      case 'footnoteReference':
        leaveOut(start, end);
        break;
      case 'yaml':
        for (const range of outsideTitle(text, start, end)) leaveOut(range.start, range.end);
        break;
      case 'link':
      case 'linkReference':
        // `[text](destination "title")`, `[text][label]`: the text is prose. An autolink
        // (`<https://…>`, or a bare address in GFM) is all destination.
        if (text[start] === '[' && node.children.length > 0) {
          leaveOut(start, node.children[0]!.position?.start.offset ?? end);
          leaveOut(node.children.at(-1)!.position?.end.offset ?? start, end);
          pending.push(...node.children);
        } else {
          leaveOut(start, end);
        }
        break;
      case 'image':
      case 'imageReference': {
        // `![description](destination)`: the description is prose (mdast keeps it as a string).
        const close = closingBracket(text, start + 1, end);
        if (close === undefined) {
          leaveOut(start, end);
        } else {
          leaveOut(start, start + 2);
          leaveOut(close, end);
        }
        break;
      }
      case 'footnoteDefinition':
        // `[^label]: text`: the label is not prose, the text is.
        leaveOut(start, node.children[0]?.position?.start.offset ?? end);
        pending.push(...node.children);
        break;
      default:
        if ('children' in node) pending.push(...(node as Parents).children);
    }
  }
  return merged(ranges);
}

/**
 * The parts of a YAML front matter block (`---` to `---`, from `start` to `end`) that are not
 * the value of its top-level `title:` (without quotes, or a block scalar's indicator). Front
 * matter that does not parse is left out whole.
 */
function outsideTitle(text: string, start: number, end: number): OffsetRange[] {
  const yamlStart = text.indexOf('\n', start) + 1;
  const yamlEnd = text.lastIndexOf('\n', end - 1);
  const whole = [{ start, end }];
  if (yamlStart <= 0 || yamlEnd < yamlStart) return whole;
  const document = parseDocument(text.slice(yamlStart, yamlEnd), { prettyErrors: false });
  if (document.errors.length > 0 || !isMap(document.contents)) return whole;
  const title = document.contents.items.find(
    (pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === 'title',
  )?.value;
  if (!isScalar(title) || !title.range) return whole;
  let [valueStart, valueEnd] = title.range;
  if (title.type === Scalar.QUOTE_DOUBLE || title.type === Scalar.QUOTE_SINGLE) {
    valueStart += 1;
    valueEnd -= 1;
  } else if (title.type === Scalar.BLOCK_FOLDED || title.type === Scalar.BLOCK_LITERAL) {
    const header = text.indexOf('\n', yamlStart + valueStart);
    valueStart = header === -1 ? valueEnd : header + 1 - yamlStart;
  }
  if (valueEnd <= valueStart) return whole;
  return [
    { start, end: yamlStart + valueStart },
    { start: yamlStart + valueEnd, end },
  ];
}

/**
 * The offset of the `]` that closes the `[` at `open`, skipping escaped characters and
 * counting nested brackets, if it comes before `end`.
 */
function closingBracket(text: string, open: number, end: number): number | undefined {
  if (text[open] !== '[') return undefined;
  let depth = 0;
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return undefined;
}

/** Ranges sorted by start, with those that overlap or touch joined. */
function merged(ranges: OffsetRange[]): OffsetRange[] {
  ranges.sort((a, b) => a.start - b.start);
  const out: OffsetRange[] = [];
  for (const range of ranges) {
    const last = out.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/** The text with every character in the ranges a space, but for line breaks (CR and LF). */
export function blanked(text: string, ranges: readonly OffsetRange[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\r\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
