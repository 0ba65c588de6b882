import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { diffSeries } from '../src/diff/diff.js';
import { toHtml } from '../src/diff/render/html.js';
import { diffFixtures } from './diff-helpers.js';
import { CHROMIUM, FLAGS } from './chromium.js';
import { compileFile } from './helpers.js';

// The HTML report printed and on a phone, in Debian's chromium as in diff-browser.test.ts;
// skipped when chromium is not installed (set CHROMIUM to use another binary).
/** Takes every marking off insertions and deletions: what a report without print styles would print. */
const UNMARKED = 'ins, del { text-decoration: none !important; font-weight: inherit !important; color: #000 !important; background: none !important; }';

describe.runIf(existsSync(CHROMIUM))('HTML report printed in black and white, and on a narrow screen', () => {
  let browser: Browser;
  let page: Page;
  const fixture = diffFixtures().find((f) => f.name === 'seed-2023')!;
  const report = diffSeries([compileFile(fixture.old).document, compileFile(fixture.new).document]);

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policy-compile-print-')), 'report.html');
    writeFileSync(file, toHtml(report));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(file).href);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('marks insertions and deletions by line, not by colour, under print media', async () => {
    await page.emulateMedia({ media: 'print' });
    const style = (selector: string) =>
      page.$eval(selector, (element) => {
        const computed = element.ownerDocument.defaultView!.getComputedStyle(element);
        return { line: computed.textDecorationLine, background: computed.backgroundColor, border: computed.borderTopStyle };
      });
    expect(await style('ins')).toMatchObject({ line: 'underline', background: 'rgba(0, 0, 0, 0)' });
    expect(await style('del')).toMatchObject({ line: 'line-through', background: 'rgba(0, 0, 0, 0)' });
    expect((await style('.kind')).border).toMatch(/solid|double/u);
  }, 60_000);

  it('shows insertions and deletions in a grey print-media screenshot', async () => {
    await page.emulateMedia({ media: 'print' });
    // A black-and-white printer: everything in grey.
    await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
    const article = page.locator('article.reworded', { has: page.locator('ins') }).filter({ has: page.locator('del') }).first();
    const printed = await article.screenshot();
    const unmarked = await page.addStyleTag({ content: UNMARKED });
    const plain = await article.screenshot();
    await unmarked.evaluate((element) => element.remove());
    // The marks are what differs between the two pictures: without them the change would not show on paper.
    expect(printed.equals(plain)).toBe(false);
    expect(printed.length).toBeGreaterThan(1000);
  }, 60_000);

  it('lays the sides one above the other on a phone', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    const columns = await page.$eval('article.reworded .sides', (element) => element.ownerDocument.defaultView!.getComputedStyle(element).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(1);
    const overflow = await page.$eval('html', (element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }, 60_000);
});
