import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../src/cli/progress-bar.js';
import { run } from '../src/cli/run.js';
import { recordingIo } from './cli-io.js';
import { ROOT } from './helpers.js';

/** An Io whose clock moves a second at every reading, so that every step is slow enough to draw. */
function slowIo(cwd: string, options: Parameters<typeof recordingIo>[1]) {
  const recording = recordingIo(cwd, options);
  let time = 0;
  recording.io.now = () => (time += 1000);
  return recording;
}

function folderOfPlans(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-compile-progress-'));
  cpSync(`${ROOT}fixtures/parse`, join(dir, 'plans'), { recursive: true });
  return dir;
}

describe('the progress bar', () => {
  it('is drawn on a terminal and taken away before the report', async () => {
    const { io, stderr } = slowIo(folderOfPlans(), { tty: true, env: { NO_COLOR: '1' } });
    expect(await run(['plans', '-o', 'out'], io)).toBe(0);
    // Each fixture folder holds two text files: input.txt and outline.txt.
    const documents = 2 * readdirSync(`${ROOT}fixtures/parse`).length;
    expect(stderr()).toMatch(new RegExp(`\r░+ 1/${documents} documents\u001b\\[K`));
    expect(stderr()).toMatch(new RegExp(`\r█+ ${documents}/${documents} documents\u001b\\[K`));
    expect(stderr()).toMatch(/\r\u001b\[K✔ /);
  });

  it.each([
    ['stderr is not a terminal', { tty: false }],
    ['in CI', { tty: true, env: { CI: 'true' } }],
    ['on a dumb terminal', { tty: true, env: { TERM: 'dumb' } }],
  ])('is never drawn when %s', async (_, options) => {
    const { io, stderr } = slowIo(folderOfPlans(), options);
    expect(await run(['plans', '-o', 'out'], io)).toBe(0);
    expect(stderr()).not.toContain('\r');
    expect(stderr()).not.toContain('█');
    expect(stderr()).toContain('compiled, 0 unreadable');
  });

  it('waits half a second before it shows, redraws at most every 100 ms, and comes back after report lines', () => {
    const { io, stderr } = recordingIo('/', { tty: true });
    let time = 0;
    io.now = () => time;
    const bar = progressBar(io, 10);
    time = 400;
    bar.advance();
    expect(stderr()).toBe('');
    time = 600;
    bar.advance();
    time = 650;
    bar.advance();
    expect(stderr()).toBe(`\r${'█'.repeat(5)}${'░'.repeat(19)} 2/10 documents\u001b[K`);
    bar.clear();
    expect(stderr()).toMatch(/\r\u001b\[K$/);
    time = 660;
    bar.advance();
    expect(stderr()).toMatch(/ 4\/10 documents\u001b\[K$/);
  });

  it('speaks the language of the run', async () => {
    const { io, stderr } = slowIo(folderOfPlans(), { tty: true, env: { NO_COLOR: '1' } });
    expect(await run(['plans', '-o', 'out', '--lang', 'zh'], io)).toBe(0);
    expect(stderr()).toMatch(/\r█+ (\d+)\/\1 份文件\u001b\[K/);
    expect(stderr()).not.toContain('documents');
  });
});
