import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownBlockStarts } from '../../../server/src/core/text/markdownBlocks.js';

/** The text of each piece the text is cut into. */
function pieces(text: string, from = 0): string[] {
  const starts = [from, ...markdownBlockStarts(text, from)];
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length));
}

test('cuts before an unindented line that follows a blank line', () => {
  assert.deepEqual(pieces('# Talks\n\nThe two sides\nagreed.\n\n\n- one\n- two\n \t\nEnd.'), [
    '# Talks\n\n',
    'The two sides\nagreed.\n\n\n',
    '- one\n- two\n \t\n',
    'End.',
  ]);
  assert.deepEqual(pieces('One.\nTwo.\n> Three.'), ['One.\nTwo.\n> Three.'], 'no blank line, no cut');
});

test('does not cut before indentation, which may go on with a list item or code, nor before a byte order mark', () => {
  assert.deepEqual(pieces('- item\n\n  more of it\n\n\tcode\n\n\uFEFFtext'), [
    '- item\n\n  more of it\n\n\tcode\n\n\uFEFFtext',
  ]);
});

test('does not cut inside a fenced code block, however long or blank inside', () => {
  const text = 'Before.\n\n```text\none\n\ntwo\n``\n\n~~~\n```\n\nafter\n\n````\n\nEnd.';
  assert.deepEqual(pieces(text), [
    'Before.\n\n',
    '```text\none\n\ntwo\n``\n\n~~~\n```\n\n',
    'after\n\n',
    '````\n\nEnd.',
  ]);
  assert.deepEqual(
    pieces('~~~~\na\n\n~~~\n\nb\n~~~~~ \n\nc'),
    ['~~~~\na\n\n~~~\n\nb\n~~~~~ \n\n', 'c'],
    'a closing fence is as long as the opening at least',
  );
  assert.deepEqual(
    pieces('```a`b\n\nc'),
    ['```a`b\n\n', 'c'],
    'a backtick in the info string makes inline code, not a fence',
  );
  assert.deepEqual(pieces('    ```\n\nc'), ['    ```\n\n', 'c'], 'four spaces in, a fence is indented code');
});

test('does not cut inside an HTML block that runs to a closing marker', () => {
  assert.deepEqual(pieces('<!-- a note\n\nstill the note -->\n\nText.'), [
    '<!-- a note\n\nstill the note -->\n\n',
    'Text.',
  ]);
  assert.deepEqual(pieces('<!-- one line -->\n\nText.'), ['<!-- one line -->\n\n', 'Text.']);
  assert.deepEqual(pieces('<PRE class="x">\n\nkept\n\n</pre>\n\nText.'), [
    '<PRE class="x">\n\nkept\n\n</pre>\n\n',
    'Text.',
  ]);
  assert.deepEqual(pieces('<?php\n\n?>\n\n<![CDATA[\n\n]]>\n\n<!DOCTYPE\n\nhtml>\n\nText.'), [
    '<?php\n\n?>\n\n',
    '<![CDATA[\n\n]]>\n\n',
    '<!DOCTYPE\n\nhtml>\n\n',
    'Text.',
  ]);
  assert.deepEqual(pieces('<div>\n\nText.'), ['<div>\n\n', 'Text.'], 'a blank line ends other HTML blocks');
});

test('reads CR LF and lone CR as line endings', () => {
  assert.deepEqual(pieces('One.\r\n\r\nTwo.\r\rThree.'), ['One.\r\n\r\n', 'Two.\r\r', 'Three.']);
  assert.deepEqual(pieces('```\r\n\r\nTwo.\r\n```\r\n\r\nThree.'), ['```\r\n\r\nTwo.\r\n```\r\n\r\n', 'Three.']);
});

test('starts where it is told, and does not cut there', () => {
  // Where front matter ends, the rest of its closing line is empty, blank: the line after may start a piece.
  const text = '---\ntitle: Talks\n---\nFirst.\n\nSecond.';
  assert.deepEqual(pieces(text, text.indexOf('\nFirst')), ['\n', 'First.\n\n', 'Second.']);
  assert.deepEqual(markdownBlockStarts('One.\n\nTwo.', 6), []);
});
