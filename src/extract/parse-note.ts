import type { Deadline } from '../model/index.js';
import { bracketDepths } from '../text/brackets.js';
import { simplifiedForm } from '../text/simplified-form.js';
import { isDeadlineClause, leadingDate, readDeadline } from './find-deadline.js';
import { looksLikeUnit, splitUnits } from './split-units.js';
import { statesFirstUnitLeads } from './states-first-unit-leads.js';

/** What a unit note says: who leads, who helps, by when, and a score. */
export interface NoteFields {
  leads: string[];
  partners: string[];
  deadline: Deadline | null;
  score: number | null;
}

type Role = 'lead' | 'chief' | 'partner' | 'either';

/**
 * Labels of the parts of a note (`牵头单位：`). `chief` units lead and make the others partners;
 * `lead` units lead unless a chief is named; `either` units do what is left.
 */
/**
 * What a note's label calls the bodies it names: units and departments of a government, or, in a
 * bureau's own plan, its divisions (`牵头处室：法规处`, `责任科室：…`).
 */
const BODY = '(?:单位|部门|处室|科室)';
/** A level or weight before a label's word (`市级配合单位`, `主要协作单位`, `重点责任部门`): the label's role is its word's. */
const LEVEL = '(?:主要|重点|(?:省|市|县|区|乡镇|镇)级)?';
const LABELS: Array<[RegExp, Role | 'deadline' | 'person']> = [
  [new RegExp(`^(?:牵头考核单位|考核牵头单位|${LEVEL}(?:牵头|主责|主办)(?:责任)?${BODY})$`, 'u'), 'chief'],
  // People, not bodies: read so the line is a note, but named nowhere in the task table. A body that oversees the task
  // (`督导单位`, `督办单位`) neither leads nor helps it: named nowhere either.
  [new RegExp(`^(?:(?:牵头|责任|分管|包保)(?:[局厅委办]|市|县|区)?领导|责任人|联系人|具体责任人|${LEVEL}(?:督导|督办|督查)${BODY})$`, 'u'), 'person'],
  [new RegExp(`^(?:责任主体|主要责任单位|考核单位|${LEVEL}(?:责任|负责|承办)${BODY})$`, 'u'), 'lead'],
  [new RegExp(`^(?:共同责任单位|${LEVEL}(?:配合|协办|协同|协作|协助|参与|参加){1,2}${BODY})$`, 'u'), 'partner'],
  [/^(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限|进度要求|时间要求)$/u, 'deadline'],
];

/**
 * A telephone, mobile, fax, mailbox or web address (`0791-86223994`, `电话：…`, `7623017 7627581`, `邮箱：a@b.cn`): a person's after
 * their name in a note, or a line of contacts alone. Seven characters at least: the shortest local telephone number.
 */
export const CONTACT = /^(?:(?:联系)?(?:电话|手机|传真|邮箱|电子邮箱|电子信箱)[：:]?\s*)?[0-9０-９()（）\-－—+\s、，,；;/]{7,}$|^(?:(?:电子)?(?:邮箱|信箱)[：:]\s*)?[\w.+-]+@[\w.-]+$|^https?:\/\/\S+$/u;

/** Words closing a list of units in an unlabelled note (`省商务厅牵头`), longest first. */
const SUFFIXES: Array<[string, Role]> = (
  [
    ['按职责分工分别负责', 'lead'], ['按职责分工负责', 'lead'], ['按职责分工配合', 'partner'], ['按职责分工落实', 'either'],
    ['按照职责分工负责', 'lead'], ['按照职责分工配合', 'partner'], ['按职能分工负责', 'lead'], ['按职责负责', 'lead'],
    ['按职责配合', 'partner'], ['分工负责', 'lead'], ['分别负责', 'lead'], ['共同负责', 'lead'], ['具体负责', 'lead'],
    ['负总责', 'chief'], ['牵头负责', 'chief'], ['牵头落实', 'chief'], ['分别牵头', 'chief'], ['牵头', 'chief'], ['主责', 'chief'],
    ['负责落实', 'lead'], ['负责', 'lead'], ['指导', 'partner'], ['督导', 'partner'],
    ['协同配合', 'partner'], ['配合落实', 'partner'], ['配合', 'partner'], ['协助', 'partner'], ['协同', 'partner'],
    ['共同参与', 'partner'], ['参与', 'partner'], ['分头落实', 'either'], ['具体落实', 'either'], ['抓好落实', 'either'],
    ['具体实施', 'either'], ['组织实施', 'either'], ['落实', 'either'], ['实施', 'either'],
  ] as Array<[string, Role]>
).sort((a, b) => b[0].length - a[0].length);

/** Words that make a note's date a deadline rather than a span of years (`（2022-2024年）`). */
const DUE_WORD = /完成|前|底|末|推进|坚持|成效|到位|启动|建成|实现|开展|优化|季度|上半年|下半年|年内|长期|持续|常态/u;
/** How often a task recurs, read as a deadline that runs on: `每季度开展一次测评`, `按月调度`. */
const RECURRING = /^(?:每|按)(?:年|半年|季度|季|月|周|旬)/u;
/** Endings that name an organisation rather than a place: a bare list of units must hold one (`（市教育局）`, not `（中心城区）`). */
const ORGANISATION_END = /(?:厅|局|委|办|部|政府|委员会|单位|部门|中心|集团|公司|海关|银行|支行|院|会|室|组|处|所|队|站|社|联|团|署|馆|台|校|机关|党委|党组|管委会|工委|专班|企业|机构|总社)$/u;

/**
 * Reads the inside of a unit note, clause by clause (`，` and `；`): labelled parts
 * (`牵头单位：A，配合单位：B、C`, `完成时限：2022年底前`), units closed by their role
 * (`A牵头，B配合`, `A、B按职责分工负责`, `A等和各有关省级人民政府负责`), a deadline
 * (`6月底完成`, `持续推进`) and a score (`0.5分`). A clause without a label or role continues
 * the labelled list before it (`责任单位：A、B，各市人民政府`), or shares the role of the clause
 * after it (`各区、县级市政府，市直各部门配合`).
 * @param content the note without its brackets
 * A note may also be a bare list of units with or without a deadline (`（市教育局）`,
 * `（市委宣传部、市文明办，持续推进）`), and a clause it cannot read is passed over once another
 * clause has named a unit's role (`（A牵头，B配合，每季度开展一次测评）`).
 * A clause that states the document's own rule (`排在第一位的为牵头单位`) or `下同` names no unit.
 * @param firstLeads the document states that the first unit of a list leads (`statesFirstUnitLeads`):
 * then a note that names no role of lead or partner of its own gives its first unit as lead and
 * the others as partners
 * Note: returns null when a note names no unit, deadline, score or person, when a listed unit
 * does not read as the name of a body, or when an unreadable clause stands in a note without roles.
 */
export function parseNote(content: string, firstLeads = false): NoteFields | null {
  const parts: Array<{ role: Role; units: string[] }> = [];
  let deadline: Deadline | null = null;
  let score: number | null = null;
  let person = false;
  let unread = 0;
  let open: { role: Role; units: string[] } | null = null;
  let waiting: string[] = [];
  // Whether the clause before was a labelled limit (`完成时限：4月底前开工建设`): a schedule's next step after it
  // (`12月底前建成投入使用`) belongs to the same limit, the first step's date being the limit.
  let scheduled = false;
  // Whether the clause before named a person (`联系人：陈某`): the person's telephone or mailbox may follow it.
  let personal = false;
  // Whether a stop inside the note has been passed (STOP_MARK).
  let afterStop = false;
  for (const clause of clausesOf(content)) {
    if (clause === STOP_MARK) {
      open = null;
      afterStop = true;
      continue;
    }
    // After a stop the note goes on only in labelled parts, units closed by a role and limits (`…负责。完成时限：…`); other sentences say how to read
    // it (`以下均需各镇街区落实，不再列出`, `具体任务均涉及相关市（州）人民政府，不再做分工`) and name no unit of the task.
    // Units closed by a role other than doing it (`。市自然资源局、市财政局配合`) go on too.
    if (afterStop && !LABELLED.test(clause) && !isDeadlineClause(clause) && clause !== '下同' && !statesFirstUnitLeads(simplifiedForm(clause)) && !roleTail(simplifiedForm(clause), (role) => role !== 'either')) continue;
    if (scheduled && isDeadlineClause(clause)) continue;
    scheduled = false;
    if (personal && CONTACT.test(clause)) continue;
    personal = false;
    // Role words are matched in simplified form (`牽頭`, `負責`); units keep the characters written.
    const plain = simplifiedForm(clause);
    if (clause === '下同' || statesFirstUnitLeads(plain)) continue;
    const scored = /^([0-9]+(?:\.[0-9]+)?)分$/u.exec(clause);
    if (scored) {
      score = Number(scored[1]);
      open = null;
      continue;
    }
    const labelled = LABELLED.exec(clause);
    const label = labelled && LABELS.find(([pattern]) => pattern.test(simplifiedForm(labelled[1]!.trim())));
    if (labelled && label) {
      const rest = labelled[2]!.trim();
      if (label[1] === 'deadline') {
        // Under its label a limit may go on to the steps it sets (`完成时限：2020年4月底前落实好…用地…并开工建设`): the date
        // opening it is the limit, however long the rest.
        if (!isDeadlineClause(rest) && !RECURRING.test(rest) && !leadingDate(rest)) return null;
        deadline = readDeadline(rest);
        open = null;
        scheduled = true;
        continue;
      }
      if (label[1] === 'person') {
        person = true;
        personal = true;
        open = null;
        continue;
      }
      open = { role: label[1], units: [] };
      parts.push(open);
      if (rest && !addUnits(open, withoutRoleTail(rest, label[1]))) return null;
      continue;
    }
    // `A会同B负责`: A leads, B helps.
    const together = /^(.+?)会同(.+?)(?:负责|牵头|落实)?$/u.exec(plain);
    if (together) {
      const chief = { role: 'chief' as Role, units: [] };
      const helper = { role: 'partner' as Role, units: [] };
      const first = together[1]!.length;
      if (addUnits(chief, clause.slice(0, first)) && addUnits(helper, clause.slice(first + 2, first + 2 + together[2]!.length))) {
        parts.push(chief, helper);
        open = null;
        continue;
      }
    }
    const suffix = roleTail(plain);
    const part = { role: suffix?.[1] ?? 'either', units: [...waiting] };
    if (suffix && addUnits(part, clause.slice(0, -suffix[0].length).replace(/^由/u, ''))) {
      parts.push(part);
      waiting = [];
      open = null;
      continue;
    }
    if (!deadline && ((isDeadlineClause(clause) && DUE_WORD.test(clause)) || RECURRING.test(clause))) {
      deadline = readDeadline(clause);
      open = null;
      continue;
    }
    if (open && addUnits(open, clause)) continue;
    // Units before the clause that names their role: `各区、县级市政府，市直各部门配合`.
    const units = splitUnits(clause);
    if (!open && units.length && units.every(looksLikeUnit)) {
      waiting.push(...units);
      continue;
    }
    unread++;
  }
  if (unread && !parts.some((p) => p.role !== 'either')) return null;
  // A bare list of units (`（市教育局）`): they answer for the task, if one of them is an organisation.
  if (waiting.length) {
    if (parts.length || !waiting.some((unit) => ORGANISATION_END.test(simplifiedForm(unit)))) return null;
    parts.push({ role: 'either', units: waiting });
  }
  if (!parts.some((p) => p.units.length) && !deadline && score === null && !person) return null;
  if (parts.some((p) => !p.units.length)) return null;
  if (firstLeads && !parts.some((p) => p.role === 'chief' || p.role === 'partner')) {
    const [lead, ...partners] = [...new Set(parts.flatMap((p) => p.units))];
    return { leads: lead ? [lead] : [], partners, deadline, score };
  }
  const hasChief = parts.some((p) => p.role === 'chief');
  const hasLead = hasChief || parts.some((p) => p.role === 'lead');
  const leads: string[] = [];
  const partners: string[] = [];
  for (const { role, units } of parts) {
    const leading = role === 'chief' || (role === 'lead' && !hasChief) || (role === 'either' && !hasLead);
    for (const unit of units) {
      const list = leading ? leads : partners;
      if (!list.includes(unit)) list.push(unit);
    }
  }
  return { leads, partners, deadline, score };
}

/**
 * A labelled list without the words after it that restate the label's role (`责任部门：A、B按职责分工负责`, `配合单位：C、D按职责配合`).
 */
function withoutRoleTail(list: string, role: Role): string {
  const tail = roleTail(simplifiedForm(list), (its) => its === 'either' || (role === 'partner') === (its === 'partner'));
  return tail ? list.slice(0, -tail[0].length) : list;
}

/** The words closing a list of units that say its role (`按职责分工负责`, `牵头`), longest first, of a role that fits; units must come before them. */
function roleTail(list: string, fits: (role: Role) => boolean = () => true): [string, Role] | undefined {
  return SUFFIXES.find(([word, role]) => list.endsWith(word) && list.length > word.length && fits(role));
}

function addUnits(part: { units: string[] }, list: string): boolean {
  const units = splitUnits(list);
  if (!units.length || !units.every(looksLikeUnit)) return false;
  part.units.push(...units);
  return true;
}

/** A clause with its label (`牵头单位：…`). */
const LABELLED = /^([^：:]{2,8})[：:](.*)$/u;

/** Stands for a stop inside a note among its clauses (clausesOf). */
const STOP_MARK = '\u0000';

/**
 * The clauses of a note: cut at `，` and `；` outside brackets, and between labelled parts that
 * only spaces separate (`责任单位：A  完成时限：2023年底`), without a closing stop; a stop inside it is a clause of its own (STOP_MARK).
 */
function clausesOf(content: string): string[] {
  const text = content
    .trim()
    .replace(/[。.]$/u, '')
    .replace(/[\s\u3000]{2,}|[\s\u3000]+(?=[^\s：:，；]{2,8}[：:])/gu, '；')
    // A stop inside a note ends a clause as `；` does (`完成时限：持续推进。责任部门：…`), and closes a labelled list: the sentence
    // after it says no more units of it (`责任单位：A、B按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工`).
    .replace(/。/gu, `；${STOP_MARK}；`);
  const inside = bracketDepths(text);
  const clauses: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (inside[i] || !'，,；;'.includes(text[i]!))) continue;
    clauses.push(text.slice(start, i).trim());
    start = i + 1;
  }
  return clauses.filter(Boolean);
}
