import type { DiffSeries, Document } from '../model/index.js';
import { diff, editionRef, type DiffOptions } from './diff.js';
import { pairEditions } from './pair-editions.js';

/**
 * Compares two folders of editions: pairs their plans by title (`pairEditions`), compares each
 * pair and lists the plans left unpaired.
 * @param olds the plans of the old folder, in the folder's order
 * @param news the plans of the new folder
 * @param options what to compute
 * @returns a series whose `folders` tells the pairing; `reports[k]` compares `folders.pairs[k]`
 */
export function diffFolders(olds: Document[], news: Document[], options: DiffOptions = {}): DiffSeries {
  const { pairs, unpaired } = pairEditions(olds, news);
  return {
    editions: [...olds, ...news].map(editionRef),
    reports: pairs.map((pair) => diff(olds[pair.old]!, news[pair.new]!, options)),
    folders: {
      pairs: pairs.map((pair) => ({ old: editionRef(olds[pair.old]!), new: editionRef(news[pair.new]!), similarity: pair.similarity })),
      unpaired: { old: unpaired.old.map((i) => editionRef(olds[i]!)), new: unpaired.new.map((j) => editionRef(news[j]!)) },
    },
  };
}
