// Makes the PDF fixtures of fixtures/published/pdf/ with LibreOffice (soffice), qpdf and
// pdftoppm from Debian's packages (run by hand, not by the tests):
//   node scripts/make-pdf-fixtures.js            (all of them)
//   node scripts/make-pdf-fixtures.js NAME ...   (only the printed plans named, e.g. flattened-table)
// Each plan is written here as a flat OpenDocument file (.fodt) — first-line indents, a running
// header and `— N —` page numbers in the footer, a bordered table — printed to PDF by LibreOffice,
// and its expected text (one paragraph per line, table rows as tab-separated cells) is written
// beside it as NAME.expected.txt.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escape, fodt } from './fodt.js';

const out = fileURLToPath(new URL('../fixtures/published/pdf/', import.meta.url));
/** The plan's text as its `.txt` copy reads: a paragraph per line, a table row per line with tabs. */
function expectedText({ parts }) {
  return `${parts.flatMap((part) => (part.rows ? part.rows.map((row) => row.join('\t')) : [part.text])).join('\n')}\n`;
}

/** The plans to print when some are named on the command line; the files made from others (encrypted, scan, corrupt) only when none are. */
const only = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));
function print(name, plan) {
  if (only.length > 0 && !only.includes(name)) return;
  const source = join(work, `${name}.fodt`);
  writeFileSync(source, fodt(plan));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, source], { stdio: 'ignore' });
  writeFileSync(join(out, `${name}.pdf`), readFileSync(join(work, `${name}.pdf`)));
  writeFileSync(join(out, `${name}.expected.txt`), expectedText(plan));
}

const body = (text) => ({ text });
const heading = (text) => ({ text });

// A plan whose long paragraphs run across page breaks under a running header and `— N —` footers.
print('page-break', {
  header: '某市2026年社区治理工作要点',
  parts: [
    { style: 'Title', text: '某市2026年社区治理工作要点' },
    body('为持续提升社区治理和服务水平，推动各项工作任务落到实处，结合本市实际，制定本工作要点。'),
    heading('一、夯实社区治理基础'),
    body('（一）健全社区组织体系。完善以社区党组织为核心、社区居民委员会为主体、社区服务站和各类社会组织共同参与的组织体系，推动社区网格与居民小组、楼栋单元有机衔接，做到网格全覆盖、人员全到位、责任全落实。各区要在上半年完成网格调整，建立网格员名册和联系制度，确保居民诉求在网格内及时发现、及时受理、及时办结。（牵头单位：市民政局；配合单位：各区人民政府；完成时限：2026年6月底前）'),
    body('（二）规范社区工作事项。全面梳理社区依法履行职责事项、协助政府工作事项和证明事项清单，清理规范面向社区的考核评比、创建达标和工作台账，凡未列入清单的事项原则上不得交由社区承担。确需社区协助的，应当按照费随事转的原则提供必要的经费和工作条件，并在事前征求社区意见。各部门不得以签订责任书等方式将工作责任转嫁给社区，不得要求社区填报与其职责无关的报表数据。（牵头单位：市民政局、市委组织部；完成时限：2026年9月底前）'),
    body('（三）加强社区工作者队伍建设。落实社区工作者职业体系，完善岗位等级序列和薪酬待遇动态调整机制，每年组织社区工作者全员轮训不少于一次，重点围绕政策法规、群众工作方法、应急处置和信息化应用开展培训，提升依法办事和服务群众的能力。推动符合条件的社区工作者参加社会工作者职业资格考试，对取得资格证书的按规定给予补贴。（牵头单位：市民政局、市人力资源社会保障局；完成时限：2026年12月底前）'),
    heading('二、提升社区服务能力'),
    body('（四）优化社区综合服务设施。按照每百户居民不低于三十平方米的标准配置社区综合服务设施，推进老旧社区服务用房补短板，鼓励利用闲置厂房、商业用房等改造建设社区服务场所，统筹设置养老托育、文化体育、便民商业等服务功能，提高设施使用效率，做到开放时间与居民作息相适应。对新建住宅小区，配套建设的社区服务设施应当与住宅同步规划、同步建设、同步验收、同步交付使用。（牵头单位：市住房城乡建设局、市自然资源规划局；配合单位：市民政局；完成时限：持续推进）'),
    body('（五）推进智慧社区建设。依托全市政务服务平台，推动高频政务服务事项向社区延伸，实现就近可办、一次办好。整合社区各类信息系统和数据资源，推进基础数据一次采集、多方共享，减少重复填报。开展智慧社区试点，在安全防范、养老服务、停车管理等场景推广应用物联网感知设备，形成一批可复制推广的经验做法。（牵头单位：市政务服务数据管理局；配合单位：市公安局、市民政局；完成时限：2026年11月底前）'),
    heading('三、强化组织保障'),
    body('各区、各有关部门要高度重视社区治理工作，把本工作要点确定的任务纳入年度工作计划，明确责任分工和时间节点，确保各项任务按期完成。市民政局要加强统筹协调和督促检查，每季度通报工作进展情况，年底前对工作落实情况进行总结评估，并将评估结果报市人民政府。'),
  ],
});

// A plan with a bordered task table (任务分解表): one row per task; one page, no running header.
print('table', {
  header: null,
  parts: [
    { style: 'Title', text: '某区2026年营商环境优化重点任务' },
    body('为进一步优化营商环境，激发市场主体活力，现将2026年重点任务分解如下，请各牵头单位认真抓好落实。'),
    heading('一、重点任务分解表'),
    {
      widths: [1.4, 7.2, 4.2, 2.8],
      rows: [
        ['序号', '工作任务', '牵头单位', '完成时限'],
        ['1', '推行企业开办全程网上办理，将企业开办时间压缩至一个工作日以内', '区市场监管局', '2026年6月底前'],
        ['2', '开展工程建设项目审批制度改革，实行联合审图和联合验收', '区住房城乡建设局', '2026年9月底前'],
        ['3', '建立涉企政策统一发布平台，实现政策精准推送', '区发展改革局', '2026年12月底前'],
        ['4', '完善中小企业融资服务机制，扩大首贷和信用贷款规模', '区金融办', '持续推进'],
      ],
    },
    heading('二、工作要求'),
    body('各牵头单位要制定具体工作方案，明确时间表和路线图，每月底前向区营商环境办报送工作进展情况。区营商环境办要加强督促检查，对工作推进不力的单位及时通报。'),
  ],
});

// A plan whose task table is set as one paragraph per cell, none indented (序号, then each cell of
// the row), as some offices lay a table out: the task of row 3 fills its line exactly (27
// characters of 16 pt on a 15.6 cm line) and the content of row 5 fills its second line exactly,
// ending in 。, so only the rows' cell count tells where those cells end.
const flush = (text) => ({ style: 'Flush', text });
print('flattened-table', {
  header: '某区2026年营商环境优化重点任务清单',
  parts: [
    { style: 'Title', text: '某区2026年营商环境优化重点任务清单' },
    flush('为进一步优化营商环境，激发市场主体活力，现将2026年重点任务分解如下，请各牵头单位认真抓好落实。'),
    ...['序号', '工作任务', '主要内容', '牵头单位', '完成时限'].map(flush),
    ...[
      ['1', '推行企业开办全程网上办理', '将企业开办时间压缩至一个工作日以内，实现营业执照、公章刻制、发票申领一次办结。', '区市场监管局', '2026年6月底前'],
      ['2', '深化工程建设项目审批制度改革', '实行联合审图和联合验收，将审批时间压缩至六十个工作日以内。', '区住房城乡建设局', '2026年9月底前'],
      ['3', '建立涉企政策统一发布平台实现惠企政策精准推送和免申即享', '归集各部门涉企政策，按企业画像精准推送，推动一批惠企政策免于申报、直接兑现。', '区发展改革局', '2026年12月底前'],
      ['4', '完善中小企业融资服务机制', '扩大首贷和信用贷款规模，建立政府性融资担保风险分担机制。', '区金融办', '持续推进'],
      ['5', '推进政务服务事项集成办理', '梳理企业和群众高频办理事项清单，推出二十个一件事套餐服务，推动高频事项全部实现线上线下一次办理、按时限办结。', '区政务服务中心', '2026年10月底前'],
      ['6', '规范涉企行政检查', '推行综合查一次制度，同一部门对同一企业的检查每年不超过两次。', '区司法局', '2026年8月底前'],
      ['7', '加强知识产权保护', '建立知识产权快速维权机制，缩短侵权纠纷处理周期。', '区市场监管局', '持续推进'],
    ].flat().map(flush),
  ],
});
if (only.length > 0) {
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// The page-break plan encrypted with a user password (qpdf, AES-256).
execFileSync('qpdf', ['--encrypt', 'reader-password', 'owner-password', '256', '--', join(out, 'page-break.pdf'), join(out, 'encrypted.pdf')]);
// Encrypted with an owner password only (printing and copying restricted): it opens without a password and is read.
execFileSync('qpdf', ['--encrypt', '', 'owner-password', '256', '--', join(out, 'page-break.pdf'), join(out, 'owner-password.pdf')]);
// A scan: the first page of the page-break plan as an image only, without a text layer.
execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', '-png', join(out, 'page-break.pdf'), join(work, 'scan')]);
// LibreOffice prints it: a document whose one paragraph holds the page image, embedded.
const image = readFileSync(join(work, 'scan-1.png')).toString('base64');
const scan = fodt({ header: null, parts: [] })
  .replace('xmlns:svg=', 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg=')
  .replace('<office:text>', `<office:text><text:p text:style-name="Flush"><draw:frame draw:name="page" text:anchor-type="as-char" svg:width="15cm" svg:height="21.2cm"><draw:image><office:binary-data>${image}</office:binary-data></draw:image></draw:frame></text:p>`);
writeFileSync(join(work, 'scan.fodt'), scan);
execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, join(work, 'scan.fodt')], { stdio: 'ignore' });
writeFileSync(join(out, 'scan.pdf'), readFileSync(join(work, 'scan.pdf')));
// The same scan with `— 1 —` in its footer as text: a page number is no text layer.
writeFileSync(join(work, 'scan-numbered.fodt'), scan.replace('<style:master-page style:name="Standard" style:page-layout-name="pm1">', '<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>'));
execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, join(work, 'scan-numbered.fodt')], { stdio: 'ignore' });
writeFileSync(join(out, 'scan-numbered.pdf'), readFileSync(join(work, 'scan-numbered.pdf')));
// A corrupt PDF: the table plan cut off after its first 2 KiB.
writeFileSync(join(out, 'corrupt.pdf'), readFileSync(join(out, 'table.pdf')).subarray(0, 2048));
rmSync(work, { recursive: true, force: true });
