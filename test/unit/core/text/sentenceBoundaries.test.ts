/**
 * One set of sentence boundaries: the corpus's fast splitter (`sentenceBoundaries`) finds the
 * sentences a draft's prose model finds (retext's English parser with the `retextSentenceEnds`
 * plugin), on every paragraph of the sample corpus and the corpus fixtures, on the sample
 * drafts and the holdout texts, and on random prose made of the pieces where sentence ends are hard: abbreviations,
 * initials, quotes and brackets, Chinese and Lao full stops, line breaks.
 *
 * Compiled to `out/test/unit/core/text/`; the samples are read from the repository root.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { unified } from 'unified';
import { retextParagraph } from '../../../../server/src/core/retext/paragraphParser.js';
import { retextSentenceEnds } from '../../../../server/src/core/retext/sentenceEnds.js';
import {
  LONGEST_SENTENCE,
  sentenceBoundaries,
  splitSentences,
  type Piece,
} from '../../../../server/src/core/text/sentences.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const processor = unified().use(retextParagraph).use(retextSentenceEnds).freeze();

/** The sentences of one paragraph as the draft's prose model has them. */
function treeBoundaries(paragraph: string): Piece[] {
  const root = processor.runSync(processor.parse(paragraph));
  const pieces: Piece[] = [];
  for (const node of root.children) {
    if (node.type !== 'ParagraphNode') continue;
    for (const sentence of node.children) {
      if (sentence.type === 'SentenceNode')
        pieces.push({ start: sentence.position!.start.offset!, end: sentence.position!.end.offset! });
    }
  }
  return pieces;
}

/** The sentences as "start-end: text" lines, so a difference reads as the text it is about. */
function shown(paragraph: string, pieces: Piece[]): string[] {
  return pieces.map((piece) => `${piece.start}-${piece.end}: ${paragraph.slice(piece.start, piece.end)}`);
}

function assertSameSentences(paragraph: string): void {
  assert.deepEqual(
    shown(paragraph, sentenceBoundaries(paragraph)),
    shown(paragraph, treeBoundaries(paragraph)),
    paragraph.slice(0, 200),
  );
}

function filesIn(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => /\.(?:txt|md|html|jsonl)$/.test(name))
    .map((name) => readFileSync(`${directory}${name}`, 'utf8'));
}

describe('the fast sentence splitter and the prose model agree', () => {
  it('on every line of the sample corpus and the corpus fixtures (a corpus paragraph is a line)', () => {
    let lines = 0;
    for (const text of [
      ...filesIn(`${ROOT}samples/corpus/`),
      ...filesIn(`${ROOT}test/fixtures/corpus/`),
      ...filesIn(`${ROOT}test/fixtures/facts-gold/holdout/corpus/`),
    ]) {
      for (const line of text.split(/\r\n|\r|\n/)) {
        if (line.trim() === '') continue;
        assertSameSentences(line);
        lines++;
      }
    }
    assert.ok(lines > 500, `${lines} lines`);
  });

  it('on every paragraph of the sample drafts and the holdout texts, hard-wrapped lines and all', () => {
    let paragraphs = 0;
    for (const text of [...filesIn(`${ROOT}samples/drafts/`), ...filesIn(`${ROOT}test/fixtures/holdout/`)]) {
      for (const paragraph of text.split(/\n[ \t]*\n/)) {
        if (paragraph.trim() === '') continue;
        assertSameSentences(paragraph);
        paragraphs++;
      }
    }
    assert.ok(paragraphs > 10, `${paragraphs} paragraphs`);
  });

  it('on random prose of abbreviations, initials, quotes, brackets, Chinese and Lao', () => {
    const pieces = [
      // Words, capitals and sentence openers.
      'the',
      'talks',
      'The',
      'He',
      'However',
      'President',
      'Xi',
      'china',
      'agreed',
      '2024',
      '3.5',
      '12',
      // Abbreviations of every kind the rules know, and some they do not.
      'U.S.',
      'U.S',
      'H.E.',
      'Mr.',
      'Mr',
      'Adm',
      'Oct.',
      'Sept.',
      'No.',
      'p.m.',
      'a.m',
      'etc.',
      'e.g.',
      'Inc.',
      'J.',
      'St.',
      'Jan',
      'vs.',
      'w/',
      'km/h',
      "o'",
      "'tis",
      "'n'",
      '&',
      'pro-',
      // Marks.
      '.',
      '. ',
      '..',
      '...',
      '?',
      '!',
      '?!',
      '…',
      ',',
      ';',
      ':',
      '-',
      '—',
      '"',
      '“',
      '”',
      "'",
      '’',
      '(',
      ')',
      '[',
      ']',
      '「',
      '」',
      // Chinese and Lao.
      '双方同意',
      '会谈',
      '。',
      '！',
      '？',
      '｡',
      '，',
      '”。',
      '。”',
      'ໄດ້ພົບປະ',
      'ທັງສອງ',
      'ສ.ປ.ປ',
      'ລາວ',
      'ຄ.ສ.',
      // Space, line breaks and a blank line.
      ' ',
      ' ',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\n\n',
      '\t',
      '\u00a0',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (chosen) => {
        assertSameSentences(chosen.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('except where a sentence is longer than LONGEST_SENTENCE: the corpus cuts it, at white space', () => {
    // The one named exception: a passage must stay bounded, and the prose model has no bound.
    const runOn = 'and the two sides agreed '.repeat(Math.ceil((2.5 * LONGEST_SENTENCE) / 25)).trim();
    assert.deepEqual(treeBoundaries(runOn), [{ start: 0, end: runOn.length }]);
    assert.deepEqual(sentenceBoundaries(runOn), [{ start: 0, end: runOn.length }]);
    const pieces = splitSentences(runOn, 0, runOn.length);
    assert.equal(pieces.length, 3);
    assert.ok(pieces.every((piece) => piece.end - piece.start <= LONGEST_SENTENCE));
    assert.ok(pieces.every((piece, i) => i === 0 || runOn.slice(pieces[i - 1]!.end, piece.start) === ' '));
    assert.equal(pieces[0]!.start, 0);
    assert.equal(pieces.at(-1)!.end, runOn.length);
  });
});
