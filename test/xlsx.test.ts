import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { toJson } from '../src/emit/json.js';
import { TASK_FIELDS } from '../src/emit/task-records.js';
import { toXlsx } from '../src/emit/xlsx.js';
import type { Document } from '../src/model/index.js';
import { recordingIo } from './cli-io.js';
import { compileFile, ROOT, SEED } from './helpers.js';

type Json = Record<string, any>;

/** The workbook's sheets as exceljs reads them back: each a list of rows keyed by the header. */
async function readBack(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; sheets: Map<string, Json[]> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = new Map<string, Json[]>();
  workbook.eachSheet((sheet) => {
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header, sheet.name).toEqual([...TASK_FIELDS]);
    const rows: Json[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const values = sheet.getRow(r).values as unknown[];
      rows.push(Object.fromEntries(TASK_FIELDS.map((field, c) => [field, values[c + 1] ?? null])));
    }
    sheets.set(sheet.name, rows);
  });
  return { workbook, sheets };
}

/** Every obligation of a part of the JSON, with its section and node, in reading order. */
function jsonTasks(part: Json): { section: Json; node: Json; obligation: Json }[] {
  const found: { section: Json; node: Json; obligation: Json }[] = [];
  const visit = (section: Json, node: Json) => {
    for (const obligation of node.obligations) found.push({ section, node, obligation });
    for (const child of node.children) visit(section, child);
  };
  for (const section of part.body) visit(section, section);
  return found;
}

/** The row the JSON gives for a task: every field, lists joined by `；`, absent values empty. */
function expectedRow(json: Json, part: string, { section, node, obligation }: ReturnType<typeof jsonTasks>[number]): Json {
  const list = (items: string[]) => (items.length ? items.join('；') : null);
  const { deadline } = obligation;
  return {
    document: json.id,
    year: json.year,
    part: part || null,
    section: section.num.raw.trim(),
    section_title: section.label,
    kind: node.kind,
    number: node.num.raw.trim(),
    label: node.label,
    obligation: obligation.eId,
    text: obligation.text,
    actions: list(obligation.actions),
    leads: list(obligation.leads),
    partners: list(obligation.partners),
    deadline: deadline?.text ?? null,
    deadline_year: deadline?.year ?? null,
    deadline_month: deadline?.month ?? null,
    deadline_ongoing: deadline ? deadline.ongoing : null,
    targets: list(obligation.targets.map((target: Json) => target.text)),
    target_quantities: list(obligation.targets.flatMap((target: Json) => target.quantity ?? [])),
    modality: obligation.modality,
    references: list(obligation.references),
    notes: list(obligation.notes.map((note: Json) => note.text)),
  };
}

/** Compiles a plan, writes its workbook, reads it back, and compares each sheet with the JSON. */
async function compareWithJson(file: string): Promise<{ sheets: Map<string, Json[]>; workbook: ExcelJS.Workbook; document: Document }> {
  const { document } = compileFile(file);
  const json = JSON.parse(toJson(document)) as Json;
  const { sheets, workbook } = await readBack(await toXlsx(document));
  const parts = [json, ...json.attachments];
  expect([...sheets.keys()]).toEqual(parts.map((_, i) => (i === 0 ? 'tasks' : `att_${i}`)));
  parts.forEach((part, i) => {
    const name = i === 0 ? '' : `att_${i}`;
    // The closing's task rows follow the nodes' (kind closing); the nodes' rows are compared field by field.
    const rows = sheets.get(name || 'tasks')!;
    expect(rows.filter((row) => row.kind !== 'closing')).toEqual(jsonTasks(part).map((task) => expectedRow(json, name, task)));
    expect(rows.filter((row) => row.kind === 'closing').map((row) => row.text)).toEqual((part.closingObligations ?? []).map((o: Json) => o.text));
  });
  return { sheets, workbook, document };
}

describe('the Excel task table (--format xlsx)', () => {
  // The seed's 120 tasks of its items and 4 of its closing paragraph.
  it('has a sheet of the seed’s 124 tasks with every field, read back by exceljs as the JSON gives them', async () => {
    const { sheets } = await compareWithJson(SEED);
    expect(sheets.get('tasks')).toHaveLength(124);
    // Fields the CSV leaves out are there and filled: actions and modality on every task of the seed.
    expect(sheets.get('tasks')!.every((row) => row.actions && row.modality)).toBe(true);
  });

  it('fills the unit, deadline, target and reference columns of a plan that has them', async () => {
    const { sheets } = await compareWithJson(`${ROOT}fixtures/extract/notations/input.txt`);
    const rows = sheets.get('tasks')!;
    expect(rows.find((row) => row.deadline === '2023年6月底前完成')).toMatchObject({ leads: '市审批服务局', partners: '市司法局；市委编办', deadline_year: 2023, deadline_month: 6, deadline_ongoing: false });
    expect(rows.some((row) => row.targets && row.target_quantities === '100%')).toBe(true);
    expect(rows.some((row) => row.references === '《优化营商环境条例》')).toBe(true);
  });

  it('gives each attachment a sheet of its own tasks', async () => {
    const { sheets } = await compareWithJson(`${ROOT}fixtures/parse/notice-attachment-list/input.txt`);
    expect([...sheets.keys()]).toEqual(['tasks', 'att_1', 'att_2']);
    expect(sheets.get('att_1')).toHaveLength(3);
    expect(sheets.get('att_2')!.every((row) => row.part === 'att_2')).toBe(true);
  });

  it('freezes, styles and filters the header row, sizes the columns and wraps the text', async () => {
    const { workbook } = await compareWithJson(SEED);
    const sheet = workbook.getWorksheet('tasks')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const column = (field: (typeof TASK_FIELDS)[number]) => sheet.getColumn(TASK_FIELDS.indexOf(field) + 1);
    expect(column('text').width).toBeGreaterThan(column('year').width!);
    expect(sheet.getCell(2, TASK_FIELDS.indexOf('text') + 1).alignment?.wrapText).toBe(true);
  });

  it('is the same bytes for the same plan, and escapes what XML cannot hold', async () => {
    const { document } = compileFile(SEED);
    expect(Buffer.from(await toXlsx(document)).equals(Buffer.from(await toXlsx(document)))).toBe(true);
    const odd = structuredClone(document);
    odd.body[0]!.children[0]!.obligations[0]!.text = 'a\u0007b';
    const bytes = await toXlsx(odd);
    // Written as OOXML's escape, which Excel and exceljs read back as the character.
    expect(strFromU8(unzipSync(bytes)['xl/sharedStrings.xml']!)).toContain('a_x0007_b');
    const { sheets } = await readBack(bytes);
    expect(sheets.get('tasks')![0]!.text).toBe('a\u0007b');
  });
});

describe('the command line', () => {
  it('-f xlsx writes <id>.xlsx, and -f workbook one tasks.xlsx of every document’s tasks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-xlsx-'));
    const notations = `${ROOT}fixtures/extract/notations/input.txt`;
    const { io, stderr } = recordingIo(dir);
    expect(await run([SEED, notations, '-o', 'out', '-f', 'xlsx,workbook'], io), stderr()).toBe(0);
    const { sheets } = await readBack(readFileSync(join(dir, 'out/2022-quanmian-yifa-zhishi.xlsx')));
    expect(sheets.get('tasks')).toHaveLength(124);
    const all = (await readBack(readFileSync(join(dir, 'out/tasks.xlsx')))).sheets.get('tasks')!;
    expect(all.filter((row) => row.document === '2022-quanmian-yifa-zhishi')).toHaveLength(124);
    expect(all.filter((row) => row.document === 'input')).toHaveLength(27);
    expect(stderr()).toContain('wrote 4 files');
  });

  it('--stdout with a workbook format is a usage error', async () => {
    const { io, stderr } = recordingIo(ROOT);
    expect(await run([SEED, '--stdout', '-f', 'xlsx'], io)).toBe(2);
    expect(stderr()).toContain('--format xlsx writes a workbook');
  });

  it('the built command line writes a workbook from its lazily loaded part (dist/bundle/xlsx.cjs)', () => {
    const bin = `${ROOT}bin/policy-compile.js`;
    if (!existsSync(`${ROOT}dist/bundle/xlsx.cjs`)) return console.log('skipped: the command line is not built (npm run build)');
    const dir = mkdtempSync(join(tmpdir(), 'policy-compile-xlsx-bin-'));
    const child = spawnSync(process.execPath, [bin, SEED, '-o', join(dir, 'out'), '-f', 'xlsx'], { encoding: 'utf8' });
    expect(child.status, child.stderr).toBe(0);
    expect(existsSync(join(dir, 'out/2022-quanmian-yifa-zhishi.xlsx'))).toBe(true);
  });
});
