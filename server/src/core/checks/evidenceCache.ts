import type { CorpusEvidence } from './quoteMismatch.js';

const MAX_ENTRIES = 5000;
const caches = new WeakMap<CorpusEvidence, Map<string, unknown>>();

/**
 * Remembers what a corpus check concluded about one piece of text (a sentence, a quotation,
 * a paragraph) for one corpus snapshot. Checks against the corpus search it for every piece;
 * after an edit only the pieces that changed are searched again, so diagnostics stay
 * proportional to the edit. A new snapshot starts a new cache.
 */
export function rememberFor<T>(evidence: CorpusEvidence, key: string, compute: () => T): T {
  let cache = caches.get(evidence);
  if (!cache) {
    cache = new Map();
    caches.set(evidence, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}
