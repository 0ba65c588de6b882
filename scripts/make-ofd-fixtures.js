// Makes the OFD fixtures of fixtures/published/ofd/ (run by hand, not by the tests):
//   node scripts/make-ofd-fixtures.js
// No public OFD sample was at hand, so these files are built from the structure GB/T 33190
// gives: a zip (fflate) of OFD.xml → DocBody/DocRoot → Doc_0/Document.xml (CommonData with
// PageArea and TemplatePage, Pages/Page/@BaseLoc) → Pages/Page_N/Content.xml with Layer,
// TextObject (Boundary, Size, CTM) and TextCode (X, Y, DeltaX with its `g N d` form). The text
// is laid out here like a word processor would: A4, 16 pt characters, 27 to a line, first-line
// indents of two characters, a centred title, page numbers at the foot; NAME.expected.txt holds
// the text the reader should give (one paragraph per line).
import { writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../fixtures/published/ofd/', import.meta.url));
const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const SIZE = 5.644; // 16 pt in millimetres
const PAGE = { width: 210, height: 297, left: 28, right: 26, top: 37, bottom: 35 };
const PITCH = 10; // millimetres between baselines
const WIDTH = PAGE.width - PAGE.left - PAGE.right;
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const advance = (glyph) => (/[\x20-\x7e]/.test(glyph) ? SIZE / 2 : SIZE);
const CLOSING = /[，。、；：？！”’）》]/;

/** A paragraph broken into lines of at most WIDTH: never inside a Latin word or number, closing punctuation never starting a line. */
function breakLines(text, indent) {
  const lines = [];
  let line = [];
  let room = WIDTH - indent;
  for (const piece of text.match(/[A-Za-z0-9]+|./gu)) {
    const width = [...piece].reduce((sum, glyph) => sum + advance(glyph), 0);
    if (width > room && line.length > 0 && !CLOSING.test(piece)) {
      lines.push(line.join(''));
      line = [];
      room = WIDTH;
    }
    line.push(piece);
    room -= width;
  }
  if (line.length > 0) lines.push(line.join(''));
  return lines;
}

/** DeltaX for a line: each glyph's advance, runs of one advance written `g N d`. */
function deltaX(text) {
  const glyphs = [...text];
  const deltas = glyphs.slice(0, -1).map((glyph) => +advance(glyph).toFixed(3));
  const parts = [];
  for (let index = 0; index < deltas.length; ) {
    let end = index;
    while (end + 1 < deltas.length && deltas[end + 1] === deltas[index]) end++;
    parts.push(end > index ? `g ${end - index + 1} ${deltas[index]}` : `${deltas[index]}`);
    index = end + 1;
  }
  return parts.join(' ');
}

let nextId = 100;
function textObject(text, x, baseline, size = SIZE) {
  const width = [...text].reduce((sum, glyph) => sum + (advance(glyph) * size) / SIZE, 0);
  const top = baseline - size;
  // Every fifth object is placed by a CTM (a scale of one) instead of by its boundary alone.
  const ctm = nextId % 5 === 0 ? ' CTM="1 0 0 1 0 0"' : '';
  return `<ofd:TextObject ID="${nextId++}" Boundary="${x.toFixed(3)} ${top.toFixed(3)} ${width.toFixed(3)} ${(size * 1.3).toFixed(3)}" Font="1" Size="${size.toFixed(3)}"${ctm}><ofd:TextCode X="0" Y="${size.toFixed(3)}" DeltaX="${deltaX(text)}">${escape(text)}</ofd:TextCode></ofd:TextObject>`;
}

/** Lays paragraphs out on pages: [{objects: string[]}]. */
function layOut(paragraphs) {
  const pages = [[]];
  let baseline = PAGE.top + SIZE;
  for (const paragraph of paragraphs) {
    const indent = paragraph.kind === 'body' ? 2 * SIZE : 0;
    const lines = paragraph.kind === 'title' ? [paragraph.text] : breakLines(paragraph.text, indent);
    lines.forEach((line, index) => {
      if (baseline > PAGE.height - PAGE.bottom) {
        pages.push([]);
        baseline = PAGE.top + SIZE;
      }
      const size = paragraph.kind === 'title' ? 7.76 : SIZE; // 22 pt
      const width = [...line].reduce((sum, glyph) => sum + (advance(glyph) * size) / SIZE, 0);
      const x = paragraph.kind === 'title' ? PAGE.left + (WIDTH - width) / 2 : PAGE.left + (index === 0 ? indent : 0);
      pages.at(-1).push(textObject(line, x, baseline, size));
      baseline += paragraph.kind === 'title' ? PITCH * 1.6 : PITCH;
    });
  }
  return pages;
}

function centred(text, baseline, size) {
  const width = [...text].reduce((sum, glyph) => sum + (advance(glyph) * size) / SIZE, 0);
  return textObject(text, PAGE.left + (WIDTH - width) / 2, baseline, size);
}

/**
 * An OFD package of the paragraphs; `header` is a running header put on a template page that
 * every page uses, `pageNumber(n, count)` the text at each page's foot (on the page itself).
 */
function ofd({ paragraphs, header, pageNumber }) {
  const pages = layOut(paragraphs);
  const files = {};
  files['OFD.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:OFD ${NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>${'0'.repeat(32)}</ofd:DocID><ofd:Creator>make-ofd-fixtures</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`;
  const template = header ? '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>' : '';
  files['Doc_0/Document.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${nextId + pages.length * 2 + 10}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 ${PAGE.width} ${PAGE.height}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>${template}</ofd:CommonData>
<ofd:Pages>${pages.map((_, index) => `<ofd:Page ID="${10 + index}" BaseLoc="Pages/Page_${index}/Content.xml"/>`).join('')}</ofd:Pages></ofd:Document>`;
  files['Doc_0/PublicRes.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="1" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>`;
  if (header) {
    files['Doc_0/Tpls/Tpl_0/Content.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="3">${centred(header, 20, 3.175)}<ofd:PathObject ID="4" Boundary="${PAGE.left} 23 ${WIDTH} 0.3" LineWidth="0.3"><ofd:AbbreviatedData>M 0 0 L ${WIDTH} 0</ofd:AbbreviatedData></ofd:PathObject></ofd:Layer></ofd:Content></ofd:Page>`;
  }
  pages.forEach((objects, index) => {
    const foot = centred(pageNumber(index + 1, pages.length), PAGE.height - 20, 4.94);
    files[`Doc_0/Pages/Page_${index}/Content.xml`] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page ${NS}>${header ? '<ofd:Template TemplateID="2" ZOrder="Background"/>' : ''}<ofd:Content><ofd:Layer ID="${50 + index}">
${objects.join('\n')}
${foot}
</ofd:Layer></ofd:Content></ofd:Page>`;
  });
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
}

function write(name, plan) {
  writeFileSync(`${out}${name}.ofd`, ofd(plan));
  writeFileSync(`${out}${name}.expected.txt`, `${plan.paragraphs.map((paragraph) => paragraph.text).join('\n')}\n`);
}

const title = (text) => ({ kind: 'title', text });
const body = (text) => ({ kind: 'body', text });

// A plan whose paragraphs run across pages, `- N -` page numbers at the foot.
write('plan', {
  pageNumber: (number) => `- ${number} -`,
  paragraphs: [
    title('某县2026年农村人居环境整治工作方案'),
    body('为深入推进农村人居环境整治，建设宜居宜业和美乡村，结合本县实际，制定本方案。'),
    body('一、工作目标'),
    body('到2026年底，全县农村卫生厕所普及率达到百分之九十五以上，生活垃圾收运处置体系覆盖所有行政村，生活污水治理率达到百分之四十以上，村容村貌明显改善，长效管护机制基本建立。'),
    body('二、重点任务'),
    body('（一）推进农村厕所革命。坚持数量服从质量、进度服从实效，因地制宜选择改厕模式，新改建农村户用卫生厕所一千五百户，同步推进厕所粪污无害化处理和资源化利用，建立改厕问题排查整改台账，做到发现一户、整改一户。（牵头单位：县农业农村局；配合单位：县卫生健康局；完成时限：2026年10月底前）'),
    body('（二）加强生活垃圾治理。完善户分类、村收集、镇转运、县处理的收运处置体系，每个行政村至少配备一名保洁员，推动垃圾分类减量和资源化利用，开展非正规垃圾堆放点排查整治，确保动态清零。（牵头单位：县住房城乡建设局；完成时限：持续推进）'),
    body('（三）梯次推进生活污水治理。优先治理水源保护区、城乡接合部和人口集中村庄的生活污水，采用纳管、集中处理和分散处理相结合的方式，完成二十个行政村的生活污水治理任务，加强已建设施运行维护，提高设施正常运行率。（牵头单位：市生态环境局县分局；完成时限：2026年12月底前）'),
    body('（四）提升村容村貌。开展村庄清洁行动，集中清理村内塘沟、农业生产废弃物和乱堆乱放，推进村庄绿化美化，建设一批美丽庭院示范户，引导农民群众自觉维护村庄环境卫生。（牵头单位：县农业农村局；配合单位：各乡镇人民政府；完成时限：2026年11月底前）'),
    body('三、保障措施'),
    body('各乡镇人民政府要落实属地责任，把农村人居环境整治列入重要议事日程，明确专人负责，加强资金保障和督促检查，每月底前向县农业农村局报送工作进展情况。'),
  ],
});

// The same kind of plan with its running header on a template page and `第N页 共M页` at the foot.
write('template-header', {
  header: '某县2026年农村人居环境整治工作方案',
  pageNumber: (number, count) => `第${number}页 共${count}页`,
  paragraphs: [
    title('某县农村人居环境整治长效管护办法'),
    body('第一条　为巩固农村人居环境整治成果，建立健全长效管护机制，制定本办法。'),
    body('第二条　本办法所称长效管护，是指对农村生活垃圾收运处置设施、生活污水处理设施、公共厕所、村内道路和公共绿地等开展的日常保洁、运行维护和监督管理活动。各乡镇人民政府是本辖区长效管护的责任主体，应当明确管护范围、管护标准和管护责任人，并将管护经费列入年度预算，确保设施有人管、有钱管、管得好。'),
    body('第三条　县农业农村局负责统筹协调长效管护工作，会同县财政局制定管护经费补助办法，每半年对各乡镇管护情况进行一次考核，考核结果与补助资金挂钩。县住房城乡建设局、市生态环境局县分局按照职责分工，负责垃圾和污水处理设施运行的业务指导和监督检查，对发现的问题及时督促整改，对整改不到位的予以通报。'),
    body('第四条　村民委员会应当将村庄环境卫生要求纳入村规民约，组织村民开展房前屋后环境卫生整治，引导村民自觉参与管护，对表现突出的农户给予表扬。'),
    body('第五条　乡镇人民政府应当建立管护问题发现和处置机制，通过日常巡查、群众举报和第三方评估等方式及时发现设施损坏、垃圾积存和污水外溢等问题，建立问题清单，明确整改责任和时限，整改完成后应当组织复查，做到问题不解决不销号。'),
    body('第六条　鼓励通过政府购买服务等方式，引入专业化企业承担垃圾收运、污水处理设施运行维护等管护任务，签订服务合同，明确服务内容、质量标准和考核办法，按照考核结果支付服务费用，对考核不合格的依照合同约定予以扣减。'),
    body('第七条　对在长效管护工作中玩忽职守、弄虚作假，造成设施长期闲置或者环境严重污染的，依照有关规定追究相关单位和人员的责任。'),
    body('第八条　本办法自印发之日起施行。'),
  ],
});

// A zip bomb: a Content.xml of a hundred million spaces, which deflates to about a hundred kilobytes.
const bomb = new Uint8Array(100 * 1024 * 1024).fill(0x20);
writeFileSync(`${out}bomb.ofd`, zipSync({ 'OFD.xml': strToU8('<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>'), 'Doc_0/Document.xml': bomb }, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
// A zip that is no OFD document, and an OFD file cut off in its middle.
writeFileSync(`${out}not-ofd.ofd`, zipSync({ 'readme.txt': strToU8('not an OFD document') }, { mtime: new Date('2026-01-01T00:00:00Z') }));
const plan = ofd({ paragraphs: [body('本文件在中途被截断。')], pageNumber: (number) => `- ${number} -` });
writeFileSync(`${out}corrupt.ofd`, plan.subarray(0, Math.floor(plan.length / 2)));
