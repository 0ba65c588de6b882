// Two synthetic editions of one plan for timing `diff` at a chosen size: items made of real
// clauses (the sentences of the seed and the fixtures, cut at their commas, read at run time),
// a tenth of them edited in the second edition (reworded, removed, added, moved to another
// section), with the truth of what became of each item, to score the diff's alignment against.
// Deterministic: the same size and seed give the same editions.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chinese, random, sources } from './corpus.js';

/** The shared corpus of real plans beside the project, when present: many more clauses than the seed alone. */
const CORPUS = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));

/** Items per section: about what the long plans of the corpus hold. */
const ITEMS_PER_SECTION = 25;
/** Share of items edited, and how the edits divide among kinds (the rest of the share is rewordings). */
const EDITED = 0.1;
const KINDS = { removed: 0.2, added: 0.2, moved: 0.2 };

/** The texts of the shared corpus's documents and editions, if it is there. */
function corpusTexts() {
  if (!existsSync(CORPUS)) return [];
  const texts = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else if (entry.name.endsWith('.txt')) texts.push(readFileSync(join(folder, entry.name), 'utf8'));
    }
  };
  for (const part of ['documents', 'editions']) if (existsSync(join(CORPUS, part))) walk(join(CORPUS, part));
  return texts;
}

/** The distinct clauses of the source plans: pieces of their sentences between commas, 8–40 characters, no marker. */
export function clauses() {
  const seen = new Set();
  for (const text of [...Object.values(sources()), ...corpusTexts()]) {
    for (const line of text.split('\n')) {
      const body = line.replace(/^[\s　]*(?:[（(][^）)]{1,4}[）)]|[0-9０-９]+[.．、﹒]|[一二三四五六七八九十]+、)/u, '');
      for (const piece of body.split(/[，。；：！？、]/u)) {
        const clause = piece.trim();
        if (clause.length >= 8 && clause.length <= 40 && !/[（）()“”《》]/u.test(clause)) seen.add(clause);
      }
    }
  }
  return [...seen].sort();
}

/**
 * Two editions of `n` items.
 * @param {number} n items of the old edition
 * @param {number} seed
 * @returns {{before: string, after: string, truth: {old: Array<number | null>, added: Set<number>}, edits: Record<string, number>}}
 *   `truth.old` maps the line of each old item to the line of its counterpart in the new edition, or null when removed;
 *   `truth.added` holds the lines of new items that have no old counterpart
 */
export function diffEditions(n, seed = 1) {
  const next = random(seed);
  const pool = clauses();
  const pick = () => pool[Math.floor(next() * pool.length)];
  const sentence = () => `${pick()}，${pick()}，${pick()}。`;
  const item = () => ({ title: pick(), sentences: [sentence(), sentence()] });
  const sectionCount = Math.max(1, Math.round(n / ITEMS_PER_SECTION));
  const sections = Array.from({ length: sectionCount }, () => ({ title: `${pick()}`, items: [] }));
  const items = Array.from({ length: n }, (_, i) => ({ ...item(), id: i, section: Math.floor((i * sectionCount) / n) }));
  for (const it of items) sections[it.section].items.push(it);

  const edits = { reworded: 0, removed: 0, added: 0, moved: 0 };
  const after = sections.map((section) => ({ title: section.title, items: section.items.map((it) => ({ ...it })) }));
  const editedCount = Math.round(n * EDITED);
  const chosen = new Set();
  while (chosen.size < editedCount) chosen.add(Math.floor(next() * n));
  let added = 0;
  for (const id of [...chosen].sort((a, b) => a - b)) {
    const roll = next();
    const home = after[items[id].section];
    const at = home.items.findIndex((it) => it.id === id);
    if (roll < KINDS.removed) {
      home.items.splice(at, 1);
      edits.removed++;
    } else if (roll < KINDS.removed + KINDS.added) {
      // A new item beside this one (this one stays as it was).
      home.items.splice(at + 1, 0, { ...item(), id: null });
      added++;
      edits.added++;
    } else if (roll < KINDS.removed + KINDS.added + KINDS.moved && sectionCount > 1) {
      const [moved] = home.items.splice(at, 1);
      const target = after[(items[id].section + 1 + Math.floor(next() * (sectionCount - 1))) % sectionCount];
      target.items.splice(Math.floor(next() * (target.items.length + 1)), 0, moved);
      edits.moved++;
    } else {
      // One clause of one sentence replaced.
      const it = home.items[at];
      const k = Math.floor(next() * it.sentences.length);
      const parts = it.sentences[k].slice(0, -1).split('，');
      parts[Math.floor(next() * parts.length)] = pick();
      it.sentences = it.sentences.map((s, j) => (j === k ? `${parts.join('，')}。` : s));
      edits.reworded++;
    }
  }

  const write = (list) => {
    // Items are numbered afresh in each section (plans number items past 999 nowhere) and told
    // apart by their line.
    const where = [];
    const lines = ['某某工作要点', ''];
    list.forEach((section, s) => {
      lines.push(`${chinese(s + 1)}、${section.title}`);
      section.items.forEach((it, k) => {
        where.push({ id: it.id, line: lines.length + 1 });
        lines.push(`${k + 1}.${it.title}。${it.sentences.join('')}`);
      });
    });
    return { text: `${lines.join('\n')}\n`, where };
  };
  const old = write(sections);
  const neu = write(after);
  const newLine = new Map(neu.where.filter(({ id }) => id !== null).map(({ id, line }) => [id, line]));
  const truth = {
    old: new Map(old.where.map(({ id, line }) => [line, newLine.get(id) ?? null])),
    added: new Set(neu.where.flatMap(({ id, line }) => (id === null ? [line] : []))),
  };
  return { before: old.text, after: neu.text, truth, edits: { ...edits, added } };
}

/**
 * How many items a diff report placed right: an old item with the counterpart the edits gave it
 * (or none, if removed), a new item added with none. Items are told apart by their line.
 * @param {import('../dist/model/index.js').DiffReport} report
 * @param {{old: Map<number, number | null>, added: Set<number>}} truth
 * @returns {{right: number, total: number}}
 */
export function scoreAlignment(report, truth) {
  const lineOf = (side) => side.position?.start.line ?? NaN;
  const found = new Map();
  const newPaired = new Set();
  for (const change of report.changes) {
    if (change.level !== 'node') continue;
    const olds = change.old.filter((side) => side.kind === 'item').map(lineOf);
    const news = change.new.filter((side) => side.kind === 'item').map(lineOf);
    for (const o of olds) found.set(o, news.length === 1 && olds.length === 1 ? news[0] : news.length ? -1 : null);
    for (const m of news) if (olds.length) newPaired.add(m);
  }
  let right = 0;
  for (const [line, expected] of truth.old) if ((found.get(line) ?? null) === expected) right++;
  for (const m of truth.added) if (!newPaired.has(m)) right++;
  return { right, total: truth.old.size + truth.added.size };
}
