/**
 * Escapes text for Markdown shown in hovers: every character Markdown or HTML gives meaning
 * to is escaped, and line breaks become spaces, so corpus text cannot open a link, run a
 * `command:` URI, inject HTML, or break the card's layout.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      // `<`, `>` and `&` become entities below; a backslash before them would show.
      .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

/**
 * A URI made safe as a Markdown link destination: every character Markdown could read as the
 * end of the destination or as markup (parentheses, brackets, angle brackets, spaces,
 * backslashes, backticks, emphasis marks) is percent-encoded, so a file named
 * `Xinhua (2025).txt` still links to itself. The fragment's `#` is kept.
 */
export function markdownLinkTarget(uri: string): string {
  return uri.replace(
    /[()[\]<>\s\\`*_{}|^"'!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
