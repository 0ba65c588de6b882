import type { Block, Deadline } from '../model/index.js';
import { joinLines } from '../text/join-lines.js';
import { readDeadline } from './find-deadline.js';
import { parseNote, type NoteFields } from './parse-note.js';
import { splitUnits } from './split-units.js';

/**
 * Reads a cell of a task table's row as a unit note, by its column: a `lead-cell`'s units lead
 * (unless the cell says otherwise: `市发展改革委牵头，市财政局配合`), a `partner-cell`'s help,
 * a `deadline-cell` is the deadline as written (`2023年12月31日`, `长期坚持`).
 * @param block one block of a node
 * @param planYear the plan's year, where its title or preamble names one: a cell's month without a year (`12月底前`) falls in it, as a
 *   sentence's does
 * @returns null for a block that is no unit cell, or a cell that names nothing
 */
export function readTaskCell(block: Block, planYear: number | null = null): NoteFields | null {
  // A cell copied from a page may close with a stop (`区投资促进中心。`), which is no part of a unit's name; the
  // run of stops is matched from its first, so a long run that does not end the cell is read once.
  const text = joinLines(block.text).trim().replace(/(?<![。；;])[。；;]+$/u, '');
  if (!text) return null;
  const none: NoteFields = { leads: [], partners: [], deadline: null, score: null };
  if (block.role === 'deadline-cell') return { ...none, deadline: inYear(readDeadline(text), planYear) };
  if (block.role === 'partner-cell') return { ...none, partners: splitUnits(text) };
  if (block.role !== 'lead-cell') return null;
  const note = parseNote(text);
  return note && (note.leads.length || note.partners.length) ? note : { ...none, leads: splitUnits(text) };
}

/** A deadline that names a month and no year, put in the plan's year. */
function inYear(deadline: Deadline, planYear: number | null): Deadline {
  return deadline.year === null && deadline.month !== null && planYear !== null ? { ...deadline, year: planYear } : deadline;
}
