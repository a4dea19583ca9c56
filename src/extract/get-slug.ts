/**
 * Slugs that name sections (and so keys).
 */

/**
 * Turn a heading's plain text into a slug: lowercase ASCII letters and digits, runs
 * joined with `-`. Accents are decomposed first (`é` → `e`); other non-ASCII is dropped.
 *
 * Invariant: the result matches `^[a-z0-9]+(-[a-z0-9]+)*$`; an empty slug becomes `s`.
 *
 * @param text Plain text, e.g. `Opportunity Assessment`.
 * @returns The slug, e.g. `opportunity-assessment`.
 */
export function getSlug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return words === null ? 's' : words.join('-');
}
