/** The little of Markdown structure the checks need. */

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The YAML front matter block at the top of a Markdown document, if any. */
export function frontMatter(text: string): { yaml: string; end: number } | undefined {
  const match = FRONT_MATTER.exec(text);
  return match ? { yaml: match[1]!, end: match[0].length } : undefined;
}

/** An ATX heading's marker at the start of a line: up to three spaces, then `#`. */
const HEADING_MARKER = /[^\S\n]{0,3}#/y;

/**
 * The ATX heading lines (`# Title`) of a text, found in one pass, for asking of many offsets
 * whether they lie on one (`onHeadingLine`).
 */
export interface HeadingLines {
  /** Start and end offsets of each heading line, in text order, the line break excluded. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function headingLines(text: string): HeadingLines {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let lineStart = 0; lineStart <= text.length;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    HEADING_MARKER.lastIndex = lineStart;
    if (HEADING_MARKER.test(text)) {
      starts.push(lineStart);
      ends.push(lineEnd);
    }
    if (lineBreak === -1) break;
    lineStart = lineBreak + 1;
  }
  return { starts, ends };
}

/** True when a word starting at `offset` lies on one of the heading lines (a binary search). */
export function onHeadingLine(headings: HeadingLines, offset: number): boolean {
  let low = 0;
  let high = headings.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (headings.starts[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low > 0 && offset < headings.ends[low - 1]!;
}
