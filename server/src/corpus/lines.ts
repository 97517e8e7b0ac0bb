/**
 * Cutting a file into lines while keeping exact UTF-16 offsets, so that everything found later
 * (titles, paragraphs, sentences) can point back into the original text.
 */

/** A line of the file: `text === file.slice(start, end)`, line break excluded. */
export interface TextLine {
  start: number;
  end: number;
  text: string;
  /** Offsets of the line without its leading and trailing white space. */
  contentStart: number;
  contentEnd: number;
  /** Leading spaces and tabs (a tab counts as 4); indentation marks list continuations. */
  indent: number;
}

/**
 * Splits text into lines (LF, CRLF or CR) and, when the file is hard-wrapped, joins the physical
 * lines of each paragraph into one logical line. Scraped dumps put a paragraph on one line, but
 * hand-written `.md`/`.txt` files wrap at ~80 columns, and a wrapped paragraph must still become
 * one paragraph, not five fragments that each look too short to be prose.
 */
export function splitLines(text: string): TextLine[] {
  const physical = physicalLines(text);
  return isHardWrapped(physical) ? joinWrapped(text, physical) : physical;
}

function physicalLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (;;) {
    const match = breaks.exec(text);
    const end = match ? match.index : text.length;
    lines.push(makeLine(text, start, end));
    if (!match) break;
    start = match.index + match[0].length;
  }
  return lines;
}

/** Builds a line record for `text.slice(start, end)`, measuring its trimmed extent and indent. */
export function makeLine(text: string, start: number, end: number): TextLine {
  let contentStart = start;
  let indent = 0;
  while (contentStart < end && isBlankChar(text.charCodeAt(contentStart))) {
    indent += text.charCodeAt(contentStart) === 9 ? 4 : 1;
    contentStart++;
  }
  let contentEnd = end;
  while (contentEnd > contentStart && isBlankChar(text.charCodeAt(contentEnd - 1))) contentEnd--;
  return { start, end, text: text.slice(start, end), contentStart, contentEnd, indent };
}

/** White space that may pad a line: ASCII blanks, NBSP and the ideographic space. */
function isBlankChar(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000 || code === 0xfeff;
}

function isBlank(line: TextLine): boolean {
  return line.contentStart === line.contentEnd;
}

/**
 * A file is hard-wrapped when no line is longer than a terminal width and several blank-line
 * separated blocks span more than one line. Scrapes fail the first test (a paragraph is one long
 * line), short lists fail the second.
 */
function isHardWrapped(lines: TextLine[]): boolean {
  let longest = 0;
  let multiLineBlocks = 0;
  let blockLength = 0;
  for (const line of lines) {
    longest = Math.max(longest, line.contentEnd - line.contentStart);
    if (isBlank(line)) {
      if (blockLength >= 2) multiLineBlocks++;
      blockLength = 0;
    } else {
      blockLength++;
    }
  }
  if (blockLength >= 2) multiLineBlocks++;
  return longest > 0 && longest <= 120 && multiLineBlocks >= 2;
}

const LIST_OR_HEADING = /^\s*(?:#{1,6}\s|[-*+•·]\s|\d{1,3}[.)]\s|>\s?)/;
const TERMINAL = /[.!?。！？:：;；"”’)）\]]$/u;

/**
 * Joins wrapped lines: a line continues into the next one unless it is short (a title, a date
 * line), ends a sentence-like unit, or either line is a list item or Markdown heading.
 */
function joinWrapped(text: string, lines: TextLine[]): TextLine[] {
  const width = Math.max(...lines.map((line) => line.contentEnd - line.contentStart));
  const joined: TextLine[] = [];
  let open: { start: number; end: number } | undefined;
  const flush = () => {
    if (open) joined.push(makeLine(text, open.start, open.end));
    open = undefined;
  };
  lines.forEach((line, i) => {
    if (isBlank(line)) {
      flush();
      joined.push(line);
      return;
    }
    open = open ? { start: open.start, end: line.end } : { start: line.start, end: line.end };
    const next = lines[i + 1];
    const length = line.contentEnd - line.contentStart;
    const content = text.slice(line.contentStart, line.contentEnd);
    const continues =
      next !== undefined &&
      !isBlank(next) &&
      length >= width * 0.6 &&
      !LIST_OR_HEADING.test(content) &&
      !LIST_OR_HEADING.test(next.text) &&
      !(TERMINAL.test(content) && length < width * 0.75);
    if (!continues) flush();
  });
  flush();
  return joined;
}
