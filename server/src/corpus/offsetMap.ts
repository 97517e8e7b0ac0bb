/**
 * Where each UTF-16 code unit of a decoded text (a JSON string's value, a page's readable text)
 * came from in the raw file. A decoded unit comes from a run of raw units (`&eacute;` gives one
 * `é`, `\n` in JSON gives one line feed) or from none (the line break between two HTML
 * paragraphs): then its run is empty, at the end of what came before.
 */
export class OffsetMap {
  private runs: { starts: Int32Array; ends: Int32Array } | undefined;

  private constructor(private fill: ((builder: OffsetMapBuilder) => void) | undefined, runs?: { starts: Int32Array; ends: Int32Array }) {
    this.runs = runs;
  }

  /** The raw range a range of the decoded text was decoded from. */
  rawRange(start: number, end: number): { start: number; end: number } {
    const { starts, ends } = this.built();
    const length = starts.length;
    if (length === 0) return { start: 0, end: 0 };
    const from = Math.max(0, Math.min(start, length));
    const to = Math.max(from, Math.min(end, length));
    if (from === to) {
      const at = from < length ? starts[from]! : ends[length - 1]!;
      return { start: at, end: at };
    }
    return { start: starts[from]!, end: ends[to - 1]! };
  }

  private built(): { starts: Int32Array; ends: Int32Array } {
    if (!this.runs) {
      const builder = new OffsetMapBuilder((starts, ends) => new OffsetMap(undefined, { starts, ends }));
      this.fill!(builder);
      this.fill = undefined;
      this.runs = builder.build().built();
    }
    return this.runs;
  }

  /** Collects the raw run of each decoded unit, in order. */
  static builder(): OffsetMapBuilder {
    return new OffsetMapBuilder((starts, ends) => new OffsetMap(undefined, { starts, ends }));
  }

  /**
   * A map made by `fill` the first time a range is asked for. Ingestion and the corpus checks
   * read a file's decoded text only; the map costs a walk over every character, and only
   * opening a passage in the file needs it.
   */
  static deferred(fill: (builder: OffsetMapBuilder) => void): OffsetMap {
    return new OffsetMap(fill);
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
