/**
 * Which of the extension's own files open read-only, without the editor's API, so that the rules
 * are plain functions: a path below the extension's folder in one of the shipped folders, never
 * one that climbs out of them, and a rule's anchor as the line of its heading in docs/rules.md.
 */

/** What the extension ships for reading: the knowledge base, the rules' documentation, the sample corpus. */
export const SHIPPED_FOLDERS = ['server/kb/', 'docs/', 'samples/corpus/'];

/** Whether a path relative to the extension is one of its shipped files (and does not climb out with `..`). */
export function isShippedPath(path: string): boolean {
  return SHIPPED_FOLDERS.some((folder) => path.startsWith(folder)) && !path.split('/').includes('..');
}

/** The path of a `file:` URI's path relative to the extension's folder, when it is a shipped file. */
export function shippedPathOf(extensionPath: string, scheme: string, path: string): string | undefined {
  if (scheme !== 'file') return undefined;
  const root = extensionPath.replace(/\/?$/, '/');
  if (!path.startsWith(root)) return undefined;
  const relative = path.slice(root.length);
  return SHIPPED_FOLDERS.some((folder) => relative.startsWith(folder)) ? relative : undefined;
}

/** The 1-based line of each Markdown heading, by its text (a heading written twice: its last line). */
export function headingLines(markdown: string): Map<string, number> {
  const lines = new Map<string, number>();
  markdown.split(/\r?\n/).forEach((line, index) => {
    const heading = /^#+\s+(.*?)\s*$/.exec(line);
    if (heading) lines.set(heading[1]!, index + 1);
  });
  return lines;
}
