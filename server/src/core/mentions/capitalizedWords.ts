/**
 * Capitalized words read by walking a text's characters, for the scans that visit every
 * capitalized word of an article (transliterations, near misses). Each function finds what the
 * Unicode pattern in its comment finds; a pattern of Unicode properties, tried at every offset,
 * cost a third of finding an article's mentions. A character's Unicode properties are looked
 * up once and kept.
 */

const UPPER = 1;
const LOWER = 2;
const LETTER = 4;
const MARK = 8;
/** Set once a character's properties are known, so that a kept 0 means "not looked up". */
const KNOWN = 16;

const UPPERCASE_LETTER = /^\p{Lu}$/u;
const LOWERCASE_LETTER = /^\p{Ll}$/u;
const ANY_LETTER = /^\p{L}$/u;
const ANY_MARK = /^\p{M}$/u;

/** Properties of the code points below U+10000, filled as they are met. */
const basicPlane = new Uint8Array(0x10000);
/** Properties of the code points beyond, which articles hardly use. */
const otherPlanes = new Map<number, number>();

function lookUp(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  return (
    KNOWN |
    (UPPERCASE_LETTER.test(character) ? UPPER : 0) |
    (LOWERCASE_LETTER.test(character) ? LOWER : 0) |
    (ANY_LETTER.test(character) ? LETTER : 0) |
    (ANY_MARK.test(character) ? MARK : 0)
  );
}

function propertiesOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let properties = basicPlane[codePoint]!;
    if (properties === 0) basicPlane[codePoint] = properties = lookUp(codePoint);
    return properties;
  }
  let properties = otherPlanes.get(codePoint);
  if (properties === undefined) otherPlanes.set(codePoint, (properties = lookUp(codePoint)));
  return properties;
}

/** The code point at `index` (a lone surrogate is its own), as a Unicode pattern reads it. */
function codePointAt(text: string, index: number): number {
  return text.codePointAt(index)!;
}

/** Code units of the character at `index`: 2 for a surrogate pair, which a Unicode pattern reads as one character. */
export function characterLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * The first offset from `index` that is not an ASCII character other than a capital: where the
 * next capitalized word may start. Most of an article is lower case, spaces and punctuation,
 * which no capitalized word starts with and which are one code unit each, so a scan for its
 * capitalized words passes over them here rather than asking at each one.
 */
export function nextPossibleCapital(text: string, index: number): number {
  let at = index;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code >= 128 || (code >= 65 && code <= 90)) break;
    at++;
  }
  return at;
}

function isApostropheOrHyphen(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** Where a run of letters and marks from `index` ends. */
function endOfLetters(text: string, index: number): number {
  let at = index;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    // Latin letters first: most of what is read.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      at++;
      continue;
    }
    if (code < 128 || (propertiesOf(codePointAt(text, at)) & (LETTER | MARK)) === 0) break;
    at += characterLength(text, at);
  }
  return at;
}

function isUpper(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  return (propertiesOf(codePointAt(text, index)) & UPPER) !== 0;
}

/**
 * The end of the name word `\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*` ("Chin-p'ing",
 * "Xuan-Phuc") that starts at `start`, or -1 when no capital letter is there.
 */
export function nameWordEnd(text: string, start: number): number {
  if (start >= text.length || !isUpper(text, start)) return -1;
  let end = endOfLetters(text, start + characterLength(text, start));
  while (end + 1 < text.length && isApostropheOrHyphen(text.charCodeAt(end))) {
    const next = end + 1;
    const code = text.charCodeAt(next);
    const letter =
      code < 128
        ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
        : (propertiesOf(codePointAt(text, next)) & LETTER) !== 0;
    if (!letter) break;
    end = endOfLetters(text, next + characterLength(text, next));
  }
  return end;
}

/**
 * The end of the capitalized word `\p{Lu}[\p{Ll}\p{M}'’-]*` ("Tran", "Jinpin") that starts at
 * `start`, or -1 when no capital letter is there.
 */
export function capitalizedWordEnd(text: string, start: number): number {
  if (start >= text.length || !isUpper(text, start)) return -1;
  let at = start + characterLength(text, start);
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if ((code >= 97 && code <= 122) || isApostropheOrHyphen(code)) {
      at++;
      continue;
    }
    if (code < 128 || (propertiesOf(codePointAt(text, at)) & (LOWER | MARK)) === 0) break;
    at += characterLength(text, at);
  }
  return at;
}
