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
type Kind = typeof WHITE | typeof PUNCTUATION | typeof WORD | typeof SYMBOL;

/**
 * A node of the parser's sentence level: a word, or one run of white space, punctuation or a
 * symbol. It covers the characters of the parser's raw tokens `first` to `last` (exclusive); a
 * word's raw tokens are its nlcst children (its letters and the marks glued into it).
 */
interface Token {
  kind: Kind;
  first: number;
  last: number;
}

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
/** Marks that join two words into one ("U.S", "3.5", "e-mail", "ໄດ້ພົບປະ.ທັງສອງ"). */
const WORD_SYMBOL_INNER = /^(?:[&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/;
/** A digit or other number character (one code unit). */
const NUMERICAL = /^\p{N}$/u;
/**
 * A lower-case initial: a sentence starting with one continues the sentence before. The
 * parser's generated list is Unicode's lower-case letters of its day: U+0295 was one, and the
 * four letters added since are not.
 */
const LOWER_INITIAL = /^(?![\u1C8A\uA7CD\uA7CF\uA7DB])[\p{Ll}\u0295]/u;
const DIGIT_START = /^\d/;
const APOSTROPHE = /^['’]$/;
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

/** One paragraph read the parser's way; each step is one of its plugins, in its order. */
class SentenceReader {
  /** Where each raw token starts, and the paragraph's length after the last. */
  private readonly starts: Int32Array;
  /** Each raw token's kind. */
  private readonly kinds: Uint8Array;
  /** The number of raw tokens. */
  private rawTokens = 0;

  constructor(private readonly text: string) {
    this.starts = new Int32Array(text.length + 1);
    this.kinds = new Uint8Array(text.length);
  }

  sentences(): Piece[] {
    const tokens = this.tokenize();
    if (tokens.length === 0) return [];
    const joined = this.joinInnerWordSymbols(
      this.joinFinalHyphens(this.joinInitialAmpersands(this.joinElisions(tokens))),
    );
    const words = this.joinInitialisms(this.joinShortSlashes(joined));
    let sentences = this.breakAtTerminalMarks(words);
    sentences = this.joinAfterAbbreviations(sentences, (word) => {
      const value = this.textOf(word);
      return ENGLISH_ABBREVIATIONS.test(value.toLowerCase()) || ENGLISH_ABBREVIATIONS_SENSITIVE.test(value);
    });
    sentences = this.joinWordlessSentences(sentences);
    sentences = this.moveClosingMarksBack(sentences);
    sentences = this.joinOnto(sentences, (sentence) => this.startsLowerCase(sentence));
    sentences = this.joinOnto(sentences, (sentence) => {
      const head = sentence[0];
      return head?.kind === WORD && DIGIT_START.test(this.text.charAt(this.startOf(head)));
    });
    sentences = this.joinAfterAbbreviations(
      sentences,
      (word) => ABBREVIATION_PREFIX.test(this.textOf(word).toLowerCase()),
      true,
    );
    sentences = this.joinOnto(sentences, (sentence) => this.startsWithCommaOrSemicolon(sentence));
    for (const sentence of sentences) this.glueInnerFullStops(sentence);
    return this.correctedEnds(this.breakAtBlankLines(sentences.map((sentence) => trimWhite(sentence))));
  }

  private startOf(token: Token): number {
    return this.starts[token.first]!;
  }

  private endOf(token: Token): number {
    return this.starts[token.last]!;
  }

  private textOf(token: Token): string {
    return this.text.slice(this.startOf(token), this.endOf(token));
  }

  private lengthOf(token: Token): number {
    return this.endOf(token) - this.startOf(token);
  }

  private isMark(token: Token | undefined): token is Token & { kind: typeof PUNCTUATION | typeof SYMBOL } {
    return token !== undefined && (token.kind === PUNCTUATION || token.kind === SYMBOL);
  }

  /** Whether `token` is one mark token whose text is the one character `value`. */
  private isMarkOf(token: Token | undefined, value: string): boolean {
    return (
      this.isMark(token) &&
      this.starts[token.last]! - this.starts[token.first]! === 1 &&
      this.text.charCodeAt(this.starts[token.first]!) === value.charCodeAt(0)
    );
  }

  /**
   * parse-latin's tokenizer: runs of word characters, of white space, and of one repeated mark
   * (a lone surrogate continues a mark run).
   */
  private tokenize(): Token[] {
    const text = this.text;
    const kindOf = kindsOfCharacters();
    const tokens: Token[] = [];
    let previousKind: Kind | undefined;
    let previousCode = -1;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      const kind = kindOf[code] as Kind;
      const continues =
        kind === previousKind &&
        (kind === WORD || kind === WHITE || code === previousCode || (code >= 0xd800 && code <= 0xdfff));
      if (!continues) {
        tokens.push({ kind, first: this.rawTokens, last: this.rawTokens + 1 });
        this.starts[this.rawTokens] = index;
        this.kinds[this.rawTokens++] = kind;
      }
      previousKind = kind;
      previousCode = code;
    }
    this.starts[this.rawTokens] = text.length;
    return tokens;
  }

  /**
   * parse-english's elisions: "w/", "o' " and "ol' ", and an apostrophe before "tis", "twas",
   * "cause", "em", a two-digit year, or around "n" ("'n'"). Like the parser, the token after a
   * merge is not looked at again.
   */
  private joinElisions(tokens: Token[]): Token[] {
    // Written over the input: a pass only merges tokens, so it never writes ahead of what it reads.
    const out = tokens;
    let written = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!this.isMark(token)) {
        out[written++] = token;
        continue;
      }
      if (this.lengthOf(token) !== 1) {
        out[written++] = token;
        continue;
      }
      const index = written;
      const length = index + tokens.length - i;
      const previous = out[index - 1];
      const value = this.text.charAt(this.startOf(token));
      if (value === '/') {
        if (previous?.kind === WORD && this.textOf(previous).toLowerCase() === 'w') {
          previous.last = token.last;
          if (i + 1 < tokens.length) out[written++] = tokens[++i]!;
          continue;
        }
      } else if (APOSTROPHE.test(value)) {
        if (
          index > 2 &&
          index < length - 1 &&
          previous!.kind === WORD &&
          out[index - 2]!.kind === WHITE &&
          tokens[i + 1]!.kind === WHITE &&
          ELISION_PREFIX.test(this.textOf(previous!).toLowerCase())
        ) {
          previous!.last = token.last;
          out[written++] = tokens[++i]!;
          continue;
        }
        const next = tokens[i + 1];
        if (index !== length - 1 && next!.kind === WORD && (index === 0 || previous!.kind !== WORD)) {
          const nextValue = this.textOf(next!).toLowerCase();
          const other = tokens[i + 2];
          if (ELISION_AFFIX.test(nextValue)) {
            next!.first = token.first;
            out[written++] = next!;
            i++;
            continue;
          }
          if (nextValue === 'n' && other?.kind === PUNCTUATION && APOSTROPHE.test(this.textOf(other))) {
            next!.first = token.first;
            next!.last = other.last;
            out[written++] = next!;
            i += 2;
            continue;
          }
        }
      }
      out[written++] = token;
    }
    out.length = written;
    return out;
  }

  /** parse-latin: an "&" that follows no word joins the word after it. */
  private joinInitialAmpersands(tokens: Token[]): Token[] {
    // Written over the input: a pass only merges tokens, so it never writes ahead of what it reads.
    const out = tokens;
    let written = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const next = tokens[i + 1];
      if (this.isMarkOf(token, '&') && out[written - 1]?.kind !== WORD && next?.kind === WORD) {
        next.first = token.first;
        continue;
      }
      out[written++] = token;
    }
    out.length = written;
    return out;
  }

  /** parse-latin: a hyphen after a word and before no word ends that word ("pro- and anti-"). */
  private joinFinalHyphens(tokens: Token[]): Token[] {
    // Written over the input: a pass only merges tokens, so it never writes ahead of what it reads.
    const out = tokens;
    let written = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const previous = out[written - 1];
      if (previous?.kind === WORD && this.isMarkOf(token, '-') && tokens[i + 1]?.kind !== WORD) {
        previous.last = token.last;
        continue;
      }
      out[written++] = token;
    }
    out.length = written;
    return out;
  }

  /** parse-latin: words joined by inner marks ("U.S", "3.5", "e-mail", "Xi's") are one word. */
  private joinInnerWordSymbols(tokens: Token[]): Token[] {
    // Written over the input: a pass only merges tokens, so it never writes ahead of what it reads.
    const out = tokens;
    let written = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const previous = out[written - 1];
      if (previous?.kind === WORD && this.isMark(token)) {
        let lastWord = -1;
        for (let j = i; j < tokens.length; j++) {
          const next = tokens[j]!;
          if (next.kind === WORD) lastWord = j;
          else if (!this.isMark(next) || !WORD_SYMBOL_INNER.test(this.textOf(next))) break;
        }
        if (lastWord >= 0) {
          previous.last = tokens[lastWord]!.last;
          i = lastWord;
          continue;
        }
      }
      out[written++] = token;
    }
    out.length = written;
    return out;
  }

  /** parse-latin: a slash between short words ("w/o", "km/h") is inside one word. */
  private joinShortSlashes(tokens: Token[]): Token[] {
    // Written over the input: a pass only merges tokens, so it never writes ahead of what it reads.
    const out = tokens;
    let written = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const previous = out[written - 1];
      if (previous?.kind === WORD && this.isMarkOf(token, '/')) {
        const next = tokens[i + 1];
        const nextLength = next?.kind === WORD ? this.lengthOf(next) : 0;
        if (this.lengthOf(previous) < 3 && nextLength < 3) {
          previous.last = next?.kind === WORD ? next.last : token.last;
          if (next?.kind === WORD) i++;
          continue;
        }
      }
      out[written++] = token;
    }
    out.length = written;
    return out;
  }

  /** parse-latin: the full stop after letters joined by full stops ("U.S" + ".") is the initialism's. */
  private joinInitialisms(tokens: Token[]): Token[] {
    // Written over the input: a pass only merges tokens, so it never writes ahead of what it reads.
    const out = tokens;
    let written = 0;
    for (const token of tokens) {
      const previous = out[written - 1];
      if (
        previous?.kind === WORD &&
        token.kind === PUNCTUATION &&
        this.isMarkOf(token, '.') &&
        this.isInitialism(previous)
      ) {
        previous.last = token.last;
        continue;
      }
      out[written++] = token;
    }
    out.length = written;
    return out;
  }

  /** Whether a word's children alternate single characters and full stops from its end, not all digits. */
  private isInitialism(word: Token): boolean {
    const count = word.last - word.first;
    if (count === 1 || count % 2 === 0) return false;
    let allDigits = true;
    for (let position = count - 1; position >= 0; position--) {
      const start = this.starts[word.first + position]!;
      const end = this.starts[word.first + position + 1]!;
      if (position % 2 === 0) {
        if (end - start > 1) return false;
        if (!NUMERICAL.test(this.text.charAt(start))) allDigits = false;
      } else if (end - start !== 1 || this.text.charCodeAt(start) !== 0x2e) {
        if (position < count - 2) break;
        return false;
      }
    }
    return !allDigits;
  }

  /** parse-latin: a sentence ends after each punctuation token of sentence-final marks. */
  private breakAtTerminalMarks(tokens: Token[]): Token[][] {
    const sentences: Token[][] = [];
    let sentence: Token[] = [];
    for (const token of tokens) {
      sentence.push(token);
      if (token.kind === PUNCTUATION && isTerminalMark(this.text.charCodeAt(this.startOf(token)))) {
        sentences.push(sentence);
        sentence = [];
      }
    }
    if (sentence.length > 0) sentences.push(sentence);
    return sentences;
  }

  /**
   * parse-english's and parse-latin's abbreviation exceptions: a sentence ending in a word the
   * test accepts and a full stop goes on into the next one, the full stop joining the word.
   * `anyMark` accepts the full stop as a symbol too, and wants more than those two tokens.
   */
  private joinAfterAbbreviations(sentences: Token[][], isAbbreviation: (word: Token) => boolean, anyMark = false) {
    const out: Token[][] = [];
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      for (;;) {
        const period = sentence.at(-1);
        const word = sentence.at(-2);
        if (anyMark && sentence.length <= 1) break;
        if (!(anyMark ? this.isMarkOf(period, '.') : period?.kind === PUNCTUATION && this.isMarkOf(period, '.'))) break;
        if (word?.kind !== WORD || !isAbbreviation(word)) break;
        word.last = period!.last;
        sentence.pop();
        const next = sentences[i + 1];
        if (!next) break;
        for (const token of next) sentence.push(token);
        i++;
      }
      out.push(sentence);
    }
    return out;
  }

  /**
   * parse-latin: a sentence without a word joins the one before; the first sentence joins the
   * one after, which the parser then passes over.
   */
  private joinWordlessSentences(sentences: Token[][]): Token[][] {
    const out: Token[][] = [];
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      if (sentence.some((token) => token.kind === WORD)) {
        out.push(sentence);
      } else if (out.length > 0) {
        for (const token of sentence) out.at(-1)!.push(token);
      } else if (i + 1 < sentences.length) {
        out.push([...sentence, ...sentences[i + 1]!]);
        i++;
      } else {
        out.push(sentence);
      }
    }
    return out;
  }

  /** parse-latin: closing quotes, brackets and marks that start a sentence belong to the one before. */
  private moveClosingMarksBack(sentences: Token[][]): Token[][] {
    const out: Token[][] = [];
    for (const sentence of sentences) {
      const previous = out.at(-1);
      if (previous) {
        let moved = 0;
        while (
          moved < sentence.length &&
          this.isMark(sentence[moved]) &&
          AFFIX_SYMBOL.test(this.textOf(sentence[moved]!))
        )
          previous.push(sentence[moved++]!);
        if (moved > 0) sentence.splice(0, moved);
      }
      out.push(sentence);
    }
    return out;
  }

  /** Sentences joined onto the one before when `joins` says so (the first sentence stays), in one pass. */
  private joinOnto(sentences: Token[][], joins: (sentence: Token[]) => boolean): Token[][] {
    const out: Token[][] = [];
    for (const sentence of sentences) {
      const previous = out.at(-1);
      if (previous && joins(sentence)) for (const token of sentence) previous.push(token);
      else out.push(sentence);
    }
    return out;
  }

  /** parse-latin: whether a sentence's first word, before any mark, starts with a lower-case letter. */
  private startsLowerCase(sentence: Token[]): boolean {
    for (const token of sentence) {
      if (token.kind === WORD) {
        const start = this.startOf(token);
        return LOWER_INITIAL.test(this.text.slice(start, start + 2));
      }
      if (token.kind !== WHITE) return false;
    }
    return false;
  }

  /** parse-latin: whether a sentence's first mark, before any word, is a comma or a semicolon. */
  private startsWithCommaOrSemicolon(sentence: Token[]): boolean {
    for (const token of sentence) {
      if (token.kind === WORD) return false;
      if (token.kind !== WHITE) return this.isMarkOf(token, ',') || this.isMarkOf(token, ';');
    }
    return false;
  }

  /**
   * parse-latin: inside a sentence, a full stop that is not its final mark joins the word before
   * it (or, with none, the word after it) — "Oct" + "." becomes the word "Oct.". Walked from the
   * end, as the parser does.
   */
  private glueInnerFullStops(sentence: Token[]): void {
    const reversed: Token[] = [];
    let foundEnd = false;
    for (let position = sentence.length - 1; position >= 0; position--) {
      const token = sentence[position]!;
      if (!this.isMark(token)) {
        if (token.kind === WORD) foundEnd = true;
        reversed.push(token);
        continue;
      }
      // A mark token is a run of one character: terminal if that character is.
      const terminal = isTerminalMark(this.text.charCodeAt(this.startOf(token)));
      if (!terminal || !foundEnd || !this.isMarkOf(token, '.')) {
        if (terminal) foundEnd = true;
        reversed.push(token);
        continue;
      }
      const previous = sentence[position - 1];
      const next = reversed.at(-1);
      if (previous?.kind === WORD) {
        const afterNext = reversed.at(-2);
        if (next?.kind === WHITE && this.isMarkOf(afterNext, '.')) {
          reversed.push(token);
          continue;
        }
        previous.last = token.last;
      } else if (next?.kind === WORD) {
        next.first = token.first;
      } else {
        reversed.push(token);
      }
    }
    sentence.length = 0;
    for (let i = reversed.length - 1; i >= 0; i--) sentence.push(reversed[i]!);
  }

  /** parse-latin: white space holding a blank line ends a sentence. */
  private breakAtBlankLines(sentences: Token[][]): Token[][] {
    const out: Token[][] = [];
    for (const sentence of sentences) {
      let from = 0;
      for (let position = 1; position < sentence.length - 1; position++) {
        const token = sentence[position]!;
        if (token.kind === WHITE && lineBreaks(this.textOf(token)) >= 2) {
          out.push(sentence.slice(from, position));
          from = position + 1;
        }
      }
      out.push(from === 0 ? sentence : sentence.slice(from));
    }
    return out.filter((sentence) => sentence.length > 0);
  }

  /**
   * The project's sentence ends (`retextSentenceEnds`), applied to the parser's sentences: the
   * paragraph as one run of tokens with the parser's ends marked, Lao words cut at their full
   * stops, ends moved after Chinese full stops and after abbreviations, and the sentences
   * read off between the ends, white space outside them.
   */
  private correctedEnds(sentences: Token[][]): Piece[] {
    const tokens: Token[] = [];
    /** Whether each token ends a sentence; every token covers raw tokens of its own, so there are no more of them. */
    const ends = new Uint8Array(this.rawTokens + 1);
    /** The raw token after the last one laid out: what lies between it and the next sentence is white space. */
    let laidOut = 0;
    for (const sentence of sentences) {
      if (sentence[0]!.first > laidOut) tokens.push({ kind: WHITE, first: laidOut, last: sentence[0]!.first });
      laidOut = sentence.at(-1)!.last;
      for (const token of sentence) {
        if (token.kind === WORD && token.last - token.first >= 3) this.pushLaoSentences(token, tokens, ends);
        else tokens.push(token);
      }
      ends[tokens.length - 1] = 1;
    }
    if (laidOut < this.rawTokens) tokens.push({ kind: WHITE, first: laidOut, last: this.rawTokens });
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      // Chinese full stops are all past U+3000: the test reads no other token's text.
      if (
        token.kind === PUNCTUATION &&
        this.text.charCodeAt(this.startOf(token)) >= 0x3000 &&
        CJK_TERMINAL.test(this.textOf(token))
      ) {
        let last = i;
        while (tokens[last + 1]?.kind === PUNCTUATION && CLOSING.test(this.textOf(tokens[last + 1]!))) last++;
        if (last < tokens.length - 1) {
          ends.fill(0, i, last);
          ends[last] = 1;
        }
        i = last;
        continue;
      }
      const abbreviation = this.abbreviationEndingAt(tokens, i);
      if (abbreviation === undefined) continue;
      const next = this.nextWord(tokens, i);
      if (next === undefined) continue;
      ends[i] = endsSentence(abbreviation, next) ? 1 : 0;
    }
    const pieces: Piece[] = [];
    let first = -1;
    let last = -1;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== WHITE) {
        if (first < 0) first = i;
        last = i;
      }
      if (ends[i] === 1 && first >= 0) {
        pieces.push({ start: this.startOf(tokens[first]!), end: this.endOf(tokens[last]!) });
        first = -1;
      }
    }
    if (first >= 0) pieces.push({ start: this.startOf(tokens[first]!), end: this.endOf(tokens[last]!) });
    return pieces;
  }

  /** A word cut at each full stop between two Lao words: the piece before, the full stop (ending a sentence), the rest. */
  private pushLaoSentences(word: Token, tokens: Token[], ends: Uint8Array): void {
    let from = word.first;
    for (let dot = word.first + 1; dot + 1 < word.last; dot++) {
      if (
        this.kinds[dot] === PUNCTUATION &&
        this.starts[dot + 1]! - this.starts[dot]! === 1 &&
        this.text.charCodeAt(this.starts[dot]!) === 0x2e &&
        this.kinds[dot - 1] === WORD &&
        this.kinds[dot + 1] === WORD &&
        isLaoSentenceStop(
          this.text.slice(this.starts[dot - 1], this.starts[dot]),
          this.text.slice(this.starts[dot + 1], this.starts[dot + 2]),
        )
      ) {
        tokens.push({ kind: WORD, first: from, last: dot }, { kind: PUNCTUATION, first: dot, last: dot + 1 });
        ends[tokens.length - 1] = 1;
        from = dot + 1;
      }
    }
    tokens.push(from === word.first ? word : { kind: WORD, first: from, last: word.last });
  }

  /** As the plugin: the abbreviation whose full stop is token `i`, without the full stop, if it is one. */
  private abbreviationEndingAt(tokens: Token[], i: number): string | undefined {
    const token = tokens[i]!;
    if (token.kind === WORD) {
      if (this.text.charCodeAt(this.endOf(token) - 1) !== 0x2e || this.lengthOf(token) < 2) return undefined;
      return this.text.slice(this.startOf(token), this.endOf(token) - 1);
    }
    const before = tokens[i - 1];
    if (token.kind === PUNCTUATION && before?.kind === WORD && this.isMarkOf(token, '.')) {
      const word = this.textOf(before);
      if (isAbbreviationBeforeFullStop(word)) return word;
    }
    return undefined;
  }

  /** As the plugin: the first word after token `i`, past white space (at least some) and opening quotes. */
  private nextWord(tokens: Token[], i: number): string | undefined {
    let j = i + 1;
    while (tokens[j]?.kind === WHITE) j++;
    if (j === i + 1) return undefined;
    while (tokens[j]?.kind === PUNCTUATION && OPENING.test(this.textOf(tokens[j]!))) j++;
    const token = tokens[j];
    return token?.kind === WORD ? this.textOf(token) : undefined;
  }
}

/** A sentence without the white space at its ends (which the parser moves out to the paragraph). */
function trimWhite(sentence: Token[]): Token[] {
  let first = 0;
  let last = sentence.length;
  while (first < last && sentence[first]!.kind === WHITE) first++;
  while (last > first && sentence[last - 1]!.kind === WHITE) last--;
  return first === 0 && last === sentence.length ? sentence : sentence.slice(first, last);
}

function lineBreaks(white: string): number {
  return white.split(/\r\n|\r|\n/).length - 1;
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
