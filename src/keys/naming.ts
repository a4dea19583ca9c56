/**
 * What a key looks like: the readable key a new unit gets, its collision suffix, and the
 * rule every key must pass to be safe in i18next JSON and Weblate.
 */
import { createHash } from 'node:crypto';
import { getSlug, type Unit, type UnitKind } from '../extract/index.js';

/** The letter that names each kind of Markdown unit in a key. */
const kindLetters: Readonly<Record<UnitKind, string>> = {
  heading: 'h', // `intro-h1-…`
  paragraph: 'p', // `description-p3-…`
  cell: 'c', // table cell
  alt: 'a', // image alt text
  title: 't', // image or link definition title
  html: 'x', // words inside a block of raw HTML
  'front-matter': 'f', // not used: front matter is keyed by its field
  metadata: 'm', // not used: metadata is keyed by its path
};

/** Longest section slug in a key. */
const maxSectionLength = 32;

/**
 * Format the key of a unit that has none yet: `<section>-<kind letter><ordinal>-<hash4>`
 * (e.g. `description-p3-7f2a`), `fm-<field>` for front matter and the slugged path for
 * metadata (`goals-0-name`).
 *
 * The result is safe (`[a-z0-9-]`, words joined by single hyphens); it may
 * still collide with another key, which the caller resolves.
 *
 * @param unit The unit.
 * @param ordinal The 1-based rank of the unit among units of its kind in its section.
 * @returns The key before collision handling.
 */
export function formatKey(unit: Unit, ordinal: number): string {
  if (unit.kind === 'front-matter') return `fm-${getSlug(unit.field ?? unit.section)}`;
  if (unit.kind === 'metadata') return getSlug(unit.section);
  const section = getSlug(unit.section).slice(0, maxSectionLength).replace(/-+$/, '');
  return `${section}-${kindLetters[unit.kind]}${ordinal}-${getShortHash(unit.text)}`;
}

/** The first 4 hex characters of the SHA-1 of a text (UTF-8), as the text was when its key was first given. */
function getShortHash(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 4);
}

/**
 * Return `base`, or `base-2`, `base-3`… — the first one not in `taken`.
 *
 * @param base The formatted key.
 * @param taken Keys already in use (or reserved) in the same file.
 * @returns A key unique against `taken`.
 */
export function getUniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}

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
 * Every key `assignKeys` creates is safe.
 *
 * @param key The key to check.
 * @returns `true` when `key` can be used as is.
 */
export function isSafeKey(key: string): boolean {
  return key.length <= maxKeyLength && keyPattern.test(key) && !pluralSuffix.test(key);
}
