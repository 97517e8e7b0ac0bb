import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundledKnowledgeBaseDir } from '../paths.js';
import type { KnowledgeBase } from './knowledgeBase.js';
import { loadKnowledgeBase, type KnowledgeBaseSource } from './loadKnowledgeBase.js';

/** The YAML files of a folder, sorted by name. A missing folder has none. */
export function yamlFilesIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/**
 * Reads the bundled knowledge base, then each extra file in order (a workspace's
 * `.attache/kb/*.yaml`, `--kb FILE`), later files overriding earlier ones. An unreadable extra
 * file is reported as a problem, not thrown.
 */
export function readKnowledgeBase(extraFiles: readonly string[] = []): KnowledgeBase {
  const sources: KnowledgeBaseSource[] = [];
  const unreadable: { path: string; line: number; message: string }[] = [];
  for (const path of [...yamlFilesIn(bundledKnowledgeBaseDir()), ...extraFiles]) {
    try {
      sources.push({ path, text: readFileSync(path, 'utf8') });
    } catch (error) {
      unreadable.push({ path, line: 1, message: `cannot read: ${(error as Error).message}` });
    }
  }
  const kb = loadKnowledgeBase(sources);
  return unreadable.length === 0 ? kb : { ...kb, problems: [...unreadable, ...kb.problems] };
}
