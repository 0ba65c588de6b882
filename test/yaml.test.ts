import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toJson } from '../src/emit/json.js';
import { toYaml } from '../src/emit/yaml.js';
import { compileFile, ROOT, SEED } from './helpers.js';

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
});
