import type { Element, Root } from 'xast';

/**
 * The element children of an XML node, all or those with one name.
 * @param node an element or the root
 * @param name the qualified name (`w:p`) to keep, or all when absent
 */
export function childElements(node: Root | Element | undefined, name?: string): Element[] {
  const found: Element[] = [];
  if (!node) return found;
  for (const child of node.children) if (child.type === 'element' && (name === undefined || child.name === name)) found.push(child);
  return found;
}

/**
 * The first element child with a name, or undefined.
 * @param node an element or the root
 * @param name the qualified name
 */
export function childElement(node: Root | Element | undefined, name: string): Element | undefined {
  if (!node) return undefined;
  for (const child of node.children) if (child.type === 'element' && child.name === name) return child;
  return undefined;
}

/**
 * The `w:val` of a child element, the way WordprocessingML gives most properties
 * (`<w:numId w:val="3"/>`), or undefined when the child or its value is absent.
 * @param node the element holding the property
 * @param name the property's element name
 */
export function wordValue(node: Element | undefined, name: string): string | undefined {
  return childElement(node, name)?.attributes['w:val'] ?? undefined;
}

/**
 * Whether an on/off property is on: present, and not `w:val="false"`, `"0"` or `"off"`.
 * @param node the element holding the property
 * @param name the property's element name
 */
export function wordFlag(node: Element | undefined, name: string): boolean {
  const element = childElement(node, name);
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value == null || !['false', '0', 'off'].includes(value);
}

/** The deepest list level (`w:ilvl`) Word allows: levels run 0 … 8. */
const DEEPEST_LEVEL = 8;

/**
 * A list level (`w:ilvl`) as a number 0 … 8, or undefined when absent or out of range.
 * @param value the attribute's value
 */
export function wordLevel(value: string | null | undefined): number | undefined {
  if (value == null) return undefined;
  const level = Number(value);
  return Number.isInteger(level) && level >= 0 && level <= DEEPEST_LEVEL ? level : undefined;
}
