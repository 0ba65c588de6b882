import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { Document as YamlDocument, isMap, isScalar, parse, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/emit/json.js';
import { toYaml } from '../src/emit/yaml.js';
import type { Document } from '../src/model/index.js';
import { compileFile, CORPUS, hasCorpus, ROOT, SEED } from './helpers.js';

/** The YAML as the `yaml` package writes it with the options toYaml follows: the reference. */
function yamlPackage(data: unknown): string {
  const doc = new YamlDocument(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? '');
      if ((key === 'position' || key === 'start' || key === 'end') && isMap(pair.value)) pair.value.flow = true;
      if ((key === 'lead' || key === 'trail') && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** Every plan input under a folder. */
function plans(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:txt|md)$/.test(file) && !file.includes('encodings'))
    .map((file) => `${folder}${file}`);
}

describe('the YAML output', () => {
  it.each([SEED, `${ROOT}fixtures/extract/notations/input.txt`])('holds the same data as the JSON, without anchors: %s', (file) => {
    const { document } = compileFile(file);
    const yaml = toYaml(document);
    expect(yaml).not.toMatch(/[&*]a\d+\b/);
    expect(parse(yaml)).toEqual(JSON.parse(toJson(document)));
  });

  it('writes positions on one line and whitespace in double quotes', () => {
    const yaml = toYaml(compileFile(SEED).document);
    expect(yaml).toContain('    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 347, offset: 346 } }');
    expect(yaml).toContain('    trail: "\\ \\n"');
  });

  it('is what the yaml package writes, byte for byte, for the seed, every fixture and every corpus document', () => {
    const files = [SEED, ...plans(`${ROOT}fixtures/`), ...(hasCorpus ? plans(`${CORPUS}documents/`) : [])];
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const { document } = compileFile(file);
      expect(toYaml(document), file).toBe(yamlPackage(document));
    }
  });

  // Strings made of what decides a scalar's style: indicators, quotes, white space around line
  // breaks, document markers, words and numbers the core schema reads as other types, escapes.
  const piece = fc.constantFrom(
    'a', 'XX', '深化', '。', '：', ':', ': ', ' #', '#', '-', '- ', '?', '? ', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>',
    "'", '"', '%', '@', '`', '~', '---', '...', 'null', 'Null', 'true', 'FALSE', '0o17', '0x1F', '12', '-3', '+4', '1.', '.5',
    '1e5', '.inf', '.NaN', ' ', '  ', '\t', '\n', '\n\n', '\r', '\u3000', '\u00a0', '\u0085', '\u2028', '\u0000', '\u0007',
    '\u001b', '\u007f', '\ud800', '😀', '\\',
  );
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
  const long = fc.array(piece, { minLength: 20, maxLength: 60 }).map((parts) => parts.join(''));
  const scalar = fc.oneof(text, long, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
  const key = fc.oneof(fc.constantFrom('text', 'lead', 'trail', 'position', 'start', 'end', 'label'), text);
  const { data } = fc.letrec((tie) => ({
    data: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('data'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('data'), { maxKeys: 5 }),
  }));

  it('is what the yaml package writes for generated data: odd strings, keys, numbers, nesting', () => {
    fc.assert(
      fc.property(fc.dictionary(key, data, { maxKeys: 6 }), (value) => {
        expect(toYaml(value as unknown as Document)).toBe(yamlPackage(value));
      }),
      { numRuns: 3000 },
    );
  });
});
