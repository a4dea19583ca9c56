/**
 * The merge stage: splice translations into source files, guarded against broken input.
 */
export { checkTranslation } from './check-translation.js';
export { createLookup, type Lookup } from './create-lookup.js';
export { getBlockSignature } from './get-block-signature.js';
export { mergeFile } from './merge-file.js';
export { protectedTokenDefaults } from './protected-token-defaults.js';
export { spliceUnits } from './splice-units.js';
export type { GuardOptions } from './guard-options.js';
export type { GuardCode, GuardResult } from './guard-result.js';
export type { LookupResult } from './merge-file.js';
export type { MergeOptions, MergeResult, RejectedUnit } from './merge-options.js';
export type { ProtectedTokenRule } from './protected-token-defaults.js';
export type { Replacement } from './splice-units.js';
export { getSourceStructure, type SourceStructure } from './source-structure.js';
