// Writes fixtures/published/docx/task-table.docx, a Word file holding a 任务分解表 (task table)
// with group rows that span the table, and fixtures/published/docx/task-table.txt, the same plan
// as the Word reader gives it: one paragraph per line, a table row per line with its cells
// separated by TAB (a row of one merged cell is one cell). Both come from the rows below, so they
// say the same thing. Run: node scripts/make-task-table-docx.js
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const out = fileURLToPath(new URL('../fixtures/published/docx/', import.meta.url));

const title = 'XX市2025年法治政府建设重点任务分解表';
const preamble = '为确保各项任务落到实处，现将2025年法治政府建设重点任务分解如下，各牵头单位要会同配合单位细化措施、按时完成。';
const header = ['序号', '重点任务', '工作内容', '牵头单位', '配合单位', '完成时限'];
/** A string is a group row, spanning the table; an array is a row of cells. */
const rows = [
  '一、依法全面履行政府职能（共3项）',
  ['1', '动态调整权责清单', '根据法律法规立改废释情况，及时调整市级部门权责清单并向社会公布。', '市委编办', '市司法局、市政务服务局', '2025年6月底前'],
  ['2', '深化“放管服”改革', '全面推行证明事项告知承诺制，编制并公布告知承诺事项目录。', '市司法局', '市政务服务局', '2025年9月底前'],
  ['3', '规范涉企行政检查', '建立涉企行政检查事项清单，同一部门对同一企业的检查原则上每年不超过1次。', '市司法局', '市市场监管局、各有关部门', '持续推进'],
  '二、健全依法行政制度体系（共2项）',
  ['4', '加强行政规范性文件管理', '落实行政规范性文件合法性审核机制，审核率达到100%。', '市司法局', '', '2025年底前'],
  ['5', '开展规章和规范性文件清理', '对不符合上位法规定的规章、规范性文件及时修改或废止。', '市司法局', '市政府各部门', '2025年11月底前'],
];
const closing = ['XX市全面依法治市委员会办公室', '2025年2月10日'];

const font = { font: '仿宋_GB2312', size: 28 };
const text = (value, bold = false) => new TextRun({ text: value, bold, ...font });
const cell = (value, span = 1, bold = false) =>
  new TableCell({ columnSpan: span, children: [new Paragraph({ children: value ? [text(value, bold)] : [] })] });

const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: [
    new TableRow({ tableHeader: true, children: header.map((name) => cell(name, 1, true)) }),
    ...rows.map((row) => new TableRow({ children: typeof row === 'string' ? [cell(row, header.length, true)] : row.map((value) => cell(value)) })),
  ],
});

const doc = new Document({
  creator: 'policy-compile fixtures',
  title,
  sections: [
    {
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true, font: '方正小标宋简体', size: 36 })] }),
        new Paragraph({ indent: { firstLine: 640 }, children: [text(preamble)] }),
        table,
        ...closing.map((line) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(line)] })),
      ],
    },
  ],
});

writeFileSync(`${out}task-table.docx`, await Packer.toBuffer(doc));
const lines = [title, preamble, header.join('\t'), ...rows.map((row) => (typeof row === 'string' ? row : row.join('\t'))), ...closing];
writeFileSync(`${out}task-table.txt`, `${lines.join('\n')}\n`);
