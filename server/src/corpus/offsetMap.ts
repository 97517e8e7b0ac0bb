/**
 * Where each UTF-16 code unit of a decoded text (a JSON string's value, a page's readable text)
 * came from in the raw file. A decoded unit comes from a run of raw units (`&eacute;` gives one
 * `é`, `\n` in JSON gives one line feed) or from none (the line break between two HTML
 * paragraphs): then its run is empty, at the end of what came before.
 *
 * Most of a decoded text is its raw text copied unit for unit, so the map is kept as runs: a
 * stretch of units each from the raw unit after the last one's is one run, and an escape or an
 * inserted unit is a run of one. A megabyte of JSON Lines is then a few thousand runs, not two
 * numbers per character.
 */
export class OffsetMap {
  private runs: Runs | undefined;

  private constructor(
    private fill: ((builder: OffsetMapBuilder) => void) | undefined,
    runs?: Runs,
  ) {
    this.runs = runs;
  }

  /** The raw range a range of the decoded text was decoded from. */
  rawRange(start: number, end: number): { start: number; end: number } {
    const runs = this.built();
    const length = runs.length;
    if (length === 0) return { start: 0, end: 0 };
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    if (from === to) {
      const at = from < length ? unitOf(runs, from).start : unitOf(runs, length - 1).end;
      return { start: at, end: at };
    }
    return { start: unitOf(runs, from).start, end: unitOf(runs, to - 1).end };
  }

  /** Collects the raw run of each decoded unit, in order. */
  static builder(): OffsetMapBuilder {
    return new OffsetMapBuilder((runs) => new OffsetMap(undefined, runs));
  }

  /**
   * A map made by `fill` the first time a range is asked for. Ingestion and the corpus checks
   * read a file's decoded text only; the map costs a walk over every character, and only
   * opening a passage in the file needs it.
   */
  static deferred(fill: (builder: OffsetMapBuilder) => void): OffsetMap {
    return new OffsetMap(fill);
  }

  private built(): Runs {
    if (!this.runs) {
      const builder = new OffsetMapBuilder((runs) => new OffsetMap(undefined, runs));
      this.fill!(builder);
      this.fill = undefined;
      this.runs = builder.runs();
    }
    return this.runs;
  }
}

/** The runs of a map (see {@link OffsetMap}). */
interface Runs {
  /** Per run: its first decoded unit, ascending. */
  readonly decoded: Int32Array;
  /** Per run: where its first unit starts in the raw file. */
  readonly rawStart: Int32Array;
  /** Per run of one unit: where that unit ends in the raw file; for a copied run, -1. */
  readonly rawEnd: Int32Array;
  /** Decoded units in all. */
  readonly length: number;
}

/** The raw range of one decoded unit: its run by binary search, then its place in the run. */
function unitOf(runs: Runs, at: number): { start: number; end: number } {
  let low = 0;
  let high = runs.decoded.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runs.decoded[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  const end = runs.rawEnd[low]!;
  if (end >= 0) return { start: runs.rawStart[low]!, end };
  const start = runs.rawStart[low]! + (at - runs.decoded[low]!);
  return { start, end: start + 1 };
}

export class OffsetMapBuilder {
  private readonly runDecoded: number[] = [];
  private readonly runRawStart: number[] = [];
  private readonly runRawEnd: number[] = [];
  private units = 0;
  /** Where the last unit ended in the raw file. */
  private lastEnd = 0;
  /** Whether the last run is a copied one that the next copied unit can extend. */
  private extendable = false;

  constructor(private readonly make: (runs: Runs) => OffsetMap) {}

  /** The next decoded unit came from the raw units `[start, end)`. */
  push(start: number, end: number): void {
    if (end === start + 1) {
      if (!(this.extendable && start === this.lastEnd)) this.startRun(start, -1);
      this.extendable = true;
    } else {
      this.startRun(start, end);
      this.extendable = false;
    }
    this.units++;
    this.lastEnd = end;
  }

  /** The next `count` decoded units are the raw units from `start` on, copied one for one. */
  pushCopied(start: number, count: number): void {
    if (count <= 0) return;
    this.push(start, start + 1);
    this.units += count - 1;
    this.lastEnd = start + count;
  }

  /** The next decoded unit came from nothing in the raw file: it sits where the last one ended. */
  pushInserted(): void {
    this.push(this.lastEnd, this.lastEnd);
  }

  get length(): number {
    return this.units;
  }

  build(): OffsetMap {
    return this.make(this.runs());
  }

  /** The runs collected so far. */
  runs(): Runs {
    return {
      decoded: Int32Array.from(this.runDecoded),
      rawStart: Int32Array.from(this.runRawStart),
      rawEnd: Int32Array.from(this.runRawEnd),
      length: this.units,
    };
  }

  private startRun(start: number, end: number): void {
    this.runDecoded.push(this.units);
    this.runRawStart.push(start);
    this.runRawEnd.push(end);
  }
}
