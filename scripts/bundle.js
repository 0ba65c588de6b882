// Bundles the command line into dist/bundle/ (run by `npm run build`): one file for what every
// run needs, and a chunk per dynamic import (the diff and validate commands, each output format,
// the Markdown reader), so a run loads a few files instead of a hundred modules and only the
// code it uses. The library (dist/index.js) stays unbundled.
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url).pathname;
const outdir = `${root}dist/bundle/`;
rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { main: `${root}src/cli/main.ts` },
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  chunkNames: 'chunk-[hash]',
  metafile: true,
  logLevel: 'warning',
  // Some dependencies are CommonJS and `require` Node's modules, which an ES module cannot do without this.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
// Which source modules each output file holds, for the test that checks what a run loads.
const contents = Object.fromEntries(Object.entries(metafile.outputs).map(([file, output]) => [file.replace(/^(?:.*\/)?dist\/bundle\//, ''), Object.keys(output.inputs)]));
writeFileSync(`${outdir}contents.json`, `${JSON.stringify(contents, null, 2)}\n`);
