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

/**
 * A document's tree as it reads, for comparing renderings of one plan: no positions, no
 * indentation or line ends around paragraphs, and line breaks inside a paragraph (from
 * hard-wrapping) taken out of its text together with the blanks beside them.
 */
export function treeOf(document: { front: unknown; preamble: unknown; body: unknown; closing: unknown; attachments: unknown; title: unknown; year: unknown }): unknown {
  const strip = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/[\s\u200b-\u200d\u2060]*(?:\r\n|\r|\n)[\s\u200b-\u200d\u2060]*/gu, '');
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== 'position' && key !== 'lead' && key !== 'trail' && key !== 'titleAsWritten')
          .map(([key, inner]) => [key, strip(inner)]),
      );
    }
    return value;
  };
  const { title, year, front, preamble, body, closing, attachments } = document;
  return strip({ title, year, front, preamble, body, closing, attachments });
}
