import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import type { ExtractedText } from '../src/model/origin.js';
import { isWebMetadata } from '../src/parse/line-patterns.js';
import { htmlToText } from '../src/source/html/html-to-text.js';
import { ReadRefusal } from '../src/source/read-refusal.js';
import { CORPUS, compileFile, hasCorpus, ROOT } from './helpers.js';
import { planShape } from './plan-shape.js';

const VARIANTS = `${CORPUS}published/variants/html/`;
const NDRC = `${CORPUS}published/china-ndrc-2020-grid-planning-investment-management-notice.html`;
const FIXTURES = `${ROOT}fixtures/published/html/`;
const variants = hasCorpus ? readdirSync(VARIANTS).filter((name) => name.endsWith('.html')) : [];

const page = (html: string) => htmlToText(new TextEncoder().encode(html));
const linesOf = (extracted: ExtractedText) => extracted.text.split('\n');
/** The error a reader throws for some bytes, or null. */
const refusalOf = (bytes: Uint8Array) => {
  try {
    htmlToText(bytes);
    return null;
  } catch (error) {
    return error;
  }
};

/** Each line's origin points at the line's first characters in the page's source (tags and blanks aside). */
function expectOriginsInSource(extracted: ExtractedText, source: string, from = 0): void {
  const sourceLines = source.split('\n');
  const lines = linesOf(extracted);
  expect(extracted.lines).toHaveLength(lines.length);
  const bare = (text: string) => text.replace(/&nbsp;/g, '\u00a0').replace(/<[^>]*>/g, '').replace(/\s+/g, '');
  lines.forEach((line, i) => {
    if (i < from) return;
    const { line: row, column } = extracted.lines[i] as { line: number; column: number };
    const rest = sourceLines.slice(row - 1, row + 5).join('\n').slice(column - 1);
    expect(bare(rest).startsWith(bare(line).slice(0, 6)), `line ${i + 1}: ${rest.slice(0, 40)}`).toBe(true);
  });
}

describe.skipIf(!hasCorpus)('web page copies of the corpus plans', () => {
  it.each(variants)('%s compiles to the tree of its plain text', (name) => {
    const path = `${VARIANTS}${name}`;
    const extracted = htmlToText(readFileSync(path));
    expect(extracted.lines).toHaveLength(linesOf(extracted).length);
    const fromPage = compile(extracted.text, { path }).document;
    const fromText = compileFile(`${CORPUS}documents/${name.replace(/\.html$/, '.txt')}`).document;
    expect(planShape(fromPage)).toEqual(planShape(fromText));
    // The page's metadata come first, read as front matter; the rest of the front is the text's.
    const roles = (blocks: typeof fromPage.front) => blocks.map((block) => `${block.role} ${block.text.replace(/\s+/g, '')}`);
    const metadata = fromPage.front.findIndex((block) => block.role !== 'metadata');
    expect(metadata).toBeGreaterThan(0);
    expect(roles(fromPage.front.slice(metadata))).toEqual(roles(fromText.front));
    expect(fromPage.title).toBe(fromText.title);
    expect(roles(fromPage.closing)).toEqual(roles(fromText.closing));
  });
});

describe.skipIf(!hasCorpus)('the NDRC page as its site served it', () => {
  const source = hasCorpus ? readFileSync(NDRC, 'utf8') : '';
  const extracted = hasCorpus ? htmlToText(readFileSync(NDRC)) : { text: '', lines: [] };
  const { document } = compile(extracted.text, { path: NDRC });

  it('compiles to the notice: its title, 文号, four sections and their subsections', () => {
    expect(document.title).toBe('国家发展改革委 国家能源局关于加强和规范电网规划投资管理工作的通知');
    expect(document.front.filter((block) => block.role === 'doc-number').map((block) => block.text)).toEqual(['发改能源规〔2020〕816号']);
    expect(document.body.map((node) => [node.kind, node.num.value, node.children.length])).toEqual([
      ['section', 1, 3],
      ['section', 2, 2],
      ['section', 3, 2],
      ['section', 4, 2],
    ]);
    for (const section of document.body) {
      expect(section.title).toBeTruthy();
      expect(section.children.map((node) => [node.kind, node.num.value, node.children.length])).toEqual(section.children.map((_, k) => ['subsection', k + 1, 0]));
      for (const subsection of section.children) {
        expect(subsection.title).toBeTruthy();
        expect(subsection.obligations.length).toBeGreaterThan(0);
      }
    }
    expect(document.closing.filter((block) => block.role === 'date').map((block) => block.text)).toEqual(['2020年5月28日']);
  });

  it("keeps the page's metadata as front lines and leaves out the site's shell", () => {
    expect(document.front.filter((block) => block.role === 'metadata').map((block) => block.text.slice(0, 5))).toEqual(['标题：关于', '发布时间：', '来源：能源']);
    expect(linesOf(extracted).slice(0, 3).every(isWebMetadata)).toBe(true);
    for (const shell of ['首页', '规范性文件', '打印', '排行榜', '政策解读', '相关政策', 'jdFlag', 'function', '附件：']) {
      expect(extracted.text).not.toContain(shell);
    }
  });

  it('points every line at its place in the page', () => {
    expectOriginsInSource(extracted, source, 3);
  });
});

describe('pages of our own (fixtures/published/html)', () => {
  it('reads a GB2312-declared page as GB18030, GBK characters included, with its 信息公开 table as metadata', () => {
    const bytes = readFileSync(`${FIXTURES}gb2312-page.html`);
    const extracted = htmlToText(bytes);
    expect(extracted.text).not.toContain('\ufffd');
    expect(extracted.text).toContain('王镕'); // 镕 is in GBK but not in GB2312
    const lines = linesOf(extracted);
    expect(lines.slice(0, 7)).toEqual([
      '索引号：11XX00000X/2024-00012',
      '主题分类：综合政务',
      '发文机关：XX市人民政府办公室',
      '成文日期：2024年3月15日',
      '标题：XX市2024年政务公开工作要点',
      '发文字号：X政办发〔2024〕5号',
      '发布日期：2024年3月18日',
    ]);
    expect(lines.slice(0, 7).every(isWebMetadata)).toBe(true);
    expect(lines.slice(-3)).toEqual(['序号\t重点任务\t牵头单位\t完成时限', '1\t规范性文件 按时公开\t市政府办公室\t2024年6月底前', '2\t留言办理\t\t持续推进']);
    for (const shell of ['首页', '您当前的位置', '分享', '打印', '主办', 'ICP']) expect(extracted.text).not.toContain(shell);
    const fromPage = compile(extracted.text, { path: 'gb2312-page.html' }).document;
    const fromText = compileFile(`${FIXTURES}gb2312-page.txt`).document;
    expect(planShape(fromPage)).toEqual(planShape(fromText));
    expect(fromPage.title).toBe('XX市2024年政务公开工作要点');
    expect(fromPage.body.map((node) => node.children.length)).toEqual([2, 2]);
    expectOriginsInSource(extracted, new TextDecoder('gb18030').decode(bytes), 7);
  });

  it('reads a page whose <meta> names the wrong charset in the one its bytes show', () => {
    const bytes = readFileSync(`${FIXTURES}gb2312-page.html`);
    const mislabelled = Buffer.from(bytes.toString('latin1').replace('charset=gb2312', 'charset=utf-8'), 'latin1');
    const unlabelled = Buffer.from(bytes.toString('latin1').replace(/<meta http-equiv[^>]*>/, ''), 'latin1');
    const latin = Buffer.from(bytes.toString('latin1').replace('charset=gb2312', 'charset=iso-8859-1'), 'latin1');
    expect(htmlToText(mislabelled).text).toBe(htmlToText(bytes).text);
    expect(htmlToText(latin).text).toBe(htmlToText(bytes).text);
    expect(htmlToText(unlabelled).text).toBe(htmlToText(bytes).text);
  });

  it('refuses a page that only links to its attachment, naming the link', () => {
    const error = refusalOf(readFileSync(`${FIXTURES}attachment-only.html`));
    expect(error).toBeInstanceOf(ReadRefusal);
    expect((error as Error).message).toMatch(/only links to .*attachment/);
    expect((error as Error).message).toContain('XX县2024年农业农村工作要点.pdf');
    expect((error as Error).message).toContain('./P020240226512345678901.pdf');
  });

  it('refuses a page whose only text outside the shell is a link to a Word file, in no known container', () => {
    const error = refusalOf(new TextEncoder().encode('<div class="nav"><a href="/">首页</a></div><div class="con"><h1>XX方案</h1><p>附件：<a href="/upload/2024/fangan.docx">XX方案</a></p></div><div class="footer"><a href="/privacy.pdf">隐私声明</a></div>'));
    expect(error).toBeInstanceOf(ReadRefusal);
    expect((error as Error).message).toContain('XX方案 (/upload/2024/fangan.docx)');
    expect((error as Error).message).not.toContain('privacy');
  });

  it('refuses a page whose container holds nothing but the shell, and an empty file', () => {
    const shellOnly = refusalOf(new TextEncoder().encode('<div class="TRS_Editor"><div class="share">分享到：微信</div></div>'));
    expect((shellOnly as Error).message).toMatch(/no article/);
    expect(refusalOf(new Uint8Array())).toBeInstanceOf(ReadRefusal);
  });

  it('refuses a page whose article is a notice issuing the plan as a linked file, without numbered text', () => {
    const notice = '为进一步做好相关工作，经研究，我们制定了实施办法，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题请及时反馈。'.repeat(5);
    const html = (body: string) => new TextEncoder().encode(`<div class="TRS_Editor"><p>各有关单位：</p><p>${notice}</p>${body}<p>附件：<a href="/files/banfa.doc">实施办法</a></p><p>XX市发展改革委</p></div>`);
    expect((refusalOf(html('')) as Error).message).toContain('实施办法 (/files/banfa.doc)');
    expect(htmlToText(html('<p>一、总体要求</p><p>（一）工作目标。到2025年，建成统一平台。</p>')).text).toContain('一、总体要求');
  });

  it('refuses a page whose article is only images of the document (a scan), saying it needs OCR', () => {
    const error = refusalOf(new TextEncoder().encode('<div class="nav"><a href="/">首页</a></div><div class="TRS_Editor"><p><img src="./W1.jpg"></p><p><img src="./W2.jpg"></p></div>'));
    expect(error).toBeInstanceOf(ReadRefusal);
    expect((error as Error).message).toMatch(/images.*OCR/);
  });

  it('refuses a page without an article (a list of links)', () => {
    const error = refusalOf(readFileSync(`${FIXTURES}no-article.html`));
    expect(error).toBeInstanceOf(ReadRefusal);
    expect((error as Error).message).toMatch(/no article/);
  });

  it('reads <span>…</span><br> runs as paragraphs in the densest block, with the page heading above it', () => {
    const source = readFileSync(`${FIXTURES}br-paragraphs.html`, 'utf8');
    const extracted = htmlToText(Buffer.from(source));
    const lines = linesOf(extracted);
    expect(lines.slice(0, 3)).toEqual(['发布时间：2024-02-20', '来源：区应急管理局', 'XX区2024年安全生产工作要点']);
    expect(lines).toHaveLength(12);
    expect(lines.at(-2)).toBe('XX区安全生产委员会办公室');
    for (const shell of ['首页', '您现在的位置', '通知公告', '春节期间', '分享', '打印', '浏览次数', '主办', '仿宋']) expect(extracted.text).not.toContain(shell);
    const fromPage = compile(extracted.text, { path: 'br-paragraphs.html' }).document;
    const fromText = compileFile(`${FIXTURES}br-paragraphs.txt`).document;
    expect(planShape(fromPage)).toEqual(planShape(fromText));
    expect(fromPage.title).toBe('XX区2024年安全生产工作要点');
    expectOriginsInSource(extracted, source, 2);
  });
});

describe('paragraphs of a page', () => {
  const body = '这是一段足够长的正文，用来让这个块成为页面中文字最多的块。'.repeat(8);

  it('collapses white space as a browser does and keeps the text’s own blanks', () => {
    const { text } = page(`<div class="TRS_Editor"><p>\n   第一段\n  文字  </p><p>\u3000\u3000一、总体要求&nbsp;</p><p>&nbsp;</p></div>`);
    expect(text).toBe('第一段 文字\n\u3000\u3000一、总体要求\u00a0');
  });

  it('reads a row of a data table as one line of cells separated by tabs, and a layout table as blocks', () => {
    const data = page(`<div id="zoom"><table><tr><th>序号</th><th>任务</th></tr><tr><td>1</td><td><p>甲</p><p>乙</p></td></tr></table></div>`);
    expect(data.text).toBe('序号\t任务\n1\t甲 乙');
    const layout = page(`<div id="zoom"><table><tr><td><p>一、总体要求</p><p>正文。</p></td></tr></table></div>`);
    expect(layout.text).toBe('一、总体要求\n正文。');
  });

  it('takes what stands between <!--startprint--> and <!--endprint--> when no container is known', () => {
    const { text } = page(`<div class="nav"><a href="/">首页</a></div><div class="box"><div class="left">左栏文字</div><!--startprint--><h1>标题</h1><p>${body}</p><!--endprint--><div>页脚</div></div>`);
    expect(text).toBe(`标题\n${body}`);
  });

  it("does not take the site's name in an h1 of its header for the title of an article found by density", () => {
    const { text } = page(`<div class="top"><h1>XX市人民政府</h1></div><div class="main"><div class="box"><div class="text">${body}<br>${body}<br></div></div></div>`);
    expect(text).toBe(`${body}\n${body}`);
  });

  it('leaves out scripts, styles, hidden parts and script links inside the article', () => {
    const { text } = page(`<div class="pages_content"><style>p{}</style><script>var a = 1;</script><p>正文。</p><p style="display:none">隐藏</p><p hidden>隐藏</p><a href="javascript:window.print()">打印</a></div>`);
    expect(text).toBe('正文。');
  });

  it("leaves out the site's shell inside an article found by its element: breadcrumb, share bar, related links, footer", () => {
    const { text } = page(`<article><div class="crumbs">首页 &gt; 政务公开</div><nav>上一篇</nav><h1>标题</h1><p>${body}</p><div class="share-bar">分享到：微信</div><ul class="related_list"><li>相关文章</li></ul><footer>版权所有</footer></article>`);
    expect(text).toBe(`标题\n${body}`);
  });

  it('reads an article set in a layout table cell, and the 信息公开 table above it, label cells without colons too', () => {
    const { text } = page(`<table class="layout"><tr><td>
      <table class="bd1"><tr><td><b>索 引 号：</b></td><td>000014349/2018-00001</td><td><b>主题分类</b></td><td>综合政务</td></tr>
      <tr><td><b>标　　题：</b></td><td colspan="3">XX意见</td></tr></table>
      <table><tr><td id="UCAP-CONTENT"><p>一、总体要求</p><p>正文。</p></td></tr></table>
    </td></tr></table>`);
    expect(text).toBe('索引号：000014349/2018-00001\n主题分类：综合政务\n标题：XX意见\n一、总体要求\n正文。');
  });

  it('reads the charset from a UTF-8 byte-order mark and keeps the article in UTF-8', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`<div id="UCAP-CONTENT"><p>正文。</p></div>`)]);
    expect(htmlToText(bytes).text).toBe('正文。');
  });
});
