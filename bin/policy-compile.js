#!/usr/bin/env node
// The bundled command line (npm run build writes it), started from V8's code cache.
import { loadBundle } from '../dist/cli/load-bundle.js';

await loadBundle(new URL('../dist/bundle/cli.cjs', import.meta.url)).exports.main();
