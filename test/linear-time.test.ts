// The four patterns that took quadratic time on crafted text (issue: hostile and huge input), each
// timed on an input and on the input doubled: linear work takes about twice as long.
import { describe, expect, it } from 'vitest';
import { findTargets } from '../src/extract/find-targets.js';
import type { Document } from '../src/model/index.js';
import { joinLines } from '../src/text/join-lines.js';
import { duplicateSentence } from '../src/validate/rules/duplicate-sentence.js';
import { doublingRatio, MAX_DOUBLING_RATIO } from './growth.js';

/** A document of one item with one obligation of this text: what the duplicate-sentence rule reads. */
function oneObligation(text: string): Document {
  const obligation = { eId: 'sec_1__obl_1', text, position: null };
  return { title: null, front: [], preamble: [], closing: [], attachments: [], body: [{ obligations: [obligation, obligation], children: [], blocks: [], position: null }] } as unknown as Document;
}

describe('linear time on crafted text', () => {
  it('the line joiner: `1. 加强` and n spaces', () => {
    const { ratio } = doublingRatio(joinLines, (n) => `1. 加强${' '.repeat(n)}x`, 20_000);
    expect(ratio).toBeLessThanOrEqual(MAX_DOUBLING_RATIO);
    expect(joinLines('a \n  b\r\n c 加强 \n 工作')).toBe('a b c 加强工作');
  });

  it('PERCENT (and COUNT) of find-targets: n digits', () => {
    const { ratio } = doublingRatio(findTargets, (n) => `达到${'1'.repeat(n)}`, 20_000);
    expect(ratio).toBeLessThanOrEqual(MAX_DOUBLING_RATIO);
    expect(findTargets('覆盖率达到1.2.3%，新增12345家').map((t) => t.quantity)).toEqual(['2.3%', '12345家']);
  });

  it('find-targets on goal words: `达到` n times, then a figure', () => {
    const { ratio } = doublingRatio(findTargets, (n) => `${'达到'.repeat(n)}90%`, 5_000);
    expect(ratio).toBeLessThanOrEqual(MAX_DOUBLING_RATIO);
    expect(findTargets('达到达到实现基层覆盖率90%').map((t) => t.quantity)).toEqual(['90%']);
  });

  it('the trailing notes of duplicate-sentence: `（1）` n times, then text', () => {
    const check = (text: string) => duplicateSentence.check(oneObligation(text), {} as Parameters<typeof duplicateSentence.check>[1]);
    const { ratio } = doublingRatio(check, (n) => `推进政务服务标准化建设完善考核办法${'（1）'.repeat(n)}x`, 5_000);
    expect(ratio).toBeLessThanOrEqual(MAX_DOUBLING_RATIO);
    expect(check('推进政务服务标准化建设完善考核办法。（市考核办）(2023年）')).toHaveLength(1);
    expect(check('推进政务服务标准化建设完善考核办法。（市考核办）x（2023年）')).toHaveLength(0);
  });
});
