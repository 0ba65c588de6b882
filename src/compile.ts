import { compileWith, type CompileOptions, type CompileResult } from './compile-with.js';
import { markdownBlocks } from './source/markdown-blocks.js';

export { idFromPath, type CompileOptions, type CompileResult } from './compile-with.js';

/**
 * Compiles one policy document: decode, split into paragraphs (Markdown through remark), parse
 * the numbered tree, extract obligations, run the structural rules.
 * @param input the file's bytes, or its text already decoded
 * @param options path, id and format of the input
 * Note: throws `DecodeError` when the bytes are not text (PDF, Word, binary).
 */
export function compile(input: Uint8Array | string, options: CompileOptions = {}): CompileResult {
  return compileWith(input, options, markdownBlocks);
}
