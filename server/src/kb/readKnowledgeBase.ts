import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundledKnowledgeBaseDir, bundledKnowledgeBaseSnapshot } from '../paths.js';
import type { KnowledgeBase, KnowledgeBaseProblem } from './knowledgeBase.js';
import {
  loadKnowledgeBase,
  MAX_KNOWLEDGE_BASE_FILE_BYTES,
  tooLargeMessage,
  type KnowledgeBaseSource,
  type PreparsedSource,
} from './loadKnowledgeBase.js';

/**
 * The YAML files of a folder, sorted by name. A missing folder has none. Entries that cannot
 * be looked at (a dangling symbolic link, no permission) are kept, so that reading them
 * reports why; folders and other non-files are left out.
 */
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
    .filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return true;
      }
    });
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
 * otherwise. An extra file that cannot be read, is not a file or is over the size limit is
 * reported as a problem (and not read), never thrown. A bundled folder with no YAML files (an
 * installation that lost them) is reported too: every check would otherwise stay silent.
 */
export function readKnowledgeBase(
  extraFiles: readonly string[] = [],
  bundledDir: string = bundledKnowledgeBaseDir(),
): KnowledgeBase {
  const unreadable: KnowledgeBaseProblem[] = [];
  const read = (path: string): KnowledgeBaseSource | undefined => {
    const refuse = (message: string) => {
      unreadable.push({ path, line: 1, severity: 'error', message, unreadable: true });
      return undefined;
    };
    try {
      const info = statSync(path);
      if (!info.isFile()) return refuse('not loaded: not a file');
      if (info.size > MAX_KNOWLEDGE_BASE_FILE_BYTES) {
        return refuse(tooLargeMessage(info.size));
      }
      return { path, text: readFileSync(path, 'utf8') };
    } catch (error) {
      return refuse(`cannot read: ${(error as Error).message}`);
    }
  };
  const bundledFiles = yamlFilesIn(bundledDir);
  if (bundledFiles.length === 0)
    unreadable.push({
      path: bundledDir,
      line: 1,
      severity: 'error',
      message: 'the bundled knowledge base is missing (no YAML files in this folder): reinstall Attaché',
      unreadable: true,
    });
  const bundled = bundledFiles
    .map(read)
    .filter((s): s is KnowledgeBaseSource => s !== undefined)
    .map((source) => ({ ...source, bundled: true }));
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
