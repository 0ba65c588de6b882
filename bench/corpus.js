// A corpus for the bench, made from the seed and the fixtures: plans of varied length (sections
// repeated or cut, items dropped or doubled), renumbered in other marker styles, and written in
// the encodings plans come in (UTF-8, with BOM, UTF-16, GB18030, CRLF line ends, Markdown).
// Deterministic: the same count and seed give the same files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGb18030 } from './gb18030.js';

const root = new URL('../', import.meta.url);
const read = (path) => new TextDecoder('utf-8').decode(readFileSync(new URL(path, root))).replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');

/** The texts the corpus is made from, by name. */
export function sources() {
  const texts = {
    seed: read('seeds/2022-quanmian-yifa-zhishi.txt'),
    'seed-2023': read('fixtures/diff/seed-2023/new.txt'),
    'subsection-tasks-old': read('fixtures/diff/subsection-tasks/old.txt'),
    'subsection-tasks-new': read('fixtures/diff/subsection-tasks/new.txt'),
    notations: read('fixtures/extract/notations/input.txt'),
    'encodings-plan': read('fixtures/encodings/plan.txt'),
  };
  for (const name of readdirSync(new URL('fixtures/parse/', root))) texts[name] = read(`fixtures/parse/${name}/input.txt`);
  return texts;
}

/** A small seeded random generator (mulberry32), so the corpus is the same on every run. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (up to 9999). */
export function chinese(n) {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  const unit = n < 1000 ? 100 : 1000;
  const rest = n % unit;
  const tail = rest === 0 ? '' : rest < unit / 10 ? `零${chinese(rest)}` : rest < 20 ? `一${chinese(rest)}` : chinese(rest);
  return `${DIGITS[Math.floor(n / unit)]}${unit === 100 ? '百' : '千'}${tail}`;
}

const SECTION = /^([\s　]*)[一二三四五六七八九十]+、/u;
const ITEM = /^([\s　]*)(?:\d+|[０-９]+)(?:\.|．|、|﹒)\s?/u;
const SUBSECTION = /^([\s　]*)[（(][一二三四五六七八九十]+[）)]/u;

/** Any marker at the start of a line, whatever its level, so that a varied line keeps it in front. */
const MARKER = /^[\s　]*(?:[（(][^）)]{1,4}[）)]|[0-9０-９]+[.．、﹒]|[⑴-⒇⒈-⒛①-⑳㈠-㈩]|[一二三四五六七八九十]+、)/u;

/** Item markers a generated plan may use; `（n）` in words turns items into subsections. */
const ITEM_STYLES = [(n) => `${n}.`, (n) => `${n}．`, (n) => `${n}、`, (n) => `（${chinese(n)}）`];

/** Adverbs put before each sentence of a section's later copies, so that a plan does not say the same sentence twice. */
const ADVERBS = ['持续', '进一步', '着力', '切实', '积极', '扎实', '稳步', '大力'];

/** The `copy`-th repetition (1, 2, …; 0 for a doubled item) of a line: every sentence after its marker opens with other adverbs. */
function vary(line, copy) {
  const adverbs = copy === 0 ? '同时' : ADVERBS[(copy - 1) % ADVERBS.length] + (copy > ADVERBS.length ? ADVERBS[Math.floor((copy - 1) / ADVERBS.length) % ADVERBS.length] : '');
  const marker = (MARKER.exec(line) ?? [''])[0];
  const sentences = line.slice(marker.length).split(/(?<=。)/u);
  return marker + sentences.map((sentence) => (sentence.trim() ? adverbs + sentence : sentence)).join('');
}

/** A text cut into its head (before the first section) and its sections (heading and lines). */
function sectionsOf(text) {
  const lines = text.split('\n');
  const head = [];
  const sections = [];
  for (const line of lines) {
    if (SECTION.test(line)) sections.push([line]);
    else if (sections.length) sections.at(-1).push(line);
    else head.push(line);
  }
  return { head, sections };
}

/**
 * One generated plan: the head of a source, then its sections picked until the text reaches
 * `target` characters (repeated, or cut short), items dropped or doubled here and there, and
 * every section and item renumbered in one style.
 */
function plan(source, target, next) {
  const { head, sections } = sectionsOf(source);
  if (sections.length === 0) return source;
  const chosen = [];
  const copies = sections.map(() => 0);
  let size = head.join('\n').length;
  for (let i = 0; size < target || chosen.length === 0; i++) {
    const pick = i < sections.length ? i : Math.floor(next() * sections.length);
    const copy = copies[pick]++;
    const section = sections[pick].map((line, k) => (copy && k ? vary(line, copy) : line));
    if (section.length > 2 && next() < 0.3) section.splice(1 + Math.floor(next() * (section.length - 1)), 1);
    if (section.length > 1 && next() < 0.3) {
      // An item written twice, the second time in other words.
      const at = 1 + Math.floor(next() * (section.length - 1));
      section.splice(at, 0, vary(section[at], 0));
    }
    chosen.push(section);
    size += section.join('\n').length;
  }
  const itemStyle = ITEM_STYLES[Math.floor(next() * ITEM_STYLES.length)];
  const restart = next() < 0.3;
  let item = 0;
  const body = chosen.flatMap((section, s) => {
    if (restart) item = 0;
    let subsection = 0;
    return section.map((line, k) => {
      if (k === 0) return line.replace(SECTION, (_, indent) => `${indent}${chinese(s + 1)}、`);
      if (ITEM.test(line)) return line.replace(ITEM, (_, indent) => `${indent}${itemStyle(++item)}`);
      if (SUBSECTION.test(line)) return line.replace(SUBSECTION, (_, indent) => `${indent}（${chinese(++subsection)}）`);
      return line;
    });
  });
  return [...head, ...body].join('\n');
}

/**
 * A source grown (or cut) to about `target` characters the way the corpus grows its plans.
 * @param {string} text a plan
 * @param {number} target characters
 * @param {number} seed of the random choices
 */
export function grow(text, target, seed = 1) {
  return plan(text, target, random(seed));
}

/** Plain text as Markdown: sections as headings, every line a paragraph. */
function markdown(text) {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (SECTION.test(line) ? `## ${line.trim()}` : line))
    .join('\n\n');
}

/**
 * Writes `count` generated plans into `folder` (created).
 * @param {string} folder
 * @param {{count: number, seed?: number, meanSize?: number}} options meanSize in characters
 * @returns {{files: string[], bytes: number, encodings: Record<string, number>}}
 */
export function writeCorpus(folder, { count, seed = 1, meanSize = 11_200 }) {
  mkdirSync(folder, { recursive: true });
  const texts = sources();
  const names = Object.keys(texts);
  const next = random(seed);
  const files = [];
  const encodings = {};
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    // Most plans are long (the seed, its 2023 edition, the notations), some are short fixtures.
    const name = next() < 0.8 ? names[Math.floor(next() * 5)] : names[Math.floor(next() * names.length)];
    // Sizes spread from a tenth of the mean to three times it (the square skews towards short
    // plans); a short fixture grows at most sixfold, as plans do not repeat one task for pages.
    const target = Math.min(texts[name].length * 6, Math.round(meanSize * (0.1 + 2.7 * next() ** 2)));
    let text = plan(texts[name], target, next);
    const roll = next();
    let encoding = 'utf-8';
    let extension = 'txt';
    let data;
    if (roll < 0.12) {
      data = encodeGb18030(text);
      encoding = data ? 'gb18030' : 'utf-8';
    } else if (roll < 0.17) {
      data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
      encoding = 'utf-8-bom';
    } else if (roll < 0.2) {
      data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      encoding = 'utf-16le';
    } else if (roll < 0.3) {
      text = text.replace(/\n/g, '\r\n');
      encoding = 'utf-8 crlf';
    } else if (roll < 0.33) {
      text = markdown(text);
      extension = 'md';
      encoding = 'markdown';
    }
    data ??= Buffer.from(text);
    const file = join(folder, `${String(i).padStart(5, '0')}-${name}.${extension}`);
    writeFileSync(file, data);
    files.push(file);
    bytes += data.length;
    encodings[encoding] = (encodings[encoding] ?? 0) + 1;
  }
  return { files, bytes, encodings };
}

// `node bench/corpus.js <folder> [count]` writes a corpus to try the tool on.
if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const [folder, count = '300'] = process.argv.slice(2);
  if (!folder) {
    process.stderr.write('usage: node bench/corpus.js <folder> [count]\n');
    process.exit(2);
  }
  const written = writeCorpus(folder, { count: Number(count) });
  process.stderr.write(`wrote ${written.files.length} plans, ${(written.bytes / 1e6).toFixed(1)} MB, into ${folder}\n`);
}
