// Injected into the CommonJS bundle by scripts/bundle.js, to stand for `import.meta.url`
// (which CommonJS has not): the bundle's own URL, against which the code finds package.json.
export const bundleUrl = require('node:url').pathToFileURL(__filename).href;
