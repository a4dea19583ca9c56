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

/** A term compiled for matching. */
interface TermPattern {
  /** The term's pattern (flags `g` and `u`, and `i` unless verbatim). */
  regex: RegExp;
  /**
   * Text every match contains: for a case-sensitive pattern a run of the term without
   * white space; for a case-insensitive one a lower-case run of its ASCII letters ('' when
   * it has none: no shortcut).
   */
  anchor: string;
  /** Whether the pattern ignores case. */
  caseless: boolean;
}

const latin = /\p{Script=Latin}/u;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nonAscii = /[^\0-\x7f]/gu;
const asciiLetter = /^[a-z]$/iu;
/** Whether case-insensitive matching equates a character outside ASCII with an ASCII letter (ſ with s, K with k), by character. */
const foldsToAscii = new Map<string, boolean>();

/** Whether a text has a character outside ASCII that case-insensitive matching equates with an ASCII letter. */
function hasFoldingToAscii(text: string): boolean {
  for (const [char] of text.matchAll(nonAscii)) {
    let folds = foldsToAscii.get(char);
    if (folds === undefined) {
      folds = asciiLetter.test(char);
      foldsToAscii.set(char, folds);
    }
    if (folds) return true;
  }
  return false;
}

/** The pattern of an English term with the plural of its last word. */
function getPluralPattern(term: string): string {
  const consonantY = /[^aeiou]y$/i.test(term);
  if (consonantY) return `${escape(term.slice(0, -1))}(?:y|ies)`;
  if (/(?:s|x|z|ch|sh)$/i.test(term)) return `${escape(term)}(?:es)?`;
  return `${escape(term)}s?`;
}

/** The longest of the `runs` found in `text`, or ''. */
function longestRun(text: string, runs: RegExp): string {
  let longest = '';
  for (const [run] of text.matchAll(runs)) if (run.length > longest.length) longest = run;
  return longest;
}

/** The text last prepared, so the many terms of a glossary checked in one text share the work. */
let prepared: { text: string; lower: string; folds: boolean } | undefined;

/**
 * Tell, cheaply, whether a term's pattern cannot match a text.
 *
 * Invariant: true only when the pattern has no match. A case-insensitive match equates
 * each ASCII letter of the anchor with the same letter in either case or with a character
 * outside ASCII that folds to it; texts with such a character are never ruled out, so in the
 * others every match shows the anchor in the lower-cased text.
 */
function cannotMatch(text: string, pattern: TermPattern): boolean {
  if (pattern.anchor === '') return false;
  if (!pattern.caseless) return !text.includes(pattern.anchor);
  if (prepared?.text !== text) prepared = { text, lower: text.toLowerCase(), folds: hasFoldingToAscii(text) };
  return !prepared.folds && !prepared.lower.includes(pattern.anchor);
}

/**
 * Find every occurrence of a term.
 *
 * Invariant: matches do not overlap and come in text order; whitespace inside a term
 * matches any run of whitespace; an empty term matches nowhere. A text that cannot hold the
 * term (see its anchor) is not searched with the pattern at all, with the same result.
 *
 * @param text The text to search.
 * @param term The term, e.g. `source code` or `軟體`.
 * @param options How to match; see {@link TermMatchOptions}. Default `word`.
 * @returns The occurrences.
 */
export function findTermMatches(text: string, term: string, options?: TermMatchOptions): TermMatch[] {
  const pattern = getTermPattern(term, options?.mode);
  if (pattern === undefined || cannotMatch(text, pattern)) return [];
  const { regex } = pattern;
  const matches: TermMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    matches.push({ index: match.index, length: match[0].length });
    // A term never matches empty; were it to, step one code point as `matchAll` does.
    if (match[0] === '') regex.lastIndex += (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}

/** Compiled term patterns, by mode and term: a glossary's few hundred terms are compiled once, not once per unit. */
const patterns = new Map<TermMatchOptions['mode'], Map<string, TermPattern | undefined>>();

function getTermPattern(term: string, requested: TermMatchOptions['mode']): TermPattern | undefined {
  let byTerm = patterns.get(requested);
  if (byTerm === undefined) {
    byTerm = new Map();
    patterns.set(requested, byTerm);
  }
  if (byTerm.has(term)) return byTerm.get(term);
  const trimmed = term.trim();
  let pattern: TermPattern | undefined;
  if (trimmed !== '') {
    const mode = latin.test(trimmed) ? (requested ?? 'word') : 'verbatim';
    const body = mode === 'word' ? getPluralPattern(trimmed) : escape(trimmed);
    const spaced = body.replace(/\s+/g, '\\s+');
    const bounded = mode === 'word' || mode === 'exact-word' ? `(?<![\\p{L}\\p{N}_])${spaced}(?![\\p{L}\\p{N}_])` : spaced;
    const caseless = mode !== 'verbatim';
    // The part of the term every match spells out: a consonant + y plural drops the final y.
    const literal = mode === 'word' && /[^aeiou]y$/i.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
    pattern = {
      regex: new RegExp(bounded, caseless ? 'giu' : 'gu'),
      anchor: caseless ? longestRun(literal, /[A-Za-z]+/g).toLowerCase() : longestRun(literal, /\S+/g),
      caseless,
    };
  }
  byTerm.set(term, pattern);
  return pattern;
}
