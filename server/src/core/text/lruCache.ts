/**
 * A map that keeps the entries used most recently, up to a bound: what an edit leaves
 * unchanged (a paragraph's tree, a plugin's messages on it) is found again, and a long session
 * of editing does not grow it. The bound is a count of entries, or a total of their weights
 * (`weigh`: a tree by the length of its text); an entry heavier than the whole bound is
 * computed and returned but not kept.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private total = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (key: K, value: V) => number = () => 1,
  ) {}

  /** The value for `key`, computed and remembered when absent; either way it becomes the most recent. */
  get(key: K, compute: () => V): V {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found.value;
    }
    const value = compute();
    const weight = this.weigh(key, value);
    if (weight > this.capacity) return value;
    this.entries.set(key, { value, weight });
    this.total += weight;
    while (this.total > this.capacity) {
      const [oldest, entry] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.total -= entry.weight;
    }
    return value;
  }

  /** How many entries are kept. */
  get size(): number {
    return this.entries.size;
  }
}
