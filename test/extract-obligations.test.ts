import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { findSentenceNotes, readNoteLine } from '../src/extract/find-notes.js';
import { unitNoteLines } from '../src/extract/score-extraction.js';
import { toSourceText } from '../src/emit/source-text.js';
import { Document, type Node, type Obligation } from '../src/model/index.js';
import { joinLines } from '../src/text/join-lines.js';
import { CORPUS, hasCorpus, ROOT, SEED } from './helpers.js';

const FIXTURE = `${ROOT}fixtures/extract/notations/input.txt`;

function* walk(list: Node[]): Generator<Node> {
  for (const node of list) {
    yield node;
    yield* walk(node.children);
  }
}
const nodesOf = (document: Document) => [...walk(document.body), ...document.attachments.flatMap((a) => [...walk(a.body)])];
const obligationsOf = (document: Document) => nodesOf(document).flatMap((n) => n.obligations);

/** What the source holds where the obligation says it is, without the notes written inside that span, read as one line. */
function sourceOf(source: string, obligation: Obligation): string {
  const { start, end } = obligation.position!;
  let text = source.slice(start.offset, end.offset);
  for (const note of obligation.notes) {
    const at = note.position!.start.offset;
    if (at >= start.offset && at < end.offset) text = text.replace(note.text, '');
  }
  return joinLines(text);
}

function checkDocument(source: string, path: string) {
  const { document } = compile(source, { path });
  expect(toSourceText(document), `${path} rebuilds`).toBe(source);
  for (const obligation of obligationsOf(document)) {
    // No unit note stays in an obligation's text, and none is an obligation.
    expect(findSentenceNotes(obligation.text).notes, obligation.text).toEqual([]);
    expect(readNoteLine(obligation.text), obligation.text).toBeNull();
    expect(sourceOf(source, obligation), `${path} ${obligation.eId}`).toBe(obligation.text);
    const { start, end } = obligation.position!;
    const line = source.slice(0, start.offset).split(/\r\n|\r|\n/u).length;
    expect(start.line, obligation.eId).toBe(line);
    expect(end.offset).toBeGreaterThan(start.offset);
    for (const note of obligation.notes) expect(source.slice(note.position!.start.offset, note.position!.end.offset)).toBe(note.text);
  }
  for (const node of nodesOf(document)) for (const note of node.notes ?? []) expect(source.slice(note.position!.start.offset, note.position!.end.offset)).toBe(note.text);
  return document;
}

describe('obligations and their unit notes in the tree', () => {
  it('keeps the seed lossless, with 120 obligations and no notes', () => {
    const document = checkDocument(readFileSync(SEED, 'utf8'), SEED);
    expect(obligationsOf(document)).toHaveLength(120);
    expect(unitNoteLines(document)).toEqual([]);
    expect(obligationsOf(document)[0]!.actions).toEqual(['研究制定', '推动建立', '举办', '深化']);
  });

  it('reads a sentence whose rest, once its bracketed note is out, is a labelled note as one note', () => {
    // Found by the generated inputs below: `1.责任单位：…2022年底前；` was left an obligation beside its `（持续推进）`.
    const text = '1.完成时限：1.责任单位：按职责分工负责2022年底前\n；（持续推进）\n各区、县级市政府牵头单位：100%牵头100%1.\n1.建立1.牵头单位：1.（一）1.1.牵头单位：\n';
    const item = checkDocument(text, 'generated.txt').body[0]!;
    expect(item.obligations.map((o) => o.text).join('')).not.toContain('责任单位');
  });

  it('keeps the notations fixture lossless, notes out of obligations and positions on the text', () => {
    const document = checkDocument(readFileSync(FIXTURE, 'utf8'), FIXTURE);
    const byNode = new Map(nodesOf(document).map((n) => [n.num.raw.trim(), n]));
    // 9 obligations' worth of note lines are blocks, not obligations.
    expect(byNode.get('9.')!.blocks.map((b) => b.text)).toEqual(['牵头单位：市司法局', '配合单位：市政府办公室', '完成时限：长期坚持']);
    expect(byNode.get('9.')!.obligations).toHaveLength(1);
    // A note before the stop: the obligation spans it in the source, its text has it not.
    const before = byNode.get('8.')!.obligations[0]!;
    expect(before.text).toBe('全面落实行政规范性文件合法性审核机制，审核率达到100%。');
    expect(before.notes[0]!.text).toBe('（市司法局牵头，市政府办公室配合）');
  });

  it('keeps a list after a colon as one obligation with its shared time, but not a label’s colon', () => {
    const plan = '一、目标\n（一）总体目标。到2030年，各市要实现以下目标：每千名儿童拥有托位4.5个以上；社区托育服务覆盖率达到90%。\n（二）保障。牵头单位：省卫生健康委；完成时限：2030年底前。\n';
    const { document } = compile(plan, { path: 'plan.txt' });
    const [first, second] = document.body[0]!.children;
    expect(first!.obligations.map((o) => o.text)).toEqual(['到2030年，各市要实现以下目标：每千名儿童拥有托位4.5个以上；社区托育服务覆盖率达到90%。']);
    expect(first!.obligations[0]!.targets.map((t) => t.quantity)).toEqual(['4.5个以上', '90%']);
    expect(first!.obligations[0]!.deadline).toMatchObject({ year: 2030 });
    expect(second!.obligations.map((o) => o.text).join('')).not.toContain('牵头单位');
    expect(second!.obligations[0]?.leads).toEqual(['省卫生健康委']);
  });

  it('gives a note to the sentences since the note before it, and a closing note to the node', () => {
    const { document } = compile(readFileSync(FIXTURE, 'utf8'), { path: FIXTURE });
    const byNode = new Map(nodesOf(document).map((n) => [n.num.raw.trim(), n]));
    expect(byNode.get('7.')!.obligations.map((o) => [o.leads, o.partners])).toEqual([[['市司法局'], []], [['市人大常委会法工委'], ['市司法局']]]);
    expect(byNode.get('7.')!.notes).toEqual([]);
    expect(byNode.get('14.')!.obligations.map((o) => o.leads)).toEqual([['市政府办公室'], ['市政府办公室']]);
    expect(byNode.get('14.')!.notes!.map((n) => n.text)).toEqual(['（市政府办公室负责）']);
    // The lines under （三） cover it and reach its items.
    expect(byNode.get('（三）')!.notes!.map((n) => n.text)).toEqual(['牵头单位：市委编办', '完成时限：2023年底前']);
    expect(byNode.get('10.')!.obligations.map((o) => [o.leads, o.deadline?.text])).toEqual([[['市委编办'], '2023年底前'], [['市委编办'], '2023年底前']]);
    // A date of its own beats the enclosing node's; a note line of its own node beats its text.
    expect(byNode.get('11.')!.obligations[0]!.deadline?.text).toBe('6月底前完成');
    expect(byNode.get('13.')!.obligations[0]!.deadline).toEqual({ text: '2023年12月底前', year: 2023, month: 12, ongoing: false, recurrence: null, within: null });
    // A single sentence with its note is an obligation; the note is not.
    expect(byNode.get('23.')!.obligations.map((o) => o.text)).toEqual(['编制年度法治政府建设报告。']);
  });

  it('reads a note the parser left in a title as the note of the whole node, and such a title as a task', () => {
    const source = '一、总体任务\n（一）加强组织领导（牵头单位：市委办）\n1.建立工作台账。\n2.完善考核办法（市考核办负责）\n';
    const document = checkDocument(source, 'titles.txt');
    const [subsection] = document.body[0]!.children;
    expect(subsection!.notes!.map((n) => [n.text, n.leads])).toEqual([['（牵头单位：市委办）', ['市委办']]]);
    expect(subsection!.children[0]!.obligations.map((o) => [o.text, o.leads])).toEqual([['建立工作台账。', ['市委办']]]);
    expect(subsection!.children[1]!.notes!.map((n) => n.leads)).toEqual([['市考核办']]);
    // A leaf with nothing but its title and units is a task: its title is the obligation.
    expect(subsection!.children[1]!.obligations.map((o) => [o.text, o.leads])).toEqual([['完善考核办法', ['市考核办']]]);
    const lines = checkDocument('一、任务\n1.建立X机制。\n牵头单位：市司法局\n2.咨询方式。\n', 'lines.txt');
    expect(lines.body[0]!.children.map((n) => n.obligations.map((o) => [o.text, o.leads]))).toEqual([[['建立X机制。', ['市司法局']]], [['咨询方式。', []]]]);
  });

  it('shares no objects between obligations, so YAML has no anchors for them', () => {
    const { document } = compile(readFileSync(FIXTURE, 'utf8'), { path: FIXTURE });
    const objects = [...nodesOf(document).flatMap((n) => n.notes ?? []), ...obligationsOf(document).flatMap((o) => [...o.notes, o.deadline, o.position])].filter(Boolean);
    expect(new Set(objects).size).toBe(objects.length);
  });

  it('writes schema-valid documents', () => {
    for (const path of [SEED, FIXTURE]) expect(Document.safeParse(compile(readFileSync(path), { path }).document).success).toBe(true);
  });

  it.runIf(hasCorpus)('keeps every corpus document and edition lossless with notes out of obligations', () => {
    const files = [
      ...readdirSync(`${CORPUS}documents`).map((f) => `${CORPUS}documents/${f}`),
      ...readdirSync(`${CORPUS}editions`).flatMap((d) => readdirSync(`${CORPUS}editions/${d}`).map((f) => `${CORPUS}editions/${d}/${f}`)),
    ].filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) checkDocument(readFileSync(file, 'utf8'), file);
  });

  // Lines of the pieces unit notes are made of, mixed with prose, markers and odd brackets.
  const piece = fc.constantFrom(
    '1.', '2．', '（一）', '一、', '(3)', '推进', '建立', '机制', '市司法局', '省商务厅', '各区、县级市政府', '牵头', '负责', '配合',
    '按职责分工负责', '牵头单位：', '责任单位：', '配合单位：', '完成时限：', '牵头考核单位：', '6月底完成', '持续推进', '2022年底前',
    '0.5分', '（', '）', '(', ')', '，', '、', '。', '；', '：', '《', '》', '“', '”', '100%', '全覆盖', ' ', '　', '等和', '要', '探索',
  );
  const line = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
  const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\n\n')), { maxLength: 25 }).map((lines) => lines.map(([l, e]) => l + e).join(''));

  it('keeps generated inputs lossless and schema-valid, notes never in obligations', () => {
    fc.assert(
      fc.property(text, (input) => {
        const document = checkDocument(input, 'generated.txt');
        expect(Document.safeParse(document).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
