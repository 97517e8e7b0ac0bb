import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CharKind, foldText, getCharKindTable } from '../../../server/src/core/text/fold.js';

test('folding keeps length and removes case and diacritics', () => {
  for (const [input, expected] of [
    ['Tô Lâm', 'to lam'],
    ['Trần Thanh Mẫn', 'tran thanh man'],
    ['Đỗ Mười', 'do muoi'],
    ['People’s', "people's"],
    ['China–Laos', 'china-laos'],
    ['Xi\u00a0Jinping', 'xi jinping'],
  ]) {
    const folded = foldText(input!);
    assert.equal(folded, expected);
    assert.equal(folded.length, input!.length);
  }
});

test('traditional Chinese folds to simplified', () => {
  assert.equal(foldText('習近平'), '习近平');
  assert.equal(foldText('越南共產黨'), '越南共产党');
  assert.equal(foldText('通倫'), '通伦');
  assert.equal(foldText('习近平'), '习近平');
});

test('character kinds separate spaced and unspaced scripts', () => {
  const kinds = getCharKindTable();
  assert.equal(kinds['a'.charCodeAt(0)], CharKind.Word);
  assert.equal(kinds['â'.charCodeAt(0)], CharKind.Word);
  assert.equal(kinds['习'.charCodeAt(0)], CharKind.Unspaced);
  assert.equal(kinds['ທ'.charCodeAt(0)], CharKind.Unspaced);
  assert.equal(kinds[' '.charCodeAt(0)], CharKind.Other);
  assert.equal(kinds['-'.charCodeAt(0)], CharKind.Other);
});
