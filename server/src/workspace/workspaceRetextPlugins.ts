/**
 * Retext plugins a workspace names that Attaché does not ship, loaded from the workspace's own
 * `node_modules`. Loading one runs its code, so only a trusted workspace gets them (VS Code's
 * workspace trust; the command line, run by the user on purpose, counts as trusted); anything
 * else is a problem naming the plugin and why it was left out, and the bundled plugins run all
 * the same. Plugins are ES modules: the package's entry is read from its `package.json`
 * (`exports`, else `module` or `main`) and imported.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RetextAttacher } from '../core/retext/bundledPlugins.js';
import { bundledRetextPlugin } from '../core/retext/bundledPlugins.js';
import type { RetextPluginRequest } from '../core/retext/retextPlugins.js';

export interface WorkspacePluginScope {
  /** The folders whose `node_modules` a plugin is looked for in, in order. */
  folders: readonly string[];
  /** Whether the workspace's code may run: without trust no plugin is loaded from it. */
  trusted: boolean;
  /** Where the names come from, for problems: `attache.retext.plugins`, `--retext`. */
  setting: string;
}

/** How a plugin's module is imported: here, unless the program's entry gives another way. */
let importModule: (url: string) => Promise<unknown> = (url) => import(url);

/**
 * Has plugins imported by `importer`. The command line's bundle runs from V8's code cache, and
 * code compiled from that cache cannot call `import()` on Node 20 (it has lost the loader it
 * was compiled with); the entry script, an ordinary module, imports for it.
 */
export function importPluginsWith(importer: (url: string) => Promise<unknown>): void {
  importModule = importer;
}

/** The plugins named that are not bundled, loaded by name, and what kept any from loading. */
export async function loadWorkspaceRetextPlugins(
  requests: readonly RetextPluginRequest[],
  scope: WorkspacePluginScope,
): Promise<{ loaded: Map<string, RetextAttacher>; problems: string[] }> {
  const loaded = new Map<string, RetextAttacher>();
  const problems: string[] = [];
  for (const { name } of requests) {
    if (bundledRetextPlugin(name)) continue;
    if (!scope.trusted) {
      problems.push(
        `${scope.setting}: "${name}" is not bundled with Attaché, and plugins from the workspace's node_modules load only in a trusted workspace; it was left out`,
      );
      continue;
    }
    const entry = scope.folders.map((folder) => packageEntry(folder, name)).find((path) => path !== undefined);
    if (!entry) {
      problems.push(
        `${scope.setting}: "${name}" is neither bundled with Attaché nor installed in the workspace's node_modules; it was left out`,
      );
      continue;
    }
    try {
      const module = (await importModule(pathToFileURL(entry).href)) as { default?: unknown };
      const attacher = module.default;
      if (typeof attacher !== 'function') {
        problems.push(
          `${scope.setting}: "${name}" does not export a retext plugin (a function as its default export); it was left out`,
        );
        continue;
      }
      loaded.set(name, attacher as RetextAttacher);
    } catch (error) {
      problems.push(
        `${scope.setting}: "${name}" could not be loaded (${(error as Error).message.split('\n')[0]}); it was left out`,
      );
    }
  }
  return { loaded, problems };
}

/** The file a package installed in `folder/node_modules` is imported from, if it is there. */
export function packageEntry(folder: string, name: string): string | undefined {
  const root = join(folder, 'node_modules', ...name.split('/'));
  let manifest: { exports?: unknown; module?: unknown; main?: unknown };
  try {
    manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as typeof manifest;
  } catch {
    return undefined;
  }
  const relative =
    exportedEntry(manifest.exports) ??
    (typeof manifest.module === 'string' ? manifest.module : undefined) ??
    (typeof manifest.main === 'string' ? manifest.main : undefined) ??
    'index.js';
  const path = join(root, relative);
  return isFile(path) ? path : isFile(`${path}.js`) ? `${path}.js` : undefined;
}

/** The entry of a package's `exports` for `import` (`"."`, then the conditions `import`, `node`, `default`). */
function exportedEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (Array.isArray(exports)) return exports.map(exportedEntry).find((entry) => entry !== undefined);
  if (!exports || typeof exports !== 'object') return undefined;
  const map = exports as Record<string, unknown>;
  if ('.' in map) return exportedEntry(map['.']);
  for (const condition of ['import', 'node', 'default']) if (condition in map) return exportedEntry(map[condition]);
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
