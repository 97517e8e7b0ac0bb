import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../server/src/core/text/lineIndex.js';

test('converts offsets to LSP positions and back', () => {
  const text = 'ab\ncd\r\nef\rg😀h';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(lines.positionAt(7), { line: 2, character: 0 });
  assert.deepEqual(lines.positionAt(text.indexOf('h')), { line: 3, character: 3 });
  for (let offset = 0; offset <= text.length; offset++) {
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a CRLF
    assert.equal(lines.offsetAt(lines.positionAt(offset)), offset);
  }
});

test('clamps out-of-range positions: past the end of a line is the end of the line', () => {
  const lines = new LineIndex('ab\ncd');
  assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
  assert.equal(lines.offsetAt({ line: 9, character: 0 }), 5);
  assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
});
