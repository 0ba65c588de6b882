// Every regular expression written as a literal in src/, run over crafted inputs (runs of the
// characters that made four of them quadratic, and runs of each pattern's own words): none may
// take time that grows faster than the input. The table printed lists each pattern, its slowest
// input and the time on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { doublingRatio, MAX_DOUBLING_RATIO } from './growth.js';
import { ROOT } from './helpers.js';

/**
 * Characters of each crafted input: long enough that quadratic work stands out (the three
 * quadratic patterns found took 480–710 ms at 20,000, so about 120–180 ms here, six times SUSPECT_MS), short enough
 * that the 371 patterns × 64 inputs take about a minute, not five.
 */
const LENGTH = 10_000;
/** Time on one crafted input below which a pattern is plainly linear; above it, its growth is measured. */
const SUSPECT_MS = 20;

/** Pieces that, repeated, broke patterns before: blanks after a marker, digits, goal words, bracketed numbers, Markdown marks. */
const PUMPS = [' ', '\u3000', '\t', '\n', '\r\n', '1', '1.', '１', 'a', '达到', '（1）', '(1)', '（', '）', '“', '，', '。', '*a', '- ', '>', '#', '|', '、', '一、', '年', '%'];

interface Pattern {
  where: string;
  regex: RegExp;
}

/** Every regex literal in the TypeScript files under src/. */
function literals(): Pattern[] {
  const found: Pattern[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node) => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText();
            const end = text.lastIndexOf('/');
            const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
            found.push({ where: `${path.slice(ROOT.length)}:${line}`, regex: new RegExp(text.slice(1, end), text.slice(end + 1)) });
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  };
  walk(join(ROOT, 'src'));
  return found;
}

/** The pattern's own words (runs of CJK or Latin letters in its source), which it may retry from each repetition. */
function ownWords(regex: RegExp): string[] {
  return [...new Set(regex.source.match(/[\u4e00-\u9fff]{2,}|[A-Za-z]{3,}/gu) ?? [])].slice(0, 6);
}

/** Scans the whole input the way `replace` with a global pattern does, every start position tried, without building strings (whose collection is noise here). */
function scan(regex: RegExp): (input: string) => unknown {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  return (input) => {
    global.lastIndex = 0;
    let count = 0;
    let before = 0;
    while (global.test(input)) {
      count++;
      // An empty match where the last one ended: step past it, as replace does.
      if (global.lastIndex === before) global.lastIndex++;
      before = global.lastIndex;
      if (before > input.length) break;
    }
    return count;
  };
}

describe('every regex literal in src/ runs in linear time on crafted input', () => {
  const patterns = literals();
  const table: string[] = [];

  it('finds the patterns', () => {
    expect(patterns.length).toBeGreaterThan(150);
  });

  it.each(patterns.map((p) => [p.where, p] as const))('%s', (_, { regex }) => {
    let worst = { pump: '', ms: 0 };
    const slow: Array<{ pump: string; ratio: number }> = [];
    for (const pump of [...PUMPS, ...ownWords(regex)]) {
      for (const make of [(n: number) => pump.repeat(Math.ceil(n / pump.length)), (n: number) => `${pump.repeat(Math.ceil(n / pump.length))}\u0000`]) {
        const input = make(LENGTH);
        const start = performance.now();
        scan(regex)(input);
        const ms = performance.now() - start;
        if (ms > worst.ms) worst = { pump, ms };
        if (ms > SUSPECT_MS) {
          // A slow input: it must at least grow in step with the input, not with its square.
          const { ratio } = doublingRatio(scan(regex), make, LENGTH);
          if (ratio > MAX_DOUBLING_RATIO) slow.push({ pump, ratio });
        }
      }
    }
    table.push(`${regex.toString().slice(0, 60).padEnd(60)}  ${JSON.stringify(worst.pump).padEnd(8)}  ${worst.ms.toFixed(2)} ms`);
    expect(slow, String(regex)).toEqual([]);
  });

  it('prints the table: pattern, slowest crafted input, its time', () => {
    process.stdout.write(`\nregex (first 60 characters)  slowest pump  time on ${LENGTH} characters\n${table.join('\n')}\n`);
    expect(table.length).toBe(patterns.length);
  });
});
