import type { Nodes } from 'hast';
import { toText } from 'hast-util-to-text';
import { isLeftOut, isShell } from './is-left-out.js';

/** A link to a file: where it points and what it says. */
export interface AttachmentLink {
  href: string;
  text: string;
}

/** Files a plan is published as beside its page: PDF, Word, OFD and WPS. */
const ATTACHMENT = /\.(?:pdf|docx?|ofd|wps)$/i;

/**
 * The links in some nodes to a plan's file (`.pdf`, `.doc`, `.docx`, `.ofd`, `.wps`), known by
 * the path of the link or, for a download script (`download.jsp?id=…`), by the file name it shows;
 * links in the site's shell (a footer's privacy statement) are not a plan's.
 * @param nodes hast nodes
 */
export function attachmentLinks(nodes: Nodes[]): AttachmentLink[] {
  const links: AttachmentLink[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'root') node.children.forEach(walk);
    if (node.type !== 'element' || isLeftOut(node) || isShell(node)) return;
    const href = node.tagName === 'a' ? node.properties.href : undefined;
    if (typeof href === 'string') {
      const text = toText(node).replace(/\s+/g, ' ').trim();
      const path = href.replace(/[?#].*$/s, '');
      if (ATTACHMENT.test(path) || ATTACHMENT.test(text)) links.push({ href, text });
      return;
    }
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return links;
}
