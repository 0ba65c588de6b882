import * as z from 'zod';
import { Position } from './position.js';

/** What an unnumbered paragraph is to the document. */
export const BlockRole = z
  .enum([
    'paragraph', // ordinary prose
    'title', // a line of the document (or attachment) title
    'subtitle', // a line under the title that qualifies it (——…在…会议上), and the speaker's line after it
    'notice', // a line of the notice that wraps the plan: its title and text
    'doc-number', // 文号, e.g. 国办发〔2018〕118号
    'addressee', // 主送, e.g. 各省、自治区、直辖市人民政府：
    'signature', // the issuing body above the date
    'date', // 2018年12月5日
    'note', // （此件公开发布）, （本文有删减）; a note under a table or passage, 注：…, and the numbered notes of its list
    'attachment-list', // 附件：… and the names it lists
    'attachment-label', // the 附件 line that opens an attachment
    'colophon', // 版记: 抄送：…, …印发
    'masthead', // the red header: XX市人民政府文件
    'metadata', // a field of a web page's table above the document: 索引号：…, 发布日期：…
    'page-number', // — 3 — left by a PDF conversion
    'unit-note', // a line under a node naming its units or deadline: 牵头单位：…, 完成时限：…
    'table-header', // the header row of a task table (序号, 重点任务, 牵头单位 …), or one cell of it when the table is flattened
    'lead-cell', // a cell of a task table's row under 牵头单位, 责任单位, 指导部门 …
    'partner-cell', // a cell of a task table's row under 配合单位, 协办单位 …
    'deadline-cell', // a cell of a task table's row under 完成时限, 时间节点 …
    'table-cell', // any other cell of a task table's row that holds no task: 推广范围, 目标值, 备注, a 序号 not at the start; a cell of an indicator table flattened one cell a line or copied as tab-separated rows (set by extract)
  ])
  .meta({ id: 'BlockRole' });
export type BlockRole = z.infer<typeof BlockRole>;

/**
 * One paragraph of the source. `lead + text + trail` is exactly the source it came from:
 * `lead` holds the indentation (and any blank lines) before the text, `trail` the trailing
 * spaces and the line break after it.
 */
export const Block = z
  .object({
    role: BlockRole,
    text: z.string(),
    lead: z.string(),
    trail: z.string(),
    position: Position,
  })
  .meta({ id: 'Block' });
export type Block = z.infer<typeof Block>;
