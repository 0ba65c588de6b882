// Loaded with `node --import` by test/startup-loads.test.ts: appends the URL of every module the
// program loads to the file named by RECORD_LOADS, through a module loader hook (Node 20.6+).
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.RECORD_LOADS, url + '\\n');
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
