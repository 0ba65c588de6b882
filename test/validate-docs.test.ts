import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { RuleId } from '../src/model/index.js';
import { ruleById } from '../src/validate/rules/index.js';
import { ROOT } from './helpers.js';

/** Rules whose passing example needs what extraction does not yet fill (lead units). */
const NEEDS_EXTRACTION = new Set<RuleId>(['missing-unit']);

/** The first ```text block after a heading of the page. */
function example(page: string, heading: string): string {
  const match = new RegExp(`^## ${heading}\\n[\\s\\S]*?\`\`\`text\\n([\\s\\S]*?)\`\`\``, 'm').exec(page);
  if (!match) throw new Error(`no ${heading} example`);
  return match[1]!;
}

describe('docs/rules/<id>.md', () => {
  for (const id of RuleId.options) {
    const file = join(ROOT, 'docs/rules', `${id}.md`);
    const rule = ruleById[id];
    // Rules that are off by default are switched on to run their examples.
    const config = rule.severity === 'off' ? { rules: { [id]: 'error' as const } } : {};

    it(`${id}: has the rule's description and default severity`, () => {
      expect(existsSync(file)).toBe(true);
      const page = readFileSync(file, 'utf8');
      expect(page.split('\n').slice(0, 3)).toEqual([`# ${id}`, '', rule.description]);
      expect(page).toContain(`Default severity: **${rule.severity}**`);
    });

    it(`${id}: its failing example fires the rule`, () => {
      const { diagnostics } = compile(example(readFileSync(file, 'utf8'), 'Fails'), { config });
      expect(diagnostics.map((d) => d.ruleId)).toContain(id);
    });

    it.skipIf(NEEDS_EXTRACTION.has(id))(`${id}: its passing example is clean`, () => {
      const { diagnostics } = compile(example(readFileSync(file, 'utf8'), 'Passes'), { config });
      expect(diagnostics.map((d) => `${d.ruleId} ${d.position?.start.line}`)).toEqual([]);
    });
  }
});
