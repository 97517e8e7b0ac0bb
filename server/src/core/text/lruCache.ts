/**
 * A map that keeps the entries used most recently, up to a bound: what an edit leaves
 * unchanged (a paragraph's tree, a plugin's messages on it) is found again, and a long session
 * of editing does not grow it.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The value for `key`, computed and remembered when absent; either way it becomes the most recent. */
  get(key: K, compute: () => V): V {
    if (this.entries.has(key)) {
      const value = this.entries.get(key)!;
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
