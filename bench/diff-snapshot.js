// Writes the alignment the diff finds on the fixtures and the shared editions, one line per
// record (`kind old-ids > new-ids`), so that two versions of the alignment can be compared:
// `node bench/diff-snapshot.js <folder>` writes one file per pair into the folder.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../dist/compile.js';
import { diff } from '../dist/diff/diff.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const corpus = join(root, '../shared/corpus/editions');
const pairs = [
  ['seed-2023', join(root, 'seeds/2022-quanmian-yifa-zhishi.txt'), join(root, 'fixtures/diff/seed-2023/new.txt')],
  ['subsection-tasks', join(root, 'fixtures/diff/subsection-tasks/old.txt'), join(root, 'fixtures/diff/subsection-tasks/new.txt')],
];
if (existsSync(corpus)) {
  for (const series of readdirSync(corpus).sort()) {
    const years = readdirSync(join(corpus, series)).filter((f) => f.endsWith('.txt')).sort();
    for (let i = 1; i < years.length; i++) pairs.push([`${series}-${years[i - 1]}-${years[i]}`.replace(/\.txt/g, ''), join(corpus, series, years[i - 1]), join(corpus, series, years[i])]);
  }
}
const out = process.argv[2];
mkdirSync(out, { recursive: true });
for (const [name, a, b] of pairs) {
  const report = diff(compile(readFileSync(a), { path: a }).document, compile(readFileSync(b), { path: b }).document, { wording: false });
  const lines = report.changes.map((c) => `${c.level} ${c.kind} ${c.old.map((s) => s.eId).join('+')} > ${c.new.map((s) => s.eId).join('+')}`);
  writeFileSync(join(out, `${name}.txt`), `${lines.join('\n')}\n`);
  process.stderr.write(`${name}: ${lines.length} records\n`);
}
