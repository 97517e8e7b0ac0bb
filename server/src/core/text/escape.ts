/**
 * Escapes text for Markdown shown in hovers: every character Markdown or HTML gives meaning
 * to is escaped, and line breaks become spaces, so corpus text cannot open a link, run a
 * `command:` URI, inject HTML, or break the card's layout.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    // `<`, `>` and `&` become entities below; a backslash before them would show.
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
