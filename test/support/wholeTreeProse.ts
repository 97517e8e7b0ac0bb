/**
 * The prose of a Markdown draft as `proseOf` read it before drafts were parsed block by block:
 * the whole text parsed into one mdast tree. Kept unchanged as the reference the block-by-block
 * reading must equal, character for character, on every draft.
 */
import type { Nodes, Parents, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isPair, isScalar, parseDocument, Scalar } from 'yaml';
import { blanked, deeperThanDrafts, type ProseText } from '../../server/src/core/text/markdownProse.js';
import type { OffsetRange } from '../../server/src/core/text/rangeSet.js';

/** The prose of a Markdown text, read from one tree of the whole text. */
export function proseOfWholeTree(text: string): ProseText {
  if (deeperThanDrafts(text)) return { text, nonProse: [] };
  const nonProse = nonProseRanges(text);
  return { text: blanked(text, nonProse), nonProse };
}

const BYTE_ORDER_MARK = '\uFEFF';

/** Markdown with front matter, and with GitHub's extensions (tables, footnotes, bare links) or without. */
const parsers = {
  gfm: () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm),
  commonMark: () => unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']),
};
let gfmParser: ReturnType<typeof parsers.gfm> | undefined;
let commonMarkParser: ReturnType<typeof parsers.commonMark> | undefined;

/**
 * The longest paragraph read with GitHub's extensions. Their search for bare links
 * (`www.example.com`) grows with the square of a paragraph's length, so a text with a longer
 * run of lines without a blank one is read as CommonMark, without them: linear, and no draft
 * has a paragraph this long.
 */
const LONGEST_GFM_PARAGRAPH = 20_000;

/** The first character of a line that is not a space, or the line break that ends a blank one. */
const NOT_BLANK_OR_LINE_BREAK = /\S|\n/g;

/** The length of the longest run of lines without a blank line between them. One pass. */
function longestParagraph(text: string): number {
  let longest = 0;
  let paragraphStart = 0;
  for (let lineStart = 0; lineStart <= text.length; ) {
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

/**
 * The ranges of a Markdown text that are not prose, in order and merged: code (fenced,
 * indented, inline), HTML (blocks, inline tags, comments), link and image destinations and
 * titles, reference labels, autolinks, definitions, footnote labels, and front matter but for
 * the value of its `title:`.
 */
function nonProseRanges(markdown: string): OffsetRange[] {
  // micromark skips a byte order mark and counts offsets from after it.
  const shift = markdown.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  const text = shift ? markdown.slice(shift) : markdown;
  // Most drafts are prose under front matter: then the front matter alone is parsed.
  const header = frontMatterEnd(text);
  const source = NON_PROSE_SYNTAX.test(header === undefined ? text : text.slice(header)) ? text : text.slice(0, header ?? 0);
  return nonProseInTree(parse(source), text).map((range) => ({ start: range.start + shift, end: range.end + shift }));
}

function parse(markdown: string): Root {
  if (longestParagraph(markdown) > LONGEST_GFM_PARAGRAPH) return (commonMarkParser ??= parsers.commonMark()).parse(markdown);
  return (gfmParser ??= parsers.gfm()).parse(markdown);
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

/** Where the parser's front matter ends (after its closing fence, before the line break), if the text has any. */
function frontMatterEnd(text: string): number | undefined {
  const fence = FRONT_MATTER_OPENING.exec(text)?.[1];
  if (!fence) return undefined;
  const closing = new RegExp(`\\n${fence === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?=\\n|$)`, 'g');
  closing.lastIndex = fence.length;
  const found = closing.exec(text);
  if (!found) return undefined;
  const end = found.index + found[0].length;
  const first = parse(text.slice(0, end)).children[0];
  return (first?.type === 'yaml' || (first?.type as string) === 'toml') && first?.position?.end.offset === end ? end : undefined;
}

/** The ranges of the parsed text that are not prose, in order and merged. */
function nonProseInTree(tree: Root, text: string): OffsetRange[] {
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
      if ('children' in node) pending.push(...(node as Parents).children);
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
  const title = document.contents.items.find((pair) => isPair(pair) && isScalar(pair.key) && pair.key.value === 'title')?.value;
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
