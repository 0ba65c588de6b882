import type { Element, Nodes, Root, RootContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { attachmentLinks } from './attachment-links.js';
import { isLeftOut, isShell } from './is-left-out.js';
import { isBlock, pageLines } from './page-lines.js';
import { visibleTextLength } from './visible-text.js';

/**
 * The containers content management systems of Chinese government sites put an article in,
 * most specific first: TRS WCM's editor (`TRS_Editor`, `TRS_UEDITOR`), 开普云 (`pages_content`,
 * `UCAP-CONTENT`), the font-size box (`zoom`) of many templates.
 */
const CONTAINERS = ['.TRS_Editor', '.TRS_UEDITOR', '.trs_editor_view', '.pages_content', '#UCAP-CONTENT', '#zoom', '#Zoom'];

/** HTML's own article elements, after the print range, which sites set around the text more often. */
const SEMANTIC = ['article', 'main', '[role=main]'];

/**
 * Least text, in characters other than blanks and outside links, of an article found by its
 * density, and most of an article that only links to its attachment: the shortest plan with a
 * numbered point runs to a few hundred characters, while a site's shell blocks (a footer's
 * contact line, a list of links' labels) and an attachment's label stay well under 200.
 */
export const MIN_ARTICLE_CHARS = 200;

/**
 * The nodes that hold a page's article: the first known container that has text or an
 * attachment link (all its matches, outermost, in order), else what stands between
 * `<!--startprint-->` and `<!--endprint-->`, else an `article` or `main` element, else the
 * block with the most text of its own, after the page's `h1` before it when it does not hold
 * it (such a block is the article's body, and sites set its title above it); null when no
 * block has enough text to be an article.
 * @param root the parsed page
 */
export function findArticle(root: Root): Nodes[] | null {
  for (const selector of CONTAINERS) {
    const found = outermost(selectAll(selector, root).filter((element) => !isLeftOut(element)));
    if (found.length > 0 && holdsArticle(found)) return found;
  }
  const printed = printRange(root);
  if (printed.length > 0 && holdsArticle(printed)) return printed;
  for (const selector of SEMANTIC) {
    const found = outermost(selectAll(selector, root));
    if (found.length > 0 && holdsArticle(found)) return found;
  }
  const densest = densestBlock(root);
  if (!densest) return null;
  const heading = headingBefore(root, densest);
  const first = pageLines([densest])[0]?.text;
  return heading && first !== pageLines([heading])[0]?.text ? [heading, densest] : [densest];
}

/**
 * How far up from the article's block its title is looked for: its parent and grandparent hold
 * the title above the text (`div.content > h1 + div.text`); higher up stands the site's header,
 * whose `h1` is the site's name.
 */
const HEADING_SCOPE = 2;

/** The last `h1` before an element within its near ancestors (not the page's body), outside the site's shell, or null. */
function headingBefore(root: Root, block: Element): Element | null {
  const path = pathTo(root, block) ?? [];
  const scope = path.slice(-1 - HEADING_SCOPE, -1).find((node): node is Element => node.type === 'element' && node.tagName !== 'body' && node.tagName !== 'html');
  if (!scope) return null;
  let heading: Element | null = null;
  let reached = false;
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (reached) return;
      if (child === block) reached = true;
      else if (child.type === 'element' && !isLeftOut(child) && !isShell(child)) {
        if (child.tagName === 'h1') heading = child;
        else walk(child);
      }
    }
  };
  walk(scope);
  return heading;
}

/** The nodes from the root down to an element, both included, or null when it is not in the tree. */
function pathTo(node: Root | Element, target: Element): Array<Root | Element> | null {
  if (node === target) return [node];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const path = pathTo(child, target);
    if (path) return [node, ...path];
  }
  return null;
}

/**
 * Whether a page's known article containers show images but no text: a document published as
 * pictures of its pages.
 * @param root the parsed page
 */
export function showsOnlyImages(root: Root): boolean {
  const containers = outermost(CONTAINERS.flatMap((selector) => selectAll(selector, root)));
  return containers.length > 0 && visibleTextLength(containers) === 0 && containers.some((container) => selectAll('img', container).length > 0);
}

function holdsArticle(nodes: Nodes[]): boolean {
  return visibleTextLength(nodes) > 0 || attachmentLinks(nodes).length > 0;
}

/** The matches that are not inside another match (a `#zoom` inside a `.TRS_Editor`). */
function outermost(elements: Element[]): Element[] {
  const inside = new Set<Element>();
  const mark = (element: Element) => {
    for (const child of element.children) {
      if (child.type === 'element') {
        inside.add(child);
        mark(child);
      }
    }
  };
  elements.forEach(mark);
  return elements.filter((element) => !inside.has(element));
}

/**
 * The nodes between the comments `<!--startprint-->` and `<!--endprint-->`, which TRS sites
 * put around what their print button prints: the article with its title and date. Nodes that
 * straddle a comment are entered; nodes wholly between them are taken whole.
 */
function printRange(root: Root): Nodes[] {
  let from: number | undefined;
  let to: number | undefined;
  const find = (node: Nodes): void => {
    if (node.type === 'comment') {
      const mark = node.value.trim().toLowerCase();
      if (mark === 'startprint' && from === undefined) from = node.position?.end.offset;
      if (mark === 'endprint' && from !== undefined && to === undefined) to = node.position?.start.offset;
    } else if ('children' in node) node.children.forEach(find);
  };
  find(root);
  if (from === undefined || to === undefined || to <= from) return [];
  const taken: Nodes[] = [];
  const take = (node: RootContent): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined && start >= from! && end <= to!) taken.push(node);
    else if ((start === undefined || start < to!) && (end === undefined || end > from!) && 'children' in node) node.children.forEach(take);
  };
  root.children.forEach(take);
  return taken;
}

/**
 * Line breaks that make a block a container of paragraphs (`<span>…</span><br>` runs) rather
 * than one paragraph: two, since one `<br>` at a paragraph's end is common noise of editors.
 */
const MIN_BREAKS = 2;

/**
 * The block with the most text of its own paragraphs, leaving out the site's shell and links:
 * text directly in a block, in its inline elements and in its child blocks that hold no blocks
 * (its `p`s) counts for that block, so the article's container outweighs both the page's body
 * and any one paragraph. A block whose text is broken into paragraphs by `<br>`s is a
 * container itself.
 */
function densestBlock(root: Root): Element | null {
  let best: Element | null = null;
  let bestScore = MIN_ARTICLE_CHARS - 1;
  const scores = new Map<Element, number>();
  const credit = (container: Element | null, amount: number) => {
    if (!container) return;
    const score = (scores.get(container) ?? 0) + amount;
    scores.set(container, score);
    if (score > bestScore) {
      best = container;
      bestScore = score;
    }
  };
  const visit = (node: Root | Element, container: Element | null): void => {
    const own = node.type === 'element' && isBlock(node) ? node : container;
    for (const child of node.children) {
      if (child.type === 'text') credit(own, visibleTextLength([child]));
      else if (child.type === 'element' && !isLeftOut(child) && !isShell(child) && child.tagName !== 'a') {
        if (isBlock(child) && !holdsBlock(child) && breaksIn(child) < MIN_BREAKS) credit(own, visibleTextLength([child]));
        else visit(child, own);
      }
    }
  };
  visit(root, null);
  return best;
}

function breaksIn(element: Element): number {
  let count = 0;
  for (const child of element.children) {
    if (child.type === 'element') count += child.tagName === 'br' ? 1 : breaksIn(child);
  }
  return count;
}

function holdsBlock(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (isBlock(child) || holdsBlock(child)));
}
