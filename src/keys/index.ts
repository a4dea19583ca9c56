/**
 * The keys stage: stable, readable keys for units. Re-exports only.
 */
export { assignKeys } from './assign-keys.js';
export { formatKey } from './format-key.js';
export { isSafeKey } from './is-safe-key.js';
export type { KeyedUnit } from './keyed-unit.js';
