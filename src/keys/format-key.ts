/**
 * The readable key a new unit gets.
 */
import { getSlug } from '../extract/index.js';
import type { Unit, UnitKind } from '../extract/index.js';
import { getShortHash } from './get-short-hash.js';

/** The letter that names each kind of Markdown unit in a key. */
const kindLetters: Readonly<Record<UnitKind, string>> = {
  heading: 'h', // `intro-h1-…`
  paragraph: 'p', // `description-p3-…`
  cell: 'c', // table cell
  alt: 'a', // image alt text
  title: 't', // image or link definition title
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
 * Invariant: the result is safe (`[a-z0-9-]`, words joined by single hyphens); it may
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
