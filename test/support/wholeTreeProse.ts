/**
 * The prose of a Markdown draft as `proseOf` read it before drafts were parsed block by block:
 * the whole text parsed into one mdast tree. Kept as the reference the block-by-block reading
 * must equal, character for character, on every draft; both read a tree's non-prose the same
 * way (`nonProseInTree`), so what they are compared on is where the trees come from.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  blanked,
  deeperThanDrafts,
  frontMatterFenceEnd,
  longestParagraph,
  nonProseInTree,
  type ProseText,
} from '../../server/src/core/text/markdownProse.js';
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
  const source = NON_PROSE_SYNTAX.test(header === undefined ? text : text.slice(header))
    ? text
    : text.slice(0, header ?? 0);
  return nonProseInTree(parse(source), text).map((range) => ({ start: range.start + shift, end: range.end + shift }));
}

function parse(markdown: string): Root {
  if (longestParagraph(markdown) > LONGEST_GFM_PARAGRAPH)
    return (commonMarkParser ??= parsers.commonMark()).parse(markdown);
  return (gfmParser ??= parsers.gfm()).parse(markdown);
}

/**
 * What every piece of Markdown that is not prose contains at least one of, front matter aside:
 * code a backtick, a tilde fence or four columns of indentation (spaces or a tab); HTML and
 * autolinks `<`; links, images, definitions and footnotes `[`; GFM's bare links `www.`,
 * `http://`, `https://` or, for an e-mail address, `@`. A text without any is prose through.
 */
const NON_PROSE_SYNTAX = /[`<[@\t]|~~~| {4}|www\.|https?:\/\//i;

/** Where the parser's front matter ends (after its closing fence, before the line break), if the text has any. */
function frontMatterEnd(text: string): number | undefined {
  const end = frontMatterFenceEnd(text);
  if (end === undefined) return undefined;
  const first = parse(text.slice(0, end)).children[0];
  return (first?.type === 'yaml' || (first?.type as string) === 'toml') && first?.position?.end.offset === end
    ? end
    : undefined;
}
