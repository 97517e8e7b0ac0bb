/**
 * Where each UTF-16 code unit of a decoded text (a JSON string's value, a page's readable text)
 * came from in the raw file. A decoded unit comes from a run of raw units (`&eacute;` gives one
 * `é`, `\n` in JSON gives one line feed) or from none (the line break between two HTML
 * paragraphs): then its run is empty, at the end of what came before.
 */
export class OffsetMap {
  private constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  /** The raw range a range of the decoded text was decoded from. */
  rawRange(start: number, end: number): { start: number; end: number } {
    const length = this.starts.length;
    if (length === 0) return { start: 0, end: 0 };
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    if (from === to) {
      const at = from < length ? this.starts[from]! : this.ends[length - 1]!;
      return { start: at, end: at };
    }
    return { start: this.starts[from]!, end: this.ends[to - 1]! };
  }

  /** Collects the raw run of each decoded unit, in order. */
  static builder(): OffsetMapBuilder {
    return new OffsetMapBuilder((starts, ends) => new OffsetMap(starts, ends));
  }
}

export class OffsetMapBuilder {
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly make: (starts: Int32Array, ends: Int32Array) => OffsetMap) {}

  /** The next decoded unit came from the raw units `[start, end)`. */
  push(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }

  /** The next decoded unit came from nothing in the raw file: it sits where the last one ended. */
  pushInserted(): void {
    const at = this.ends.length > 0 ? this.ends[this.ends.length - 1]! : 0;
    this.push(at, at);
  }

  get length(): number {
    return this.starts.length;
  }

  build(): OffsetMap {
    return this.make(Int32Array.from(this.starts), Int32Array.from(this.ends));
  }
}
