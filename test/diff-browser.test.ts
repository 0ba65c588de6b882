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

// The HTML report in a real browser: Debian's chromium driven by playwright-core. Skipped when
// chromium is not installed (set CHROMIUM to use another binary).

describe.runIf(existsSync(CHROMIUM))('HTML report in chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const errors: string[] = [];
  const fixture = diffFixtures().find((f) => f.name === 'seed-2023')!;
  const report = diffSeries([compileFile(fixture.old).document, compileFile(fixture.new).document]);
  let url = '';

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policy-compile-html-')), 'report.html');
    writeFileSync(file, toHtml(report));
    url = pathToFileURL(file).href;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    // Starting chromium on a busy machine can take longer than the default hook timeout.
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without any request but the file itself, and without errors', () => {
    expect(requests.map((r) => r.split('#')[0])).toEqual([url]);
    expect(errors).toEqual([]);
  });

  it('lays old and new out side by side, with insertions and deletions highlighted', async () => {
    const columns = await page.$eval('article.reworded .sides', (element) => element.ownerDocument.defaultView!.getComputedStyle(element).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(2);
    const colours = await page.$$eval('ins, del', (elements) => [...new Set(elements.map((e) => `${e.tagName}:${e.ownerDocument.defaultView!.getComputedStyle(e).backgroundColor}`))]);
    expect(colours).toEqual(expect.arrayContaining([expect.stringMatching(/^INS:rgb\(/), expect.stringMatching(/^DEL:rgb\(/)]));
    expect(await page.locator('del').count()).toBeGreaterThan(20);
  });

  it('takes the reader from the index to the change', async () => {
    const moved = report.reports[0]!.changes.find((change) => change.kind === 'moved' && change.level === 'node')!;
    await page.click(`ol.index a[href="#${moved.id}"]`);
    expect(new URL(page.url()).hash).toBe(`#${moved.id}`);
    const top = await page.$eval(`#${moved.id}`, (element) => element.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
    expect(await page.textContent(`#${moved.id} header`)).toContain('三、 › 12. → 六、 › 26.');
  });
});
