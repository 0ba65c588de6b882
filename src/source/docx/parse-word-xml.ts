import type { Element, Root } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';

/** WordprocessingML's namespaces: transitional (what Word writes) and strict. */
const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/**
 * A part of a Word file as an XML tree, with WordprocessingML's elements and attributes named
 * `w:…` whatever prefix the file gives that namespace, so readers can match names.
 * @param bytes the part, as unpacked
 * @param part its name in the archive, for the message
 * Note: throws ReadRefusal when the part is not well-formed XML.
 */
export function parseWordXml(bytes: Uint8Array, part: string): Root {
  let tree: Root;
  try {
    tree = fromXml(decodeXml(bytes));
  } catch {
    throw new ReadRefusal(localize('refusal.docx-bad-xml', { part }));
  }
  renameWordNamespace(tree, new Map());
  return tree;
}

/** XML text: UTF-16 when the part starts with its byte order mark, else UTF-8 (what Word writes). */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** Gives WordprocessingML's names the `w:` prefix below `node`, under the prefixes in scope. */
function renameWordNamespace(node: Root | Element, scope: Map<string, string>): void {
  let inner = scope;
  if (node.type === 'element') {
    for (const [key, value] of Object.entries(node.attributes)) {
      if (value == null) continue;
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        if (inner === scope) inner = new Map(scope);
        inner.set(key === 'xmlns' ? '' : key.slice(6), value);
      }
    }
    node.name = wordName(node.name, inner, true);
    const renamed: Element['attributes'] = {};
    for (const [key, value] of Object.entries(node.attributes)) renamed[wordName(key, inner, false)] = value;
    node.attributes = renamed;
  }
  for (const child of node.children) if (child.type === 'element') renameWordNamespace(child, inner);
}

/** `prefix:local` as `w:local` when the prefix stands for WordprocessingML. */
function wordName(name: string, scope: Map<string, string>, element: boolean): string {
  const colon = name.indexOf(':');
  // An attribute without a prefix has no namespace; an element without one has the default.
  if (colon < 0) return element && WORD_NAMESPACES.has(scope.get('') ?? '') ? `w:${name}` : name;
  const prefix = name.slice(0, colon);
  if (prefix === 'w' || prefix === 'xmlns') return name;
  return WORD_NAMESPACES.has(scope.get(prefix) ?? '') ? `w:${name.slice(colon + 1)}` : name;
}
