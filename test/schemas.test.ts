import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { toJson } from '../src/emit/json.js';
import { toRunEntry, toRunIndex } from '../src/emit/run-index.js';
import { jsonSchemas } from '../src/model/json-schemas.js';
import { CORPUS, hasCorpus, ROOT, SEED } from './helpers.js';

const committed = (file: string) => JSON.parse(readFileSync(`${ROOT}schemas/${file}`, 'utf8')) as Record<string, unknown>;

describe('schemas/', () => {
  it('holds exactly what the zod model generates (run `npm run schemas` after changing the model)', () => {
    const generated = jsonSchemas();
    expect(readdirSync(`${ROOT}schemas`).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, schema] of Object.entries(generated)) expect(committed(file), file).toEqual(schema);
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validDocument = ajv.compile(committed('document.schema.json'));
  const validIndex = ajv.compile(committed('index.schema.json'));
  const fixtures = readdirSync(`${ROOT}fixtures/parse`).map((name) => `${ROOT}fixtures/parse/${name}/input.txt`);
  const corpus = hasCorpus ? readdirSync(`${CORPUS}documents`).map((f) => `${CORPUS}documents/${f}`) : [];

  it.each([SEED, ...fixtures, ...corpus])('validates the emitted JSON of %s', (file) => {
    const result = compile(readFileSync(file), { path: file });
    const json = JSON.parse(toJson(result.document));
    expect(validDocument(json), ajv.errorsText(validDocument.errors)).toBe(true);
    const index = JSON.parse(toRunIndex([toRunEntry(result.document, result.diagnostics, ['x.json'])]));
    expect(validIndex(index), ajv.errorsText(validIndex.errors)).toBe(true);
  });

  it('rejects a document that breaks the contract', () => {
    const json = JSON.parse(toJson(compile(readFileSync(SEED)).document));
    json.body[0].kind = 'chapter';
    expect(validDocument(json)).toBe(false);
  });
});
