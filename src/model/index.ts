/** model/: types only, no runtime values; code tables live in shared/. */
export * from './data.js';
export * from './diagnostic.js';
export * from './source-document.js';
export * from './corpus.js';
export * from './coverage.js';
