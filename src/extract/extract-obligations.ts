import { advance } from '../model/advance.js';
import type { Block, Deadline, Node, Obligation, Point, Position, UnitNote } from '../model/index.js';
import { pointCursor } from '../model/point-cursor.js';
import { splitClauses } from '../text/clauses.js';
import { isSpace } from '../text/is-space.js';
import { joinLines } from '../text/join-lines.js';
import { splitSentences } from '../text/sentences.js';
import { timeHeadLength } from '../text/time-head.js';
import { findActions } from './find-actions.js';
import { findDeadlines, findOpeningDeadlines, findPhaseDeadline, findStartYear, findTimeClause, isDated, leadingDate, type DeadlineContext } from './find-deadline.js';
import { findIndicatorCells } from './find-indicator-cells.js';
import { findModality } from './find-modality.js';
import { findSentenceNotes, readNoteLine } from './find-notes.js';
import { findReferences } from './find-references.js';
import { findTargets } from './find-targets.js';
import { joinListedParts } from './join-listed-parts.js';
import { looseCellRole } from './loose-cell-role.js';
import { readTaskCell } from './read-task-cell.js';
import { splitRunInItems } from './split-run-in-items.js';
import { CONTACT, type NoteFields } from './parse-note.js';

/** A node's prose in source order: task sentences and the unit notes between them. */
// `carried`: the limits the sentence a `；`-cut part belongs to opens with (`到2025年，A；B。` gives B `到2025年`).
// `startYear`: the year its sentence's rounds start from (`自2027年起，A…；B于每年3月31日前…`).
// `head`: the first part of the sentence a later `；`-cut part belongs to, whose modal word governs a part that leaves out its subject.
type Entry = { kind: 'sentence'; text: string; position: Position | null; carried: Deadline[]; startYear?: number | null; head?: string } | { kind: 'note'; note: UnitNote };

/**
 * Fills the obligations of every node, one per sentence of its prose after the title (the rest
 * of its head paragraph, then its unnumbered paragraphs), with the fields of a task table.
 * Unit notes (`（省商务厅牵头，合肥海关配合）`, `牵头单位：…` lines) are taken out of the
 * sentences and never become obligations; a note gives its units and deadline to the sentences
 * since the note before it in the node, and a note covering the whole node (`node.notes`) to its
 * children's sentences that have none.
 * @param nodes a tree from `parse`; a new tree is returned, the input is left as it was
 * @param firstLeads the document states that the first unit of each list leads (`statesFirstUnitLeads`)
 * @param context the plan's year, where its title or preamble names one (`workYearOf`): `年内`, `全年`, `今年` fall in it
 */
export function extractObligations(nodes: Node[], firstLeads = false, context: DeadlineContext = {}): Node[] {
  return extractUnder(nodes, [], firstLeads, context);
}

/**
 * The tasks of a part's closing: every sentence of each closing paragraph that holds a task, a
 * sentence with an action or a time limit (`各地区要于2019年3月底前制定实施方案，并报司法部备案。`,
 * `省经济和信息化厅会同…制定实施细则。`, `本办法由…负责解释。`, `请于…前书面反馈…`), as its other
 * sentences speak to the same bodies (`司法部要加强指导…`). A paragraph without one
 * (`本方案自印发之日起施行。`, `特此通知。`) gives none; unit notes in the paragraph cover its sentences.
 * @param closing the closing blocks of a part
 * @param prefix `''` for the main text, `att_1__` … in an attachment, as the part's node eIds
 * @param firstLeads the document states that the first unit of each list leads (`statesFirstUnitLeads`)
 * @param context the plan's year, where its title or preamble names one (`workYearOf`)
 */
export function extractClosingObligations(closing: Block[], prefix: string, firstLeads = false, context: DeadlineContext = {}): Obligation[] {
  const obligations: Obligation[] = [];
  // An indicator table appended after the last item (`附表` and its cells, one a line) holds no task.
  const cells = findIndicatorCells(closing);
  for (const [k, block] of closing.entries()) {
    if (block.role !== 'paragraph' || cells[k]) continue;
    const entries: Entry[] = [];
    addProse(entries, block.text, block.position.start, firstLeads, context);
    const sentences = entries.flatMap((entry) => (entry.kind === 'sentence' ? [entry] : []));
    // The actions read to find the paragraph's task are its tasks' actions too: read once.
    const actions: string[][] = [];
    if (!sentences.some((sentence, i) => (actions[i] = findActions(sentence.text)).length || findDeadlines(sentence.text).length)) continue;
    const notes = entries.flatMap((entry) => (entry.kind === 'note' ? [entry.note] : []));
    sentences.forEach(({ text, position }, i) => {
      obligations.push(obligation(`${prefix}closing__obl_${obligations.length + 1}`, text, position, notes, true, [], context, actions[i]));
    });
  }
  return obligations;
}

/**
 * What a node's tasks are read against: the plan's year, and the time that holds for the tasks under a heading that write
 * no date (`phase`): the time of the phase the node is in (`findPhaseDeadline`), or of the goals node above it.
 */
// `steps`: the node is an item of a section of steps (`实施步骤`, `时间安排`), each item a phase whether or not it says `阶段`.
type NodeContext = DeadlineContext & { phase?: Deadline[]; steps?: boolean };

function extractUnder(nodes: Node[], inherited: UnitNote[], firstLeads: boolean, outer: NodeContext): Node[] {
  // A phase that writes no year (`集中整治阶段（5月—10月）`) is in the year of the phase before it.
  let phaseYear: number | null = null;
  return nodes.map((node) => {
    // A phase's heading (`动员部署阶段（2026年3月—4月）`) dates the tasks of the phase that write no date, and gives its year
    // to the dates they write without one (`4月15日前`), as a plan's title gives its year.
    // A run-in title opening with a clause of time (`（六）9-10月，开展秋季专项检查。…`) is a dated task written as a heading: a
    // task of its own, and its time dates the node's sentences that write none, as a phase's heading does.
    const titleTime = node.title ? findTimeClause(node.titleAsWritten ?? node.title, { planYear: phaseYear ?? outer.planYear ?? null }).filter(isDated) : [];
    const phase = findPhaseDeadline(phaseHeading(node), { planYear: phaseYear ?? outer.planYear ?? null }, outer.steps) ?? titleTime.at(-1) ?? null;
    if (phase?.year != null) phaseYear = phase.year;
    const context: NodeContext = phase ? { ...outer, planYear: phase.year ?? outer.planYear ?? null, phase: [phase] } : outer;
    const phased = context.phase ?? [];
    const blocks = markTableCells(node.blocks.map(markNoteLine).map(markLooseCell));
    const entries = entriesOf(node, blocks, firstLeads, context);
    const dated = titleTime.length ? titleTask(node) : null;
    if (dated) entries.unshift({ kind: 'sentence', text: dated.text, position: dated.position, carried: [] });
    const obligations: Obligation[] = [];
    let pending: Array<Extract<Entry, { kind: 'sentence' }>> = [];
    const runs: UnitNote[][] = [];
    const settle = (run: UnitNote[], own: boolean) => {
      for (const sentence of pending) {
        const carried = sentence.carried.length ? sentence.carried : phased;
        obligations.push(obligation(`${node.eId}__obl_${obligations.length + 1}`, sentence.text, sentence.position, run, own, carried, { planYear: context.planYear ?? null, startYear: sentence.startYear ?? null }, undefined, sentence.head));
      }
      pending = [];
    };
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.kind === 'sentence') {
        pending.push(entry);
        continue;
      }
      const run = [entry.note];
      while (entries[i + 1]?.kind === 'note') run.push((entries[++i] as Extract<Entry, { kind: 'note' }>).note);
      runs.push(run);
      // A note that names only helpers (`（市委网信办配合）`) keeps the lead of the node above.
      const leadless = !run.some((note) => note.leads.length);
      settle(leadless ? [...run, ...inherited.filter((note) => note.leads.length)] : run, true);
    }
    const trailing = pending.length > 0;
    // A note in the node's title (`（一）加强组织领导（牵头单位：市委办）`) covers the node.
    const titled = titleNotes(node, firstLeads);
    settle(titled.length ? titled : inherited, titled.length > 0);
    // One run of notes closing the node covers all of it; so do note lines under a node without prose.
    const closing = runs.length === 1 && !trailing ? runs[0]! : obligations.length === 0 ? runs.flat() : [];
    const whole = [...titled, ...closing];
    // A leaf whose only words are its title, with units for it, is a task too: `1.建立X机制。` + `牵头单位：…`.
    if (!obligations.length && !node.children.length && node.title && whole.length) {
      const task = titleTask(node);
      if (task) obligations.push(obligation(`${node.eId}__obl_1`, task.text, task.position, whole, true, phased, { planYear: context.planYear ?? null }));
    }
    // The time a goals node opens with (`一、主要目标` / `到2028年，…。` / `1.设施更加完善。新建…`) holds for the goals numbered under it,
    // and so does the time of the sentence its prose ends with, leading into them (`…。到2020年，基本实现…。` / `（一）…更加合理。`).
    const goalsTime = node.children.length && GOALS_TITLE.test(node.title ?? '') ? goalsHeadTime(node, blocks, context) : [];
    const steps = STEPS_TITLE.test(node.title ?? '');
    const under = goalsTime.length || steps || context.steps ? { ...context, phase: goalsTime.length ? goalsTime : context.phase, steps } : context;
    return withTasks(node, blocks, obligations, copied(whole), extractUnder(node.children, whole.length ? whole : inherited, firstLeads, under));
  });
}

/** The title of a section whose items are the phases of the work (`实施步骤`, `时间安排`, `进度安排`, `方法步骤`). */
const STEPS_TITLE = /(?:步骤|时间安排|进度安排|时间节点|时序安排)$/u;

/** A title that is a phase's name alone (`第三阶段`). */
const PHASE_NAME = /阶段$/u;

/**
 * The heading of a node that may name a phase: its title, else the time its text opens with before a colon, which the parser
 * leaves there (`集中实施阶段（4月—10月）：…`, `第三阶段：…`); and where that is a phase's name alone (`（三）第三阶段：总结提升
 * （2026年11月—12月）。`) the first sentence of its text too, when it holds a time in brackets.
 */
function phaseHeading(node: Node): string | null {
  const title = node.titleAsWritten ?? node.title ?? timeHead(node.text);
  if (!title || !PHASE_NAME.test(title)) return title;
  // Only a sentence with the phase's time in brackets, or one that opens with a time before its first comma
  // (`清理整顿阶段。2009年4月6日至5月30日，全面开展…`): a task's own date (`准备阶段。各区于3月底前…`) dates that task alone.
  const stop = node.text.indexOf('。');
  const first = stop === -1 ? '' : node.text.slice(0, stop);
  if (first.includes('（') || first.includes('(')) return title + '，' + first;
  const opening = TIME_OPENING.exec(first);
  return opening ? title + '，' + opening[0] : title;
}

/**
 * A span of dates that opens a sentence (`2009年4月6日至5月30日，`, `5月—6月，`): the phase's period, written in figures up to
 * its comma; a single date (`3月底前，各乡镇…`) is the limit of that sentence's task alone. Each side is a date of at most
 * twelve characters (`2009年10月31日` has eleven).
 */
const TIME_OPENING = /^[0-9０-９][0-9０-９年月日]{0,12}(?:至|到|—|－|-|~|～)[0-9０-９][0-9０-９年月日底前中下上旬初末份]{0,12}(?=，)/u;

/** The time head a node's prose opens with (`集中实施阶段（4月—10月）：…`, left in the text by the parser), or null. */
function timeHead(text: string): string | null {
  const length = timeHeadLength(text);
  return length ? text.slice(0, length - 1) : null;
}

/**
 * A node with its tasks, written out field by field in the model's order. A spread with a field
 * added (`{ ...node, notes }`) gives every node a hidden class of its own in V8, which makes each
 * later walk over the tree (validation, emitters) several times slower.
 */
function withTasks(node: Node, blocks: Block[], obligations: Obligation[], notes: UnitNote[], children: Node[]): Node {
  const { kind, eId, num, title, titleAsWritten, titleEnd, label, text, lead, trail, position } = node;
  // Every node gets the same fields (titleAsWritten undefined where the title is one line), so they share one shape.
  return { kind, eId, num, title, titleAsWritten, titleEnd, label, text, lead, trail, blocks, obligations, children, position, notes };
}

/** The unit notes a node's title ends with, as the parser may keep them there: `完善考核办法（市考核办负责）`. */
function titleNotes(node: Node, firstLeads: boolean): UnitNote[] {
  const title = node.titleAsWritten ?? node.title;
  if (!title) return [];
  const found = findSentenceNotes(title, firstLeads);
  const base = node.position && advance(node.position.start, node.num.raw);
  return found.notes.map(({ start, end, ...fields }) => {
    const from = base && advance(base, title.slice(0, start));
    return { text: title.slice(start, end), position: from && { start: from, end: advance(from, title.slice(start, end)) }, ...fields };
  });
}

/** A node's title as a task: without the notes it ends with, else with the stop after it (`建立X机制。`). */
function titleTask(node: Node): { text: string; position: Position | null } | null {
  const title = node.titleAsWritten ?? node.title!;
  const found = findSentenceNotes(title);
  const written = found.notes.length ? found.text : title + (/^[。；！？]/u.exec(node.titleEnd)?.[0] ?? '');
  if (!written.trim()) return null;
  const start = node.position && advance(node.position.start, node.num.raw);
  return { text: joinLines(written), position: start && { start, end: advance(start, written) } };
}

/** The label of a plan's part opening a paragraph (`工作目标：`, `主要指标：`, `目标任务：`, `工作措施：`), no text of its tasks. */
const PART_LABEL = /^[ \t\u3000]*(?:工作|主要|总体|重点|具体|保障)?(?:目标|指标|任务|措施|要求)(?:任务)?[：:][ \t\u3000]*(?=\S)/u;

/** The title of a node setting a plan's goals (`主要目标`, `发展目标`, `工作目标`, `主要指标`, `目标任务`). */
// A paragraph of main indicators (`（二）主要指标。到2028年，…。A达到…；B达到…。`) sets goals as one of targets does.
const GOALS_TITLE = /(?:目标|指标)(?:任务)?$/u;

/** A paragraph that is a bullet of a list (`--平台建设长足进步。…`, `——…`, `●…`), as the goals of a plan are written. */
const BULLET = /^[\s\u3000]*(?:-{2}|－{1,2}|—{1,2}|[•●■◆▪])/u;

/** The sentences and notes of a node's head paragraph and its unnumbered paragraphs (`blocks`), in order. */
// The time a node's prose opens with (`到2023年，…`) holds for the bulleted goals under it, which do not write it again.
function entriesOf(node: Node, blocks: Block[], firstLeads: boolean, context: DeadlineContext): Entry[] {
  const entries: Entry[] = [];
  // The unit cells of a task table's row cover the whole row, wherever their columns stand.
  let cells: Array<Extract<Entry, { kind: 'note' }>> = [];
  // The unit cells of the task before a sub-row, for a sub-row that writes none of its own (its cell merged with the row's).
  let units: Entry[] = [];
  const lastDeadlineCell = blocks.findLastIndex((block) => block.role === 'deadline-cell');
  const head = node.position && advance(node.position.start, node.num.raw + (node.titleAsWritten ?? node.title ?? '') + node.titleEnd);
  // In a goals node (`一、主要目标`) the time its prose opens with holds for the goals written after it in that paragraph too.
  const goals = GOALS_TITLE.test(node.title ?? '');
  // The first sentence of its prose, read once for the time it opens with and for the targets it holds.
  const lead = goals || blocks.some((block) => block.role === 'paragraph' && BULLET.test(block.text)) ? firstSentence(node, blocks) : '';
  const headTime = lead ? findOpeningDeadlines(lead, context) : [];
  const opening = goals ? (node.text.trim() ? null : blocks.find((block) => block.role === 'paragraph')) : undefined;
  // Only a dated time (`到2027年`): an undated one (`持续…`) belongs to its own sentence, which would get it twice.
  // Only where the opening sentence sums up without figures (`到2027年，…基本健全，…明显提升。` and the indicators after it): one
  // that holds its own targets (`到2028年，…达到95%。`) is a goal of its own, and a sentence after it another, with no time.
  const goalsTime = goals && !findTargets(lead).length ? headTime.filter(isDated) : [];
  // A paragraph opening with the label of a plan's part (`工作目标：到2020年，…`, `工作措施：推动…`) starts its prose after it.
  const proseStart = (block: Block) => PART_LABEL.exec(block.text)?.[0].length ?? 0;
  const headStart = PART_LABEL.exec(node.text)?.[0].length ?? 0;
  addProse(entries, node.text.slice(headStart), head && advance(head, node.text.slice(0, headStart)), firstLeads, context, opening === null ? goalsTime : []);
  // Page numbers and other lines that are not prose hold no tasks.
  for (const [at, block] of blocks.entries()) {
    const cell = readTaskCell(block, context.planYear ?? null);
    if (cell) cells.push({ kind: 'note', note: { text: block.text, position: block.position, ...cell } });
    const fields = block.role === 'unit-note' ? readNoteLine(joinLines(block.text), firstLeads) : null;
    if (fields) {
      const position = { start: advance(block.position.start, ''), end: advance(block.position.start, block.text) };
      entries.push({ kind: 'note', note: { text: block.text, position, ...fields } });
    } else if (block.role === 'paragraph') {
      // A task between the row's deadline cell and another is a sub-row without a number (`开工建设…。` / `12月底前`): the cells
      // so far are those of the tasks before it, the cells after it its own. (A line after the last cell is no sub-row.)
      if (cells.some((entry) => entry.note.deadline) && at < lastDeadlineCell) {
        entries.push(...cells);
        units = cells.filter((entry) => !entry.note.deadline);
        cells = [];
      }
      const from = proseStart(block);
      addProse(entries, block.text.slice(from), advance(block.position.start, block.text.slice(0, from)), firstLeads, context, BULLET.test(block.text) ? headTime : block === opening ? goalsTime : goals ? paragraphTime(block.text, context) : []);
    }
  }
  const unitless = !cells.some((entry) => entry.note.leads.length || entry.note.partners.length);
  return cells.length ? [...entries, ...(unitless ? units : []), ...cells] : entries;
}

/**
 * The time a later paragraph of a goals node opens with (`到2024年底，…。…继续保持。`), held by the paragraph's other sentences as the
 * node's opening time is by its first paragraph's; none where that sentence holds its own targets (a goal of its own, as there).
 */
function paragraphTime(text: string, context: DeadlineContext): Deadline[] {
  const lead = leadSentence(text);
  return lead && !findTargets(lead).length ? findOpeningDeadlines(lead, context).filter(isDated) : [];
}

/**
 * The dated time a goals node's prose opens with; else the one time a later sentence of its last paragraph opens with
 * (`…。到2020年，基本实现…。`, leading into the goals numbered under it), none where several do (`到2025年，…；到2035年，…`:
 * the goals' own time and a vision's).
 */
function goalsHeadTime(node: Node, blocks: Block[], context: DeadlineContext): Deadline[] {
  const opening = openingTime(node, blocks, context).filter(isDated);
  if (opening.length) return opening;
  const prose = [node.text, ...blocks.filter((block) => block.role === 'paragraph').map((block) => block.text)].filter((text) => text.trim()).at(-1) ?? '';
  if (BULLET.test(prose)) return [];
  const times = splitSentences(prose).flatMap((sentence) => findOpeningDeadlines(prose.slice(sentence.start, sentence.end), context).filter(isDated));
  return times.length === 1 ? times : [];
}

/** The time the first sentence of a node's prose opens with (`到2023年，…`), unless that prose is itself a bullet. */
function openingTime(node: Node, blocks: Block[], context: DeadlineContext): Deadline[] {
  const sentence = firstSentence(node, blocks);
  return sentence ? findOpeningDeadlines(sentence, context) : [];
}

/** The first sentence of a node's prose, empty when that prose is a bullet or there is none. */
function firstSentence(node: Node, blocks: Block[]): string {
  return leadSentence(node.text.trim() ? node.text : (blocks.find((block) => block.role === 'paragraph')?.text ?? ''));
}

/** The first sentence of a text, empty when the text is a bullet or empty. */
function leadSentence(text: string): string {
  if (!text || BULLET.test(text)) return '';
  const [sentence] = splitSentences(text);
  return sentence ? text.slice(sentence.start, sentence.end) : '';
}

/** The cells of an indicator table (flattened one cell a line, or rows with tabs) get the role `table-cell`: they hold no task. */
function markTableCells(blocks: Block[]): Block[] {
  const cells = findIndicatorCells(blocks);
  return cells.includes(true) ? blocks.map((block, i) => (cells[i] ? { ...block, role: 'table-cell' } : block)) : blocks;
}

/** A cell of a table copied one cell per line that the parser read as prose (`市安委办 |`, `1月20日前 |`, `|`) gets its cell's role. */
function markLooseCell(block: Block): Block {
  const role = block.role === 'paragraph' ? looseCellRole(block) : null;
  return role ? { ...block, role } : block;
}

/** A line that is a unit note as a whole (`牵头单位：市司法局`) gets the role `unit-note`. */
function markNoteLine(block: Block): Block {
  return block.role === 'paragraph' && readNoteLine(joinLines(block.text)) ? { ...block, role: 'unit-note' } : block;
}

// `inherited`: the time a bulleted paragraph's sentences share with the node's head (see entriesOf).
function addProse(entries: Entry[], text: string, base: Point | null, firstLeads: boolean, context: DeadlineContext, inherited: Deadline[] = []): void {
  // Numbered sub-items run together in one paragraph are read item by item, without their markers and headings.
  const items = splitRunInItems(text);
  if (items) {
    for (const item of items) addProse(entries, text.slice(item.start, item.end), base && advance(base, text.slice(0, item.start)), firstLeads, context, inherited);
    return;
  }
  const at = pointCursor(text, base);
  // The first part of the sentence being read, and what it opens with: read only once a part cut at
  // `；` after it asks (most sentences end with `。`, and reading the limits costs a scan per pattern).
  let first = '';
  let opening: Deadline[] | null = null;
  let startYear: number | null | undefined;
  let continues = false;
  // A list after a colon stays one sentence: its parts share its time and subject.
  for (const span of joinListedParts(text, splitSentences(text))) {
    const sentence = text.slice(span.start, span.end);
    // The parts of a sentence cut at `；` share the time it opens with.
    let carried = inherited;
    let carriedYear: number | null = null;
    const head = continues ? first : undefined;
    if (continues) {
      opening ??= findOpeningDeadlines(first, context);
      if (opening.length) carried = opening;
      if (startYear === undefined) startYear = findStartYear(first);
      carriedYear = startYear;
    } else {
      first = sentence;
      opening = null;
      startYear = undefined;
    }
    continues = endsPart(sentence);
    // A sentence that is a labelled note (`…。牵头单位：A；完成时限：2022年底前。`) is a note as a whole.
    const bracketed = findSentenceNotes(sentence, firstLeads);
    const line = readNoteLine(joinLines(sentence), firstLeads) ?? leftOverNote(bracketed, firstLeads);
    const found = line ? { text: '', end: 0, notes: [{ start: 0, end: sentence.length, ...line }] } : timeKept(sentence, bracketed);
    if (found.text && !setsNoTask(found.text)) {
      const start = at(span.start);
      // A hard-wrapped sentence reads as one line; its position still spans it in the source.
      entries.push({ kind: 'sentence', text: joinLines(found.text), position: start && { start, end: advance(start, sentence.slice(0, found.end)) }, carried, startYear: carriedYear, head });
    }
    for (const { start, end, ...fields } of found.notes) {
      const from = at(span.start + start);
      const position = from && { start: from, end: advance(from, sentence.slice(start, end)) };
      entries.push({ kind: 'note', note: { text: sentence.slice(start, end), position, ...fields } });
    }
  }
}

/**
 * A sentence that only points to a table or an attachment (`主要指标见表1。`, `具体名单详见附件2。`): it sets no task. Its
 * subject before 见 is at most 12 characters (`各区年度任务分解`): a longer one says more than where to look. (A literal, so
 * that test/regex-audit.test.ts runs it.)
 */
const POINTER = /^[^，,。；;]{0,12}见(?:附表|附件|表)[0-9０-９一二三四五六七八九十]*[\s。；;]*$/u;

/**
 * The bare label of a contact ending in its colon (`偷牧、夜牧举报电话：`): what it is for in a few words, eight characters at most
 * as a note's label.
 */
const CONTACT_LABEL = /^[\u4e00-\u9fa5、]{0,8}(?:电话|热线|手机|传真|邮箱|信箱|联系方式|联系人|地址)[：:]\s*$/u;
/** A modal or a verb that makes a line about a contact a duty (`各地要向社会公布举报电话：`). */
const CONTACT_DUTY = /[要应须需请将]|公布|设立|开通|公开/u;

/**
 * Whether a sentence sets no task: it only points to a table or an attachment (POINTER), or it is a line of contacts, a bare
 * label (CONTACT_LABEL) or a contact's number or address alone (`7623017 7627581 13947716813`, parse-note's CONTACT).
 */
function setsNoTask(sentence: string): boolean {
  return (sentence.includes('见') && POINTER.test(sentence)) || (CONTACT_LABEL.test(sentence) && !CONTACT_DUTY.test(sentence)) || CONTACT.test(sentence.trim().replace(/[。；;]$/u, ''));
}

/** Whether a sentence ends with `；` (blanks after it aside): a part of a longer sentence. */
function endsPart(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && isSpace(sentence.charCodeAt(end - 1))) end--;
  const last = sentence.charCodeAt(end - 1);
  return last === SEMICOLON || last === FULL_WIDTH_SEMICOLON;
}

const SEMICOLON = 0x3b;
const FULL_WIDTH_SEMICOLON = 0xff1b;

/**
 * A date alone in brackets after a task (`…并进行试点（8月底前）。`) is the task's own words, as the blind sets write them: the
 * sentence keeps it, and the bracket still gives the deadline. A note with a verb (`（9月底前完成）`, `（持续推进）`) or a unit
 * is taken off the text, as notes are.
 */
function timeKept(sentence: string, found: ReturnType<typeof findSentenceNotes>): ReturnType<typeof findSentenceNotes> {
  if (!found.text || !found.notes.length || !found.notes.every((note) => DATE_ALONE.test(sentence.slice(note.start + 1, note.end - 1)))) return found;
  return { ...found, text: sentence.trimEnd(), end: sentence.trimEnd().length };
}

/** What a bracket holds when it is a date alone: figures and the words of a date (`8月底前`, `2018年7月—8月`). */
const DATE_ALONE = /^[0-9０-９年月日号底前末初中上下旬至到—－\-~～、，]+$/u;

/**
 * What is left of a sentence once its bracketed notes are out, when that is a labelled note too
 * (`责任单位：…；（持续推进）`): the sentence is then one note, with the brackets' time where the label gives none.
 */
function leftOverNote(found: ReturnType<typeof findSentenceNotes>, firstLeads: boolean): NoteFields | null {
  const rest = found.text ? readNoteLine(joinLines(found.text), firstLeads) : null;
  return rest && { ...rest, deadline: rest.deadline ?? found.notes.find((note) => note.deadline)?.deadline ?? null };
}

/**
 * One obligation with its fields. Leads and partners come from `notes`; the deadline from a note
 * of its own node, else from its text (`6月底前完成…`) or the time its sentence opens with (`carried`,
 * for a part cut at `；`), else from a note of an enclosing node; `deadlines` holds that one and every
 * other limit its text writes.
 * @param read its actions, where the caller has read them already
 */
function obligation(eId: string, text: string, position: Position | null, notes: UnitNote[], own: boolean, carried: Deadline[], context: DeadlineContext, read?: string[], head?: string): Obligation {
  const noted = notes.find((n) => n.deadline)?.deadline ?? null;
  // A time head (`2026年：…`, `动员部署阶段（3月）：…`) dates the task and names none of its acts.
  const headLength = timeHeadLength(text);
  const actions = read ?? findActions(text.slice(headLength));
  const leads = unitsOf(notes, 'leads', []);
  const partners = unitsOf(notes, 'partners', leads);
  // It is read as the opening clause it stands for (`2026年：启动…` as `2026年，启动…`); its own text stays as written.
  const found = findDeadlines(headLength ? text.slice(0, headLength - 1) + '，' + text.slice(headLength) : text, context);
  // A part with only a round or a running task of its own (`每年…`) still shares the sentence's time; a sentence with a round of
  // its own (`每月25日前报送…`) does not take a phase's or a goals head's time: it recurs, it is not due at the phase's end.
  // `carried` is shared by the parts of a sentence: the limits are copied below, with the others.
  const written = found.some(isDated) || (head === undefined && found.some((d) => d.recurrence)) ? found : carried.length ? [...carried, ...found] : found;
  // The table shows a dated limit; a round without a date (`每年`) or a running task stays in `deadlines` only.
  const deadline = (own ? noted : null) ?? written.find(isDated) ?? noted;
  // The note's limit is the one the table shows; the text's own limits follow it.
  const deadlines = own && noted ? [noted, ...written] : written.length ? written : noted ? [noted] : [];
  return {
    eId,
    text,
    position,
    actions,
    leads,
    partners,
    deadline: copied(deadline),
    deadlines: copied(deadlines),
    targets: findTargets(text),
    references: findReferences(text),
    modality: modalityOf(text, actions, head),
    // Copies: a tree that shares objects would be written as YAML anchors and aliases.
    notes: copied(notes),
  };
}

/**
 * How binding a task is (`findModality`); a part cut at `；` that writes no modal word of its own and opens with its
 * verb, after its time where written (`各区要制定方案，于4月30日前报备；每年12月10日前报送进展。`), leaves out the
 * subject of the sentence's first part, whose modal word then governs it too.
 * @param head the first part of the sentence, for a later part
 */
function modalityOf(text: string, actions: string[], head: string | undefined): Obligation['modality'] {
  const own = findModality(text, actions);
  if (own !== 'plain' || !head || !actions.length) return own;
  const round = ROUND_HEAD.exec(text)?.[0].length ?? 0;
  const rest = text.slice(round + leadingDate(text.slice(round))).replace(/^[，,\s]+/u, '');
  if (!rest.startsWith(actions[0]!)) return own;
  // Only the modal word of the first part's opening clause, which stands with its subject (`各区要…`), reaches the
  // parts after it: one further in has a subject of its own (`全面取消…，各地不得…；推进…` is plain).
  const [opening] = splitClauses(joinLines(head));
  if (!opening) return own;
  // Its actions are not read again (the slowest step): they only tell a study (`研究设立…`), a verb of its own, not the modal word it lends.
  return findModality(joinLines(head).slice(opening.start, opening.end), []);
}

/** A round opening a part before its date (`每年12月10日前`): read past, with the date, to the part's verb. */
const ROUND_HEAD = /^(?:每年|每个?季度|每个?月)/u;

/** The units the notes name in one role, each once, in order, but for those in `taken`. */
function unitsOf(notes: UnitNote[], role: 'leads' | 'partners', taken: string[]): string[] {
  const units: string[] = [];
  for (const note of notes) for (const unit of note[role]) if (!units.includes(unit) && !taken.includes(unit)) units.push(unit);
  return units;
}

/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null), as
 * `structuredClone` makes it but several times faster: it has no cycles, class instances or
 * shared references to keep.
 */
function copied<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copied) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copied((value as Record<string, unknown>)[key]);
  return copy as T;
}
