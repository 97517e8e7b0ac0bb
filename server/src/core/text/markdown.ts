/** The little of Markdown structure the checks need. */

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The YAML front matter block at the top of a Markdown document, if any. */
export function frontMatter(text: string): { yaml: string; end: number } | undefined {
  const match = FRONT_MATTER.exec(text);
  return match ? { yaml: match[1]!, end: match[0].length } : undefined;
}

/** True when the offset lies on an ATX heading line (`# Title`). */
export function isHeadingLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s{0,3}#/.test(text.slice(lineStart, offset + 1));
}
