/**
 * The configuration: its schema, how it is read, and the languages it names.
 */
export { configSchema, readConfig, type Config } from './project-config.js';
export { getLanguage, isLanguageCode, LANGUAGES, type LanguageInfo } from './languages.js';
