import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** How to run tasks on worker processes. */
export interface PoolOptions<T, R> {
  /** The worker's entry file; it answers each task it is sent (`process.on('message')`) with one result (`process.send`), in the order tasks came. */
  url: URL;
  /** How many workers to start. */
  size: number;
  /** Node's options for each worker (default: this process's own, so that a preloaded module or heap limit carries over). */
  execArgv?: string[];
  /** How far past the first unfinished task tasks are handed out; bounds the results held back for ordering. */
  window: number;
  /**
   * How many tasks a worker is sent before it has answered the first (default 1): with 2, the next
   * task waits in the worker while it runs one, so that it never idles while its answer travels
   * and this process, busy with other workers' answers, sends the next. Only for a worker that
   * answers in the order tasks came, as the pool counts its answers off in that order. Near the
   * end of the tasks a worker is sent no more than its share of those left.
   */
  depth?: number;
  /**
   * Runs a task in this process, as one more worker beside the forked ones: it is handed a task
   * only when every forked worker already holds `depth`, so that they are fed first and this
   * process compiles while it would otherwise wait for them.
   */
  local?: (task: T) => Promise<R>;
  /**
   * The result of a task whose worker died on it (an uncaught error, running out of memory), so
   * that one input does not end the run; the worker is replaced.
   */
  crashed(task: T, error: Error): R;
}

/** Bytes of a worker's stderr kept to explain its death: enough for the error's first lines, never a whole stack's worth of memory. */
const STDERR_KEPT = 4096;

/**
 * Runs tasks on a pool of worker processes (`child_process.fork`) and yields their results in
 * the order of the tasks, as they become ready: results are not collected, and at most `window`
 * tasks are out at once. Processes rather than threads: each has a heap and a garbage collector
 * of its own, and two of them get from two cores what two separate runs get (measured on the
 * bench corpus, threads of one process got a fifth less). Tasks and results cross as V8's
 * structured clone (`serialization: 'advanced'`), so bytes travel as bytes. A worker's stderr is
 * kept back, not shown: what a dying worker printed becomes the reason of its task's result; the
 * tasks it had been sent after that one go to another worker. With `local`, this process runs
 * tasks too, while every forked worker is full: one process fewer for the same cores.
 * The workers are ended when the results have been taken, or killed when the caller stops early.
 * @param tasks the tasks, plain data
 * @param options the worker file, the pool's size, window and depth, the result of a crash
 */
export async function* runPool<T, R>(tasks: readonly T[], options: PoolOptions<T, R>): AsyncGenerator<R> {
  const depth = Math.max(1, options.depth ?? 1);
  const results = new Map<number, R>();
  // Each worker's tasks sent and not yet answered, oldest first: it answers them in that order.
  const queues = new Map<ChildProcess, number[]>();
  // Tasks a dead worker had been sent but had not begun, handed out again before new ones.
  const again: number[] = [];
  let sent = 0;
  let wake = () => {};
  // Whether this process is running a task of its own (`options.local`).
  let localBusy = false;
  const local = options.local;
  // A worker that cannot even start (its file missing) would be replaced for ever: replace at most one per task.
  let restarts = 0;
  let lastError = new Error('no worker could be started');
  const file = fileURLToPath(options.url);

  const lose = (worker: ChildProcess, error: Error) => {
    const queue = queues.get(worker);
    if (!queues.delete(worker)) return;
    const at = queue!.shift();
    if (at !== undefined) results.set(at, options.crashed(tasks[at]!, error));
    again.push(...queue!);
    again.sort((a, b) => a - b);
    lastError = error;
    if ((sent < tasks.length || again.length > 0) && restarts++ < tasks.length) start();
    wake();
  };
  const start = () => {
    const worker = fork(file, [], { execArgv: options.execArgv ?? process.execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    const stderrRead = new Promise<void>((resolve) => {
      worker.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
        if (stderr.length < STDERR_KEPT) stderr += chunk.slice(0, STDERR_KEPT - stderr.length);
      });
      worker.stderr!.once('close', resolve);
    });
    worker.on('message', (result: R) => {
      const at = queues.get(worker)?.shift();
      if (at === undefined) return;
      results.set(at, result);
      wake();
    });
    worker.on('error', (error) => lose(worker, error));
    // Its reason is read from its stderr, once that is read to its end (a child process whose
    // channel was closed by its parent never emits 'close').
    worker.on('exit', (code, signal) => void stderrRead.then(() => lose(worker, new Error(deathOf(code, signal, stderr)))));
    queues.set(worker, []);
  };
  const handOut = (next: number) => {
    // No worker left: the tasks still to come fail with the last worker's error rather than wait.
    if (queues.size === 0) {
      for (const at of again.splice(0)) results.set(at, options.crashed(tasks[at]!, lastError));
      while (sent < tasks.length && sent < next + options.window) results.set(sent, options.crashed(tasks[sent++]!, lastError));
    }
    for (;;) {
      const at = again.length > 0 ? again[0]! : sent < tasks.length && sent < next + options.window ? sent : undefined;
      if (at === undefined) return;
      // Near the end, a worker holds no more than its share of the tasks not yet done (held by a
      // process or not yet handed out), so that no process stands idle while another still holds
      // tasks it has not begun.
      let held = tasks.length - sent + again.length + (localBusy ? 1 : 0);
      for (const queue of queues.values()) held += queue.length;
      const share = Math.min(depth, Math.max(1, Math.ceil(held / (queues.size + (local ? 1 : 0)))));
      // The worker with the fewest tasks waiting: every worker gets one before any gets two.
      let worker: ChildProcess | undefined;
      for (const [candidate, queue] of queues) if (queue.length < share && (!worker || queue.length < queues.get(worker)!.length)) worker = candidate;
      if (!worker && (!local || localBusy || queues.size === 0)) return;
      if (again.length > 0) again.shift();
      else sent++;
      if (worker) {
        queues.get(worker)!.push(at);
        worker.send(tasks[at] as object);
        continue;
      }
      // On the next turn of the event loop, so that the answers that came meanwhile are taken
      // (and their workers sent more) before this process is busy again.
      localBusy = true;
      setImmediate(() => {
        if (stopped) return;
        void local!(tasks[at]!)
          .then(
            (result) => results.set(at, result),
            (error: unknown) => results.set(at, options.crashed(tasks[at]!, error instanceof Error ? error : new Error(String(error)))),
          )
          .finally(() => {
            localBusy = false;
            wake();
          });
      });
    }
  };

  let finished = false;
  // Set once the caller has stopped: a task of this process's own not yet begun is not begun.
  let stopped = false;
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
    finished = true;
  } finally {
    stopped = true;
    const ending = [...queues.keys()];
    queues.clear();
    // Idle workers leave of themselves once their channel closes (and run their exit handlers);
    // a worker still busy when the caller stopped early is killed, so that it writes nothing more.
    await Promise.all(
      ending.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.exitCode !== null || worker.signalCode !== null) return resolve();
            worker.once('exit', () => resolve());
            if (finished) worker.disconnect();
            else worker.kill();
          }),
      ),
    );
  }
}

/** Why a worker stopped: its exit code or signal, and the first line of its stderr that starts with an error's name (`TypeError: …`, `FATAL ERROR: …`). */
function deathOf(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  const how = signal ? `signal ${signal}` : `exit code ${code}`;
  const said = stderr.split('\n').find((line) => /^(?:[A-Z]\w*)?Error\b|^FATAL ERROR\b/.test(line))?.trim();
  return `the worker stopped (${how})${said ? `: ${said}` : ''}`;
}
