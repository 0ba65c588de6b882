/*
 * What a compiled edition given to `diff` as JSON may hold. A compiled plan never comes near
 * these; a crafted file that does would otherwise run for minutes, take gigabytes or overflow
 * the stack before the diff could say anything.
 */

/**
 * Most nodes (items, sections … of every level, attachments' included) per edition: forty times
 * the longest plan of the corpus (the 2019 government work report has about 250), and twice the
 * 4,000-item editions the bench diffs.
 */
export const MAX_EDITION_NODES = 10_000;

/**
 * Most characters in one string of a node or obligation (a title, a text, a paragraph): a whole
 * government work report is about 20,000 characters, and a node's text is a part of it.
 */
export const MAX_FIELD_LENGTH = 200_000;

/** Deepest nesting of nodes: plans go five levels deep (一、 › （一） › 1. › （1） › ①). */
export const MAX_NODE_DEPTH = 32;

/**
 * A limit a compiled edition passes, as data: which limit and its numbers, and where; the command
 * line puts it into words in the language of the interface.
 */
export type EditionLimitProblem =
  | { code: 'too-many-nodes'; limit: number }
  | { code: 'too-deep'; limit: number; path: string }
  | { code: 'too-long'; limit: number; path: string; length: number };

/**
 * What is wrong with a compiled edition given as JSON, checked before its schema (whose check
 * recurses) and before the diff: too many nodes, a string too long, nodes nested too deep. Walks
 * the value without recursion, so a crafted nesting cannot overflow the stack.
 * @param value the parsed JSON
 * @returns the limit passed and where, or null when within the limits
 */
export function editionLimitProblem(value: unknown): EditionLimitProblem | null {
  if (typeof value !== 'object' || value === null) return null;
  const root = value as Record<string, unknown>;
  const parts = [root, ...(Array.isArray(root.attachments) ? root.attachments : [])];
  const stack: Array<{ node: unknown; depth: number; path: string }> = [];
  parts.forEach((part, p) => {
    const body = (part as Record<string, unknown> | null)?.body;
    if (Array.isArray(body)) body.forEach((node, k) => stack.push({ node, depth: 1, path: `${p ? `attachments.${p - 1}.` : ''}body.${k}` }));
  });
  for (const [p, part] of parts.entries()) {
    const title = (part as Record<string, unknown> | null)?.title;
    if (typeof title === 'string' && title.length > MAX_FIELD_LENGTH) return tooLong(`${p ? `attachments.${p - 1}.` : ''}title`, title);
  }
  let nodes = 0;
  while (stack.length) {
    const { node, depth, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (++nodes > MAX_EDITION_NODES) return { code: 'too-many-nodes', limit: MAX_EDITION_NODES };
    if (depth > MAX_NODE_DEPTH) return { code: 'too-deep', limit: MAX_NODE_DEPTH, path };
    const record = node as Record<string, unknown>;
    for (const field of ['title', 'text', 'label']) {
      const text = record[field];
      if (typeof text === 'string' && text.length > MAX_FIELD_LENGTH) return tooLong(`${path}.${field}`, text);
    }
    for (const [list, fields] of [
      ['blocks', ['text']],
      ['obligations', ['text']],
    ] as const) {
      const items = record[list];
      if (!Array.isArray(items)) continue;
      for (const [k, item] of items.entries()) {
        for (const field of fields) {
          const text = (item as Record<string, unknown> | null)?.[field];
          if (typeof text === 'string' && text.length > MAX_FIELD_LENGTH) return tooLong(`${path}.${list}.${k}.${field}`, text);
        }
      }
    }
    const children = record.children;
    if (Array.isArray(children)) for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], depth: depth + 1, path: `${path}.children.${k}` });
  }
  return null;
}

/** A string over `MAX_FIELD_LENGTH`, at its path. */
function tooLong(path: string, text: string): EditionLimitProblem {
  return { code: 'too-long', limit: MAX_FIELD_LENGTH, path, length: text.length };
}
