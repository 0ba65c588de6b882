// Bundles the command line (run by `npm run build`) into dist/bundle/:
// - cli.cjs: what every run needs, with the code of the diff and validate commands and of each
//   output format behind lazy initialisers that run only when a run imports them;
// - a file for each part that only some runs load (zod.cjs, yaml.cjs, diff.cjs, markdown.cjs, xlsx.cjs, and
//   the readers html.cjs, docx.cjs, doc.cjs, pdf.cjs, ofd.cjs), required by cli.cjs when a run
//   first imports it;
// - index.cjs: the library for require(), with the same parts;
// - compile-worker.js: the worker that compile-command starts, when there is one, with the readers
//   of formats other than text in chunks of their own (worker-*.js), loaded when an input needs one;
// - THIRD-PARTY-NOTICES.txt: the licence of every package whose code the bundles hold;
// - cli.cjs.cache: V8's code cache for cli.cjs, made by compiling the seed once, so that a run
//   starts from compiled code instead of compiling its functions again (src/cli/load-bundle.cts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const outdir = join(root, 'dist/bundle/');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

/** The parts bundled apart, by the import that loads each: a package name, or our module's file. */
const parts = [
  { file: 'zod.cjs', imports: /^zod$/, entry: "export * from 'zod';" },
  { file: 'yaml.cjs', imports: /^yaml$/, entry: "export * from 'yaml';" },
  { file: 'diff.cjs', imports: /^diff$/, entry: "export * from 'diff';" },
  { file: 'glob.cjs', imports: /\/match-paths\.js$/, entry: "export * from './src/cli/match-paths.ts';" },
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
const common = { absWorkingDir: root, metafile: true, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning', external: ['pdfjs-dist', 'pdfjs-dist/*'] };
/** The folders of the packages whose code went into a bundle (node_modules/diff, node_modules/@rgrove/parse-xml …). */
const bundledPackages = new Set();
/** esbuild's build, noting the packages each bundle holds. */
async function build(options) {
  const result = await esbuild(options);
  for (const input of Object.keys(result.metafile.inputs)) {
    const folder = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    if (folder) bundledPackages.add(folder);
  }
  return result;
}
const entry = (contents) => ({ contents, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' });

// CommonJS has no import.meta.url: scripts/bundle-url.js gives the bundle's own URL instead.
const ownUrl = { define: { 'import.meta.url': 'bundleUrl' }, inject: [`${root}scripts/bundle-url.js`] };

for (const part of parts) await build({ ...common, ...ownUrl, stdin: entry(part.entry), outfile: `${outdir}${part.file}` });

/**
 * An esbuild plugin that gives the imports `filter` matches, from the files `from` matches, the
 * module `contents` instead of the one they name.
 */
function standIn(name, filter, contents, from = /(?:)/) {
  return {
    name,
    setup(esbuild) {
      esbuild.onResolve({ filter }, ({ importer }) => (from.test(importer) ? { path: name, namespace: name } : undefined));
      esbuild.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
    },
  };
}

/**
 * node:child_process for commander, loaded when commander first uses it (to run a subcommand's
 * executable, which this tool never asks it to): commander requires it as it loads, and with it
 * come node:net and more, which a run that compiles a plan never needs (the worker pool, which
 * does, is loaded only by a run that starts workers).
 */
const lazyChildProcess = standIn(
  'lazy-child-process',
  /^(?:node:)?child_process$/,
  "let loaded;\nconst load = () => (loaded ??= require('node:child_process'));\nmodule.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });\n",
  /node_modules[\\/]commander[\\/]/,
);

/**
 * chalk's guess of the terminal's colours (`#supports-color`), left out: it runs as chalk loads,
 * loading node:tty and asking the terminal, for chalk's default instances, which this tool never
 * uses (src/cli/colors.ts makes its own with the level it decides). Without it those instances
 * have no colour.
 */
const noColorGuess = standIn('no-color-guess', /^#supports-color$/, 'export default { stdout: false, stderr: false };\n');

/** Options of a bundle that requires the parts beside it instead of holding them. */
const withParts = {
  ...common,
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
    lazyChildProcess,
    noColorGuess,
  ],
};
const { outputFiles } = await build({
  ...withParts,
  stdin: entry("export { main } from './src/cli/main.ts';\nexport { run } from './src/cli/run.ts';\n"),
  outfile: `${outdir}cli.cjs`,
  write: false,
});
// The library (src/index.ts) as CommonJS, sharing the command line's parts: what
// require('policy-compile') loads, and what the ES module entry re-exports (Node.js reads the
// names of esbuild's CommonJS exports), so that both load one copy of the code and the bundled
// libraries need not be installed again as dependencies.
await build({ ...withParts, stdin: entry("export * from './src/index.ts';"), outfile: `${outdir}index.cjs` });
writeFileSync(`${root}dist/index.js`, "// The library's ES module entry: the CommonJS bundle's exports (scripts/bundle.js).\nexport * from './bundle/index.cjs';\n");
// The types of require('policy-compile'): those of the ES module, which declare the same exports.
writeFileSync(`${root}dist/index.d.cts`, "export * from './index.js';\n");
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

// The licences of the bundled packages (MIT, ISC, BSD-3-Clause …), which ask that their notices go
// with copies of their code: each package's name, version, licence and licence file.
const notices = [...bundledPackages].sort().map((folder) => {
  const pkg = JSON.parse(readFileSync(`${root}${folder}/package.json`, 'utf8'));
  const file = readdirSync(`${root}${folder}`).find((name) => /^(?:licen[cs]e|copying)(?:[.-].*)?$/i.test(name));
  const licence = pkg.license ?? 'no licence named in its package.json';
  const source = [pkg.author?.name ?? pkg.author, pkg.repository?.url ?? pkg.repository].filter(Boolean).join(', ');
  const text = file ? readFileSync(`${root}${folder}/${file}`, 'utf8').trim() : `The package ships no licence file${source ? ` (${source})` : ''}.`;
  return `${pkg.name} ${pkg.version} — ${licence}\n\n${text}\n`;
});
const separator = `\n${'-'.repeat(72)}\n\n`;
writeFileSync(
  `${outdir}THIRD-PARTY-NOTICES.txt`,
  `policy-compile's bundles (dist/bundle/) hold code of the following packages, under their licences.\n${separator}${[...new Set(notices)].join(separator)}`,
);

/**
 * The bundle in ASCII: esbuild escapes strings and templates but leaves other characters as they
 * are in regular expressions and comments (the Chinese of the extraction rules). A file of ASCII
 * is read as Latin-1 (src/cli/load-bundle.cts), which is a copy, and V8 keeps its source in one
 * byte a character; UTF-8 with CJK in it is decoded, and kept in two. `\uXXXX` means the same
 * character in a regular expression (a surrogate pair too, with or without the u flag) and is
 * only text in a comment; one that was escaped (`\（`) loses its backslash, which escaped it alone.
 */
function toAscii(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, backslashes, ch) => {
    const escape = `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return backslashes.length % 2 ? backslashes.slice(1) + escape : backslashes + escape;
  });
}

const text = toAscii(outputFiles[0].text);
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
