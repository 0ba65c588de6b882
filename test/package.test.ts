import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript script of the build, without types
import { missingNotices } from '../scripts/check-package.js';
import { ROOT } from './helpers.js';

const BUNDLE = `${ROOT}dist/bundle/`;
const built = existsSync(`${BUNDLE}THIRD-PARTY-NOTICES.txt`);

describe('the package', () => {
  it.skipIf(!built)('names every bundled package in THIRD-PARTY-NOTICES.txt, with its licence text', () => {
    const notices = readFileSync(`${BUNDLE}THIRD-PARTY-NOTICES.txt`, 'utf8');
    expect(missingNotices(BUNDLE, notices)).toEqual([]);
    // jsdiff's BSD-3-Clause asks for its notice; the check fails when one is missing.
    expect(notices).toMatch(/^diff \S+ — BSD-3-Clause\n\nBSD 3-Clause License/m);
    expect(missingNotices(BUNDLE, notices.replace(/^diff (\S+) — /m, 'jsdiff $1 — '))).toEqual(['diff']);
  });

  it.skipIf(!built)('packs with its licences, passes publint and @arethetypeswrong/cli, and loads with require() and import()', () => {
    const check = spawnSync(process.execPath, [`${ROOT}scripts/check-package.js`], { cwd: ROOT, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 300_000);

  it('runs no install script a consumer would be warned about', () => {
    const { scripts } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    // npm warns about preinstall, install, postinstall and, for a package from a file or git, prepare.
    expect(Object.keys(scripts).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))).toEqual([]);
  });
});
