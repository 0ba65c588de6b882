// Shapes of input that grow one part of a plan (a paragraph, a line, a list of items), each
// compiled at two sizes: compile time should grow with the text, not with its square.
const SENTENCE = '推进政务服务标准化建设，完善考核办法（市考核办负责）。';

/** Builders of a plan whose one part has `n` pieces, by what they grow. */
export const SHAPES = {
  'one paragraph of n sentences': (n) => `一、总体要求\n1.加强领导。${SENTENCE.repeat(n)}\n`,
  'one line of n clauses, no stop': (n) => `一、总体要求\n1.加强领导。${'推进政务服务标准化建设，'.repeat(n)}\n`,
  'n quotes in a line': (n) => `一、总体要求\n1.加强领导。${'推进“政务服务”标准化，'.repeat(n)}。\n`,
  'n hard-wrapped lines': (n) => `一、总体要求\n1.加强领导。\n${Array.from({ length: n }, () => '推进政务服务标准化建设完善考核办法市考核办负责推进').join('\n')}\n`,
  'n items': (n) => `一、总体要求\n${Array.from({ length: n }, (_, i) => `${i + 1}.加强领导。${SENTENCE}`).join('\n')}\n`,
  'n paragraphs under one item': (n) => `一、总体要求\n1.加强领导。\n${Array.from({ length: n }, () => SENTENCE).join('\n')}\n`,
  'n subitems': (n) => `一、总体要求\n1.加强领导。\n${Array.from({ length: n }, (_, i) => `（${i + 1}）${SENTENCE}`).join('\n')}\n`,
  'n attachments': (n) => `一、总体要求\n1.加强领导。${SENTENCE}\n${Array.from({ length: n }, (_, i) => `附件${i + 1}\nXX工作方案\n一、总体要求\n1.加强领导。${SENTENCE}`).join('\n')}\n`,
};

/**
 * Crafted inputs that once took quadratic time or overflowed the stack (hostile input): each is
 * compiled at n and 4n like the shapes above, Markdown ones as `.md`.
 */
export const CRAFTED = {
  'spaces after a marker (1. 加强 + n×40 spaces)': { make: (n) => `一、总体要求\n1. 加强${' '.repeat(40 * n)}\n` },
  'a run of n×40 digits': { make: (n) => `一、总体要求\n1.加强领导，达到${'1'.repeat(40 * n)}\n` },
  'n×10 达到 in a clause': { make: (n) => `一、总体要求\n1.加强领导${'达到'.repeat(10 * n)}。\n` },
  'n×10 （1） after a sentence': { make: (n) => `一、总体要求\n1.加强领导。推进政务服务标准化建设${'（1）'.repeat(10 * n)}x\n` },
  'n×10 nested Markdown list items': { make: (n) => `一、总体要求\n1.加强领导。\n${'- '.repeat(10 * n)}x\n`, path: 'plan.md' },
};
