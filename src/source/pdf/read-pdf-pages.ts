import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { PageRuns, TextRun } from '../layout/positioned-text.js';
import { ReadRefusal } from '../read-refusal.js';
import { localize } from '../../i18n/translate.js';
import { readRules } from './read-rules.js';

/** What a PDF gives the layout rules: each page's text runs, and whether any page paints an image (as a scan's pages do). */
export interface PdfPages {
  pages: PageRuns[];
  images: boolean;
}

/** pdf.js's level for errors only: its warnings about fonts are no business of the user's. */
const ERRORS_ONLY = 0;

/**
 * The text runs of every page of a PDF, through pdf.js (its legacy build, which runs on Node 20),
 * in points from each page's top left.
 * @param bytes the file
 * Note: rejects with ReadRefusal for an encrypted (password-protected) or unreadable file.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPages> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const folder = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/`;
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over (it moves it to its worker), so it gets a copy.
    data: new Uint8Array(bytes),
    verbosity: ERRORS_ONLY,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Chinese PDFs often use Adobe's predefined CMaps (UniGB-UCS2-H), without which their text cannot be decoded.
    cMapUrl: `${folder}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${folder}standard_fonts/`,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw refusalOf(error);
  }
  try {
    const pages: PageRuns[] = [];
    let images = false;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        // Rotated or vertical text is not read as lines of the plan.
        if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3) continue;
        const [x, y] = viewport.convertToViewportPoint(e!, f!) as [number, number];
        runs.push({ text: item.str, x, y, width: item.width * Math.sign(a!), size: Math.abs(d!) });
      }
      const list = await page.getOperatorList();
      images ||= paintsImage(list.fnArray, pdfjs.OPS);
      const rules = runs.length > 0 ? readRules(list, pdfjs.OPS as Parameters<typeof readRules>[1], (x, y) => viewport.convertToViewportPoint(x, y) as [number, number]) : [];
      pages.push({ page: number, width: viewport.width, height: viewport.height, runs, rules });
      page.cleanup();
    }
    return { pages, images };
  } catch (error) {
    throw error instanceof ReadRefusal ? error : refusalOf(error);
  } finally {
    await document.destroy();
  }
}

function paintsImage(fnArray: number[], ops: Record<string, number>): boolean {
  const painting = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat]);
  return fnArray.some((op) => painting.has(op));
}

/** A refusal that says why pdf.js could not open the file. */
function refusalOf(error: unknown): ReadRefusal {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new ReadRefusal(localize('refusal.pdf-password'));
  }
  return new ReadRefusal(localize('refusal.pdf-corrupt', { detail: error instanceof Error ? error.message : null }));
}
