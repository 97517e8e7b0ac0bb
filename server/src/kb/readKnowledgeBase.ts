import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundledKnowledgeBaseDir, bundledKnowledgeBaseSnapshot } from '../paths.js';
import type { KnowledgeBase, KnowledgeBaseProblem } from './knowledgeBase.js';
import { loadKnowledgeBase, type KnowledgeBaseSource, type PreparsedSource } from './loadKnowledgeBase.js';

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

/** The build-time snapshot of the bundled knowledge base (see writeSnapshot.ts). */
export interface KnowledgeBaseSnapshot {
  version: 1;
  files: { name: string; sha1: string; preparsed: PreparsedSource }[];
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Reads the bundled knowledge base, then each extra file in order (a workspace's
 * `.attache/kb/*.yaml`, `--kb FILE`), later files overriding earlier ones. The bundled files
 * come from the build-time snapshot when it matches them byte for byte, and are parsed
 * otherwise. An unreadable extra file is reported as a problem, not thrown.
 */
export function readKnowledgeBase(extraFiles: readonly string[] = []): KnowledgeBase {
  const unreadable: KnowledgeBaseProblem[] = [];
  const read = (path: string): KnowledgeBaseSource | undefined => {
    try {
      return { path, text: readFileSync(path, 'utf8') };
    } catch (error) {
      unreadable.push({ path, line: 1, message: `cannot read: ${(error as Error).message}` });
      return undefined;
    }
  };
  const bundled = yamlFilesIn(bundledKnowledgeBaseDir())
    .map(read)
    .filter((s): s is KnowledgeBaseSource => s !== undefined);
  const extra = extraFiles.map(read).filter((s): s is KnowledgeBaseSource => s !== undefined);
  const kb = loadKnowledgeBase([...fromSnapshot(bundled), ...extra]);
  return unreadable.length === 0 ? kb : { ...kb, problems: [...unreadable, ...kb.problems] };
}

/** The bundled sources, each replaced by its snapshot entry when that is up to date. */
function fromSnapshot(sources: KnowledgeBaseSource[]): (KnowledgeBaseSource | PreparsedSource)[] {
  let snapshot: KnowledgeBaseSnapshot | undefined;
  try {
    snapshot = JSON.parse(readFileSync(bundledKnowledgeBaseSnapshot(), 'utf8')) as KnowledgeBaseSnapshot;
  } catch {
    return sources;
  }
  if (snapshot.version !== 1) return sources;
  const byName = new Map(snapshot.files.map((file) => [file.name, file]));
  return sources.map((source) => {
    const entry = byName.get(basename(source.path));
    return entry && entry.sha1 === sha1(source.text) ? { ...entry.preparsed, path: source.path } : source;
  });
}
