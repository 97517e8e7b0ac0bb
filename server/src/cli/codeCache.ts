/**
 * Loads the command line's CommonJS bundle through V8's code cache. Compiling the bundle's
 * four megabytes, and then each function it runs, is a tenth of a short `attache check`; V8 can
 * hand back what it compiled as bytes and take them again in the next run. Node 20 has no
 * built-in compile cache for its own loaders (`module.enableCompileCache` came with 22), so the
 * bundle is compiled here with `vm.Script`, which takes and makes cached data. Code compiled from
 * the cache cannot call `import()` (Node 20 loses the loader it was compiled with): what the
 * bundle imports at run time, the entry script imports for it (`importPluginsWith`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

export interface CachedBundle {
  /** The bundle's `module.exports`. */
  exports: unknown;
  /** Names this build of the bundle (a hash of its bytes and of the Node.js running it): what else is kept per build is keyed by it. */
  codeKey: string;
  /** Whether V8 took the cached code (false on a first run, or when the cache was refused). */
  usedCodeCache: boolean;
  /**
   * Writes the code V8 has compiled so far, for the next run: called once the command is done,
   * it holds every function the command ran. Does nothing when the cached code was used, and
   * never throws (a cache that cannot be written only leaves the next run as slow as this one).
   */
  saveCodeCache(): void;
}

/** The folder the command line keeps its compiled code in: the user's cache, as the corpus store. */
export function codeCacheFolder(env: NodeJS.ProcessEnv, home: string): string {
  return join(env['XDG_CACHE_HOME'] || join(home, '.cache'), 'attache', 'code');
}

/**
 * Runs a CommonJS file as `require` would, with its compiled code from `cacheFolder` when a
 * cache made for exactly this file's text by this Node.js exists. The cache is named by a hash
 * of the text itself: V8 checks only the source's length before using cached code, so a rebuilt
 * bundle of the same length would otherwise run the previous build's functions. `command`
 * (`check`, `lsp`…) keeps a cache per command of the same build.
 */
export function loadWithCodeCache(file: string, cacheFolder: string, command = ''): CachedBundle {
  // Hashed as bytes: hashing the decoded text would encode its four megabytes to UTF-8 again.
  const bytes = readFileSync(file);
  const key = createHash('sha256')
    .update(`${process.version}\u0000${process.arch}\u0000`)
    .update(bytes)
    .digest('hex')
    .slice(0, 32);
  const source = bytes.toString('utf8');
  // One cache per command: a cache holds the functions compiled by the run that saved it, and
  // `attache lsp` (saved as soon as the server starts) compiles little of what `check` runs.
  const label = /^[a-z]{1,20}$/.test(command) ? command : 'other';
  const cacheFile = join(cacheFolder, `${key}-${label}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: compiled from the text, and saved after the run.
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const usedCodeCache = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as unknown };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: { exports: unknown },
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    codeKey: key,
    usedCodeCache,
    saveCodeCache: () => {
      if (usedCodeCache) return;
      try {
        mkdirSync(cacheFolder, { recursive: true });
        // Under a name of its own, then renamed: a run starting meanwhile reads a whole cache or none.
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
        // The caches of earlier builds are never read again.
        for (const name of readdirSync(cacheFolder))
          if (name.endsWith('.v8') && !name.startsWith(`${key}-`)) rmSync(join(cacheFolder, name), { force: true });
      } catch {
        // A read-only or full cache folder: the next run compiles again.
      }
    },
  };
}
