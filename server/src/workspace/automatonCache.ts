/**
 * The mention automaton kept on disk between runs of a short-lived program (the command line):
 * building it from the knowledge base's patterns is a tenth of a one-draft `attache check`, and
 * reading its tables back is a few milliseconds. A kept automaton is used only for exactly the
 * patterns it was built from and by exactly the code that built it (`codeKey`, which names the
 * program's build): a changed knowledge base or a new build builds it again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { AliasAutomaton, type AutomatonTables } from '../core/mentions/aliasAutomaton.js';

/** Where kept automatons live, and the build of the code that reads and writes them. */
export interface AutomatonCache {
  folder: string;
  /** Names the program's build (its code's hash): an automaton is never read by other code than made it. */
  codeKey: string;
}

const SUFFIX = '.automaton';
/** A kept automaton's file: the SHA-256 of the rest, then the serialized tables. */
const CHECKSUM_BYTES = 32;

/**
 * The automaton of `patterns`: read from the cache when one was kept for these patterns and this
 * build, else built and kept. A cache that cannot be read or written only means building.
 */
export function cachedAutomaton(patterns: readonly string[], cache: AutomatonCache): AliasAutomaton {
  const hash = createHash('sha256').update(cache.codeKey);
  for (const pattern of patterns) hash.update('\u0000').update(pattern);
  const name = `${hash.digest('hex').slice(0, 32)}${SUFFIX}`;
  const file = join(cache.folder, name);
  try {
    const bytes = readFileSync(file);
    // Checked like the store's files: a truncated or damaged file is built again, never used.
    const payload = bytes.subarray(CHECKSUM_BYTES);
    if (bytes.subarray(0, CHECKSUM_BYTES).equals(createHash('sha256').update(payload).digest()))
      return AliasAutomaton.restore(deserialize(payload) as AutomatonTables);
  } catch {
    // Not kept yet, or unreadable: built below.
  }
  const automaton = new AliasAutomaton(patterns);
  try {
    mkdirSync(cache.folder, { recursive: true });
    // Under a name of its own, then renamed: a run starting meanwhile reads a whole file or none.
    const temporary = `${file}.${process.pid}.tmp`;
    const payload = serialize(automaton.tables());
    writeFileSync(temporary, Buffer.concat([createHash('sha256').update(payload).digest(), payload]));
    renameSync(temporary, file);
    // Automatons of other builds or knowledge bases: only the latest is kept.
    for (const other of readdirSync(cache.folder))
      if (other.endsWith(SUFFIX) && other !== name) rmSync(join(cache.folder, other), { force: true });
  } catch {
    // A read-only or full cache folder: the next run builds again.
  }
  return automaton;
}
