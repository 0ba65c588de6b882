/**
 * policy-compile as a library: read a plan from text, Markdown, a web page, Word, PDF or OFD,
 * compile it into a validated tree, validate a tree, compare
 * two editions (`diff`) and render the comparison, and the zod schemas every type is derived from.
 */
export { compile, idFromPath, UNREADABLE, type CompileOptions, type CompileResult } from './compile.js';
export { read, type ReadOptions } from './read.js';
export type { ReadResult } from './read-text.js';
export { validate, type ValidateOptions } from './validate/validate.js';
export { DecodeError, decode, encodingNamed, ENCODINGS, type Decoded, type Encoding } from './read/decode.js';
export { type Emit, type Format } from './emit/emitters.js';
export { checkedEmitters as emitters } from './emit/checked-emitters.js';
export { toSourceText } from './emit/source-text.js';
export { diff, diffSeries, type DiffOptions } from './diff/diff.js';
export { type DiffFormat, type RenderDiff } from './diff/render/renderers.js';
export { checkedDiffRenderers as diffRenderers } from './diff/render/checked-renderers.js';
export { diffFolders } from './diff/diff-folders.js';
export * from './model/index.js';
