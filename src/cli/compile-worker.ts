// The entry of each worker process of a compile run (`worker-pool.ts` forks it): it answers every
// task with its outcome, in the order the tasks come. A file of its own, loaded by URL, so that a
// bundler keeps it an entry of its own beside the command's.
import { emitters } from '../emit/emitters.js';
import { loadEmitter } from '../emit/load-emitter.js';
import { piecewiseEmitters } from '../emit/piecewise-emitters.js';
import { compileOne, type CompileTask, type CompileTools } from './compile-one.js';

// A worker serves large runs: it loads every text emitter once, the Excel writer when a task asks
// for it (readers load when an input needs them).
const tools: CompileTools = { emitters: { ...emitters }, piecewise: piecewiseEmitters };

// Answers go back in the order tasks came: a file whose reader waits (a PDF) holds back the answers after it.
let previous: Promise<unknown> = Promise.resolve();
process.on('message', (task: CompileTask) => {
  previous = previous.then(async () => {
    for (const format of task.formats) tools.emitters[format] ??= await loadEmitter(format);
    process.send!(await compileOne(task, tools));
  });
});
