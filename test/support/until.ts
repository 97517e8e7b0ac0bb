/** How long {@link until} waits, and how often it looks. */
export interface UntilOptions {
  /** Milliseconds before it gives up (60 s by default). */
  timeout?: number;
  /** Milliseconds between two reads (250 by default). */
  interval?: number;
}

/**
 * Polls `read` until `accept` holds, or fails after the timeout with the last value seen. A read
 * that throws counts as nothing seen yet (a server still starting, an element not yet drawn).
 * Every test that waits for state waits through this, never by a fixed sleep.
 */
export async function until<T>(
  what: string,
  read: () => T | PromiseLike<T>,
  accept: (value: T) => boolean,
  options: UntilOptions | number = {},
): Promise<T> {
  const { timeout = 60_000, interval = 250 } = typeof options === 'number' ? { timeout: options } : options;
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
    } catch {
      // Keep the last value seen; the deadline decides.
    }
    if (last !== undefined && accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
