/**
 * The configuration: its schema, how it is read, and the languages it names.
 */
export * from './config-schema.js';
export * from './languages.js';
export * from './read-config.js';
