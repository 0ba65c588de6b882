// Makes the long plan the benchmark reads in every format (fixtures/bench/plan-30-pages.*):
//   node scripts/make-bench-plan.js
// The seed plan's eight sections repeated until there are eighteen (about 30 printed pages),
// sections renumbered 一、 to 十八、 and items numbered on, as plain text; then the same paragraphs as a flat OpenDocument
// file (16 pt, first-line indents, running header, page numbers) that LibreOffice (soffice, from
// Debian's libreoffice-writer-nogui) converts to Word (.docx), PDF (about 30 pages) and HTML.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fodt } from './fodt.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'fixtures/bench/');
/** Sections in the long plan: eighteen of the seed's sections print to about 30 pages. */
const SECTIONS = 18;
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chinese = (n) => (n <= 10 ? NUMERALS[n] : n < 20 ? `十${NUMERALS[n - 10]}` : `${NUMERALS[Math.floor(n / 10)]}十${NUMERALS[n % 10]}`);

const seed = readFileSync(join(root, 'seeds/2022-quanmian-yifa-zhishi.txt'), 'utf8').replace(/\r\n?/g, '\n').trimEnd().split('\n');
const firstSection = seed.findIndex((line) => /^\s*一、/u.test(line));
const lastItem = seed.findLastIndex((line) => /^\s*\d+\./u.test(line));
const head = seed.slice(0, firstSection);
const body = seed.slice(firstSection, lastItem + 1);
const tail = seed.slice(lastItem + 1);
let section = 0;
let item = 0;
const lines = [...head];
for (let copy = 0; section < SECTIONS || lines.length === head.length; copy++) {
  for (const line of body) {
    if (/^\s*[一二三四五六七八九十]+、/u.test(line) && section === SECTIONS) break;
    lines.push(
      line
        .replace(/^(\s*)[一二三四五六七八九十]+、/u, (_, indent) => `${indent}${chinese(++section)}、`)
        .replace(/^(\s*)\d+\./u, (_, indent) => `${indent}${++item}.`),
    );
  }
}
lines.push(...tail);
const text = `${lines.join('\n')}\n`;
writeFileSync(join(out, 'plan-30-pages.txt'), text);

const paragraphs = lines.filter((line) => line.trim() !== '').map((line) => ({ text: line.trim() }));
const work = mkdtempSync(join(tmpdir(), 'bench-plan-'));
writeFileSync(join(work, 'plan-30-pages.fodt'), fodt({ header: '2022年全面依法治市工作要点', parts: paragraphs }));
for (const [format, extension] of [['docx:MS Word 2007 XML', 'docx'], ['pdf', 'pdf'], ['html:HTML (StarWriter)', 'html']]) {
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', format, '--outdir', work, join(work, 'plan-30-pages.fodt')], { stdio: 'ignore' });
  writeFileSync(join(out, `plan-30-pages.${extension}`), readFileSync(join(work, `plan-30-pages.${extension}`)));
}
rmSync(work, { recursive: true, force: true });
