import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPool } from '../src/cli/worker-pool.js';

// A worker process of plain JavaScript: answers after `wait` ms with the task; counts the tasks it
// started in a file beside it (`started`); dies on `crash`, exits on `exit`.
const url = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'policy-compile-worker-')), 'worker.mjs');
  writeFileSync(
    file,
    `import { appendFileSync } from 'node:fs';
process.on('message', (task) => {
  if (task.started) appendFileSync(task.started, '.');
  if (task.crash) throw new Error('boom at ' + task.n);
  if (task.exit) process.exit(3);
  setTimeout(() => process.send({ n: task.n, bytes: task.bytes }), task.wait);
});`,
  );
  return pathToFileURL(file);
})();

// A worker that answers in the order tasks came, as compile-worker does: each task waits for the
// one before it. Its answer says whether the task came before the one ahead of it was answered (`queued`).
const orderedUrl = (() => {
  const file = join(mkdtempSync(join(tmpdir(), 'policy-compile-worker-')), 'ordered.mjs');
  writeFileSync(
    file,
    `let previous = Promise.resolve();
let unanswered = 0;
process.on('message', (task) => {
  const queued = unanswered++ > 0;
  previous = previous.then(() => new Promise((resolve) => {
    if (task.crash) setImmediate(() => { throw new Error('boom at ' + task.n); });
    else setTimeout(() => { unanswered--; process.send({ n: task.n, queued }); resolve(); }, task.wait);
  }));
});`,
  );
  return pathToFileURL(file);
})();

type Task = { n: number; wait: number; crash?: boolean; exit?: boolean; started?: string; bytes?: Uint8Array };
const crashed = (task: Task, error: Error) => ({ n: task.n, error: error.message });

async function collect(tasks: Task[], size: number, window: number) {
  const results: Array<{ n: number; error?: string; bytes?: Uint8Array }> = [];
  for await (const result of runPool(tasks, { url, size, window, crashed, execArgv: [] })) results.push(result);
  return results;
}

describe('runPool', () => {
  it('yields results in the order of the tasks, though later ones finish first', async () => {
    const tasks = Array.from({ length: 12 }, (_, n) => ({ n, wait: (12 - n) * 3 }));
    expect((await collect(tasks, 3, 6)).map((r) => r.n)).toEqual(tasks.map((t) => t.n));
  });

  it('gives a crashed result for a task whose worker died, and goes on with a new worker', async () => {
    const tasks: Task[] = Array.from({ length: 8 }, (_, n) => ({ n, wait: 1, crash: n === 2, exit: n === 5 }));
    const results = await collect(tasks, 2, 4);
    expect(results.map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // What the worker said as it died, its first line naming the error, and never its stack.
    expect(results[2]!.error).toBe('the worker stopped (exit code 1): Error: boom at 2');
    expect(results[5]!.error).toContain('exit code 3');
    expect(results.filter((r) => r.error)).toHaveLength(2);
  });

  it('hands out no more than the window ahead of the result not yet taken', async () => {
    // The first task is slow: the other worker runs ahead of it only as far as the window lets it.
    const started = join(mkdtempSync(join(tmpdir(), 'policy-compile-started-')), 'count');
    writeFileSync(started, '');
    const tasks: Task[] = Array.from({ length: 20 }, (_, n) => ({ n, wait: n === 0 ? 1000 : 1, started }));
    const pool = runPool(tasks, { url, size: 2, window: 4, crashed, execArgv: [] });
    expect((await pool.next()).value).toEqual({ n: 0 });
    expect(readFileSync(started, 'utf8')).toHaveLength(4);
    let rest = 0;
    for await (const _ of pool) rest++;
    expect(rest).toBe(19);
  });

  it('fails every task, without waiting for ever, when no worker can start', async () => {
    const missing = new URL('does-not-exist.mjs', url);
    const results: unknown[] = [];
    for await (const result of runPool([{ n: 0, wait: 0 }, { n: 1, wait: 0 }, { n: 2, wait: 0 }], { url: missing, size: 2, window: 2, crashed, execArgv: [] })) results.push(result);
    expect(results).toHaveLength(3);
    expect(results.every((r) => (r as { error?: string }).error)).toBe(true);
  });

  it('carries bytes both ways as bytes', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13]);
    const [result] = await collect([{ n: 0, wait: 0, bytes }], 1, 1);
    expect(result!.bytes).toEqual(bytes);
  });

  it('with a depth of 2, sends a worker its next task while it runs one, and hands the tasks of a worker that died on to another', async () => {
    const tasks: Task[] = Array.from({ length: 10 }, (_, n) => ({ n, wait: 20, crash: n === 3 }));
    const results: Array<{ n: number; error?: string; queued?: boolean }> = [];
    for await (const result of runPool(tasks, { url: orderedUrl, size: 1, window: 10, depth: 2, crashed, execArgv: [] })) results.push(result);
    expect(results.map((r) => r.n)).toEqual(tasks.map((t) => t.n));
    // The task the worker died on fails alone; the one it held behind it runs on the new worker.
    expect(results.filter((r) => r.error).map((r) => r.n)).toEqual([3]);
    expect(results[3]!.error).toBe('the worker stopped (exit code 1): Error: boom at 3');
    // The second task came before the first was answered (both were sent at once).
    expect(results[1]!.queued).toBe(true);
  });

  it('with local, runs tasks in this process too while every worker is full, and yields every result in order', async () => {
    const tasks: Task[] = Array.from({ length: 12 }, (_, n) => ({ n, wait: 30 }));
    const here: number[] = [];
    const local = async (task: Task): Promise<{ n: number; here?: boolean; error?: string }> => {
      here.push(task.n);
      await new Promise((resolve) => setTimeout(resolve, task.wait));
      return { n: task.n, here: true };
    };
    const results: Array<{ n: number; here?: boolean }> = [];
    for await (const result of runPool(tasks, { url: orderedUrl, size: 1, window: 12, depth: 2, local, crashed, execArgv: [] })) results.push(result);
    expect(results.map((r) => r.n)).toEqual(tasks.map((t) => t.n));
    // Both compiled: this process took tasks, and so did the worker.
    expect(here.length).toBeGreaterThan(0);
    expect(here.length).toBeLessThan(tasks.length);
    expect(results.filter((r) => r.here).map((r) => r.n)).toEqual(here);
  });

  it('near the end, sends a worker no more than its share of the tasks left, so that this process takes the rest', async () => {
    // Five tasks, a worker that may hold four: it holds three (the share of five over two
    // processes), and this process runs the other two rather than wait for the worker's fourth.
    const tasks: Task[] = Array.from({ length: 5 }, (_, n) => ({ n, wait: 60 }));
    const here: number[] = [];
    const local = async (task: Task): Promise<{ n: number; error?: string }> => {
      here.push(task.n);
      await new Promise((resolve) => setTimeout(resolve, task.wait));
      return { n: task.n };
    };
    const results: Array<{ n: number }> = [];
    for await (const result of runPool(tasks, { url: orderedUrl, size: 1, window: 5, depth: 4, local, crashed, execArgv: [] })) results.push(result);
    expect(results.map((r) => r.n)).toEqual([0, 1, 2, 3, 4]);
    expect(here).toEqual([3, 4]);
  });
});
