import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { CSV_COLUMNS, toCsv } from '../src/emit/csv.js';
import { ROOT, SEED } from './helpers.js';

const FIXTURE = `${ROOT}fixtures/extract/notations/input.txt`;
/** The rows of a CSV as a spreadsheet reads them: quoted cells may hold `,`, `""` and line breaks. */
const rows = (csv: string): string[][] => parse(csv, { bom: true });
const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('the task table (CSV)', () => {
  it('is UTF-8 with a byte-order mark and CRLF, one row per obligation of the seed', () => {
    const csv = toCsv(compile(readFileSync(SEED), { path: SEED }).document);
    expect(csv.startsWith('\uFEFFdocument,year,part,section,section_title,kind,number,label,obligation,text,leads,partners,deadline\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/u);
    const table = rows(csv);
    // 120 task rows of the items, 4 of the closing paragraph (its sentences set tasks to named bodies), and the header.
    expect(table).toHaveLength(125);
    expect(table.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    expect(table[1]!.slice(0, 4)).toEqual(['2022-quanmian-yifa-zhishi', '2022', '', '一、']);
    expect(table[1]!.slice(6, 9)).toEqual(['1.', '深化XXX法治思想学习培训', 'sec_1__item_1__obl_1']);
    expect(table[1]![9]).toMatch(/^研究制定学习贯彻XXX法治思想新方式新举措，.*全覆盖培训轮训。$/);
  });

  it('fills leads, partners and deadline, units joined by ；, groups kept whole', () => {
    const table = rows(toCsv(compile(readFileSync(FIXTURE), { path: FIXTURE }).document));
    const byText = new Map(table.slice(1).map((row) => [row[column('text')], row]));
    const cells = (text: string) => ['leads', 'partners', 'deadline'].map((name) => byText.get(text)![column(name as 'leads')]);
    expect(cells('2023年6月底前完成市、县两级行政许可事项清单编制，清单之外不得违法实施行政许可。')).toEqual(['市审批服务局', '市司法局；市委编办', '2023年6月底前完成']);
    expect(cells('发挥行政复议化解行政争议的主渠道作用，依法纠正违法或者不当的行政行为。')).toEqual(['市司法局', '各区、县级市政府；市直各部门', '']);
    expect(cells('建立企业信用风险分类管理制度。')).toEqual(['市发展改革委', '', '6月底完成']);
    // No note is left in the text column.
    expect(table.slice(1).some((row) => /牵头|配合单位|责任单位|负责）/u.test(row[column('text')]!))).toBe(false);
  });

  it('makes a cell that starts like a formula plain text', () => {
    const csv = toCsv(compile('1.建立机制。（市司法局负责）\n2.=SUM(A1)开展工作。\n', { path: 'x.txt' }).document);
    expect(csv).toContain(",'=SUM(A1)开展工作。,");
  });
});
