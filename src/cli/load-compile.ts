import { compileWith, type CompileOptions, type CompileResult } from '../compile-with.js';
import { sourceFormat } from '../source/source-format.js';
import type { Input } from './collect-inputs.js';

/** `compile` as the commands call it. */
export type Compile = (input: Uint8Array | string, options: CompileOptions) => CompileResult;

/**
 * `compile` for the inputs of one run, loading the Markdown reader (unified, remark) only when
 * one of them is read as Markdown: a run over text files never loads it.
 * @param inputs the run's inputs
 * @param from the `--from` option, if given
 */
export async function loadCompile(inputs: readonly Pick<Input, 'path'>[], from?: 'text' | 'markdown'): Promise<Compile> {
  const markdown = inputs.some((input) => sourceFormat(input.path, from) === 'markdown');
  const readMarkdown = markdown ? (await import('../source/markdown-blocks.js')).markdownBlocks : null;
  return (input, options) => compileWith(input, options, readMarkdown);
}
