/**
 * Whether a key is safe for i18next JSON v4 and Weblate.
 */

/** Lowercase ASCII words joined by single hyphens. */
const keyPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Suffixes i18next reads as plural or context forms. */
const pluralSuffix = /_(?:zero|one|two|few|many|other|plural|\d+)$/;
/** Longest key accepted. */
const maxKeyLength = 200;

/**
 * Tell whether a key is safe: only `[a-z0-9-]` (so no `.` key separator, `:` namespace
 * separator or `_` context/plural separator), no empty word, no plural suffix, and at
 * most 200 characters.
 *
 * Invariant: every key `assignKeys` creates is safe.
 *
 * @param key The key to check.
 * @returns `true` when `key` can be used as is.
 */
export function isSafeKey(key: string): boolean {
  return key.length <= maxKeyLength && keyPattern.test(key) && !pluralSuffix.test(key);
}
