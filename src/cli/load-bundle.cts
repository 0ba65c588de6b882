import { isAscii } from 'node:buffer';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** A CommonJS bundle, run, with a way to keep what V8 compiled while it ran. */
export interface LoadedBundle<Exports> {
  exports: Exports;
  /** Whether V8 took the code cache (false when there was none, or it was made by another Node.js). */
  cached: boolean;
  /** Writes V8's code for every function compiled so far to the cache beside the bundle. */
  saveCodeCache(): void;
}

/**
 * Runs a CommonJS bundle (`dist/bundle/cli.cjs`) the way Node.js runs a CommonJS file, but
 * through `vm.Script` so that V8 can start from the code cache beside it (`cli.cjs.cache`):
 * Node.js 20 keeps no compiled code between runs, and compiling the bundle's functions anew is
 * a good part of a short run. The cache is used only when its first line names the build the
 * bundle's first line names (a hash of the bundle), so a rebuilt bundle never runs stale code;
 * V8 itself refuses a cache from another version or with other flags.
 * @param bundle the bundle's path or file URL
 */
export function loadBundle<Exports>(bundle: string | URL): LoadedBundle<Exports> {
  const file = bundle instanceof URL ? fileURLToPath(bundle) : bundle;
  const bytes = readFileSync(file);
  // The build writes the bundle in ASCII (scripts/bundle.js): read as Latin-1, a copy, rather than decoded as UTF-8.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const build = source.slice(0, source.indexOf('\n') + 1);
  const cacheFile = `${file}.cache`;
  const cachedData = readCache(cacheFile, build);
  // The wrapper Node.js gives CommonJS files, on the bundle's first line so line numbers hold.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Exports };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCodeCache: () => writeFileSync(cacheFile, Buffer.concat([Buffer.from(build), script.createCachedData()])),
  };
}

/** The cache's V8 data, when its first line is the bundle's build line. */
function readCache(file: string, build: string): Buffer | undefined {
  if (!build || !existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  return bytes.subarray(0, build.length).toString('latin1') === build ? bytes.subarray(build.length) : undefined;
}
