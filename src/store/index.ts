/**
 * The store: locale files in Weblate's layout, the staleness record, the archive, project paths
 * and atomic writes.
 */
export { decodeUtf8, readJsonFile, readTextIfExists, writeFileAtomic } from './files.js';
export { formatLocaleJson, parseLocaleJson, readLocaleFile, type LocaleCatalog } from './locale-json.js';
export { getLocalePath, PROJECT_PATHS, toProjectPath, TOOL_ROOT, TOOL_VERSION } from './paths.js';
export {
  addToArchive,
  ARCHIVE_SCHEMA,
  formatNamespaceState,
  getStatePath,
  getStaleness,
  hashText,
  readNamespaceState,
  updateNamespaceState,
  type ArchiveEntry,
  type StateEntry,
  type Staleness,
} from './records.js';
