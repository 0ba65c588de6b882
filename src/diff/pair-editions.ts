import type { Document } from '../model/index.js';
import { assign } from './assign.js';
import { textSimilarity } from './bigrams.js';
import { EDITION_MATCH, PLAN_NAME_LEAST, PLAN_OPENING } from './thresholds.js';

/** Two plans of two folders taken as editions of one plan, by their places in the lists, with the similarity that paired them. */
export interface EditionPair {
  old: number;
  new: number;
  similarity: number;
}

/**
 * What names a plan across its yearly editions: its title (else its file name without folder and
 * extension) without the years and numbers that change every year (`2022年` → `2023年`,
 * `二〇二二年`), nor blanks; when that leaves less than `PLAN_NAME_LEAST` characters (no title, a
 * file named `2023.txt`), the first `PLAN_OPENING` characters of its text, numbers aside.
 */
export function planName(document: Document): string {
  const file = (document.source.path ?? '').split(/[\\/]/u).pop()!.replace(/\.[^.]*$/u, '');
  const bare = (text: string) => text.replace(/[0-9０-９]+|[〇零一二三四五六七八九]{4}/gu, '').replace(/\s+/gu, '');
  const named = bare(document.title ?? file);
  if (named.length >= PLAN_NAME_LEAST) return named;
  // A plan without a title in a file named by its year is named by how it opens.
  const opening = [...document.preamble, ...document.body.slice(0, 1).map((node) => ({ text: `${node.title ?? ''}${node.text}` }))].map((block) => block.text).join('');
  return bare(opening).slice(0, PLAN_OPENING);
}

/**
 * Pairs the plans of two folders: the one-to-one assignment with the largest total similarity of
 * their names (`planName`: titles, years aside), among pairs at least `EDITION_MATCH` alike. A plan
 * renamed on disk is still paired by its title; a plan whose title was reworded is paired while it
 * stays more alike than the bar. When two plans are as alike by title, the one whose file name is
 * more alike wins.
 * @param olds the plans of the old folder
 * @param news the plans of the new folder
 * @returns the pairs, in the old folder's order, and the places of the plans left unpaired
 */
export function pairEditions(olds: Document[], news: Document[]): { pairs: EditionPair[]; unpaired: { old: number[]; new: number[] } } {
  const oldNames = olds.map(planName);
  const newNames = news.map(planName);
  const fileName = (document: Document) => (document.source.path ?? '').split(/[\\/]/u).pop()!.replace(/[0-9]+/gu, '');
  const similarity = (i: number, j: number) => textSimilarity(oldNames[i]!, newNames[j]!);
  const pairs = assign(olds.length, news.length, (i, j) => {
    const s = similarity(i, j);
    // The file name (at most 1) only orders titles equally alike: 1e-3 is below any real difference.
    return s < EDITION_MATCH ? null : s + 1e-3 * textSimilarity(fileName(olds[i]!), fileName(news[j]!));
  }).map(([i, j]) => ({ old: i, new: j, similarity: Math.round(similarity(i, j) * 1000) / 1000 }));
  const pairedOld = new Set(pairs.map((pair) => pair.old));
  const pairedNew = new Set(pairs.map((pair) => pair.new));
  return {
    pairs,
    unpaired: { old: olds.map((_, i) => i).filter((i) => !pairedOld.has(i)), new: news.map((_, j) => j).filter((j) => !pairedNew.has(j)) },
  };
}
