/**
 * Check one translated unit against its language's glossary.
 */
import type { Glossary, GlossaryTerm } from './glossary-read.js';

/** One glossary problem in a translation. */
export interface GlossaryIssue {
  /** `glossary-required` (a required or read-only term is missing) or `glossary-forbidden`. */
  rule: 'glossary-required' | 'glossary-forbidden';
  /** The English term concerned. */
  source: string;
  /** The forbidden term as written, for `glossary-forbidden`. */
  term?: string;
  /** UTF-16 offset of the forbidden term in the translation, for `glossary-forbidden`. */
  index?: number;
  /** A sentence for people. */
  message: string;
}

const quote = (terms: readonly string[]): string => terms.map((term) => `"${term}"`).join(' or ');

/** A glossary made ready for checking: its terms grouped by lower-cased English term, and its compiled patterns. */
export interface PreparedGlossary {
  /** English term (lower case) → its entries, in glossary order. */
  bySource: ReadonlyMap<string, readonly GlossaryTerm[]>;
  /** English term (lower case) → the glossary's longer English terms, in glossary order. */
  longer: ReadonlyMap<string, readonly string[]>;
  /** Compiled patterns by mode and term, filled as terms are first searched: a glossary's few hundred terms are compiled once per run, not once per unit. */
  patterns: Map<string, TermPattern | undefined>;
}

/**
 * Prepare a glossary for {@link findGlossaryIssues}: once per language and run.
 * @param glossary The language's glossary.
 * @returns The prepared glossary.
 */
export function prepareGlossary(glossary: Glossary): PreparedGlossary {
  const bySource = new Map<string, GlossaryTerm[]>();
  for (const term of glossary.terms) {
    const key = term.source.toLowerCase();
    const group = bySource.get(key);
    if (group === undefined) bySource.set(key, [term]);
    else group.push(term);
  }
  const sources = [...bySource.keys()];
  const longer = new Map(sources.map((source) => [source, sources.filter((other) => other.length > source.length)] as const));
  return { bySource, longer, patterns: new Map() };
}

/** Whether the English has a match of `source` that no longer English term covers. */
function hasOwnMatch(matchesOf: (term: string) => TermMatch[], source: string, longer: readonly string[]): boolean {
  const own = matchesOf(source);
  if (own.length === 0) return false;
  const covers = longer.flatMap((other) => matchesOf(other));
  return own.some((match) => !covers.some((cover) => cover.index <= match.index && cover.index + cover.length >= match.index + match.length));
}

/**
 * Find the glossary problems of a translation.
 *
 * only terms whose English occurs in `source` (whole words, plurals included,
 * not only inside a longer glossary term) are checked. A read-only term must appear
 * verbatim; otherwise one accepted target must appear; a forbidden target of a term in the
 * English is reported with its position, and then the same term's missing target is not
 * reported again. Each English term is searched in `source` at most once.
 *
 * @param source The English unit text.
 * @param translation The translated unit text.
 * @param glossary The language's glossary, prepared (see `prepareGlossary`).
 * @returns The problems, grouped by English term in glossary order.
 */
export function findGlossaryIssues(source: string, translation: string, glossary: PreparedGlossary): GlossaryIssue[] {
  const { bySource, longer } = glossary;
  const inSourceText = toSearchText(source);
  const inTranslation = toSearchText(translation);
  const find = (text: SearchText, term: string, mode: TermMatchOptions['mode']): TermMatch[] => {
    const id = `${mode ?? 'word'}\u0000${term}`;
    if (!glossary.patterns.has(id)) glossary.patterns.set(id, compileTerm(term, mode));
    return matchTerm(text, glossary.patterns.get(id));
  };
  const inSource = new Map<string, TermMatch[]>();
  const matchesOf = (term: string): TermMatch[] => {
    let found = inSource.get(term);
    if (found === undefined) {
      found = find(inSourceText, term, 'word');
      inSource.set(term, found);
    }
    return found;
  };
  const issues: GlossaryIssue[] = [];
  for (const [key, terms] of bySource) {
    if (!hasOwnMatch(matchesOf, key, longer.get(key) ?? [])) continue;
    const english = terms[0]?.source ?? key;
    const readOnly = terms.find((term) => term.readOnly);
    if (readOnly !== undefined) {
      const kept = readOnly.target ?? readOnly.source;
      if (find(inTranslation, kept, 'verbatim').length === 0) {
        issues.push({ rule: 'glossary-required', source: english, message: `"${kept}" is a read-only term: keep it unchanged in the translation` });
      }
      continue;
    }
    const accepted = terms.flatMap((term) => (!term.forbidden && term.target !== undefined ? [term.target] : []));
    let forbiddenFound = false;
    for (const term of terms) {
      if (!term.forbidden || term.target === undefined) continue;
      for (const match of find(inTranslation, term.target, 'exact-word')) {
        forbiddenFound = true;
        const written = translation.slice(match.index, match.index + match.length);
        const advice = accepted.length > 0 ? `; use ${quote(accepted)}` : '';
        issues.push({ rule: 'glossary-forbidden', source: english, term: written, index: match.index, message: `"${written}" is a forbidden translation of "${english}"${advice}` });
      }
    }
    if (forbiddenFound || accepted.length === 0) continue;
    if (accepted.some((target) => find(inTranslation, target, 'contains').length > 0)) continue;
    issues.push({ rule: 'glossary-required', source: english, message: `"${english}" must be translated as ${quote(accepted)} (glossary)` });
  }
  return issues;
}

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
/** Whether a text has a character outside ASCII that case-insensitive matching equates with an ASCII letter (ſ with s, K with k). */
function hasFoldingToAscii(text: string): boolean {
  for (const [char] of text.matchAll(nonAscii)) if (asciiLetter.test(char)) return true;
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

/** A text made ready for searching many terms: lower-cased once, and whether case folding reaches ASCII. */
interface SearchText {
  text: string;
  lower: string;
  folds: boolean;
}

function toSearchText(text: string): SearchText {
  return { text, lower: text.toLowerCase(), folds: hasFoldingToAscii(text) };
}

/**
 * Tell, cheaply, whether a term's pattern cannot match a text.
 *
 * true only when the pattern has no match. A case-insensitive match equates
 * each ASCII letter of the anchor with the same letter in either case or with a character
 * outside ASCII that folds to it; texts with such a character are never ruled out, so in the
 * others every match shows the anchor in the lower-cased text.
 */
function cannotMatch(search: SearchText, pattern: TermPattern): boolean {
  if (pattern.anchor === '') return false;
  if (!pattern.caseless) return !search.text.includes(pattern.anchor);
  return !search.folds && !search.lower.includes(pattern.anchor);
}

/**
 * Find every occurrence of a term.
 *
 * matches do not overlap and come in text order; whitespace inside a term
 * matches any run of whitespace; an empty term matches nowhere. A text that cannot hold the
 * term (see its anchor) is not searched with the pattern at all, with the same result.
 *
 * @param text The text to search.
 * @param term The term, e.g. `source code` or `軟體`.
 * @param options How to match; see {@link TermMatchOptions}. Default `word`.
 * @returns The occurrences.
 */
export function findTermMatches(text: string, term: string, options?: TermMatchOptions): TermMatch[] {
  return matchTerm(toSearchText(text), compileTerm(term, options?.mode));
}

/** The occurrences of a compiled term in a text (see {@link findTermMatches}). */
function matchTerm(search: SearchText, pattern: TermPattern | undefined): TermMatch[] {
  if (pattern === undefined || cannotMatch(search, pattern)) return [];
  const { regex } = pattern;
  const { text } = search;
  const matches: TermMatch[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    matches.push({ index: match.index, length: match[0].length });
    // A term never matches empty; were it to, step one code point as `matchAll` does.
    if (match[0] === '') regex.lastIndex += (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}

/** Compile a term for matching; `undefined` for an empty term, which matches nowhere. */
function compileTerm(term: string, requested: TermMatchOptions['mode']): TermPattern | undefined {
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
  return pattern;
}
