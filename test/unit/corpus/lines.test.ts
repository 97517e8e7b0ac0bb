/**
 * Cutting a file into lines with exact offsets, and joining a hard-wrapped paragraph into one
 * logical line while a scrape's one-line paragraphs stay as they are.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeLine, splitLines } from '../../../server/src/corpus/lines.js';

describe('makeLine', () => {
  it('measures the content without padding and counts a tab as four columns of indent', () => {
    const text = 'x\n\t  item\u00a0\u3000\ny';
    const line = makeLine(text, 2, text.indexOf('\ny'));
    assert.equal(line.text, '\t  item\u00a0\u3000');
    assert.equal(text.slice(line.contentStart, line.contentEnd), 'item');
    assert.equal(line.indent, 6);
  });

  it('gives an empty content for a blank line', () => {
    const line = makeLine('   ', 0, 3);
    assert.equal(line.contentStart, line.contentEnd);
  });
});

describe('splitLines', () => {
  it('splits on LF, CR LF and lone CR, keeping offsets into the text', () => {
    const text = 'one\r\ntwo\rthree\nfour';
    const lines = splitLines(text);
    assert.deepEqual(
      lines.map((line) => line.text),
      ['one', 'two', 'three', 'four'],
    );
    for (const line of lines) assert.equal(text.slice(line.start, line.end), line.text);
  });

  it('gives one empty line for an empty text and a last empty line after a final break', () => {
    assert.deepEqual(
      splitLines('').map((line) => line.text),
      [''],
    );
    assert.deepEqual(
      splitLines('a\n').map((line) => line.text),
      ['a', ''],
    );
  });

  it('joins the physical lines of each paragraph of a hard-wrapped file', () => {
    const text = [
      'Lao and Vietnamese officials met in Vientiane on Tuesday to review the',
      'progress of the railway project linking the two capitals, officials said',
      'after the meeting.',
      '',
      'The two sides also agreed to speed up the upgrading of the border gates',
      'between the two countries before the end of the year, the report said.',
    ].join('\n');
    const lines = splitLines(text);
    assert.equal(lines.length, 3);
    assert.equal(lines[0]!.text, text.slice(0, text.indexOf('\n\n')));
    assert.equal(lines[1]!.text, '');
    assert.ok(lines[2]!.text.startsWith('The two sides') && lines[2]!.text.endsWith('the report said.'));
    for (const line of lines) assert.equal(text.slice(line.start, line.end), line.text);
  });

  it('does not join a list item or a heading into the line before it', () => {
    const text = [
      '# Border talks between the two neighbouring countries resumed today',
      'Lao and Vietnamese officials met in Vientiane on Tuesday to review the',
      '- progress of the railway project linking the two capitals, officials',
      '',
      'The two sides also agreed to speed up the upgrading of the border gates',
      'between the two countries before the end of the year, the report said.',
    ].join('\n');
    const lines = splitLines(text);
    assert.deepEqual(
      lines.slice(0, 3).map((line) => line.text.slice(0, 5)),
      ['# Bor', 'Lao a', '- pro'],
    );
  });

  it('leaves a scrape’s long one-line paragraphs as they are', () => {
    const long =
      'The two leaders held talks in Beijing on Monday and agreed to deepen cooperation in trade, energy, transport and education, according to a statement released after the meeting by the foreign ministry.';
    const text = `${long}\n${long}\n\n${long}\n${long}`;
    assert.equal(splitLines(text).length, 5);
  });
});
