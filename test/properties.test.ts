import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, UNREADABLE } from '../src/compile.js';
import { toSourceText } from '../src/emit/source-text.js';
import { allNodes, Document, partsOf } from '../src/model/index.js';
import { decode, ENCODINGS } from '../src/read/decode.js';

// 20,000 generated inputs per `npm test`, half with the CLI's options; `npm run fuzz` runs ten
// times as many (FUZZ_SCALE=10): 100,000 with the CLI's options.
const scale = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.round(n * scale);

/** What must hold for any input: no throw, a schema-valid document, unique eIds, and the text rebuilt exactly. */
function checkCompiles(input: Uint8Array | string): void {
  const { document, diagnostics } = compile(input);
  expect(Document.safeParse(document).success).toBe(true);
  const eIds = partsOf(document).flatMap((part) => allNodes(part.body).flatMap((node) => [node.eId, ...node.obligations.map((o) => o.eId)]));
  expect(new Set(eIds).size).toBe(eIds.length);
  if (diagnostics.some((d) => d.ruleId === UNREADABLE)) {
    expect(document.body).toEqual([]);
    return;
  }
  const text = typeof input === 'string' ? input : decode(input).text;
  expect(toSourceText(document)).toBe(text);
}

// Lines made of the pieces real plans are made of: markers of every kind, prose with
// brackets and quotes (matched or not), notes, dates, titles, odd whitespace and line ends.
const piece = fc.constantFrom(
  '一、', '十二、', '（一）', '(二)', '（三)', '1.', '2．', '3、', '4﹒', '５．', '6. ', '（1）', '(2)', '3）', '①', '②', '㈠', '⒈', '⑴', '7',
  '深化', '改革', '推进', '法治', '建设', 'XXX', '工作要点', '的通知', '关于印发', '附件', '附件：', '2022年', '3月1日', '5G', '3.5',
  '。', '，', '；', '：', '、', '！', '？', '“', '”', '"', '《', '》', '（', '）', '(', ')', '〔2023〕5号', '（此件公开发布）',
  '牵头单位：', '责任单位：市司法局', '2023年6月底前', '本方案', '自印发之日起施行', '- 1 -', ' ', '　', '\t', '\u00a0', '\u200b', '\u2003', '\ufeff', '\ufffd',
);
const line = fc.array(piece, { minLength: 0, maxLength: 12 }).map((parts) => parts.join(''));
const ending = fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' \n', '　\n');
const planLike = fc.array(fc.tuple(line, ending), { maxLength: 40 }).chain((lines) =>
  fc.boolean().map((finalBreak) => {
    const joined = lines.map(([l, e]) => l + e).join('');
    return finalBreak ? joined : joined.replace(/[\r\n]+$/, '');
  }),
);

describe('properties of compile, on generated input', () => {
  it('plan-like text: compiles to a valid, lossless tree with unique eIds', () => {
    fc.assert(fc.property(planLike, checkCompiles), { numRuns: runs(3000) });
  });

  it('plan-like text as UTF-16 and UTF-8 bytes, with and without BOM', () => {
    const encoded = fc.tuple(planLike, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be')).map(([text, encoding]) => {
      const utf16 = (le: boolean) => {
        const bytes = new Uint8Array(2 + text.length * 2);
        bytes.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
        for (let i = 0; i < text.length; i++) {
          const unit = text.charCodeAt(i);
          bytes[2 + i * 2 + (le ? 0 : 1)] = unit & 0xff;
          bytes[2 + i * 2 + (le ? 1 : 0)] = unit >> 8;
        }
        return bytes;
      };
      if (encoding === 'utf-16le') return utf16(true);
      if (encoding === 'utf-16be') return utf16(false);
      const utf8 = new TextEncoder().encode(text);
      return encoding === 'utf-8' ? utf8 : Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    });
    fc.assert(fc.property(encoded, checkCompiles), { numRuns: runs(1000) });
  });

  it('any string at all (every Unicode code point, lone surrogates included)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkCompiles), { numRuns: runs(3000) });
  });

  it('any bytes at all: text, refusals and binary alike return findings instead of throwing', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // Bytes that start like the files the tool refuses, or like a BOM, then go on at random.
      fc.tuple(fc.constantFrom([0x25, 0x50, 0x44, 0x46], [0x50, 0x4b, 0x03, 0x04], [0x89, 0x50, 0x4e, 0x47], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 200 })).map(([head, tail]) => Uint8Array.from([...head, ...tail])),
    );
    fc.assert(fc.property(bytes, checkCompiles), { numRuns: runs(3000) });
  });

  it("with the CLI's options: --from text|markdown, --encoding of every name, paths .txt/.md", () => {
    // What `compile` is given by the command line: the path as shown, an id, and the read options.
    const options = fc.record(
      {
        path: fc.constantFrom('plan.txt', 'plan.md', 'dir/计划.markdown', null),
        id: fc.constantFrom('plan', 'a-b'),
        format: fc.constantFrom('text' as const, 'markdown' as const),
        encoding: fc.constantFrom(...ENCODINGS),
      },
      { requiredKeys: ['path'] },
    );
    const input = fc.oneof(planLike, planLike.map((text) => new TextEncoder().encode(text)), fc.uint8Array({ maxLength: 200 }));
    fc.assert(
      fc.property(input, options, (given, chosen) => {
        const { document } = compile(given, chosen);
        expect(Document.safeParse(document).success).toBe(true);
      }),
      { numRuns: runs(10_000) },
    );
    // A minute per 10,000 cases, on a machine shared by other jobs.
  }, 60_000 * scale);
});
