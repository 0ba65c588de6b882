// The library's functions called from JavaScript with anything at all: compile and validate
// return findings; the exported emitters and renderers throw one documented TypeError, naming
// the field that is wrong, and nothing else.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, diffRenderers, diffSeries, emitters, read, validate } from '../src/index.js';
import { Document } from '../src/model/index.js';
import { SEED } from './helpers.js';

const scale = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => Math.round(n * scale);
const PLAN = '一、总体要求\n1.加强领导。各部门按时完成。\n';
const seed = compile(readFileSync(SEED), { path: 'seed.txt' }).document;
const series = diffSeries([seed, compile(PLAN).document]);

describe('compile with bad arguments', () => {
  const call = compile as (input: unknown, options?: unknown) => ReturnType<typeof compile>;
  it.each([
    ['undefined', undefined, undefined, 'the input must be a string, bytes'],
    ['null', null, undefined, 'not null'],
    ['42', 42, undefined, 'not a number (42)'],
    ['{}', {}, undefined, 'not a Object'],
    ['an unknown encoding', PLAN, { encoding: 'latin1' }, 'options.encoding must be one of'],
    ['a non-string path', PLAN, { path: 42 }, 'options.path must be a string or null'],
    ['options that are a string', PLAN, 'plan.txt', 'the options must be an object'],
  ])('%s: an invalid-argument error, no throw', (_, input, options, message) => {
    const { document, diagnostics } = call(input, options);
    expect(diagnostics).toEqual([expect.objectContaining({ ruleId: 'invalid-argument', severity: 'error', message: expect.stringContaining(message) })]);
    expect(Document.safeParse(document).success).toBe(true);
  });

  it('reads an ArrayBuffer or a DataView as bytes, and null options as none', () => {
    const bytes = new TextEncoder().encode(PLAN);
    for (const input of [bytes.buffer, new DataView(bytes.buffer)]) expect(call(input).document.body[0]?.num.raw).toBe('一、');
    expect(call(PLAN, null).document.body).toHaveLength(1);
    expect(call(PLAN, { encoding: 'GBK' }).diagnostics.map((d) => d.ruleId)).not.toContain('invalid-argument');
  });
});

/** A value placed somewhere in a copy of `base`: the path picked by `pick` among all of its paths. */
function mutate(base: unknown, pick: number, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const paths: Array<[Record<string, unknown>, string]> = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object' || paths.length > 5000) return;
    for (const key of Object.keys(node)) {
      paths.push([node as Record<string, unknown>, key]);
      visit((node as Record<string, unknown>)[key]);
    }
  };
  visit(copy);
  if (paths.length === 0) return value;
  const [holder, key] = paths[pick % paths.length]!;
  holder[key] = value;
  return copy;
}

/** Calls `work`; a throw other than the documented TypeError fails the test. */
function onlyTypeError(work: () => unknown, prefix: string): void {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message.startsWith(prefix)).toBe(true);
  }
}

describe('validate, the emitters and the renderers on random JSON and random arguments', () => {
  const anything = fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, null, 42, '', [], {}, new Uint8Array(3), () => 1));
  const damagedDocument = fc.tuple(fc.nat(), anything).map(([pick, value]) => mutate(seed, pick, value));
  const damagedSeries = fc.tuple(fc.nat(), anything).map(([pick, value]) => mutate(series, pick, value));

  it('validate never throws: a document that is not one gets schema findings naming the field', () => {
    fc.assert(
      fc.property(fc.oneof(anything, damagedDocument), anything, (document, options) => {
        const findings = validate(document as Document, options as never);
        expect(Array.isArray(findings)).toBe(true);
      }),
      { numRuns: runs(300) },
    );
    expect(validate({ ...seed, body: [{ ...seed.body[0]!, kind: 'chapter' }] } as never)[0]!.message).toMatch(/^body\.0\.kind: /);
    expect(validate(null as never)[0]).toMatchObject({ ruleId: 'schema', message: expect.stringContaining('document: ') });
  });

  it('the emitters throw only a TypeError that names the field', () => {
    fc.assert(
      fc.property(fc.oneof(anything, damagedDocument), fc.constantFrom(...(Object.keys(emitters) as Array<keyof typeof emitters>)), (document, format) => {
        onlyTypeError(() => emitters[format](document as Document), 'invalid document: ');
      }),
      { numRuns: runs(300) },
    );
    expect(() => emitters.csv({ ...seed, title: 42 } as never)).toThrow(new TypeError('invalid document: title: Invalid input: expected string, received number'));
  });

  it('the renderers throw only a TypeError that names the field', () => {
    fc.assert(
      fc.property(fc.oneof(anything, damagedSeries), fc.constantFrom(...(Object.keys(diffRenderers) as Array<keyof typeof diffRenderers>)), (value, format) => {
        onlyTypeError(() => diffRenderers[format](value as never), 'invalid diff series: ');
      }),
      { numRuns: runs(200) },
    );
    expect(() => diffRenderers.md({ ...series, reports: 'x' } as never)).toThrow(/^invalid diff series: reports: /);
  });
});

it('a series the renderers accept renders in every format', () => {
  for (const render of Object.values(diffRenderers)) expect(render(series).length).toBeGreaterThan(0);
});

describe('read with bad arguments', () => {
  const call = read as (input: unknown, options?: unknown) => ReturnType<typeof read>;
  it.each([
    ['undefined', undefined, undefined, 'the input must be'],
    ['42', 42, undefined, 'not a number (42)'],
    ['a string', PLAN, undefined, "read() takes the file's bytes"],
    ['a non-string path', new Uint8Array([0x31]), { path: 42 }, 'options.path must be a string or null'],
    ['an unknown encoding', new Uint8Array([0x31]), { encoding: 'latin1' }, 'options.encoding must be one of'],
  ])('%s: a refusal saying what is wrong, no rejection', async (_, input, options, message) => {
    const source = await call(input, options);
    expect(source.refusal?.message).toContain(message);
    expect(compile(source).diagnostics).toEqual([expect.objectContaining({ ruleId: 'unreadable', message: expect.stringContaining(message) })]);
  });
});
