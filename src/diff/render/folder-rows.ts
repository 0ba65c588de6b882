import type { EditionPairing, EditionRef } from '../../model/index.js';

/** One line of the table of a folder comparison: a pair (both sides), or a plan of one folder left unpaired. */
export interface FolderRow {
  old: string;
  new: string;
  /** The title similarity that paired them, or null for an unpaired plan. */
  similarity: number | null;
  /** Place of the pair's report in the series, or null. */
  report: number | null;
}

/** What a reader knows a plan by in the table: its path, else its id; with its title when it has one. */
function planLabel(edition: EditionRef): string {
  return `${edition.path ?? edition.id}${edition.title ? ` · ${edition.title}` : ''}`;
}

/**
 * The table of a folder comparison, the same in every report: the pairs in the old folder's
 * order (each with its report), then the old plans left unpaired, then the new ones.
 * @param folders the pairing
 */
export function folderRows(folders: EditionPairing): FolderRow[] {
  return [
    ...folders.pairs.map((pair, k) => ({ old: planLabel(pair.old), new: planLabel(pair.new), similarity: pair.similarity, report: k })),
    ...folders.unpaired.old.map((edition) => ({ old: planLabel(edition), new: '—', similarity: null, report: null })),
    ...folders.unpaired.new.map((edition) => ({ old: '—', new: planLabel(edition), similarity: null, report: null })),
  ];
}
