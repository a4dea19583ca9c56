/**
 * Find where a glossary term occurs in a text.
 */

/** One occurrence of a term. */
export interface TermMatch {
  /** UTF-16 offset of the occurrence. */
  index: number;
  /** Its length in UTF-16 code units (plural endings included). */
  length: number;
}

/** How to match a term. */
export interface TermMatchOptions {
  /**
   * `word` (default): whole words, case-insensitive, for English source terms; an English
   * plural of the last word also matches (`community` → `communities`, `user` → `users`).
   * `exact-word`: whole words, case-insensitive, no plural. `contains`: anywhere,
   * case-insensitive. `verbatim`: anywhere, case-sensitive (read-only terms).
   * Terms without Latin letters (Chinese) always match anywhere.
   */
  mode?: 'word' | 'exact-word' | 'contains' | 'verbatim';
}

const latin = /\p{Script=Latin}/u;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of an English term with the plural of its last word. */
function getPluralPattern(term: string): string {
  const consonantY = /[^aeiou]y$/i.test(term);
  if (consonantY) return `${escape(term.slice(0, -1))}(?:y|ies)`;
  if (/(?:s|x|z|ch|sh)$/i.test(term)) return `${escape(term)}(?:es)?`;
  return `${escape(term)}s?`;
}

/**
 * Find every occurrence of a term.
 *
 * Invariant: matches do not overlap and come in text order; whitespace inside a term
 * matches any run of whitespace; an empty term matches nowhere.
 *
 * @param text The text to search.
 * @param term The term, e.g. `source code` or `軟體`.
 * @param options How to match; see {@link TermMatchOptions}. Default `word`.
 * @returns The occurrences.
 */
export function findTermMatches(text: string, term: string, options?: TermMatchOptions): TermMatch[] {
  const pattern = getTermPattern(term, options?.mode);
  if (pattern === undefined) return [];
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].map((match) => ({ index: match.index, length: match[0].length }));
}

/** Compiled term patterns, by mode and term: a glossary's few hundred terms are compiled once, not once per unit. */
const patterns = new Map<string, RegExp | undefined>();

function getTermPattern(term: string, requested: TermMatchOptions['mode']): RegExp | undefined {
  const id = `${requested ?? ''}\u0000${term}`;
  if (patterns.has(id)) return patterns.get(id);
  const trimmed = term.trim();
  let pattern: RegExp | undefined;
  if (trimmed !== '') {
    const mode = latin.test(trimmed) ? (requested ?? 'word') : 'verbatim';
    const body = mode === 'word' ? getPluralPattern(trimmed) : escape(trimmed);
    const spaced = body.replace(/\s+/g, '\\s+');
    const bounded = mode === 'word' || mode === 'exact-word' ? `(?<![\\p{L}\\p{N}_])${spaced}(?![\\p{L}\\p{N}_])` : spaced;
    pattern = new RegExp(bounded, mode === 'verbatim' ? 'gu' : 'giu');
  }
  patterns.set(id, pattern);
  return pattern;
}
