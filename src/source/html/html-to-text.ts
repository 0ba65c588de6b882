import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { ExtractedText } from '../../model/origin.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';
import { attachmentLinks } from './attachment-links.js';
import { decodePage } from './decode-page.js';
import { findArticle, MIN_ARTICLE_CHARS, showsOnlyImages } from './find-article.js';
import { holdsNumberedText } from './holds-numbered-text.js';
import { pageMetadata } from './page-metadata.js';
import { pageLines } from './page-lines.js';
import { visibleTextLength } from './visible-text.js';

/**
 * The plan's text in a web page, one paragraph per line, with where each line came from:
 * the page's metadata (`标题：`, `发布时间：`, `来源：`, 索引号 …) first, then the paragraphs of
 * its article, found in the containers government sites use or else as the block with the
 * most text, without the site's navigation, breadcrumb, share and print links and footer.
 * @param bytes the file
 * Note: throws ReadRefusal when the page has no article, or its article only links to an
 * attachment (a PDF, Word, OFD or WPS file), naming the link: when it has little text besides,
 * or only a notice without numbered paragraphs that issues the plan as that file; and when its
 * article is only images of the document's pages.
 */
export function htmlToText(bytes: Uint8Array): ExtractedText {
  const root = unified().use(rehypeParse).parse(decodePage(bytes));
  const article = findArticle(root);
  const paragraphs = article ? pageLines(article) : [];
  const links = attachmentLinks(article ?? [root]);
  // A notice that issues a plan published as a file (`现印发给你们` and a link) holds no numbered text.
  const onlyLinks = !article || visibleTextLength(article) < MIN_ARTICLE_CHARS || !holdsNumberedText(paragraphs.map((line) => line.text));
  if (links.length > 0 && onlyLinks) {
    const named = links.map((link) => `${link.text || link.href} (${link.href})`).join('; ');
    throw new ReadRefusal(localize('refusal.html-only-links', { links: named }));
  }
  if (!article && showsOnlyImages(root)) {
    throw new ReadRefusal(localize('refusal.html-only-images'));
  }
  if (!article || paragraphs.length === 0) {
    throw new ReadRefusal(localize('refusal.html-no-article'));
  }
  const lines = [...pageMetadata(root, article), ...paragraphs];
  return { text: lines.map((line) => line.text).join('\n'), lines: lines.map((line) => line.origin) };
}
