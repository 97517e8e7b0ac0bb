import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { PARAGRAPH_BREAK, PARAGRAPH_BREAK_PATTERN, plainParagraphs } from '../../../server/src/core/text/paragraphs.js';

const spans = (text: string) => [...plainParagraphs(text)].map((m) => [m.index!, m[0]] as const);

/** The pattern the checks wrote out before they shared one. */
const WRITTEN_OUT = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;

describe('paragraphs of plain text', () => {
  it('cuts at blank lines, of white space only, and keeps single line breaks inside; a paragraph keeps the white space of the blank line before it', () => {
    const text = 'Vientiane, Dec. 2\nThe two sides agreed.\n\n  \nSecond paragraph.\n\t\nThird.';
    assert.deepEqual(spans(text), [
      [0, 'Vientiane, Dec. 2\nThe two sides agreed.'],
      [41, '  \nSecond paragraph.'],
      [62, '\t\nThird.'],
    ]);
  });

  it('a line of other characters is no break; an empty text has no paragraph', () => {
    assert.deepEqual(spans('One.\n.\nTwo.'), [[0, 'One.\n.\nTwo.']]);
    assert.deepEqual(spans(''), []);
    assert.deepEqual(spans('\n\n\n'), []);
  });

  it('a blank line of CR LF or of ideographic spaces is a break too', () => {
    assert.deepEqual(
      spans('一。\r\n\r\n二。').map(([, p]) => p),
      ['一。\r', '\r\n二。'],
    );
    assert.deepEqual(
      spans('一。\n\u3000\n二。').map(([, p]) => p),
      ['一。', '\u3000\n二。'],
    );
  });

  it('PARAGRAPH_BREAK: a line break, white space, a line break; not one line break', () => {
    assert.equal(PARAGRAPH_BREAK.test('a\n\nb'), true);
    assert.equal(PARAGRAPH_BREAK.test('a\n \t\nb'), true);
    assert.equal(PARAGRAPH_BREAK.test('a\nb'), false);
    assert.equal(PARAGRAPH_BREAK.test('a \n b'), false);
    assert.deepEqual('one\n\ntwo\n \nthree'.split(PARAGRAPH_BREAK), ['one', 'two', 'three']);
    assert.equal(PARAGRAPH_BREAK.global, false);
    assert.equal(new RegExp(`x|${PARAGRAPH_BREAK_PATTERN}`).test('\n\n'), true);
  });

  it('cuts every text as the written-out pattern did', () => {
    const piece = fc.constantFrom('\n', ' ', '\t', '\r', '\u3000', 'a', '。', 'Lao PDR', '\n\n');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        (text) => {
          assert.deepEqual(
            spans(text),
            [...text.matchAll(WRITTEN_OUT)].map((m) => [m.index, m[0]] as const),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
