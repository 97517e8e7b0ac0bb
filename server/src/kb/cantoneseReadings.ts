import { createRequire } from 'node:module';
import type { KnowledgeBaseFile } from './types.js';

/** What the knowledge base uses of to-jyutping: each character of a text with its Jyutping readings, the usual one first. */
type JyutpingCandidates = (text: string) => [string, string[]][];

let loaded: JyutpingCandidates | null | undefined;

/**
 * to-jyutping, loaded on first use: its dictionary takes a noticeable fraction of a second to
 * load, and the bundled knowledge base never needs it at start-up (its readings are in the
 * build-time snapshot). The literal `require` lets the bundler include the package, and it is
 * then evaluated only here; unbundled ES modules load it through `createRequire`. Null when it
 * cannot be loaded: the names then simply have no Cantonese readings.
 */
function jyutpingCandidates(): JyutpingCandidates | null {
  if (loaded !== undefined) return loaded;
  try {
    type ToJyutping = { getJyutpingCandidates: JyutpingCandidates };
    let module: ToJyutping;
    if (typeof require === 'function') {
      // A literal require is what the bundler follows and defers (see above).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      module = require('to-jyutping') as ToJyutping;
    } else module = createRequire(import.meta.url)('to-jyutping') as ToJyutping;
    loaded = module.getJyutpingCandidates;
  } catch {
    loaded = null;
  }
  return loaded;
}

/**
 * Gives each Chinese person of a parsed file the Jyutping readings of the characters of their
 * name (the traditional rendering where there is one: Hong Kong and Macau write it), in
 * `cantoneseReadings`, from which the Cantonese romanizations of the name are derived. Done
 * once per file when it is parsed, so the bundled knowledge base's snapshot carries them.
 */
export function addCantoneseReadings(file: KnowledgeBaseFile): void {
  for (const person of file.people ?? []) {
    if (person.country !== 'china' || person.cantoneseReadings) continue;
    const name = person.names?.['zh-Hant'] ?? person.names?.['zh-Hans'];
    if (!name || !/^\p{Script=Han}{2,4}$/u.test(name)) continue;
    const candidates = jyutpingCandidates();
    if (!candidates) return;
    const readings = candidates(name).map(([, readingsOfCharacter]) => readingsOfCharacter);
    if (readings.length === [...name].length && readings.every((r) => r.length > 0))
      person.cantoneseReadings = readings;
  }
}
