import type { Block } from '../model/index.js';
import type { Marker } from './match-marker.js';

/** Least share of the gaps between the numbers of a run that hold numbered paragraphs, for pages: a table's group headings stand in a few. */
const MIN_MARKED_SHARE = 0.5;

/**
 * Marks as page numbers, in place (role `page-number`), the lines that hold only a number
 * (`1`, `12 `) where a PDF copy left its page numbers. Such numbers run up by one through the
 * document while the numbered paragraphs between them follow their own sequence; the row numbers
 * of a table flattened one cell per line run up by one too, but only cells stand between them.
 * (and now and then a group's heading, `二、科技成果转化激励方面`). So a run of bare numbers, each
 * one more than the last, is a run of page numbers when paragraphs with a marker of another style
 * stand between at least half of its neighbours; a bare number alone is one when such paragraphs
 * stand on both sides of it (or it ends the text).
 * @param lines one block per line, before wrapped lines are joined
 * @param markers the marker of each line, or null
 * @param rows where a task table flattened one cell per line starts its rows, right after its header: a number there
 *   numbers the first row (`3`, after the header and a group's heading), whatever stands around it
 * @returns the lines, with the page numbers' role changed
 */
export function markPageNumbers(lines: Block[], markers: Array<Marker | null>, rows: ReadonlySet<number> = new Set()): Block[] {
  // How many lines up to each index carry a marker other than a bare number: a gap holds one
  // when the count differs at its two ends.
  const others: number[] = [0];
  markers.forEach((marker, i) => others.push(others[i]! + (marker && !isBare(marker, lines[i]!) ? 1 : 0)));
  const marked = (from: number, to: number) => others[to]! - others[from + 1]! > 0;
  const bare = markers.flatMap((marker, i) => (marker && isBare(marker, lines[i]!) ? [i] : []));
  const runs: number[][] = [];
  for (const i of bare) {
    const run = runs.at(-1);
    if (run && markers[i]!.value === markers[run.at(-1)!]!.value + 1) run.push(i);
    else runs.push([i]);
  }
  const pages = new Set<number>();
  runs.forEach((run, r) => {
    const before = runs[r - 1]?.at(-1) ?? -1;
    const after = runs[r + 1]?.[0] ?? lines.length;
    const first = run[0]!;
    const last = run.at(-1)!;
    if (rows.has(first)) return;
    const gaps = run.filter((i, k) => k > 0 && marked(run[k - 1]!, i)).length;
    const inner = run.length > 1 && gaps >= (run.length - 1) * MIN_MARKED_SHARE;
    const alone = run.length === 1 && marked(before, first) && (marked(last, after) || last === lines.length - 1);
    if (inner || alone) for (const i of run) pages.add(i);
  });
  return pages.size ? lines.map((line, i) => (pages.has(i) ? { ...line, role: 'page-number' } : line)) : lines;
}

function isBare(marker: Marker, line: Block): boolean {
  return marker.style === '1' && /^[0-9]+$/u.test(line.text);
}
