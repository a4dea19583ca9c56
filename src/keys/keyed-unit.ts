/**
 * A unit with the key it is stored under in the locale files.
 */
import type { Unit } from '../extract/index.js';

/**
 * A unit and its key. Invariant: the key is unique within its file, satisfies `isSafeKey`
 * when it was given by `assignKeys`, and stays the same across extractions while the
 * unit is unchanged, edited in place or moved.
 */
export type KeyedUnit = Unit & {
  /** The i18next key, e.g. `description-p3-7f2a`. */
  key: string;
};
