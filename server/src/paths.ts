import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The installed package's root: the nearest folder above this module whose package.json is
 * Attaché's. Works from the compiled tree and from a bundle alike.
 */
export function packageRoot(): string {
  // Asked for every diagnostic's documentation link and every request's draft test: found once.
  foundRoot ??= findPackageRoot();
  return foundRoot;
}

let foundRoot: string | undefined;

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'attache') return dir;
      } catch {
        // Not ours or unreadable: keep looking upwards.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the attache package root');
    dir = parent;
  }
}

/** The curated knowledge base shipped with the extension. */
export function bundledKnowledgeBaseDir(): string {
  return join(packageRoot(), 'server', 'kb');
}

/** The sample corpus shipped for the demo and as the default corpus. */
export function bundledCorpusDir(): string {
  return join(packageRoot(), 'samples', 'corpus');
}

/** The bundled knowledge base, parsed and validated at build time. */
export function bundledKnowledgeBaseSnapshot(): string {
  return join(packageRoot(), 'dist', 'kb-snapshot.json');
}
