import type { Element, ElementContent } from 'xast';
import { fromXml } from 'xast-util-from-xml';

/** An XML element: its local name (prefix dropped), attributes, children and text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (its text and CDATA nodes joined), entities decoded. */
  text: string;
}

/**
 * The root element of an XML text, through `xast-util-from-xml`, in the shape the OFD reader
 * walks: namespace prefixes dropped (OFD's elements are all in one namespace, written `ofd:`).
 * @param xml the text
 * Note: returns null when the text is not well-formed XML or has no element.
 */
export function parseXml(xml: string): XmlElement | null {
  let root;
  try {
    root = fromXml(xml);
  } catch {
    return null;
  }
  const element = root.children.find((child): child is Element => child.type === 'element');
  return element ? toXmlElement(element) : null;
}

function toXmlElement(element: Element): XmlElement {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(element.attributes)) if (value != null) attributes[localName(key)] = value;
  const children: XmlElement[] = [];
  let text = '';
  for (const child of element.children as ElementContent[]) {
    if (child.type === 'element') children.push(toXmlElement(child));
    else if (child.type === 'text' || child.type === 'cdata') text += child.value;
  }
  return { name: localName(element.name), attributes, children, text };
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
