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
  private constructor(
    /** Per run: its first decoded unit, ascending. */
    private readonly runDecoded: Int32Array,
    /** Per run: where its first unit starts in the raw file. */
    private readonly runRawStart: Int32Array,
    /** Per run of one unit: where that unit ends in the raw file; for a copied run, -1. */
    private readonly runRawEnd: Int32Array,
    /** Decoded units in all. */
    private readonly length: number,
  ) {}

  /** The raw range a range of the decoded text was decoded from. */
  rawRange(start: number, end: number): { start: number; end: number } {
    const length = this.length;
    if (length === 0) return { start: 0, end: 0 };
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    if (from === to) {
      const at = from < length ? this.unit(from).start : this.unit(length - 1).end;
      return { start: at, end: at };
    }
    return { start: this.unit(from).start, end: this.unit(to - 1).end };
  }

  /** Collects the raw run of each decoded unit, in order. */
  static builder(): OffsetMapBuilder {
    return new OffsetMapBuilder((decoded, rawStart, rawEnd, length) => new OffsetMap(decoded, rawStart, rawEnd, length));
  }

  /** The raw range of one decoded unit: its run by binary search, then its place in the run. */
  private unit(at: number): { start: number; end: number } {
    let low = 0;
    let high = this.runDecoded.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.runDecoded[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    const end = this.runRawEnd[low]!;
    if (end >= 0) return { start: this.runRawStart[low]!, end };
    const start = this.runRawStart[low]! + (at - this.runDecoded[low]!);
    return { start, end: start + 1 };
  }
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

  constructor(private readonly make: (decoded: Int32Array, rawStart: Int32Array, rawEnd: Int32Array, length: number) => OffsetMap) {}

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
    return this.make(Int32Array.from(this.runDecoded), Int32Array.from(this.runRawStart), Int32Array.from(this.runRawEnd), this.units);
  }

  private startRun(start: number, end: number): void {
    this.runDecoded.push(this.units);
    this.runRawStart.push(start);
    this.runRawEnd.push(end);
  }
}
