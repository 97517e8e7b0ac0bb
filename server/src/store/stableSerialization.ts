/**
 * `node:v8` serialization that gives the same bytes for the same values.
 *
 * V8 writes an array in one of two forms, chosen by how the array is laid out in memory rather
 * than by what it holds: a packed array (no holes) densely, element after element, and a holey
 * one sparsely, as index–value pairs. Whether an array is holey is not up to the code that built
 * it: `[...map].map(...)` gives a packed array while the function runs in the interpreter and may
 * give a holey one once the optimiser has compiled it, which it does at a moment that varies from
 * run to run. So two runs over the same corpus could write a generation's facts with different
 * bytes, though both read back as the same values.
 *
 * {@link serializeStably} copies the value first, every array of it rebuilt element by element
 * (which always packs it), then serializes the copy. The bytes are the ones V8's own
 * serialization writes, so the reader stays `deserialize` and generations written before read
 * as they did.
 */
import { serialize } from 'node:v8';

/**
 * The `node:v8` serialization of `value`, the same bytes for the same values whatever the layout
 * of its arrays. Arrays and plain objects are copied (an object's keys in their order); every
 * other value — strings, numbers, typed arrays, maps — is written as it is. A hole in an array
 * (which no stored value has) is written as `undefined`.
 */
export function serializeStably(value: unknown): Buffer {
  return serialize(packedCopy(value));
}

/** A copy of `value` whose arrays, at every depth, are packed. */
export function packedCopy<T>(value: T): T {
  return copied(value) as T;
}

function copied(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    for (let i = 0; i < value.length; i++) copy.push(copied(value[i]));
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = copied((value as Record<string, unknown>)[key]);
    // An own key named `__proto__` stays a key: assigned, it would set the copy's prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: field, enumerable: true, writable: true });
    else copy[key] = field;
  }
  return copy;
}
