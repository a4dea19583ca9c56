/**
 * The project: what a command reads of a project folder, and the work it does on each source file.
 */
export { DEFAULT_METADATA_FIELDS, getGuardOptionsFromConfig, readProject, type Project, type SourceFile } from './read-project.js';
export { getChainLanguages, keySource, mergeSource, readCatalog, readFileCatalogs, segmentSource, type FileCatalogs, type KeyedFile } from './file-work.js';
export { withProjectLock } from './lock.js';
