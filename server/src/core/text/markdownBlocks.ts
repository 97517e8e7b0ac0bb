/**
 * Where a Markdown text may be cut into pieces that a parser reads as it would read them in
 * the whole text. A piece starts at a line that opens with neither a space nor a tab and
 * follows a blank line (one of spaces and tabs only): there every paragraph, table, indented
 * code block, quotation and list item before it has ended (a list may go on with a new item,
 * which reads the same either way). What may still be open there is a fenced code block
 * (` ``` `, `~~~`) or an HTML block that runs to a closing marker (`<!-- … -->`, `<pre>`,
 * `<script>`, `<style>`, `<textarea>`, `<? … ?>`, `<!DOCTYPE …>`, `<![CDATA[ … ]]>`), and no
 * cut is made while one that starts a line (up to three spaces in) is open.
 *
 * The scan is a guess from the lines alone: a fence inside a list item, say, looks like one at
 * the top. Whoever parses the pieces checks that each ends where the next may start
 * (`markdownProse`), and reads on into the next piece where it does not. One pass over the lines.
 */

/** Where each line ends, before its line ending: LF, CR LF or a lone CR, as CommonMark reads them. */
const LINE_ENDING = /\r\n|\r|\n/g;

/**
 * What a piece must not start with: indentation, which may go on with a list item or code,
 * or a byte order mark, which a parser skips at the start of its text.
 */
const INDENT_OR_BYTE_ORDER_MARK = /[ \t\uFEFF]/;

/** A line of spaces and tabs only, or none. */
const BLANK = /^[ \t]*$/;

/** The opening of a fenced code block, up to three spaces in, and what follows its fence. */
const FENCE_OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/s;

/** The closing of a fenced code block: a fence alone on its line, up to three spaces in. */
const FENCE_CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** The HTML blocks that blank lines do not end, each by its opening and what ends it. */
const HTML_BLOCKS: readonly { opening: RegExp; closing: RegExp }[] = [
  { opening: /^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/i, closing: /<\/(?:script|pre|style|textarea)>/i },
  { opening: /^ {0,3}<!--/, closing: /-->/ },
  { opening: /^ {0,3}<\?/, closing: /\?>/ },
  { opening: /^ {0,3}<![A-Za-z]/, closing: />/ },
  { opening: /^ {0,3}<!\[CDATA\[/, closing: /\]\]>/ },
];

/** What a line leaves open for the lines after it: a fence to close, or the marker that ends an HTML block. */
type Open = { fence: string } | { htmlClosing: RegExp } | undefined;

/** What the line opens, if it opens a fenced code block or an HTML block that blank lines do not end. */
function opened(line: string): Open {
  const fence = FENCE_OPENING.exec(line);
  // A backtick fence's info string has no backtick: "```a`b" is inline code.
  if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) return { fence: fence[1]! };
  const html = HTML_BLOCKS.find((block) => block.opening.test(line));
  return html && !html.closing.test(line) ? { htmlClosing: html.closing } : undefined;
}

/** True when the line closes what was open. */
function closes(open: NonNullable<Open>, line: string): boolean {
  if ('htmlClosing' in open) return open.htmlClosing.test(line);
  const fence = FENCE_CLOSING.exec(line)?.[1];
  return fence !== undefined && fence[0] === open.fence[0] && fence.length >= open.fence.length;
}

/**
 * The offsets, from `from` on, of the lines a Markdown text may be cut before, in order.
 * `from` must start a line, or be where the text's front matter ends: the rest of its closing
 * line is then empty, a blank line, and the line after it may start a piece, as it starts
 * afresh. `from` itself is not among the offsets.
 */
export function markdownBlockStarts(text: string, from: number): number[] {
  const starts: number[] = [];
  let open: Open;
  let afterBlank = false;
  for (let lineStart = from; lineStart < text.length;) {
    LINE_ENDING.lastIndex = lineStart;
    const ending = LINE_ENDING.exec(text);
    const lineEnd = ending ? ending.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    if (open) {
      if (closes(open, line)) open = undefined;
      afterBlank = false;
    } else if (BLANK.test(line)) {
      afterBlank = true;
    } else {
      if (afterBlank && lineStart > from && !INDENT_OR_BYTE_ORDER_MARK.test(line[0]!)) starts.push(lineStart);
      afterBlank = false;
      open = opened(line);
    }
    if (!ending) break;
    lineStart = lineEnd + ending[0].length;
  }
  return starts;
}
