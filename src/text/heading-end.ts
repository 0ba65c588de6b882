import { MAX_TITLE } from './line-limits.js';

/**
 * What a heading never holds: a comma or a semicolon (a clause of a task), a word that binds a doer to the task, a figure
 * (a time or a measure: `6月底前完成摸底排查。` is a task), or a doer it opens with (`各县区…`).
 */
const NOT_A_HEADING = /[，,；;0-9０-９]|应当|必须|不得|严禁|[要应须](?=\p{Script=Han}{2})|^各/u;

/**
 * Where the prose after a run-in item's heading starts (`（1）全面落实改革。按照…`, `一要加强组织领导。各地要…`): after a
 * heading sentence from `start` as long as a node's title may be (MAX_TITLE), holding nothing of a task (NOT_A_HEADING),
 * with more prose after it before `end`; null when there is none.
 * @param text the paragraph
 * @param start where the heading would start, after the item's marker
 * @param end where the item ends
 */
export function headingEnd(text: string, start: number, end: number): number | null {
  const stop = text.indexOf('。', start);
  const lead = stop >= 0 && stop < end ? text.slice(start, stop) : null;
  return lead !== null && lead.length <= MAX_TITLE && !NOT_A_HEADING.test(lead) && text.slice(stop + 1, end).trim() !== '' ? stop + 1 : null;
}
