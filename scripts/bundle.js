// Bundles the command line (run by `npm run build`) into dist/bundle/:
// - cli.cjs: what every run needs, with the code of the diff and validate commands and of each
//   output format behind lazy initialisers that run only when a run imports them;
// - a file for each part that only some runs load (zod.cjs, yaml.cjs, diff.cjs, markdown.cjs, xlsx.cjs, and
//   the readers html.cjs, docx.cjs, doc.cjs, pdf.cjs, ofd.cjs), required by cli.cjs when a run
//   first imports it;
// - compile-worker.js: the worker that compile-command starts, when there is one, with the readers
//   of formats other than text in chunks of their own (worker-*.js), loaded when an input needs one;
// - cli.cjs.cache: V8's code cache for cli.cjs, made by compiling the seed once, so that a run
//   starts from compiled code instead of compiling its functions again (src/cli/load-bundle.cts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = join(root, 'dist/bundle/');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

/** The parts bundled apart, by the import that loads each: a package name, or our module's file. */
const parts = [
  { file: 'zod.cjs', imports: /^zod$/, entry: "export * from 'zod';" },
  { file: 'yaml.cjs', imports: /^yaml$/, entry: "export * from 'yaml';" },
  { file: 'diff.cjs', imports: /^diff$/, entry: "export * from 'diff';" },
  { file: 'markdown.cjs', imports: /\/markdown-blocks\.js$/, entry: "export * from './src/source/markdown-blocks.ts';" },
  // The Excel writers (--format xlsx, workbook), with exceljs: the largest library, loaded only by the runs that write a workbook.
  { file: 'xlsx.cjs', imports: /^(?:\.\/xlsx|\.\.\/emit\/run-workbook)\.js$/, entry: "export * from './src/emit/xlsx.ts';\nexport * from './src/emit/run-workbook.ts';" },
  // The reader of each format other than text (src/source/readers.ts), with its libraries.
  ...['html', 'docx', 'doc', 'pdf', 'ofd'].map((format) => ({
    file: `${format}.cjs`,
    imports: new RegExp(`/${format}-to-text\\.js$`),
    entry: `export * from './src/source/${format}/${format}-to-text.ts';`,
  })),
];
// pdf.js stays a package of its own: it loads its worker and character maps from beside itself.
const common = { absWorkingDir: root, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning', external: ['pdfjs-dist', 'pdfjs-dist/*'] };
const entry = (contents) => ({ contents, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' });

// CommonJS has no import.meta.url: scripts/bundle-url.js gives the bundle's own URL instead.
const ownUrl = { define: { 'import.meta.url': 'bundleUrl' }, inject: [`${root}scripts/bundle-url.js`] };

for (const part of parts) await build({ ...common, ...ownUrl, stdin: entry(part.entry), outfile: `${outdir}${part.file}` });

const { outputFiles } = await build({
  ...common,
  stdin: entry("export { main } from './src/cli/main.ts';\nexport { run } from './src/cli/run.ts';\n"),
  outfile: `${outdir}cli.cjs`,
  write: false,
  ...ownUrl,
  // A dynamic import of a part becomes a require: vm.Script, which runs the bundle, has no import().
  supported: { 'dynamic-import': false },
  plugins: [
    {
      name: 'parts',
      setup(esbuild) {
        for (const part of parts) esbuild.onResolve({ filter: part.imports }, () => ({ path: `./${part.file}`, external: true }));
      },
    },
  ],
});
// The worker compile-command starts for large runs, when there is one: an ES module beside
// cli.cjs, where `new URL('./compile-worker.js', import.meta.url)` finds it.
if (existsSync(`${root}src/cli/compile-worker.ts`)) {
  await build({
    ...common,
    format: 'esm',
    entryPoints: [`${root}src/cli/compile-worker.ts`],
    outdir,
    // Each reader a chunk of its own, which a worker loads only for an input of its format.
    splitting: true,
    chunkNames: 'worker-[name]-[hash]',
    // Its CommonJS dependencies require Node's modules, which an ES module can do only through this.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}

const text = outputFiles[0].text;
// The first line names the build; load-bundle takes a code cache only if it names the same.
const id = createHash('sha256').update(text).digest('hex').slice(0, 32);
writeFileSync(`${outdir}cli.cjs`, `// policy-compile build ${id}\n${text}`);

// The code cache: compile the seed as `policy-compile seeds/ -o <folder>` does, then keep what V8 compiled.
const seeds = `${root}seeds/`;
if (existsSync(seeds)) {
  const { loadBundle } = await import('../dist/cli/load-bundle.cjs');
  const loaded = loadBundle(`${outdir}cli.cjs`);
  const out = mkdtempSync(join(tmpdir(), 'policy-compile-cache-'));
  const quiet = { stdout() {}, stderr() {}, readStdin: async () => new Uint8Array(), cwd: root, env: {}, stderrIsTTY: false };
  try {
    await loaded.exports.run([seeds, '-o', out], quiet);
    loaded.saveCodeCache();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
