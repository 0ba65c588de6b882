#!/usr/bin/env node
// CommonJS (see bin/package.json), which starts sooner than an ES module: the bundled command
// line (npm run build writes it), run from V8's code cache.
const { join } = require('node:path');
const { loadBundle } = require('../dist/cli/load-bundle.cjs');

loadBundle(join(__dirname, '../dist/bundle/cli.cjs')).exports.main();
