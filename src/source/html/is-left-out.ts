import type { Element } from 'hast';

/** Elements that never show text to a reader: code, styles, embedded documents, forms' controls. */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'select', 'button', 'input', 'textarea', 'svg', 'math', 'head', 'title', 'meta', 'link']);

/**
 * An element whose text is no part of what the page shows: scripts, styles and embedded
 * objects, hidden elements (`hidden`, `display:none`), and links that run a script
 * (`javascript:window.print()`, the 打印/关闭 links).
 * @param element a hast element
 */
export function isLeftOut(element: Element): boolean {
  if (NEVER_TEXT.has(element.tagName)) return true;
  const { hidden, style, href } = element.properties;
  if (hidden === true || hidden === '') return true;
  if (typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return element.tagName === 'a' && typeof href === 'string' && /^\s*javascript:/i.test(href);
}

/** Elements that hold a site's shell by their tag or ARIA role. */
const SHELL_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
const SHELL_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

/**
 * Class and id words of a site's shell: navigation, breadcrumb (`position`, `path`: 当前位置),
 * share and print bars (`bdshare`, `fenxiang`, `dayin`), related links (`xgwz`: 相关文章),
 * sidebars, footers. A word matches alone or with a suffix after `-`/`_` or digits
 * (`nav_top`, `footer2`), never as the end of another word, so `article-header` or `footnote`
 * stay text.
 */
const SHELL_WORD = /^(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|position|location|path|share|bdshare|bdsharebuttonbox|fenxiang|print|dayin|footer|foot|sidebar|related|xgwz|toolbar|tools|copyright)(?:[-_][\w-]*|\d*)$/i;

/**
 * An element of the site's shell around an article: navigation, breadcrumbs, share and print
 * bars, sidebars, related links and footers, known by their tag, role, class or id.
 * @param element a hast element
 */
export function isShell(element: Element): boolean {
  if (SHELL_TAGS.has(element.tagName)) return true;
  const { role, id, className } = element.properties;
  if (typeof role === 'string' && SHELL_ROLES.has(role)) return true;
  const words = [...(Array.isArray(className) ? className.map(String) : []), ...(typeof id === 'string' ? [id] : [])];
  return words.some((word) => SHELL_WORD.test(word));
}
