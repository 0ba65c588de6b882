// The entry of each worker thread of a compile run: it answers every task with its outcome, in
// the order the tasks come. A file of its own, loaded by URL, so that a bundler keeps it an entry
// of its own beside the command's.
import { parentPort } from 'node:worker_threads';
import { compile } from '../compile.js';
import { emitters } from '../emit/emitters.js';
import { compileOne, type CompileTask, type CompileTools } from './compile-one.js';

// A worker serves large runs: it loads the whole compiler and every emitter once.
const tools: CompileTools = { compile, emitters };

parentPort?.on('message', (task: CompileTask) => parentPort!.postMessage(compileOne(task, tools)));
