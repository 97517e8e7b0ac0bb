import { readFileSync } from 'node:fs';

/** How many corpus files are kept in memory at once. */
const CAPACITY = 32;

/**
 * Corpus and knowledge-base files' text, read when a passage is shown and kept for the few
 * files in use (least recently used goes first), so memory does not grow with the corpus.
 */
export class FileTexts {
  private readonly texts = new Map<string, string | undefined>();

  constructor(private readonly readText: (path: string) => string | undefined = readUtf8) {}

  read(path: string): string | undefined {
    if (this.texts.has(path)) {
      const text = this.texts.get(path);
      this.texts.delete(path);
      this.texts.set(path, text);
      return text;
    }
    const text = this.readText(path);
    this.texts.set(path, text);
    if (this.texts.size > CAPACITY) this.texts.delete(this.texts.keys().next().value!);
    return text;
  }

  /** Forgets files that changed on disk. */
  forget(paths?: Iterable<string>): void {
    if (!paths) this.texts.clear();
    else for (const path of paths) this.texts.delete(path);
  }
}

/** A file's text, or undefined when it cannot be read. */
export function readUtf8(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
