/** Quoted speech: curly, straight and corner-bracket quotes, never across a blank line. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quotedRanges } from '../../../../server/src/core/text/quotations.js';

/** The runs of characters inside quotations, as the text they cover. */
function quoted(text: string): string[] {
  const ranges = quotedRanges(text);
  const runs: string[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    if (ranges.overlaps(i, i + 1)) run += text[i];
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

describe('quoted speech', () => {
  it('covers curly, straight and corner-bracket quotations with their marks', () => {
    assert.deepEqual(quoted('Modi said “we are partners” and left.'), ['“we are partners”']);
    assert.deepEqual(quoted('He said "Laos PDR" twice, then "Vientiane".'), ['"Laos PDR"', '"Vientiane"']);
    assert.deepEqual(quoted('他说「合作共赢」。'), ['「合作共赢」']);
  });

  it('closes a quotation only with its own mark', () => {
    assert.deepEqual(quoted('“He called it "historic" today” she said.'), ['“He called it "historic" today”']);
  });

  it('ends an open quotation at a blank line or at the end of the text, never across paragraphs', () => {
    assert.deepEqual(quoted('“We agree, he said.\n\nThe next paragraph.'), ['“We agree, he said.']);
    assert.deepEqual(quoted('He said: “we agree'), ['“we agree']);
  });

  it('ignores a closing mark with no opening, and text without quotes', () => {
    assert.deepEqual(quoted('A stray ” mark and a 」 bracket.'), []);
    assert.deepEqual(quoted('No one was quoted.'), []);
  });
});
