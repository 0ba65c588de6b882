// Checks the package as npm would publish it (run by test/package.test.ts, so by CI, after the
// build): the files `npm pack` takes (the licence and the bundled packages' notices among them),
// publint, @arethetypeswrong/cli, that every package whose code the bundles hold has its notice,
// and that `require('policy-compile')` and `import('policy-compile')` both load the library.
// Prints each problem and exits 1 when there is one.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
/** Files the package must hold: the licences, the command, the library's entries and types. */
export const REQUIRED_FILES = ['LICENSE', 'dist/bundle/THIRD-PARTY-NOTICES.txt', 'package.json', 'bin/policy-compile.js', 'dist/bundle/cli.cjs', 'dist/bundle/index.cjs', 'dist/index.js', 'dist/index.d.ts', 'dist/index.d.cts'];

/**
 * The packages whose code a bundle holds (esbuild marks each file it takes with a
 * `// node_modules/<package>/…` comment) that the notices do not name.
 * @param bundleDir the folder of the bundles
 * @param notices the text of THIRD-PARTY-NOTICES.txt
 */
export function missingNotices(bundleDir, notices) {
  const named = new Set([...notices.matchAll(/^(\S+) \S+ — /gm)].map((match) => match[1]));
  const bundled = new Set();
  for (const file of readdirSync(bundleDir).filter((name) => /\.[cm]?js$/.test(name))) {
    for (const match of readFileSync(join(bundleDir, file), 'utf8').matchAll(/^\/\/ (?:.*\/)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)) bundled.add(match[1]);
  }
  return [...bundled].filter((name) => !named.has(name)).sort();
}

/** Every problem found, as lines to print. */
export function checkPackage() {
  const problems = [];
  const run = (command, args, options = {}) => spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, ...options });

  // What npm would publish (without running prepack: the build is done).
  const packed = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  if (packed.status !== 0) problems.push(`npm pack --dry-run failed: ${packed.stderr}`);
  else {
    const files = new Set(JSON.parse(packed.stdout)[0].files.map((file) => file.path));
    for (const file of REQUIRED_FILES) if (!files.has(file)) problems.push(`npm pack leaves out ${file}`);
  }

  const notices = readFileSync(join(root, 'dist/bundle/THIRD-PARTY-NOTICES.txt'), 'utf8');
  for (const name of missingNotices(join(root, 'dist/bundle'), notices)) problems.push(`THIRD-PARTY-NOTICES.txt lacks ${name}, whose code is bundled`);

  const publint = run(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict']);
  if (publint.status !== 0 || !/All good/.test(publint.stdout)) problems.push(`publint: ${publint.stdout}${publint.stderr}`);

  const folder = mkdtempSync(join(tmpdir(), 'policy-compile-pack-'));
  try {
    execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', folder], { cwd: root, stdio: 'ignore' });
    const tarball = join(folder, readdirSync(folder)[0]);
    const attw = run(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--format', 'json']);
    const report = attw.stdout ? JSON.parse(attw.stdout) : null;
    const found = report?.analysis?.problems ?? [];
    if (attw.status !== 0 || found.length) problems.push(`@arethetypeswrong/cli: ${found.map((problem) => problem.kind).join(', ') || attw.stderr}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  // The package's own name, as a consumer writes it (Node.js resolves a package's own exports).
  const required = run(process.execPath, ['-e', "const p = require('policy-compile'); if (typeof p.compile !== 'function') process.exit(1)"]);
  if (required.status !== 0) problems.push(`require('policy-compile') failed: ${required.stderr}`);
  const imported = run(process.execPath, ['--input-type=module', '-e', "const p = await import('policy-compile'); if (typeof p.compile !== 'function') process.exit(1)"]);
  if (imported.status !== 0) problems.push(`import('policy-compile') failed: ${imported.stderr}`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = checkPackage();
  for (const problem of problems) console.error(`✖ ${problem}`);
  console.log(problems.length ? `${problems.length} packaging problems` : 'package: npm pack, licences, publint, attw, require and import all good');
  process.exitCode = problems.length ? 1 : 0;
}
