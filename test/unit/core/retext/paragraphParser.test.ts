/** retext's English parser for one paragraph: a line break inside it is white space, not a new paragraph. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { toString } from 'nlcst-to-string';
import { unified } from 'unified';
import { retextParagraph } from '../../../../server/src/core/retext/paragraphParser.js';

const parser = unified().use(retextParagraph).freeze();

it('reads a hard-wrapped paragraph as one paragraph whose sentences run across the line break', () => {
  const text = 'The two leaders held talks\nin Jakarta. They signed\nfive agreements.';
  const root = parser.parse(text);
  assert.equal(root.type, 'RootNode');
  assert.equal(root.children.length, 1);
  const [paragraph] = root.children;
  assert.equal(paragraph?.type, 'ParagraphNode');
  const sentences = paragraph.children.filter((c) => c.type === 'SentenceNode').map((s) => toString(s));
  assert.deepEqual(sentences, ['The two leaders held talks\nin Jakarta.', 'They signed\nfive agreements.']);
  assert.deepEqual(root.position, {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 3, column: 17, offset: text.length },
  });
});
