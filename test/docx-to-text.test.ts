import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { docxToText } from '../src/source/docx/docx-to-text.js';
import { listNumberText } from '../src/source/docx/list-number-text.js';
import { chineseNumber } from '../src/text/chinese-number.js';
import { ROOT } from './helpers.js';

const FIXTURES = `${ROOT}fixtures/published/docx/`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx made in memory from a body and optional numbering and styles parts. */
function wordFile(body: string, parts: { numbering?: string; styles?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles ${W}>${parts.styles}</w:styles>`);
  return zipSync(files);
}

/** A paragraph of one run, on a list level when given. */
const p = (text: string, list?: { num: number; level: number }) =>
  `<w:p>${list ? `<w:pPr><w:numPr><w:ilvl w:val="${list.level}"/><w:numId w:val="${list.num}"/></w:numPr></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A list level. */
const lvl = (level: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

/** The plan ladder 一、（一）1.①, as abstract list 0. */
const LADDER = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimalEnclosedCircle', '%4')}</w:abstractNum>`;

const linesOf = (bytes: Uint8Array) => docxToText(bytes).text.split('\n').slice(0, -1);

describe('Word fixtures', () => {
  it('gives the auto-numbered plan as its text, without header, footer, comment, footnote or deletion', () => {
    const extracted = docxToText(readFileSync(`${FIXTURES}numbered-plan.docx`));
    expect(extracted.text).toBe(readFileSync(`${FIXTURES}numbered-plan.txt`, 'utf8'));
    expect(extracted.text).not.toMatch(/请核实|每季度末报送|逐步|— /u);
    // The running header repeats the title: only the title's own paragraph is text.
    expect(extracted.text.split('XX市2025年优化营商环境工作要点')).toHaveLength(2);
    expect(extracted.lines).toHaveLength(extracted.text.split('\n').length - 1);
  });

  it('gives the same text for the plan saved again by LibreOffice, whose lists run on through restarted instances', () => {
    expect(docxToText(readFileSync(`${FIXTURES}numbered-plan-libreoffice.docx`)).text).toBe(readFileSync(`${FIXTURES}numbered-plan.txt`, 'utf8'));
  });

  it('compiles the auto-numbered plan to its ladder, with restarts', () => {
    const extracted = docxToText(readFileSync(`${FIXTURES}numbered-plan.docx`));
    const { document } = compile(extracted.text, { path: 'numbered-plan.docx' });
    expect(document.body.map((node) => node.num.raw)).toEqual(['一、', '二、']);
    expect(document.body[0]!.children.map((node) => node.children.map((item) => item.num.value))).toEqual([[1, 2], [1, 2]]);
  });

  it('gives the typed plan as its text', () => {
    expect(docxToText(readFileSync(`${FIXTURES}typed-plan.docx`)).text).toBe(readFileSync(`${FIXTURES}typed-plan.txt`, 'utf8'));
  });

  it('gives a table one line per row, cells between tabs, with the row origin', () => {
    const extracted = docxToText(readFileSync(`${FIXTURES}typed-plan.docx`));
    const lines = extracted.text.split('\n');
    const header = lines.indexOf('序号\t重点任务\t牵头单位\t配合单位\t完成时限');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 2]).toBe('2\t建设企业开办专区 实现一日办结\t市市场监管局\t市公安局、市税务局\t2025年9月底前');
    expect(lines[header + 3]!.split('\t')).toEqual(['3', '开展信用修复专项行动', '市发展改革委', '', '2025年12月底前']);
    expect(extracted.lines[header]).toEqual({ paragraph: header + 1, cell: { table: 1, row: 1, column: 1 } });
    // Five paragraphs in each earlier row, six in the row with a cell of two paragraphs.
    expect(extracted.lines[header + 3]).toEqual({ paragraph: header + 1 + 5 + 5 + 6, cell: { table: 1, row: 4, column: 1 } });
    expect(extracted.lines[header - 1]).toEqual({ paragraph: header });
  });
});

describe("Word's automatic numbering", () => {
  it('counts levels and resets deeper ones when a higher level advances', () => {
    const body = [p('甲', { num: 1, level: 0 }), p('乙', { num: 1, level: 1 }), p('丙', { num: 1, level: 2 }), p('丁', { num: 1, level: 2 }), p('戊', { num: 1, level: 3 }), p('己', { num: 1, level: 1 }), p('庚', { num: 1, level: 2 }), p('辛', { num: 1, level: 0 }), p('壬', { num: 1, level: 1 })];
    const numbering = `${LADDER}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(linesOf(wordFile(body.join(''), { numbering }))).toEqual(['一、甲', '（一）乙', '1.丙', '2.丁', '①戊', '（二）己', '1.庚', '二、辛', '（一）壬']);
  });

  it('shares counters between instances of one list, restarted where an instance with a start override is first used', () => {
    const numbering = `${LADDER}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;
    const body = [p('a', { num: 1, level: 2 }), p('b', { num: 2, level: 2 }), p('c', { num: 3, level: 2 }), p('d', { num: 3, level: 2 }), p('e', { num: 1, level: 2 })].join('');
    // The restarted instance and the one before it then count on together, as Word (and LibreOffice's files) have it.
    expect(linesOf(wordFile(body, { numbering }))).toEqual(['1.a', '2.b', '5.c', '6.d', '7.e']);
  });

  it('runs items on across sections with lvlRestart 0, and writes %1.%2 with each level’s counter', () => {
    const numbering = `<w:abstractNum w:abstractNumId="7">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '%1.%2', '<w:lvlRestart w:val="0"/>')}${lvl(2, 'lowerLetter', '(%3)')}</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="7"/></w:num>`;
    const body = [p('a', { num: 4, level: 0 }), p('b', { num: 4, level: 1 }), p('c', { num: 4, level: 1 }), p('d', { num: 4, level: 0 }), p('e', { num: 4, level: 1 }), p('f', { num: 4, level: 2 })].join('');
    expect(linesOf(wordFile(body, { numbering }))).toEqual(['一、a', '一.1 b', '一.2 c', '二、d', '二.3 e', '(a)f']);
  });

  it('writes all counters in digits on a legal level, and replaces a level by an override', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>${lvl(0, 'decimalFullWidth', '第%1条', '<w:suff w:val="space"/>')}</w:lvlOverride></w:num>`;
    const body = [p('a', { num: 1, level: 0 }), p('b', { num: 1, level: 1 }), p('c', { num: 2, level: 0 })].join('');
    expect(linesOf(wordFile(body, { numbering }))).toEqual(['I.a', '1.1 b', '第３条 c']);
  });

  it('takes a list from the paragraph style, its based-on style or the default style; numId 0 takes it away', () => {
    const numbering = `${LADDER}<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>
      <w:style w:type="paragraph" w:styleId="Section"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="Section"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>`;
    const styled = (style: string, text: string, extra = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = [styled('Section', 'a'), styled('Sub', 'b'), styled('Section', 'c', '<w:numPr><w:numId w:val="0"/></w:numPr>'), p('d'), styled('Section', 'e')].join('');
    expect(linesOf(wordFile(body, { numbering, styles }))).toEqual(['一、a', '（一）b', 'c', 'd', '二、e']);
  });

  it('takes the level a list ties to a style (w:pStyle in w:lvl) when the style gives none', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="H1"/>')}${lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="H2"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = `<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;
    const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    expect(linesOf(wordFile([styled('H1', 'a'), styled('H2', 'b'), styled('H2', 'c'), styled('H1', 'd')].join(''), { numbering, styles }))).toEqual(['一、a', '（一）b', '（二）c', '二、d']);
  });

  it('takes the fallback of a custom number format that Word writes in mc:AlternateContent', () => {
    const format = '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent>';
    const numbering = `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="11"/>${format}<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(linesOf(wordFile(p('保障措施', { num: 1, level: 0 }), { numbering }))).toEqual(['十一、保障措施']);
  });

  it('leaves bullets out', () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet', '\uf0b7')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    expect(linesOf(wordFile(p('要点', { num: 1, level: 0 }), { numbering }))).toEqual(['要点']);
  });
});

describe('Word number formats', () => {
  it('writes Chinese counting that reads back to its value', () => {
    for (let value = 1; value <= 120; value++) expect(chineseNumber(listNumberText(value, 'chineseCounting'))).toBe(value);
    expect([10, 11, 20, 21, 100, 101, 110].map((value) => listNumberText(value, 'chineseCounting'))).toEqual(['十', '十一', '二十', '二十一', '一百', '一百零一', '一百一十']);
  });

  it('writes the other formats', () => {
    expect(listNumberText(3, 'decimalEnclosedCircle')).toBe('③');
    expect(listNumberText(21, 'decimalEnclosedCircle')).toBe('21');
    expect(listNumberText(2, 'decimalEnclosedParen')).toBe('⑵');
    expect(listNumberText(12, 'decimalFullWidth')).toBe('１２');
    expect(listNumberText(2, 'ideographTraditional')).toBe('乙');
    expect(listNumberText(3, 'ideographEnclosedCircle')).toBe('㈢');
    expect(listNumberText(28, 'lowerLetter')).toBe('bb');
    expect(listNumberText(14, 'upperRoman')).toBe('XIV');
    expect(listNumberText(12, 'chineseLegalSimplified')).toBe('拾贰');
    expect(listNumberText(4, 'ordinal')).toBe('4');
  });
});

describe('Word paragraph text', () => {
  it('keeps tracked insertions and moves in, leaves deletions and moves away out', () => {
    const body = `<w:p><w:r><w:t>推进</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>逐步</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>全面</w:t></w:r></w:ins><w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧处</w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="a"><w:r><w:t>落实</w:t></w:r></w:moveTo></w:p>`;
    expect(linesOf(wordFile(body))).toEqual(['推进全面落实']);
  });

  it('joins a paragraph whose mark is deleted to the next one', () => {
    const body = `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>加强</w:t></w:r></w:p>${p('监管。')}`;
    const extracted = docxToText(wordFile(body));
    expect(extracted.text).toBe('加强监管。\n');
    expect(extracted.lines).toEqual([{ paragraph: 1 }]);
  });

  it('leaves field codes and hidden text out, keeps the field result, tabs and breaks', () => {
    const body = `<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:tab/><w:t>末</w:t><w:br/><w:t>尾</w:t></w:r></w:p><w:p><w:r><w:t>Open</w:t><w:br/><w:t>data</w:t></w:r></w:p>`;
    expect(linesOf(wordFile(body))).toEqual(['见第3页\t末尾', 'Open data']);
  });

  it('gives a merged cell its empty columns, a nested table inside its cell, and drops a deleted row', () => {
    const cell = (inner: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;
    const body = `<w:tbl><w:tr>${cell(p('任务'), '<w:gridSpan w:val="2"/>')}${cell(p('单位'))}</w:tr><w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>${cell(p('删'))}${cell(p('除'))}${cell(p('行'))}</w:tr><w:tr>${cell(p('1'))}${cell(`${p('甲')}<w:tbl><w:tr>${cell(p('乙'))}${cell(p('丙'))}</w:tr></w:tbl>`)}${cell(p(''))}</w:tr></w:tbl>`;
    const extracted = docxToText(wordFile(body));
    expect(extracted.text).toBe('任务\t\t单位\n1\t甲 乙 丙\t\n');
    expect(extracted.lines).toEqual([{ paragraph: 1, cell: { table: 1, row: 1, column: 1 } }, { paragraph: 6, cell: { table: 1, row: 3, column: 1 } }]);
  });

  it('reads a file that gives WordprocessingML another prefix', () => {
    const bytes = zipSync({
      'word/document.xml': strToU8('<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>正文</x:t></x:r></x:p></x:body></x:document>'),
    });
    expect(docxToText(bytes).text).toBe('正文\n');
  });
});
