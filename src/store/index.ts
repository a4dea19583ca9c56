/**
 * The store: locale files in Weblate's layout, the staleness record, the archive, project paths
 * and atomic writes.
 */
export * from './archive.js';
export * from './format-locale-json.js';
export * from './get-temp-path.js';
export * from './hash-text.js';
export * from './namespace-state.js';
export * from './parse-locale-json.js';
export * from './project-paths.js';
export * from './read-json-file.js';
export * from './read-locale-file.js';
export * from './read-text-if-exists.js';
export * from './staleness.js';
export * from './tool-version.js';
export * from './write-file-atomic.js';
