// Importing a value from here loads every schema, and zod with them: code on the compile path
// takes `partsOf`/`allNodes` from walk.js and `advance` from advance.js, and types with `import type`
// (test/startup-loads.test.ts checks that compiling loads no zod).
export * from './position.js';
export * from './origin.js';
export * from './block.js';
export * from './obligation.js';
export * from './node.js';
export * from './document.js';
export * from './diagnostic.js';
export * from './advance.js';
export * from './run-index.js';
export * from './config.js';
export * from './diff.js';
export * from './walk.js';
