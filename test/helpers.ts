import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from '../src/compile.js';

/** The project folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Real published documents and editions, beside the project; tests over them skip when it is absent. */
export const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
/** Whether the corpus folder is there. */
export const hasCorpus = existsSync(CORPUS);
/** The seed plan. */
export const SEED = `${ROOT}seeds/2022-quanmian-yifa-zhishi.txt`;
/** Set UPDATE_FIXTURES=1 to rewrite generated expected files (never in CI). */
export const updating = process.env.UPDATE_FIXTURES === '1';

/** Compiles a file of the project or corpus by absolute path. */
export function compileFile(path: string, options: Parameters<typeof compile>[1] = {}) {
  return compile(readFileSync(path), { path, ...options });
}
