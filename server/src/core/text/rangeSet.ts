/** A range of UTF-16 offsets, end exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * A fixed set of ranges that answers "does this range overlap any of them?" by a binary
 * search, so that checking every mention of a long document against every other stays
 * O(n log n) rather than O(n²). The ranges may overlap one another and come in any order.
 */
export class RangeSet {
  private readonly starts: Float64Array;
  /** `reach[i]`: the largest end among the ranges up to `i` in order of start. */
  private readonly reach: Float64Array;

  constructor(ranges: Iterable<OffsetRange>) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.starts = new Float64Array(sorted.length);
    this.reach = new Float64Array(sorted.length);
    let reach = -Infinity;
    sorted.forEach((range, i) => {
      reach = Math.max(reach, range.end);
      this.starts[i] = range.start;
      this.reach[i] = reach;
    });
  }

  get size(): number {
    return this.starts.length;
  }

  /** True when some range shares an offset with `[start, end)` (`a.start < end && start < a.end`). */
  overlaps(start: number, end: number): boolean {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && this.reach[low - 1]! > start;
  }
}
