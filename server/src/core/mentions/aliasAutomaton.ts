import { CharKind, getCharKindTable, getFoldTable } from '../text/fold.js';

/**
 * A multi-pattern matcher (Aho–Corasick) over folded text: it finds every occurrence of every
 * pattern in one left-to-right pass, whatever the number of patterns.
 *
 * Why not an npm package: the ones measured on this machine kind (see MEASUREMENTS.md and
 * `npm run bench`) run at 2–19 MB/s, below the 20 MB/s budget, and none folds case,
 * diacritics and Chinese script variants while keeping UTF-16 offsets. This one maps each
 * input code unit straight to a character class (folding included), so the inner loop is
 * two typed-array reads per character. Transitions on the 63 most frequent classes are a
 * precomputed dense table (no failure-link walks); rarer classes (mostly Han characters)
 * use a sparse map and the failure links.
 */

/** A raw occurrence: pattern index and the UTF-16 range in the scanned text. */
export interface AutomatonMatch {
  pattern: number;
  start: number;
  end: number;
}

/** An automaton's fields by name, as {@link AliasAutomaton.tables} gives them. */
export type AutomatonTables = Readonly<Record<string, unknown>>;

const DENSE_CLASSES = 64;

/** The folded space, which every kind of space and line break folds to. */
const SPACE = 0x20;

export class AliasAutomaton {
  /** Folded code unit of the input → class id (0: in no pattern). */
  private readonly classOfCodeUnit: Uint16Array;
  private readonly classCount: number;
  private readonly denseWidth: number;
  private readonly dense: Int32Array;
  private readonly sparse: Map<number, number>;
  private readonly fail: Int32Array;
  /** For state s, the patterns ending there are `outputs[outputStart[s] .. outputStart[s+1])`. */
  private readonly outputStart: Int32Array;
  private readonly outputs: Int32Array;
  private readonly patternLength: Int32Array;
  /** The class of the folded space (0 when no pattern has one). */
  private readonly spaceClass: number;
  /** A ring of the text offsets where the last characters read began, as long as the longest pattern (a power of two). */
  private readonly startOfRead: Int32Array;
  private readonly needsLeftBoundary: Uint8Array;
  private readonly needsRightBoundary: Uint8Array;

  /**
   * @param patterns the strings to find; each is folded before use. Patterns that start or
   * end with a letter or digit of a spaced script only match at word boundaries there.
   */
  constructor(patterns: readonly string[]) {
    const fold = getFoldTable();
    const kinds = getCharKindTable();
    // Folded, with each run of spaces written as one space: the text's runs are read as one too.
    const folded = patterns.map((p) => {
      const units: number[] = [];
      for (let i = 0; i < p.length; i++) {
        const unit = fold[p.charCodeAt(i)]!;
        if (unit !== SPACE || units[units.length - 1] !== SPACE) units.push(unit);
      }
      return Uint16Array.from(units);
    });

    // Classes by frequency, so the most used ones get the dense table.
    const frequency = new Map<number, number>();
    for (const units of folded) for (const u of units) frequency.set(u, (frequency.get(u) ?? 0) + 1);
    const byFrequency = [...frequency.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const classOfFolded = new Uint16Array(0x10000);
    byFrequency.forEach(([unit], index) => (classOfFolded[unit] = index + 1));
    this.classCount = byFrequency.length + 1;
    this.denseWidth = Math.min(this.classCount, DENSE_CLASSES);
    this.spaceClass = classOfFolded[SPACE]!;
    const longest = folded.reduce((max, units) => Math.max(max, units.length), 1);
    this.startOfRead = new Int32Array(2 ** Math.ceil(Math.log2(longest + 1)));
    this.classOfCodeUnit = new Uint16Array(0x10000);
    for (let code = 0; code < 0x10000; code++) this.classOfCodeUnit[code] = classOfFolded[fold[code]!]!;

    // Trie.
    const children: Map<number, number>[] = [new Map<number, number>()];
    const ends: number[][] = [[]];
    this.patternLength = new Int32Array(patterns.length);
    this.needsLeftBoundary = new Uint8Array(patterns.length);
    this.needsRightBoundary = new Uint8Array(patterns.length);
    folded.forEach((units, index) => {
      this.patternLength[index] = units.length;
      if (units.length === 0) return;
      this.needsLeftBoundary[index] = kinds[units[0]!] === CharKind.Word ? 1 : 0;
      this.needsRightBoundary[index] = kinds[units[units.length - 1]!] === CharKind.Word ? 1 : 0;
      let state = 0;
      for (const unit of units) {
        const cls = classOfFolded[unit]!;
        let next = children[state]!.get(cls);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(cls, next);
        }
        state = next;
      }
      ends[state]!.push(index);
    });

    // Failure links, breadth first; outputs merged along them.
    const stateCount = children.length;
    this.fail = new Int32Array(stateCount);
    this.dense = new Int32Array(stateCount * this.denseWidth);
    this.sparse = new Map();
    const order: number[] = [0];
    for (let head = 0; head < order.length; head++) {
      const state = order[head]!;
      for (const [cls, child] of children[state]!) {
        if (state !== 0) {
          let f = this.fail[state]!;
          while (f !== 0 && !children[f]!.has(cls)) f = this.fail[f]!;
          const target = children[f]!.get(cls);
          this.fail[child] = target !== undefined && target !== child ? target : 0;
        }
        order.push(child);
      }
    }
    const merged = new Array<number[]>(stateCount);
    for (const state of order) {
      merged[state] = state === 0 ? ends[0]! : ends[state]!.concat(merged[this.fail[state]!]!);
    }
    this.outputStart = new Int32Array(stateCount + 1);
    let total = 0;
    for (let s = 0; s < stateCount; s++) {
      this.outputStart[s] = total;
      total += merged[s]!.length;
    }
    this.outputStart[stateCount] = total;
    this.outputs = new Int32Array(total);
    for (const [s, outputs] of merged.entries()) this.outputs.set(outputs, this.outputStart[s]);

    // Dense transitions: goto where defined, else the failure state's transition (computed
    // earlier, since failure states are shallower and `order` is breadth first).
    for (const state of order) {
      for (let cls = 1; cls < this.denseWidth; cls++) {
        const child = children[state]!.get(cls);
        this.dense[state * this.denseWidth + cls] =
          child ?? (state === 0 ? 0 : this.dense[this.fail[state]! * this.denseWidth + cls]!);
      }
      for (const [cls, child] of children[state]!) {
        if (cls >= this.denseWidth) this.sparse.set(state * this.classCount + cls, child);
      }
    }
  }

  /**
   * The automaton's tables (typed arrays, numbers and a map), to keep between runs: every field,
   * so a field added later is kept too. {@link AliasAutomaton.restore} makes the same automaton
   * from them without building it again.
   */
  tables(): AutomatonTables {
    return { ...this } as unknown as AutomatonTables;
  }

  /** The automaton whose {@link AliasAutomaton.tables} these are. */
  static restore(tables: AutomatonTables): AliasAutomaton {
    return Object.assign(Object.create(AliasAutomaton.prototype) as AliasAutomaton, tables);
  }

  /** Number of patterns. */
  get size(): number {
    return this.patternLength.length;
  }

  /**
   * Calls `onMatch` for every occurrence of every pattern, at word boundaries where the
   * pattern needs them, in order of end offset. Occurrences may overlap.
   */
  scan(text: string, onMatch: (pattern: number, start: number, end: number) => void): void {
    const classOf = this.classOfCodeUnit;
    const dense = this.dense;
    const width = this.denseWidth;
    const outputStart = this.outputStart;
    const kinds = getCharKindTable();
    const spaceClass = this.spaceClass;
    // Where each of the last characters read began in the text: a run of spaces (a line break
    // and the next line's indentation) is read as one space, so a match may be longer in the
    // text than its pattern.
    const startOf = this.startOfRead;
    const mask = startOf.length - 1;
    let read = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const cls = classOf[text.charCodeAt(i)]!;
      if (cls === 0) {
        state = 0;
        continue;
      }
      if (cls === spaceClass && i > 0 && classOf[text.charCodeAt(i - 1)] === spaceClass) continue;
      startOf[read & mask] = i;
      read++;
      state = cls < width ? dense[state * width + cls]! : this.sparseStep(state, cls);
      const first = outputStart[state]!;
      const last = outputStart[state + 1]!;
      if (first === last) continue;
      for (let k = first; k < last; k++) {
        const pattern = this.outputs[k]!;
        const start = startOf[(read - this.patternLength[pattern]!) & mask]!;
        if (this.needsLeftBoundary[pattern] && start > 0 && kinds[text.charCodeAt(start - 1)] === CharKind.Word)
          continue;
        if (this.needsRightBoundary[pattern] && i + 1 < text.length && kinds[text.charCodeAt(i + 1)] === CharKind.Word)
          continue;
        onMatch(pattern, start, i + 1);
      }
    }
  }

  /** Every occurrence as an array; see {@link scan}. */
  findAll(text: string): AutomatonMatch[] {
    const matches: AutomatonMatch[] = [];
    this.scan(text, (pattern, start, end) => matches.push({ pattern, start, end }));
    return matches;
  }

  private sparseStep(state: number, cls: number): number {
    for (let s = state; ; s = this.fail[s]!) {
      const next = this.sparse.get(s * this.classCount + cls);
      if (next !== undefined) return next;
      if (s === 0) return 0;
    }
  }
}
