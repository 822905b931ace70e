/** model/: types only; no runtime dependencies. */
export * from './data.js';
export * from './diagnostic.js';
export * from './source-document.js';
export * from './corpus.js';
export * from './coverage.js';
