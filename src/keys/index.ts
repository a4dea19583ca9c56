/**
 * The keys stage: stable, readable keys for units. Re-exports only.
 */
export { assignKeys, type KeyedUnit } from './assign.js';
export { isSafeKey } from './naming.js';
