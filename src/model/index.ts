export * from './position.js';
export * from './block.js';
export * from './obligation.js';
export * from './node.js';
export * from './document.js';
export * from './diagnostic.js';
export * from './advance.js';
export * from './run-index.js';
