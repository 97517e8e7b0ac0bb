/**
 * One word splitter: the passage index's words (`textWords`), the quotation check's words
 * built on them, and the prose tree's nlcst words agree where they should.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Nodes } from 'nlcst';
import { quotationWords } from '../../../server/src/core/checks/quoteMismatch.js';
import { textWords } from '../../../server/src/core/passages/terms.js';
import { paragraphTree } from '../../../server/src/core/text/prose.js';

const spans = (words: readonly { start: number; end: number }[]) => words.map(({ start, end }) => [start, end]);

/** The quotation check's word pattern as it was written before it used the shared words. */
const QUOTATION_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function nlcstWords(text: string): number[][] {
  const out: number[][] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'WordNode') out.push([node.position!.start.offset!, node.position!.end.offset!]);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(paragraphTree(text));
  return out;
}

describe('textWords', () => {
  it('runs of letters and digits, with offsets in the text as written and whether they are Han', () => {
    assert.deepEqual(textWords('Tô Lâm met 李强, 2025'), [
      { start: 0, end: 2, han: false },
      { start: 3, end: 6, han: false },
      { start: 7, end: 10, han: false },
      { start: 11, end: 13, han: true },
      { start: 15, end: 19, han: false },
    ]);
  });

  it('punctuation, spaces and emoji are no words; an astral letter is part of one', () => {
    assert.deepEqual(textWords(''), []);
    assert.deepEqual(textWords(' — “…” 🇱🇦 '), []);
    assert.deepEqual(spans(textWords('a𝐀b c')), [
      [0, 4],
      [5, 6],
    ]);
  });
});

describe('quotationWords', () => {
  it('joins words across one apostrophe or hyphen, and only those', () => {
    const words = (text: string) => quotationWords(text).map((w) => w.text);
    assert.deepEqual(words("China-Laos ties, don't, Laos’ friends"), [
      'China-Laos',
      'ties',
      "don't",
      'Laos',
      'friends',
    ]);
    assert.deepEqual(words('China–Laos a--b a- b x.y'), ['China', 'Laos', 'a', 'b', 'a', 'b', 'x', 'y']);
    assert.deepEqual(
      quotationWords('Ông Tô Lâm').map((w) => w.folded),
      ['ong', 'to', 'lam'],
    );
  });

  it('cuts any text as the pattern the check wrote out did', () => {
    const piece = fc.constantFrom(
      'a',
      'Lâm',
      '中国',
      '習',
      '1',
      ' ',
      '-',
      '–',
      "'",
      '’',
      '‘',
      '.',
      'é',
      'e\u0301',
      '𝐀',
      '🇱🇦',
      '\ud800',
      '\udc00',
      '·',
      '_',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        (text) => {
          const expected = [...text.matchAll(QUOTATION_WORD)].map((m) => ({
            text: m[0],
            start: m.index,
            end: m.index + m[0].length,
          }));
          assert.deepEqual(
            quotationWords(text).map(({ text: word, start, end }) => ({ text: word, start, end })),
            expected,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the shared words and nlcst', () => {
  const word = fc.constantFrom(
    'the',
    'two',
    'sides',
    'Laos',
    'China',
    'Tô',
    'Lâm',
    'Thongloun',
    'agreed',
    'cooperation',
    '2025',
    '60th',
    'Việt',
    'Nam',
  );
  const between = fc.constantFrom(' ', ' ', ' ', ', ', '; ', ': ', '\n');
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  /**
   * Sentences of those words, each starting with a capital and ending with . ! or ?: a full stop
   * before a lower-case word is read by nlcst as an abbreviation's, which the splitter does not know.
   */
  const proseOf = (words: fc.Arbitrary<string>) =>
    fc
      .array(
        fc.tuple(fc.array(fc.tuple(words, between), { minLength: 1, maxLength: 8 }), fc.constantFrom('.', '!', '?')),
        { minLength: 1, maxLength: 4 },
      )
      .map((sentences) =>
        sentences
          .map(([parts, end]) => capital(parts.map(([w, b], i) => (i === parts.length - 1 ? w : w + b)).join('') + end))
          .join(' '),
      );

  it('agree on word boundaries in Latin-script prose without abbreviations', () => {
    const prose = proseOf(word);
    fc.assert(
      fc.property(prose, (text) => {
        assert.deepEqual(spans(textWords(text)), nlcstWords(text));
        assert.deepEqual(spans(quotationWords(text)), nlcstWords(text));
      }),
      { numRuns: 300 },
    );
  });

  it('the quotation words also agree on hyphenated and elided words', () => {
    const compound = fc.oneof(
      word,
      fc.tuple(word, fc.constantFrom('-', "'", '’'), word).map(([a, j, b]) => a + j + b),
    );
    const prose = proseOf(compound);
    fc.assert(
      fc.property(prose, (text) => {
        assert.deepEqual(spans(quotationWords(text)), nlcstWords(text));
      }),
      { numRuns: 300 },
    );
  });
});
