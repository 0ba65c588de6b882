/** An XML element: its local name (prefix dropped), attributes, children and text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (its text nodes joined), entities decoded. */
  text: string;
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gu;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/giu;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The root element of an XML text, for the small, regular XML of an OFD package: elements,
 * attributes, text and CDATA; namespace prefixes dropped; comments, processing instructions and
 * doctypes skipped.
 * @param xml the text
 * Note: returns null when the text has no element; unclosed elements are closed at the end.
 */
export function parseXml(xml: string): XmlElement | null {
  const root: XmlElement = { name: '', attributes: {}, children: [], text: '' };
  const stack = [root];
  for (const match of xml.matchAll(TOKEN)) {
    const [, cdata, closing, name, attributes, selfClosing, text] = match;
    const parent = stack.at(-1)!;
    if (cdata !== undefined) parent.text += cdata;
    else if (text !== undefined) parent.text += decode(text);
    else if (name === undefined) continue;
    else if (closing) {
      const local = localName(name);
      const at = stack.findLastIndex((element) => element.name === local);
      if (at > 0) stack.length = at;
    } else {
      const element: XmlElement = { name: localName(name), attributes: {}, children: [], text: '' };
      for (const [, key, double, single] of (attributes ?? '').matchAll(ATTRIBUTE)) element.attributes[localName(key!)] = decode(double ?? single ?? '');
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  return root.children[0] ?? null;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function decode(text: string): string {
  return text.replace(ENTITY, (_, hex: string | undefined, decimal: string | undefined, named: string | undefined) =>
    named ? NAMED[named.toLowerCase()]! : String.fromCodePoint(Number.parseInt(hex ?? decimal!, hex ? 16 : 10)),
  );
}
