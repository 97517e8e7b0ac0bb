/**
 * The retext parser for one paragraph of prose. retext-english reads a whole text and starts a
 * new paragraph at every line break, which cuts each sentence of a hard-wrapped draft in two;
 * the prose model finds the paragraphs itself (blank lines, and Markdown's blocks) and hands
 * each to this parser, as remark-retext hands each Markdown paragraph to the same tokenizer:
 * a line break inside a paragraph is white space inside a sentence.
 */
import type { Root } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import type { Plugin } from 'unified';

/** A unified parser plugin: the text is one paragraph of English (Latin-script) prose; the tree is a root holding that paragraph. */
export const retextParagraph: Plugin<[], string, Root> = function () {
  this.parser = (text: string): Root => {
    const paragraph = new ParseEnglish().tokenizeParagraph(text);
    return {
      type: 'RootNode',
      children: [paragraph],
      ...(paragraph.position ? { position: structuredClone(paragraph.position) } : {}),
    };
  };
};
