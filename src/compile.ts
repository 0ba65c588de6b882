// The library's compile: it loads the Markdown reader. The command line imports compile-with.js
// instead and loads the reader only for Markdown input (test/startup-loads.test.ts checks it).
import { compileWith, type CompileOptions, type CompileResult } from './compile-with.js';
import type { ReadResult } from './read-text.js';
import { markdownBlocks } from './source/markdown-blocks.js';

export { idFromPath, UNREADABLE, type CompileOptions, type CompileResult } from './compile-with.js';
export { INVALID_ARGUMENT } from './check-compile-arguments.js';

/**
 * Compiles one policy document: decode, split into paragraphs (Markdown through remark), parse
 * the numbered tree, extract obligations, run the structural rules. Never throws on any input:
 * bytes that are not text (images, binary) and text with nothing in it give an empty document
 * and an `unreadable` error; arguments it cannot use (see `checkCompileArguments`) an empty
 * document and an `invalid-argument` error. Word, PDF, OFD and web pages are read by `read`,
 * whose result this takes: `compile(await read(bytes, { path }), { path })`; their positions then
 * also carry `origin`, where each part stands in the file (page, paragraph, line of the page).
 * @param input the file's bytes, its text already decoded, or what `read` gave for a file of any format
 * @param options path, id, format and encoding of the input
 */
export function compile(input: Uint8Array | string | ReadResult, options: CompileOptions | null = {}): CompileResult {
  return compileWith(input, options, markdownBlocks);
}
