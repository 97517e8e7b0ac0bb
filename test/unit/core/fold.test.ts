import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Converter } from 'opencc-js/t2cn';
import { buildFoldTable, CharKind, foldText, getCharKindTable } from '../../../server/src/core/text/fold.js';

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

test('traditional characters fold as OpenCC converts each one alone', () => {
  const toSimplified = Converter({ from: 't', to: 'cn' });
  const characters: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) characters.push(String.fromCharCode(code));
  const converted = toSimplified(characters.join('\n')).split('\n');
  assert.equal(converted.length, characters.length);
  let changed = 0;
  for (let i = 0; i < characters.length; i++) {
    const expected = converted[i]!.length === 1 ? converted[i]! : characters[i]!;
    if (expected !== characters[i]) changed++;
    assert.equal(
      foldText(characters[i]!),
      expected,
      `${characters[i]} (U+${characters[i]!.charCodeAt(0).toString(16)})`,
    );
  }
  assert.ok(changed > 2000, `${changed} characters simplified`);
});

test('the fold table skips only blocks that fold to themselves: it is the table that asks about every code unit', () => {
  const quick = buildFoldTable();
  const thorough = buildFoldTable({ askingEveryCodeUnit: true });
  const differing: string[] = [];
  for (let code = 0; code < 0x10000; code++) if (quick[code] !== thorough[code]) differing.push(code.toString(16));
  assert.deepEqual(differing, []);
  // The blocks skipped do fold where the knowledge base needs it: traditional Han and Hangul as written.
  assert.equal(String.fromCharCode(quick['習'.charCodeAt(0)]!), '习');
  assert.equal(String.fromCharCode(quick['한'.charCodeAt(0)]!), '한');
  assert.equal(String.fromCharCode(quick['Ê'.charCodeAt(0)]!), 'e');
});
