import { scanBrackets } from '../text/brackets.js';
import { joinLines } from '../text/join-lines.js';
import { timeHeadLength } from '../text/time-head.js';
import { parseNote, type NoteFields } from './parse-note.js';

/** A unit note found in a piece of text: its offsets (brackets included) and what it says. */
export interface FoundNote extends NoteFields {
  start: number;
  end: number;
}

/** A sentence with its unit notes taken out. */
export interface SentenceNotes {
  /** The sentence without its notes: `…理解掌握。（合肥海关负责）` → `…理解掌握。`; empty when the sentence is only notes. */
  text: string;
  /** Where `text` ends in the sentence when the notes follow it; with a note before the stop, the sentence's length. */
  end: number;
  /** The notes, in order; empty when the sentence has none. */
  notes: FoundNote[];
}

const STOPS = '。；！？!?;';

/**
 * Takes the unit notes off the end of a sentence: the brackets that close it, after its stop
 * (`…掌握。（合肥海关负责）`, `…。（0.5分）（6月底完成，牵头考核单位：市卫健委）`), before it
 * (`…水平（省大数据局牵头，各有关部门配合）。`) or without one (`…接入“蒙速办"（5月底完成，…）`).
 * Brackets are taken from the end while each reads as a note (`parseNote`), and kept when none of
 * them names a unit or a deadline: `（0.5分）` alone, `（2022-2024年）` and `（试行）` stay prose.
 * @param sentence one sentence, as `splitSentences` cuts it
 * @param firstLeads the document's own rule: the first unit of a list leads (see `parseNote`)
 */
export function findSentenceNotes(sentence: string, firstLeads = false): SentenceNotes {
  const none: SentenceNotes = { text: sentence, end: sentence.length, notes: [] };
  let end = sentence.length;
  while (end > 0 && /\s/.test(sentence[end - 1]!)) end--;
  let stop = '';
  if (STOPS.includes(sentence[end - 1] ?? '') && '）)'.includes(sentence[end - 2] ?? '')) {
    stop = sentence[end - 1]!;
    end--;
  }
  if (!'）)〕'.includes(sentence[end - 1] ?? '')) return none;
  const openOf = new Map(scanBrackets(sentence).pairs.map((pair) => [pair.close, pair.open]));
  const notes: FoundNote[] = [];
  let cut = end;
  for (;;) {
    let close = cut - 1;
    while (close >= 0 && /\s/.test(sentence[close]!)) close--;
    const open = openOf.get(close);
    if (open === undefined || !'（(〔'.includes(sentence[open]!)) break;
    const fields = parseNote(joinLines(sentence.slice(open + 1, close)), firstLeads);
    if (!fields) break;
    notes.unshift({ start: open, end: close + 1, ...fields });
    cut = open;
  }
  // Keep only from the first note that names units or a deadline: a score before it belongs to the run.
  if (!notes.some((n) => n.leads.length || n.partners.length || n.deadline)) return none;
  let textEnd = cut;
  while (textEnd > 0 && /\s/.test(sentence[textEnd - 1]!)) textEnd--;
  if (stop) return { text: textEnd ? sentence.slice(0, textEnd) + stop : '', end: sentence.length, notes };
  return { text: sentence.slice(0, textEnd), end: textEnd, notes };
}

/**
 * Reads a paragraph that is a unit note on a line of its own: `牵头单位：市司法局`,
 * `【牵头单位】市司法局`, `责任单位：A、B，各乡镇按职责分工分别负责。`, `完成时限：2022年底前`,
 * `牵头领导：XXX` (a person: the line is a note that names no unit), or a whole line in brackets.
 * @param text one unnumbered paragraph under a node
 * @param firstLeads the document's own rule: the first unit of a list leads (see `parseNote`)
 * Note: returns null for prose; a line without brackets must open with a label, not a time (`2027年：完成…` is a task).
 */
export function readNoteLine(text: string, firstLeads = false): NoteFields | null {
  // `【牵头单位】市财政局` is written `牵头单位：市财政局` elsewhere.
  const line = text.trim().replace(/^【([^【】]{2,8})】\s*/u, '$1：');
  const bracketed = /^[（(](.*)[）)][。；]?$/u.exec(line);
  if (bracketed) {
    const pairs = scanBrackets(line).pairs;
    if (!pairs.some((p) => p.open === 0 && p.close === line.replace(/[。；]$/u, '').length - 1)) return null;
    return parseNote(bracketed[1]!, firstLeads);
  }
  // A label names a role or a kind of limit; a time before the colon (`2027年：完成…`) heads a task.
  if (!/^[^：:，。]{2,8}[：:]/u.test(line) || timeHeadLength(line)) return null;
  return parseNote(line, firstLeads);
}
