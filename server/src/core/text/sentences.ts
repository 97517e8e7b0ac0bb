/**
 * Sentence boundaries inside a paragraph, for the corpus and for checks that read raw text:
 * the same boundaries as a draft's prose model (retext's English parser, parse-english over
 * parse-latin, then the project's `retextSentenceEnds` plugin), found without building a syntax
 * tree. The parser builds an object per word, space and mark with line/column positions and
 * reaches about half a megabyte a second; an archive must be segmented many times faster. So
 * this module replays the parser's decisions on a flat list of tokens (its tokenizer, the
 * merges that glue "U.S." or "3.5" into one word, its sentence breaks at `.` `!` `?` `…` and the
 * merges that undo them), then applies the rules of `sentenceRules.ts` exactly as the plugin
 * does. A property test holds the two to the same boundaries on the sample corpus, the sample
 * drafts and random prose.
 *
 * Every step walks the tokens once, so the time is linear in the paragraph's length. A line
 * break inside a paragraph is white space, as in a hard-wrapped draft; a blank line (two line
 * breaks in one run of white space) ends a sentence, as the parser has it. A "sentence" with no
 * end in `LONGEST_SENTENCE` characters is cut, so no passage grows without bound.
 */
import type { Language, Passage } from '../articles.js';
import { ParseLatin } from 'parse-latin';
import {
  CJK_TERMINAL,
  CLOSING,
  endsSentence,
  isAbbreviationBeforeFullStop,
  isLaoSentenceStop,
  LONGEST_ABBREVIATION,
  OPENING,
} from './sentenceRules.js';

/**
 * A "sentence" with no boundary in this many characters (a run-on line with no full stop)
 * is cut at this length, at white space where there is some: the bound on a passage's length.
 */
export const LONGEST_SENTENCE = 32_768;

/** A piece of a paragraph: start and end offsets. */
export interface Piece {
  start: number;
  end: number;
}

/**
 * Splits `text.slice(start, end)` into sentence passages whose offsets index `text` directly
 * and whose `text` is the exact slice, leading and trailing spaces excluded. The rules are the
 * same for every language (Chinese and Lao full stops are told apart by their characters), so
 * the language is not read.
 */
export function splitSentences(text: string, start: number, end: number, _language?: Language): Passage[] {
  const passages: Passage[] = [];
  for (const sentence of sentenceBoundaries(text.slice(start, end))) {
    for (const piece of bounded(text, start + sentence.start, start + sentence.end)) {
      passages.push({ kind: 'sentence', start: piece.start, end: piece.end, text: text.slice(piece.start, piece.end) });
    }
  }
  return passages;
}

/** The parser's token kinds (nlcst's WhiteSpaceNode, PunctuationNode, WordNode, SymbolNode). */
const WHITE = 0;
const PUNCTUATION = 1;
const WORD = 2;
const SYMBOL = 3;

const FULL_STOP = 0x2e;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const SLASH = 0x2f;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const UNDERSCORE = 0x5f;

/** The parser's character classes for each UTF-16 code unit, read once from its own tokenizer. */
let characterKinds: Uint8Array | undefined;

/**
 * The kind parse-latin gives each code unit. Its tokenizer classifies one code unit at a time;
 * fed every code unit in order, each token it returns is a run of one kind, so every code unit
 * in it has that kind. Reading the classes from the parser keeps them its own for any version.
 */
function kindsOfCharacters(): Uint8Array {
  if (characterKinds) return characterKinds;
  const kinds = new Uint8Array(0x10000);
  let all = '';
  for (let code = 0; code < 0x10000; code++) all += String.fromCharCode(code);
  let at = 0;
  for (const node of new ParseLatin().tokenize(all)) {
    const kind =
      node.type === 'WhiteSpaceNode'
        ? WHITE
        : node.type === 'PunctuationNode'
          ? PUNCTUATION
          : node.type === 'WordNode'
            ? WORD
            : SYMBOL;
    const length = node.position!.end.offset! - node.position!.start.offset!;
    kinds.fill(kind, at, at + length);
    at += length;
  }
  characterKinds = kinds;
  return kinds;
}

// The parser's rules, as parse-latin 7 and parse-english 7 write them.
/** Characters that close a sentence and belong to the one before when a sentence starts with them (parse-latin's `affixSymbol`). */
const AFFIX_SYMBOL =
  /^([!"').?\u0F3B\u0F3D\u169C\u2019\u201D\u2026\u203A\u203D\u2046\u207E\u208E\u2309\u230B\u232A\u2769\u276B\u276D\u276F\u2771\u2773\u2775\u27C6\u27E7\u27E9\u27EB\u27ED\u27EF\u2984\u2986\u2988\u298A\u298C\u298E\u2990\u2992\u2994\u2996\u2998\u29D9\u29DB\u29FD\u2E03\u2E05\u2E0A\u2E0D\u2E1D\u2E21\u2E23\u2E25\u2E27\u2E29\u2E56\u2E58\u2E5A\u2E5C\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u3019\u301B\u301E\u301F\uFD3E\uFE18\uFE36\uFE38\uFE3A\uFE3C\uFE3E\uFE40\uFE42\uFE44\uFE48\uFE5A\uFE5C\uFE5E\uFF09\uFF3D\uFF5D\uFF60\uFF63\u00BB\]}])\1*$/;
/** Sentence-final marks (parse-latin's `terminalMarker`): a punctuation token of these ends a sentence. */
function isTerminalMark(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x203d;
}
/**
 * Marks that join two words into one ("U.S", "3.5", "e-mail", "ໄດ້ພົບປະ.ທັງສອງ"), as one
 * character (parse-latin's `wordSymbolInner`; a run of underscores joins too).
 */
function isInnerWordCode(code: number): boolean {
  switch (code) {
    case AMPERSAND:
    case APOSTROPHE:
    case HYPHEN:
    case FULL_STOP:
    case 0x3a: // :
    case 0x3d: // =
    case 0x3f: // ?
    case 0x40: // @
    case 0xad: // soft hyphen
    case 0xb7: // middle dot
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case RIGHT_SINGLE_QUOTE:
    case 0x2027: // hyphenation point
    case UNDERSCORE:
      return true;
    default:
      return false;
  }
}

/** Characters some steps look for; the tokenizer notes which a paragraph holds. */
const SEEN_FULL_STOP = 1;
const SEEN_SLASH = 2;
const SEEN_APOSTROPHE = 4;
const SEEN_AMPERSAND = 8;
const SEEN_HYPHEN = 16;
const SEEN_INNER_WORD_MARK = 32;
const SEEN_LAO = 64;
const SEEN_LINE_BREAKS = 128;

/** What a mark run starting with `code` lets the steps look for. */
function markSeen(code: number): number {
  let seen = isInnerWordCode(code) ? SEEN_INNER_WORD_MARK : 0;
  if (code === FULL_STOP) seen |= SEEN_FULL_STOP;
  else if (code === SLASH) seen |= SEEN_SLASH;
  else if (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) seen |= SEEN_APOSTROPHE;
  else if (code === AMPERSAND) seen |= SEEN_AMPERSAND;
  else if (code === HYPHEN) seen |= SEEN_HYPHEN;
  return seen;
}

/** The Lao block, where the Lao full-stop rule may apply. */
function isLaoCode(code: number): boolean {
  return code >= 0x0e80 && code <= 0x0eff;
}
/** A digit or other number character (one code unit). */
const NUMERICAL = /^\p{N}$/u;
/**
 * A lower-case initial: a sentence starting with one continues the sentence before. The
 * parser's generated list is Unicode's lower-case letters of its day: U+0295 was one, and the
 * four letters added since are not.
 */
const LOWER_INITIAL = /^(?![\u1C8A\uA7CD\uA7CF\uA7DB])[\p{Ll}\u0295]/u;
const DIGIT_START = /^\d/;
const ELISION_PREFIX = /^(ol?)$/;
const ELISION_AFFIX = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/;
/** Abbreviations (compared in lower case) that never end a sentence: "etc.", "e.g"-style prefixes, numbers up to three digits, single letters. */
const ABBREVIATION_PREFIX =
  /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;
/** parse-english's abbreviations, compared in lower case: days, months, units. */
const ENGLISH_ABBREVIATIONS =
  /^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|inc?|mi|gr|yd|lb|oz|cu)$/;
/** parse-english's abbreviations compared as written: titles, states, counties, street words. */
const ENGLISH_ABBREVIATIONS_SENSITIVE =
  /^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|Ky|Lt|F[rt])$/;

/**
 * The sentences of one paragraph as offsets into it, leading and trailing white space
 * excluded: the boundaries the draft's prose model finds for the same text.
 */
export function sentenceBoundaries(paragraph: string): Piece[] {
  return new SentenceReader(paragraph).sentences();
}

/** The typed arrays one paragraph is read in, each as long as the paragraph (and one more). */
class Columns {
  readonly starts: Int32Array;
  readonly rawKinds: Uint8Array;
  readonly kind: Uint8Array;
  readonly first: Int32Array;
  readonly last: Int32Array;
  readonly sentenceStart: Int32Array;
  readonly stackKind: Uint8Array;
  readonly stackFirst: Int32Array;
  readonly stackLast: Int32Array;
  readonly endKind: Uint8Array;
  readonly endFirst: Int32Array;
  readonly endLast: Int32Array;
  readonly ends: Uint8Array;

  constructor(readonly capacity: number) {
    this.starts = new Int32Array(capacity);
    this.rawKinds = new Uint8Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.first = new Int32Array(capacity);
    this.last = new Int32Array(capacity);
    this.sentenceStart = new Int32Array(capacity);
    this.stackKind = new Uint8Array(capacity);
    this.stackFirst = new Int32Array(capacity);
    this.stackLast = new Int32Array(capacity);
    this.endKind = new Uint8Array(capacity);
    this.endFirst = new Int32Array(capacity);
    this.endLast = new Int32Array(capacity);
    this.ends = new Uint8Array(capacity);
  }
}

/**
 * The longest paragraph read in the columns kept from one paragraph to the next: making typed
 * arrays for every short paragraph costs more than reading it, and a longer paragraph's own
 * columns (about 40 bytes a character) are dropped after it instead of being held for good.
 */
const LONGEST_SHARED_COLUMNS = 65_536;
let sharedColumns: Columns | undefined;

function columnsFor(length: number): Columns {
  const needed = length + 2;
  if (needed > LONGEST_SHARED_COLUMNS) return new Columns(needed);
  if (!sharedColumns || sharedColumns.capacity < needed)
    sharedColumns = new Columns(Math.min(LONGEST_SHARED_COLUMNS, Math.max(1024, needed * 2)));
  return sharedColumns;
}

/**
 * One paragraph read the parser's way; each step is one of its plugins, in its order. The
 * tokens are kept as columns of typed arrays (kind, first and last raw token), in text order:
 * the parser only ever merges neighbouring tokens and moves sentence boundaries, so each step
 * rewrites the columns in place, never writing ahead of what it reads, and a sentence is a run
 * of consecutive tokens, known by where it starts.
 */
class SentenceReader {
  /** Where each raw token starts, and the paragraph's length after the last. */
  private readonly starts: Int32Array;
  /** Each raw token's kind. */
  private readonly rawKinds: Uint8Array;
  /** The number of raw tokens. */
  private rawTokens = 0;
  /** Each token's kind: a word, or one run of white space, punctuation or a symbol. */
  private kind: Uint8Array;
  /** The first raw token of each token; a word's raw tokens are its nlcst children (its letters and the marks glued into it). */
  private first: Int32Array;
  /** The raw token after each token's last. */
  private last: Int32Array;
  private count = 0;
  /** Where each sentence starts among the tokens, and the number of tokens after the last. */
  private readonly sentenceStart: Int32Array;
  private sentenceCount = 0;
  /** Which of the characters some steps look for the paragraph holds (`SEEN_…`): a step with none to look at is passed over. */
  private seen = 0;

  private readonly columns: Columns;

  constructor(private readonly text: string) {
    this.columns = columnsFor(text.length);
    this.starts = this.columns.starts;
    this.rawKinds = this.columns.rawKinds;
    this.kind = this.columns.kind;
    this.first = this.columns.first;
    this.last = this.columns.last;
    this.sentenceStart = this.columns.sentenceStart;
  }

  sentences(): Piece[] {
    this.tokenize();
    if (this.count === 0) return [];
    const seen = this.seen;
    if (seen & (SEEN_SLASH | SEEN_APOSTROPHE)) this.joinElisions();
    if (seen & SEEN_AMPERSAND) this.joinInitialAmpersands();
    if (seen & SEEN_HYPHEN) this.joinFinalHyphens();
    if (seen & SEEN_INNER_WORD_MARK) this.joinInnerWordSymbols();
    if (seen & SEEN_SLASH) this.joinShortSlashes();
    if (seen & SEEN_FULL_STOP) this.joinInitialisms();
    this.breakAtTerminalMarks();
    this.joinAfterAbbreviations((word) => {
      const value = this.textOf(word);
      return ENGLISH_ABBREVIATIONS.test(value.toLowerCase()) || ENGLISH_ABBREVIATIONS_SENSITIVE.test(value);
    }, false);
    this.joinWordlessSentences();
    this.moveClosingMarksBack();
    this.joinOnto((start) => this.startsLowerCase(start));
    this.joinOnto(
      (start, end) =>
        start < end && this.kind[start] === WORD && DIGIT_START.test(this.text.charAt(this.startOf(start))),
    );
    this.joinAfterAbbreviations((word) => ABBREVIATION_PREFIX.test(this.textOf(word).toLowerCase()), true);
    this.joinOnto((start, end) => this.startsWithCommaOrSemicolon(start, end));
    this.glueInnerFullStops();
    return this.correctedEnds();
  }

  private startOf(token: number): number {
    return this.starts[this.first[token]!]!;
  }

  private endOf(token: number): number {
    return this.starts[this.last[token]!]!;
  }

  private textOf(token: number): string {
    return this.text.slice(this.startOf(token), this.endOf(token));
  }

  private lengthOf(token: number): number {
    return this.endOf(token) - this.startOf(token);
  }

  private isMark(token: number): boolean {
    const kind = this.kind[token];
    return token >= 0 && token < this.count && (kind === PUNCTUATION || kind === SYMBOL);
  }

  private isWord(token: number): boolean {
    return token >= 0 && token < this.count && this.kind[token] === WORD;
  }

  /** Whether `token` is one mark token whose text is the one character `code`. */
  private isMarkOf(token: number, code: number): boolean {
    return this.isMark(token) && this.lengthOf(token) === 1 && this.text.charCodeAt(this.startOf(token)) === code;
  }

  /** Whether a token-joining step passes token `i` over: each acts on marks only, so words and white space are only moved. */
  private isUntouched(i: number): boolean {
    const kind = this.kind[i];
    return kind === WORD || kind === WHITE;
  }

  /**
   * Moves the words and white space from token `from` on to `to` (no later than `from`), up to
   * the next mark; returns that mark's index (or the count).
   */
  private skipUntouched(from: number, to: number): number {
    const { kind, count } = this;
    let next = from;
    while (next < count && (kind[next] === WORD || kind[next] === WHITE)) next++;
    if (to !== from) {
      kind.copyWithin(to, from, next);
      this.first.copyWithin(to, from, next);
      this.last.copyWithin(to, from, next);
    }
    return next;
  }

  /** Copies token `from` to `to` (no later than `from`). */
  private move(from: number, to: number): void {
    if (from === to) return;
    this.kind[to] = this.kind[from]!;
    this.first[to] = this.first[from]!;
    this.last[to] = this.last[from]!;
  }

  /**
   * parse-latin's tokenizer: runs of word characters, of white space, and of one repeated mark
   * (a lone surrogate continues a mark run).
   */
  private tokenize(): void {
    const { text, starts, rawKinds, kind: kinds, first, last } = this;
    const kindOf = kindsOfCharacters();
    const length = text.length;
    let seen = 0;
    let count = 0;
    let index = 0;
    while (index < length) {
      starts[count] = index;
      let code = text.charCodeAt(index++);
      const kind = kindOf[code]!;
      if (kind === WORD) {
        if (isLaoCode(code)) seen |= SEEN_LAO;
        for (; index < length; index++) {
          const next = text.charCodeAt(index);
          if (kindOf[next] !== WORD) break;
          if (isLaoCode(next)) seen |= SEEN_LAO;
        }
      } else if (kind === WHITE) {
        let breaks = 0;
        for (; index < length; index++) {
          const next = text.charCodeAt(index);
          if (kindOf[next] !== WHITE) break;
          if (next === 0x0a || next === 0x0d) breaks++;
        }
        // Over-counted for "\r\n"; `holdsBlankLine` counts exactly where this allows a blank line.
        if (breaks + (code === 0x0a || code === 0x0d ? 1 : 0) >= 2) seen |= SEEN_LINE_BREAKS;
      } else {
        // A mark run's characters after its first are the same character or surrogates.
        seen |= markSeen(code);
        for (; index < length; index++) {
          const next = text.charCodeAt(index);
          if (kindOf[next] !== kind || (next !== code && (next < 0xd800 || next > 0xdfff))) break;
          code = next;
        }
      }
      rawKinds[count] = kind;
      kinds[count] = kind;
      first[count] = count;
      last[count] = count + 1;
      count++;
    }
    starts[count] = length;
    this.rawTokens = count;
    this.count = count;
    this.seen = seen;
  }

  /**
   * parse-english's elisions: "w/", "o' " and "ol' ", and an apostrophe before "tis", "twas",
   * "cause", "em", a two-digit year, or around "n" ("'n'"). Like the parser, the token after a
   * merge is not looked at again.
   */
  private joinElisions(): void {
    const { kind, first, last, count } = this;
    let written = 0;
    for (let i = 0; i < count; i++) {
      if (this.isUntouched(i)) {
        const next = this.skipUntouched(i, written);
        written += next - i;
        i = next - 1;
        continue;
      }
      if (!this.isMark(i) || this.lengthOf(i) !== 1) {
        this.move(i, written++);
        continue;
      }
      const index = written;
      const length = index + count - i;
      const previous = index - 1;
      const code = this.text.charCodeAt(this.startOf(i));
      if (code === SLASH) {
        if (index > 0 && kind[previous] === WORD && this.textOf(previous).toLowerCase() === 'w') {
          last[previous] = last[i]!;
          if (i + 1 < count) this.move(++i, written++);
          continue;
        }
      } else if (code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE) {
        if (
          index > 2 &&
          index < length - 1 &&
          kind[previous] === WORD &&
          kind[index - 2] === WHITE &&
          kind[i + 1] === WHITE &&
          ELISION_PREFIX.test(this.textOf(previous).toLowerCase())
        ) {
          last[previous] = last[i]!;
          this.move(++i, written++);
          continue;
        }
        if (index !== length - 1 && kind[i + 1] === WORD && (index === 0 || kind[previous] !== WORD)) {
          const nextValue = this.textOf(i + 1).toLowerCase();
          if (ELISION_AFFIX.test(nextValue)) {
            first[i + 1] = first[i]!;
            this.move(++i, written++);
            continue;
          }
          if (
            nextValue === 'n' &&
            i + 2 < count &&
            kind[i + 2] === PUNCTUATION &&
            (this.isMarkOf(i + 2, APOSTROPHE) || this.isMarkOf(i + 2, RIGHT_SINGLE_QUOTE))
          ) {
            first[i + 1] = first[i]!;
            last[i + 1] = last[i + 2]!;
            this.move(i + 1, written++);
            i += 2;
            continue;
          }
        }
      }
      this.move(i, written++);
    }
    this.count = written;
  }

  /** parse-latin: an "&" that follows no word joins the word after it. */
  private joinInitialAmpersands(): void {
    let written = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.isUntouched(i)) {
        const next = this.skipUntouched(i, written);
        written += next - i;
        i = next - 1;
        continue;
      }
      if (this.isMarkOf(i, AMPERSAND) && !this.isWord(written - 1) && this.isWord(i + 1)) {
        this.first[i + 1] = this.first[i]!;
        continue;
      }
      this.move(i, written++);
    }
    this.count = written;
  }

  /** parse-latin: a hyphen after a word and before no word ends that word ("pro- and anti-"). */
  private joinFinalHyphens(): void {
    let written = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.isUntouched(i)) {
        const next = this.skipUntouched(i, written);
        written += next - i;
        i = next - 1;
        continue;
      }
      if (this.isWord(written - 1) && this.isMarkOf(i, HYPHEN) && !this.isWord(i + 1)) {
        this.last[written - 1] = this.last[i]!;
        continue;
      }
      this.move(i, written++);
    }
    this.count = written;
  }

  /** parse-latin: words joined by inner marks ("U.S", "3.5", "e-mail", "Xi's") are one word. */
  private joinInnerWordSymbols(): void {
    let written = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.isUntouched(i)) {
        const next = this.skipUntouched(i, written);
        written += next - i;
        i = next - 1;
        continue;
      }
      if (this.isWord(written - 1) && this.isMark(i)) {
        let lastWord = -1;
        for (let j = i; j < this.count; j++) {
          if (this.kind[j] === WORD) lastWord = j;
          else if (!this.isInnerWordMark(j)) break;
        }
        if (lastWord >= 0) {
          this.last[written - 1] = this.last[lastWord]!;
          i = lastWord;
          continue;
        }
      }
      this.move(i, written++);
    }
    this.count = written;
  }

  /** parse-latin's `wordSymbolInner`: one of the marks inside words, or a run of underscores. */
  private isInnerWordMark(token: number): boolean {
    if (!this.isMark(token)) return false;
    const code = this.text.charCodeAt(this.startOf(token));
    return code === UNDERSCORE || (this.lengthOf(token) === 1 && isInnerWordCode(code));
  }

  /** parse-latin: a slash between short words ("w/o", "km/h") is inside one word. */
  private joinShortSlashes(): void {
    let written = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.isUntouched(i)) {
        const next = this.skipUntouched(i, written);
        written += next - i;
        i = next - 1;
        continue;
      }
      const previous = written - 1;
      if (this.isWord(previous) && this.isMarkOf(i, SLASH)) {
        const nextIsWord = this.isWord(i + 1);
        if (this.lengthOf(previous) < 3 && (!nextIsWord || this.lengthOf(i + 1) < 3)) {
          this.last[previous] = this.last[nextIsWord ? ++i : i]!;
          continue;
        }
      }
      this.move(i, written++);
    }
    this.count = written;
  }

  /** parse-latin: the full stop after letters joined by full stops ("U.S" + ".") is the initialism's. */
  private joinInitialisms(): void {
    let written = 0;
    for (let i = 0; i < this.count; i++) {
      if (this.isUntouched(i)) {
        const next = this.skipUntouched(i, written);
        written += next - i;
        i = next - 1;
        continue;
      }
      const previous = written - 1;
      if (
        this.kind[i] === PUNCTUATION &&
        this.isMarkOf(i, FULL_STOP) &&
        this.isWord(previous) &&
        this.isInitialism(previous)
      ) {
        this.last[previous] = this.last[i]!;
        continue;
      }
      this.move(i, written++);
    }
    this.count = written;
  }

  /** Whether a word's children alternate single characters and full stops from its end, not all digits. */
  private isInitialism(word: number): boolean {
    const from = this.first[word]!;
    const count = this.last[word]! - from;
    if (count === 1 || count % 2 === 0) return false;
    let allDigits = true;
    for (let position = count - 1; position >= 0; position--) {
      const start = this.starts[from + position]!;
      const end = this.starts[from + position + 1]!;
      if (position % 2 === 0) {
        if (end - start > 1) return false;
        if (!NUMERICAL.test(this.text.charAt(start))) allDigits = false;
      } else if (end - start !== 1 || this.text.charCodeAt(start) !== FULL_STOP) {
        if (position < count - 2) break;
        return false;
      }
    }
    return !allDigits;
  }

  /** parse-latin: a sentence ends after each punctuation token of sentence-final marks. */
  private breakAtTerminalMarks(): void {
    const starts = this.sentenceStart;
    starts[0] = 0;
    let sentences = 1;
    for (let i = 0; i + 1 < this.count; i++) {
      if (this.kind[i] === PUNCTUATION && isTerminalMark(this.text.charCodeAt(this.startOf(i))))
        starts[sentences++] = i + 1;
    }
    starts[sentences] = this.count;
    this.sentenceCount = sentences;
  }

  /**
   * parse-english's and parse-latin's abbreviation exceptions: a sentence ending in a word the
   * test accepts and a full stop goes on into the next one, the full stop joining the word.
   * `anyMark` accepts the full stop as a symbol too, and wants more than those two tokens.
   */
  private joinAfterAbbreviations(isAbbreviation: (word: number) => boolean, anyMark: boolean): void {
    const starts = this.sentenceStart;
    let written = 0;
    let sentences = 0;
    let goesOn = false;
    for (let k = 0; k < this.sentenceCount; k++) {
      const start = starts[k]!;
      const end = starts[k + 1]!;
      if (!goesOn) starts[sentences++] = written;
      if (written === start) written = end;
      else for (let i = start; i < end; i++) this.move(i, written++);
      const sentenceFirst = starts[sentences - 1]!;
      const period = written - 1;
      const word = written - 2;
      goesOn = false;
      if (
        word >= sentenceFirst &&
        (anyMark
          ? this.isMarkOf(period, FULL_STOP)
          : this.kind[period] === PUNCTUATION && this.isMarkOf(period, FULL_STOP)) &&
        this.kind[word] === WORD &&
        isAbbreviation(word)
      ) {
        this.last[word] = this.last[period]!;
        written--;
        goesOn = k + 1 < this.sentenceCount;
      }
    }
    starts[sentences] = written;
    this.sentenceCount = sentences;
    this.count = written;
  }

  /**
   * parse-latin: a sentence without a word joins the one before; the first sentence joins the
   * one after, which the parser then passes over.
   */
  private joinWordlessSentences(): void {
    const starts = this.sentenceStart;
    let sentences = 0;
    for (let k = 0; k < this.sentenceCount; k++) {
      const start = starts[k]!;
      const end = starts[k + 1]!;
      let hasWord = false;
      for (let i = start; i < end && !hasWord; i++) hasWord = this.kind[i] === WORD;
      if (hasWord) {
        starts[sentences++] = start;
      } else if (sentences === 0) {
        starts[sentences++] = start;
        if (k + 1 < this.sentenceCount) k++;
      }
    }
    starts[sentences] = this.count;
    this.sentenceCount = sentences;
  }

  /** parse-latin: closing quotes, brackets and marks that start a sentence belong to the one before. */
  private moveClosingMarksBack(): void {
    const starts = this.sentenceStart;
    for (let k = 1; k < this.sentenceCount; k++) {
      const end = starts[k + 1]!;
      let start = starts[k]!;
      while (start < end && this.isMark(start) && AFFIX_SYMBOL.test(this.textOf(start))) start++;
      starts[k] = start;
    }
  }

  /** Sentences joined onto the one before when `joins` says so (the first sentence stays), in one pass. */
  private joinOnto(joins: (start: number, end: number) => boolean): void {
    const starts = this.sentenceStart;
    let sentences = 0;
    for (let k = 0; k < this.sentenceCount; k++) {
      const start = starts[k]!;
      if (sentences === 0 || !joins(start, starts[k + 1]!)) starts[sentences++] = start;
    }
    starts[sentences] = this.count;
    this.sentenceCount = sentences;
  }

  /** parse-latin: whether a sentence's first word, before any mark, starts with a lower-case letter. */
  private startsLowerCase(start: number): boolean {
    for (let i = start; i < this.count; i++) {
      const kind = this.kind[i];
      if (kind === WORD) {
        const at = this.startOf(i);
        return LOWER_INITIAL.test(this.text.slice(at, at + 2));
      }
      if (kind !== WHITE) return false;
    }
    return false;
  }

  /** parse-latin: whether a sentence's first mark, before any word, is a comma or a semicolon. */
  private startsWithCommaOrSemicolon(start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      const kind = this.kind[i];
      if (kind === WORD) return false;
      if (kind !== WHITE) return this.isMarkOf(i, COMMA) || this.isMarkOf(i, SEMICOLON);
    }
    return false;
  }

  /**
   * parse-latin: inside a sentence, a full stop that is not its final mark joins the word before
   * it (or, with none, the word after it) — "Oct" + "." becomes the word "Oct.". Each sentence
   * is walked from its end, as the parser does, onto a stack, then laid back in order.
   */
  private glueInnerFullStops(): void {
    const starts = this.sentenceStart;
    const { stackKind, stackFirst, stackLast } = this.columns;
    let written = 0;
    for (let k = 0; k < this.sentenceCount; k++) {
      const start = starts[k]!;
      const end = starts[k + 1]!;
      if (!this.hasInnerFullStop(start, end)) {
        starts[k] = written;
        if (written === start) written = end;
        else for (let i = start; i < end; i++) this.move(i, written++);
        continue;
      }
      let top = 0;
      let foundEnd = false;
      for (let position = end - 1; position >= start; position--) {
        const kind = this.kind[position]!;
        let kept = true;
        if (kind === WORD) {
          foundEnd = true;
        } else if (kind === PUNCTUATION || kind === SYMBOL) {
          // A mark token is a run of one character: terminal if that character is.
          const terminal = isTerminalMark(this.text.charCodeAt(this.startOf(position)));
          if (terminal && foundEnd && this.isMarkOf(position, FULL_STOP)) {
            const previous = position - 1;
            const nextIsWhite = top > 0 && stackKind[top - 1] === WHITE;
            const afterNextIsFullStop =
              top > 1 &&
              stackLast[top - 2]! - stackFirst[top - 2]! === 1 &&
              this.starts[stackFirst[top - 2]! + 1]! - this.starts[stackFirst[top - 2]!]! === 1 &&
              this.text.charCodeAt(this.starts[stackFirst[top - 2]!]!) === FULL_STOP;
            if (previous >= start && this.kind[previous] === WORD) {
              if (!(nextIsWhite && afterNextIsFullStop)) {
                this.last[previous] = this.last[position]!;
                kept = false;
              }
            } else if (top > 0 && stackKind[top - 1] === WORD) {
              stackFirst[top - 1] = this.first[position]!;
              kept = false;
            }
          } else if (terminal) {
            foundEnd = true;
          }
        }
        if (kept) {
          stackKind[top] = kind;
          stackFirst[top] = this.first[position]!;
          stackLast[top++] = this.last[position]!;
        }
      }
      starts[k] = written;
      while (top > 0) {
        top--;
        this.kind[written] = stackKind[top]!;
        this.first[written] = stackFirst[top]!;
        this.last[written++] = stackLast[top]!;
      }
    }
    starts[this.sentenceCount] = written;
    this.count = written;
  }

  /**
   * Whether a sentence has a full stop mark before its final mark (the first word or
   * sentence-final mark from its end): one `glueInnerFullStops` may join to a word.
   */
  private hasInnerFullStop(start: number, end: number): boolean {
    let position = end - 1;
    while (position >= start && this.kind[position] !== WORD && !this.isTerminalToken(position)) position--;
    if (position >= start && this.kind[position] === WORD) position++;
    for (let i = start; i < position; i++) if (this.isMarkOf(i, FULL_STOP)) return true;
    return false;
  }

  /** Whether a mark token is a run of sentence-final marks. */
  private isTerminalToken(token: number): boolean {
    return this.isMark(token) && isTerminalMark(this.text.charCodeAt(this.startOf(token)));
  }

  /**
   * The project's sentence ends (`retextSentenceEnds`), applied to the parser's sentences: the
   * paragraph as one run of tokens with the parser's ends marked (each sentence's last token
   * but white space, and the token before white space holding a blank line, where the parser
   * breaks too), Lao words cut at their full stops, ends moved after Chinese full stops and
   * after abbreviations, and the sentences read off between the ends, white space outside them.
   */
  private correctedEnds(): Piece[] {
    // Every token covers raw tokens of its own, Lao pieces too: there are never more than raw tokens.
    const ends = this.columns.ends;
    ends.fill(0, 0, this.rawTokens);
    // Without Lao letters no word is cut, and the tokens stay where they are.
    const lao = (this.seen & SEEN_LAO) !== 0;
    const kind = lao ? this.columns.endKind : this.kind;
    const first = lao ? this.columns.endFirst : this.first;
    const last = lao ? this.columns.endLast : this.last;
    let count = 0;
    const starts = this.sentenceStart;
    const blankLines = (this.seen & SEEN_LINE_BREAKS) !== 0;
    for (let k = 0; k < this.sentenceCount; k++) {
      let start = starts[k]!;
      let end = starts[k + 1]!;
      while (start < end && this.kind[start] === WHITE) start++;
      while (end > start && this.kind[end - 1] === WHITE) end--;
      if (!lao && !blankLines) {
        // Nothing to cut and no blank line to break at: the sentence's last token ends it.
        if (end > start) ends[end - 1] = 1;
        count = starts[k + 1]!;
        continue;
      }
      for (let i = starts[k]!; i < starts[k + 1]!; i++) {
        const isLastOfPart =
          i === end - 1 ||
          (i >= start &&
            i < end - 2 &&
            this.kind[i + 1] === WHITE &&
            this.lengthOf(i + 1) > 1 &&
            this.holdsBlankLine(i + 1));
        if (!lao) count++;
        else if (this.kind[i] === WORD && this.last[i]! - this.first[i]! >= 3)
          count = this.pushLaoSentences(i, kind, first, last, ends, count);
        else {
          kind[count] = this.kind[i]!;
          first[count] = this.first[i]!;
          last[count++] = this.last[i]!;
        }
        if (isLastOfPart) ends[count - 1] = 1;
      }
    }
    this.kind = kind;
    this.first = first;
    this.last = last;
    this.count = count;
    for (let i = 0; i < count; i++) {
      // Chinese full stops are all past U+3000: no other token's text is read.
      if (
        kind[i] === PUNCTUATION &&
        this.text.charCodeAt(this.startOf(i)) >= 0x3000 &&
        CJK_TERMINAL.test(this.textOf(i))
      ) {
        let closedAt = i;
        while (kind[closedAt + 1] === PUNCTUATION && closedAt + 1 < count && CLOSING.test(this.textOf(closedAt + 1)))
          closedAt++;
        if (closedAt < count - 1) {
          ends.fill(0, i, closedAt);
          ends[closedAt] = 1;
        }
        i = closedAt;
        continue;
      }
      const abbreviation = this.abbreviationEndingAt(i);
      if (abbreviation === undefined) continue;
      const next = this.nextWord(i);
      if (next === undefined) continue;
      ends[i] = endsSentence(abbreviation, next) ? 1 : 0;
    }
    const pieces: Piece[] = [];
    let from = -1;
    let to = -1;
    for (let i = 0; i < count; i++) {
      if (kind[i] !== WHITE) {
        if (from < 0) from = i;
        to = i;
      }
      if (ends[i] === 1 && from >= 0) {
        pieces.push({ start: this.startOf(from), end: this.endOf(to) });
        from = -1;
      }
    }
    if (from >= 0) pieces.push({ start: this.startOf(from), end: this.endOf(to) });
    return pieces;
  }

  /**
   * Lays out word `word` into the columns from `count` on, cut at each full stop between two Lao
   * words into the piece before, the full stop (ending a sentence) and the rest; returns the
   * new count.
   */
  private pushLaoSentences(
    word: number,
    kind: Uint8Array,
    first: Int32Array,
    last: Int32Array,
    ends: Uint8Array,
    count: number,
  ): number {
    const { starts, rawKinds, text } = this;
    let from = this.first[word]!;
    const to = this.last[word]!;
    for (let dot = from + 1; dot + 1 < to; dot++) {
      if (
        rawKinds[dot] === PUNCTUATION &&
        starts[dot + 1]! - starts[dot]! === 1 &&
        text.charCodeAt(starts[dot]!) === FULL_STOP &&
        rawKinds[dot - 1] === WORD &&
        rawKinds[dot + 1] === WORD &&
        isLaoSentenceStop(text.slice(starts[dot - 1], starts[dot]), text.slice(starts[dot + 1], starts[dot + 2]))
      ) {
        kind[count] = WORD;
        first[count] = from;
        last[count++] = dot;
        kind[count] = PUNCTUATION;
        first[count] = dot;
        last[count] = dot + 1;
        ends[count++] = 1;
        from = dot + 1;
      }
    }
    kind[count] = WORD;
    first[count] = from;
    last[count++] = to;
    return count;
  }

  /** Whether a white space token holds a blank line: two line breaks or more. */
  private holdsBlankLine(white: number): boolean {
    const end = this.endOf(white);
    let breaks = 0;
    for (let at = this.startOf(white); at < end; at++) {
      const code = this.text.charCodeAt(at);
      if (code === 0x0a || (code === 0x0d && this.text.charCodeAt(at + 1) !== 0x0a)) breaks++;
    }
    return breaks >= 2;
  }

  /** As the plugin: the abbreviation whose full stop is token `i`, without the full stop, if it is one. */
  private abbreviationEndingAt(i: number): string | undefined {
    if (this.kind[i] === WORD) {
      const end = this.endOf(i);
      if (this.text.charCodeAt(end - 1) !== FULL_STOP || this.lengthOf(i) < 2) return undefined;
      return this.text.slice(this.startOf(i), end - 1);
    }
    if (
      this.kind[i] === PUNCTUATION &&
      this.isWord(i - 1) &&
      this.isMarkOf(i, FULL_STOP) &&
      this.lengthOf(i - 1) <= LONGEST_ABBREVIATION
    ) {
      const word = this.textOf(i - 1);
      if (isAbbreviationBeforeFullStop(word)) return word;
    }
    return undefined;
  }

  /** As the plugin: the first word after token `i`, past white space (at least some) and opening quotes. */
  private nextWord(i: number): string | undefined {
    let j = i + 1;
    while (j < this.count && this.kind[j] === WHITE) j++;
    if (j === i + 1) return undefined;
    while (j < this.count && this.kind[j] === PUNCTUATION && OPENING.test(this.textOf(j))) j++;
    return this.isWord(j) ? this.textOf(j) : undefined;
  }
}

/**
 * A sentence of `text` from `start` to `end`, cut into pieces of at most `LONGEST_SENTENCE`
 * characters: at the last white space within the bound, else at the bound (not inside a
 * surrogate pair); each piece trimmed of white space.
 */
function* bounded(text: string, start: number, end: number): Generator<Piece> {
  if (end - start <= LONGEST_SENTENCE) {
    yield { start, end };
    return;
  }
  while (end - start > LONGEST_SENTENCE) {
    let cut = start + LONGEST_SENTENCE;
    while (cut > start && !/\s/u.test(text.charAt(cut))) cut--;
    if (cut === start) {
      cut = start + LONGEST_SENTENCE;
      if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut--;
    }
    const piece = trim(text, start, cut);
    if (piece) yield piece;
    start = cut;
    while (start < end && /\s/u.test(text.charAt(start))) start++;
  }
  const piece = trim(text, start, end);
  if (piece) yield piece;
}

function trim(text: string, start: number, end: number): Piece | undefined {
  while (start < end && /\s/u.test(text.charAt(start))) start++;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}
