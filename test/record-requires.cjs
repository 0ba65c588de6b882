// Loaded with `node --require` by test/startup-loads.test.ts: when the program exits, writes the
// files it loaded with require() (the bundle's parts, packages' CommonJS files) to RECORD_LOADS.
const { writeFileSync } = require('node:fs');

process.on('exit', () => writeFileSync(process.env.RECORD_LOADS, Object.keys(require.cache).join('\n')));
