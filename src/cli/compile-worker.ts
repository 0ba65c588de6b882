// The entry of each worker thread of a compile run: it answers every task with its outcome, in
// the order the tasks come. A file of its own, loaded by URL, so that a bundler keeps it an entry
// of its own beside the command's.
import { parentPort } from 'node:worker_threads';
import { compileOne, type CompileTask } from './compile-one.js';

parentPort?.on('message', (task: CompileTask) => parentPort!.postMessage(compileOne(task)));
