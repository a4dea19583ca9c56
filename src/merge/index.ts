/**
 * The merge stage: splice translations into source files, guarded against broken input.
 */
export { guardTranslation } from './guard.js';
export type { GuardCode, GuardOptions, GuardResult } from './guard-options.js';
export { protectedTokenDefaults, type ProtectedTokenRule } from './guard-rules.js';
export { createLookup, type Lookup, type LookupResult } from './lookup.js';
export { mergeFile, type MergeOptions, type MergeResult, type RejectedUnit } from './merge-file.js';
export { getBlockSignature, getSourceStructure, type SourceStructure } from './signature.js';
export { spliceUnits, type Replacement } from './splice.js';
