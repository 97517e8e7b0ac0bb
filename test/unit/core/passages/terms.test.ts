import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  forEachListedTerm,
  forEachPassageTerm,
  passageTerms,
  TermTable,
} from '../../../../server/src/core/passages/terms.js';
import { foldText } from '../../../../server/src/core/text/fold.js';

const STOPWORDS = new Set(
  'the of and to in a on for with at by from as is was are were be been that this it its their his her he she they we our an or not but also has have had will would should can could said says two both sides side which who whom than then there these those into over more such'.split(
    ' ',
  ),
);

/**
 * The terms as first written, with a regular expression: fold, split on what is not a letter
 * or digit, Chinese words into character pairs, Latin words of two letters or more that are
 * not stopwords. The index's terms must not change with the way they are cut.
 */
function referenceTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    if (/[\u3400-\u9fff]/.test(token)) {
      for (let i = 0; i + 1 < token.length; i++) terms.push(token.slice(i, i + 2));
      if (token.length === 1) terms.push(token);
    } else if (token.length > 1 && !STOPWORDS.has(token)) {
      terms.push(token);
    }
  }
  return terms;
}

/** Words, Chinese, diacritics, combining marks, digits, punctuation, astral letters and lone surrogates. */
const PIECES = [
  'The',
  'the',
  'Premier',
  'LI',
  'Qiang',
  'Tô Lâm',
  'Đà Nẵng',
  'cafe\u0301',
  'ÉLYSÉE',
  '2024',
  '3.5',
  'km²',
  'x',
  '王沪宁',
  '会见',
  '中',
  '習近平',
  '䷀',
  '中a国',
  'said',
  'such',
  'sides',
  'and',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  '\u3000',
  '.',
  '。',
  '！',
  '?',
  ',',
  '-',
  '—',
  "'",
  '’',
  '"',
  '(',
  ')',
  '𠀀',
  '𝐀',
  '😀',
  '\ud800',
  '\udc00',
  '\ud83d',
  'Ⅻ',
  '٣',
  'ß',
  'İ',
  'ﬁ',
];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('passage terms', () => {
  it('cuts every text as the regular expression did', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 })), (sample) => {
        assert.deepEqual(passageTerms(sample), referenceTerms(sample));
      }),
      { numRuns: 5000 },
    );
  });

  it('reports each term at the start of the word it comes from', () => {
    const seen: [string, number][] = [];
    forEachPassageTerm('Xi met 王沪宁 in Hà Nội.', (term, at) => seen.push([term, at]));
    assert.deepEqual(seen, [
      ['xi', 0],
      ['met', 3],
      ['王沪', 7],
      ['沪宁', 7],
      ['ha', 14],
      ['noi', 17],
    ]);
  });

  it('numbers the listed terms of a text as a lookup of each term would', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 5 }),
        text,
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 5 }),
        (listed, sample, extra) => {
          // The listed terms: those of a few texts, odd strings, a stopword and an entity term.
          const terms = [...new Set([...listed.flatMap(passageTerms), ...extra, 'the', '@xi-jinping'])];
          const table = new TermTable(terms);
          terms.forEach((term, id) => assert.equal(table.get(term), id));
          const expected: [number, number][] = [];
          forEachPassageTerm(sample, (term, at) => {
            const id = terms.indexOf(term);
            if (id >= 0) expected.push([id, at]);
          });
          const numbered: [number, number][] = [];
          forEachListedTerm(sample, table, (id, at) => numbered.push([id, at]));
          assert.deepEqual(numbered, expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('finds no number for a term it does not list', () => {
    const table = new TermTable(['xi', 'jinping', '会见']);
    assert.equal(table.get('li'), undefined);
    assert.equal(table.get('jinpin'), undefined);
    assert.equal(table.get('会见'), 2);
  });
});
