/**
 * The capitalized-word walkers find, in every text, the words their Unicode patterns find: on
 * the sample corpus and drafts, and on random text mixing Latin, Vietnamese, Chinese, marks,
 * apostrophes, hyphens, letters beyond U+FFFF and lone surrogates.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  capitalizedWordEnd,
  characterLength,
  nameWordEnd,
  nextPossibleCapital,
} from '../../../../server/src/core/mentions/capitalizedWords.js';

const NAME_WORD = /\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const CAPITALIZED_WORD = /\p{Lu}[\p{Ll}\p{M}'’-]*/gu;

function byPattern(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`);
}

/**
 * The words `wordEnd` finds walking `text` from each offset `next` gives (every offset by
 * default), as the scans of an article walk.
 */
function byWalking(
  text: string,
  wordEnd: (text: string, start: number) => number,
  next: (text: string, at: number) => number = (_, at) => at,
): string[] {
  const words: string[] = [];
  for (let at = next(text, 0); at < text.length; at = next(text, at)) {
    const end = wordEnd(text, at);
    if (end < 0) {
      at += characterLength(text, at);
      continue;
    }
    words.push(`${at}:${text.slice(at, end)}`);
    at = end;
  }
  return words;
}

/** The same walk passing over what {@link nextPossibleCapital} rules out. */
function bySkipping(text: string, wordEnd: (text: string, start: number) => number): string[] {
  return byWalking(text, wordEnd, nextPossibleCapital);
}

function sampleTexts(): string[] {
  const root = fileURLToPath(new URL('../../../../../samples/', import.meta.url));
  return ['corpus/', 'drafts/'].flatMap((folder) =>
    readdirSync(`${root}${folder}`).map((name) => readFileSync(`${root}${folder}${name}`, 'utf8')),
  );
}

/** Pieces random text is made of: where the walkers could go wrong. */
const PIECES = [
  'Xi',
  'Jinping',
  'Chin-p',
  "'ing",
  'Nguyễn',
  'Phú',
  'Trọng',
  'Ðà',
  'ĐẠI',
  'O’Neill',
  'Jean-Luc',
  "Laos'",
  "China's",
  'e\u0301',
  'E\u0301',
  '\u0301',
  '习近平',
  'Xi习',
  '𝐀',
  '𐐀',
  '𐐨',
  '\ud800',
  '\udc00',
  'İstanbul',
  'ǅ',
  'ǈ',
  'ß',
  'ẞ',
  'Σ',
  'ς',
  '-',
  "'",
  '’',
  ' ',
  '  ',
  '.',
  ',',
  '\n',
  '3',
  'A',
  'a',
  'Ⅻ',
  'ⓐ',
  'Ⓐ',
];

function randomText(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: 40 }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
}

describe('nameWordEnd', () => {
  it('reads "Chin-p\'ing", "Nguyễn" and "O’Neill" whole, and no word where no capital starts', () => {
    assert.deepEqual(byWalking("Hsi Chin-p'ing met Nguyễn O’Neill's aide, jean-Luc", nameWordEnd), [
      '0:Hsi',
      "4:Chin-p'ing",
      '19:Nguyễn',
      "26:O’Neill's",
      '47:Luc',
    ]);
    assert.equal(nameWordEnd('lower case', 0), -1);
  });

  it('finds what its pattern finds in the sample corpus and drafts, and in random text', () => {
    for (const text of sampleTexts()) assert.deepEqual(byWalking(text, nameWordEnd), byPattern(text, NAME_WORD));
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed);
      assert.deepEqual(byWalking(text, nameWordEnd), byPattern(text, NAME_WORD), JSON.stringify(text));
    }
  });
});

describe('capitalizedWordEnd', () => {
  it('reads "Jinpin" and "Trọng" whole, stops at a capital or a digit, and finds nothing in lower case', () => {
    assert.deepEqual(byWalking('Xi Jinpin and Trọng-Ba 3D', capitalizedWordEnd), [
      '0:Xi',
      '3:Jinpin',
      '14:Trọng-',
      '20:Ba',
      '24:D',
    ]);
    assert.deepEqual(byWalking('no capitals here', capitalizedWordEnd), []);
  });

  it('finds what its pattern finds in the sample corpus and drafts, and in random text', () => {
    for (const text of sampleTexts())
      assert.deepEqual(byWalking(text, capitalizedWordEnd), byPattern(text, CAPITALIZED_WORD));
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed);
      assert.deepEqual(byWalking(text, capitalizedWordEnd), byPattern(text, CAPITALIZED_WORD), JSON.stringify(text));
    }
  });
});

describe('nextPossibleCapital', () => {
  it('passes over ASCII lower case, digits, spaces and punctuation, and stops at a capital or any other character', () => {
    assert.equal(nextPossibleCapital('met with Xi', 0), 9);
    assert.equal(nextPossibleCapital('met with Xi', 9), 9);
    assert.equal(nextPossibleCapital('in 2024, ông', 0), 9);
    assert.equal(nextPossibleCapital('talks. 习近平', 0), 7);
    assert.equal(nextPossibleCapital('all lower case', 0), 14);
    assert.equal(nextPossibleCapital('', 0), 0);
  });

  it('leaves the words each walker finds unchanged, in the sample corpus and drafts and in random text', () => {
    const texts = [...sampleTexts(), ...Array.from({ length: 3000 }, (_, k) => randomText(k + 1))];
    for (const text of texts) {
      assert.deepEqual(bySkipping(text, nameWordEnd), byPattern(text, NAME_WORD), JSON.stringify(text.slice(0, 80)));
      assert.deepEqual(
        bySkipping(text, capitalizedWordEnd),
        byPattern(text, CAPITALIZED_WORD),
        JSON.stringify(text.slice(0, 80)),
      );
    }
  });
});
