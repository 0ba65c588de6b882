// `node bench/extract-identical.js --against <dist folder>`: whether this build and another
// (e.g. a copy of an older dist/) give the same JSON, byte for byte, for the seed, every fixture,
// the shared corpus (documents, editions and their published Word, PDF and web copies) and the
// bench sample (every 20th plan of the 2,000-plan bench corpus). A check for a change that must
// not alter any output, such as one made for speed. Prints each input that differs; exits 1 if any.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.js';

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? null : process.argv[at + 1];
};
const against = option('--against');
if (!against) {
  process.stderr.write('usage: node bench/extract-identical.js --against <dist folder>\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('../', import.meta.url));
/** One build's read, compile and JSON emitter. */
async function build(dist) {
  const [{ read }, { compile }, { emitters }] = await Promise.all(['read.js', 'compile.js', 'emit/emitters.js'].map((file) => import(resolve(dist, file))));
  return async (bytes, path) => {
    const input = /\.(?:txt|md)$/u.test(path) ? bytes : await read(bytes, { path });
    return emitters.json(compile(input, { path: relative(root, path) }).document);
  };
}
const builds = [await build(join(root, 'dist')), await build(against)];

const walk = (dir) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)])) : []);
/** Files a plan can be read from; the rest of the fixtures (expected outputs, notes) are no input. */
const INPUT = /\.(?:txt|md|docx|doc|pdf|html?|ofd|rtf)$/u;
const shared = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const inputs = [...walk(join(root, 'seeds')), ...walk(join(root, 'fixtures')), ...walk(shared)].filter((file) => INPUT.test(file)).sort();
const work = mkdtempSync(join(tmpdir(), 'policy-compile-identical-'));
try {
  const sample = writeCorpus(join(work, 'corpus'), { count: 2000, seed: 1 }).files.filter((_, i) => i % 20 === 0);
  let differ = 0;
  let bytes = 0;
  for (const file of [...inputs, ...sample]) {
    const data = readFileSync(file);
    const [ours, theirs] = await Promise.all(builds.map((run) => run(data, file).catch((error) => `failed: ${error.message}`)));
    bytes += ours.length;
    if (ours !== theirs) {
      differ++;
      process.stdout.write(`differs: ${file.startsWith(work) ? `bench sample ${relative(work, file)}` : file}\n`);
    }
  }
  process.stdout.write(`${inputs.length + sample.length} inputs, ${(bytes / 1e6).toFixed(1)} MB of JSON: ${differ ? `${differ} differ` : 'all identical'}\n`);
  process.exitCode = differ ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
