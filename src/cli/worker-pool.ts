import { Worker, type ResourceLimits } from 'node:worker_threads';

/** How to run tasks on worker threads. */
export interface PoolOptions<T, R> {
  /** The worker's entry file; it answers each task it is posted with one result message. */
  url: URL;
  /** How many workers to start. */
  size: number;
  /** Limits of each worker's heap (see `worker_threads`). */
  resourceLimits?: ResourceLimits;
  /** How far past the first unfinished task tasks are handed out; bounds the results held back for ordering. */
  window: number;
  /**
   * The result of a task whose worker died on it (an uncaught error, running out of memory), so
   * that one input does not end the run; the worker is replaced.
   */
  crashed(task: T, error: Error): R;
}

/**
 * Runs tasks on a pool of worker threads and yields their results in the order of the tasks,
 * as they become ready: results are not collected, and at most `window` tasks are out at once.
 * The workers are ended when the results have been taken, or when the caller stops early.
 * @param tasks the tasks, plain data
 * @param options the worker file, the pool's size and window, the result of a crash
 */
export async function* runPool<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): AsyncGenerator<R> {
  const results = new Map<number, R>();
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();
  let sent = 0;
  let wake = () => {};
  // A worker that cannot even start (its file missing) would be replaced for ever: replace at most one per task.
  let restarts = 0;
  let lastError = new Error('no worker could be started');

  const lose = (worker: Worker, error: Error) => {
    if (!workers.delete(worker)) return;
    const at = busy.get(worker);
    busy.delete(worker);
    if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
    if (at !== undefined) results.set(at, options.crashed(tasks[at]!, error));
    lastError = error;
    if (sent < tasks.length && restarts++ < tasks.length) start();
    wake();
  };
  const start = () => {
    const worker = new Worker(options.url, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
    worker.on('message', (result: R) => {
      results.set(busy.get(worker)!, result);
      busy.delete(worker);
      idle.push(worker);
      wake();
    });
    worker.on('error', (error) => lose(worker, error));
    worker.on('exit', (code) => lose(worker, new Error(`the worker stopped (exit code ${code})`)));
    workers.add(worker);
    idle.push(worker);
  };
  const handOut = (next: number) => {
    // No worker left: the tasks still to come fail with the last worker's error rather than wait.
    if (workers.size === 0) while (sent < tasks.length && sent < next + options.window) results.set(sent, options.crashed(tasks[sent++]!, lastError));
    while (idle.length > 0 && sent < tasks.length && sent < next + options.window) {
      const worker = idle.pop()!;
      busy.set(worker, sent);
      worker.postMessage(tasks[sent++]);
    }
  };

  try {
    for (let i = 0; i < Math.min(options.size, tasks.length); i++) start();
    for (let next = 0; next < tasks.length; next++) {
      handOut(next);
      while (!results.has(next)) {
        await new Promise<void>((resolve) => (wake = resolve));
        handOut(next);
      }
      const result = results.get(next)!;
      results.delete(next);
      yield result;
    }
  } finally {
    const ending = [...workers];
    workers.clear();
    await Promise.all(ending.map((worker) => worker.terminate()));
  }
}
