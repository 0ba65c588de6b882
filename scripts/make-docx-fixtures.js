// Writes the Word fixtures of fixtures/published/docx/ with the `docx` package (a devDependency):
//   node scripts/make-docx-fixtures.js
// numbered-plan.docx: Word's automatic numbering (一、 （一） 1. ① with a restarted instance), a
// tracked insertion and deletion, a comment, a footnote, a running header and a page-number footer,
// and a task table. typed-plan.docx: the same kind of plan with typed markers and a table, from
// which LibreOffice makes typed-plan.doc (see the folder's README.md). The text is written for the
// fixtures in the style of a plan.
import { writeFileSync } from 'node:fs';
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, Footer,
  FootnoteReferenceRun, Header, InsertedTextRun, LevelFormat, LevelSuffix, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';

const folder = new URL('../fixtures/published/docx/', import.meta.url);
// A fixed date keeps the files the same from one run to the next.
const date = new Date('2025-01-15T09:00:00Z');
const change = { author: '起草人', date: date.toISOString() };

const plain = (text) => new Paragraph({ children: [new TextRun(text)] });
const numbered = (level, text, instance) =>
  new Paragraph({ numbering: { reference: level === 3 ? 'points' : 'ladder', level: level === 3 ? 0 : level, ...(instance ? { instance } : {}) }, children: [new TextRun(text)] });
const cell = (text) => new TableCell({ width: { size: 1800, type: WidthType.DXA }, children: text.split('\n').map(plain) });
const row = (cells) => new TableRow({ children: cells.map(cell) });
const taskTable = () =>
  new Table({
    rows: [
      row(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']),
      row(['1', '编制政务服务事项目录', '市政务服务局', '各区政府', '2025年6月底前']),
      row(['2', '建设企业开办专区\n实现一日办结', '市市场监管局', '市公安局、市税务局', '2025年9月底前']),
      row(['3', '开展信用修复专项行动', '市发展改革委', '', '2025年12月底前']),
    ],
  });

const numberedPlan = new Document({
  creator: 'policy-compile fixtures',
  comments: {
    children: [{ id: 0, author: '审核人', date, children: [plain('请核实完成时限是否与年度计划一致。')] }],
  },
  footnotes: { 1: { children: [plain('进展情况每季度末报送市政府办公室。')] } },
  numbering: {
    config: [
      {
        reference: 'ladder',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING, alignment: AlignmentType.LEFT },
          { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
        ],
      },
      {
        reference: 'points',
        levels: [{ level: 0, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%1', alignment: AlignmentType.LEFT }],
      },
    ],
  },
  sections: [
    {
      headers: { default: new Header({ children: [plain('XX市2025年优化营商环境工作要点')] }) },
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })],
        }),
      },
      children: [
        plain('XX市2025年优化营商环境工作要点'),
        plain('为持续优化营商环境，激发市场主体活力，结合本市实际，制定本工作要点。'),
        numbered(0, '提升政务服务效能'),
        numbered(1, '推进政务服务标准化'),
        numbered(2, '编制政务服务事项目录。年内完成市、区两级事项目录编制并向社会公布。（牵头单位：市政务服务局；配合单位：各区政府；完成时限：2025年6月底前）'),
        new Paragraph({
          numbering: { reference: 'ladder', level: 2 },
          children: [
            new TextRun('推行“一窗受理”。'),
            new DeletedTextRun({ id: 1, ...change, text: '逐步' }),
            new InsertedTextRun({ id: 2, ...change, text: '全面' }),
            new TextRun('推行综合窗口受理模式，'),
            new CommentRangeStart(0),
            new TextRun('压减企业办事时间'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
            new TextRun('。（牵头单位：市政务服务局；完成时限：2025年9月底前）'),
            new FootnoteReferenceRun(1),
          ],
        }),
        numbered(1, '推进“一网通办”'),
        numbered(2, '拓展网上办事范围。重点推进以下事项：'),
        numbered(3, '企业开办全程网办；', 1),
        numbered(3, '工程建设项目审批网上并联办理。', 1),
        numbered(2, '完善统一身份认证。（牵头单位：市大数据中心；完成时限：2025年10月底前）'),
        numbered(0, '加强事中事后监管'),
        numbered(1, '推行信用分级分类监管'),
        numbered(2, '完善信用评价指标。重点做好以下工作：'),
        numbered(3, '建立行业信用评价模型；', 2),
        numbered(3, '推动评价结果在监管中应用。', 2),
        plain('附件：重点任务分解表'),
        taskTable(),
        plain('XX市人民政府办公室'),
        plain('2025年1月15日'),
      ],
    },
  ],
});

const typedPlan = new Document({
  creator: 'policy-compile fixtures',
  sections: [
    {
      headers: { default: new Header({ children: [plain('XX区2025年数字政府建设工作要点')] }) },
      footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
      children: [
        plain('XX区2025年数字政府建设工作要点'),
        plain('为加快数字政府建设，提升治理效能，制定本工作要点。'),
        plain('一、夯实数字基础设施'),
        plain('（一）完善政务云平台'),
        plain('1.推进政务系统迁移上云。年内完成区级部门业务系统迁移。（牵头单位：区政务服务数据管理局；完成时限：2025年11月底前）'),
        plain('2.加强网络安全防护。（牵头单位：区委网信办；配合单位：区公安分局；完成时限：2025年12月底前）'),
        plain('二、提升数据治理能力'),
        plain('3.建立数据资源目录。（牵头单位：区政务服务数据管理局；完成时限：2025年8月底前）'),
        taskTable(),
        plain('XX区人民政府办公室'),
      ],
    },
  ],
});

for (const [name, document] of [['numbered-plan.docx', numberedPlan], ['typed-plan.docx', typedPlan]]) {
  writeFileSync(new URL(name, folder), await Packer.toBuffer(document));
  console.log(`fixtures/published/docx/${name}`);
}
