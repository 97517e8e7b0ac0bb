/**
 * Paragraphs of plain text, as the checks that read a draft paragraph by paragraph cut them:
 * lines with no blank line between them. A blank line is a line of white space only, so a
 * paragraph break is a line break, any white space, and a line break. (The prose tree,
 * `prose.ts`, cuts Markdown paragraphs from the document's blocks; these serve the readers
 * that take the raw text.)
 */

/** A paragraph break (a blank line, or several) as pattern text, for larger patterns. */
export const PARAGRAPH_BREAK_PATTERN = String.raw`\n\s*\n`;

/** A paragraph break. Not global: safe to share for `test`, `search` and `split`. */
export const PARAGRAPH_BREAK = new RegExp(PARAGRAPH_BREAK_PATTERN);

/** A paragraph: a non-empty line, then each line break that does not start a paragraph break and the line after it. */
const PARAGRAPH = new RegExp(String.raw`[^\n]+(?:(?!${PARAGRAPH_BREAK_PATTERN})\n[^\n]+)*`, 'g');

/**
 * The paragraphs of a text, in order, each a match whose `index` is its offset in the text. A
 * paragraph after a blank line that holds spaces starts with them (its readers trim or skip
 * white space), and one before a CR LF break ends with the CR.
 */
export function plainParagraphs(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(PARAGRAPH);
}
