/**
 * Check one translated unit against its language's glossary.
 */

import { findTermMatches, type TermMatch } from './find-term-matches.js';
import type { Glossary, GlossaryTerm } from './glossary-term.js';

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

/** A glossary's terms grouped by lower-cased English term, in glossary order. */
interface GlossaryIndex {
  /** English term (lower case) → its entries. */
  bySource: ReadonlyMap<string, readonly GlossaryTerm[]>;
  /** English term (lower case) → the glossary's longer English terms, in glossary order. */
  longer: ReadonlyMap<string, readonly string[]>;
}

const indexes = new WeakMap<readonly GlossaryTerm[], GlossaryIndex>();

/** Group a glossary's terms, once per glossary (glossaries are not changed once read). */
function getGlossaryIndex(terms: readonly GlossaryTerm[]): GlossaryIndex {
  const known = indexes.get(terms);
  if (known !== undefined) return known;
  const bySource = new Map<string, GlossaryTerm[]>();
  for (const term of terms) {
    const key = term.source.toLowerCase();
    const group = bySource.get(key);
    if (group === undefined) bySource.set(key, [term]);
    else group.push(term);
  }
  const sources = [...bySource.keys()];
  const longer = new Map(sources.map((source) => [source, sources.filter((other) => other.length > source.length)] as const));
  const index = { bySource, longer };
  indexes.set(terms, index);
  return index;
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
 * Invariant: only terms whose English occurs in `source` (whole words, plurals included,
 * not only inside a longer glossary term) are checked. A read-only term must appear
 * verbatim; otherwise one accepted target must appear; a forbidden target of a term in the
 * English is reported with its position, and then the same term's missing target is not
 * reported again. Each English term is searched in `source` at most once.
 *
 * @param source The English unit text.
 * @param translation The translated unit text.
 * @param glossary The language's glossary.
 * @returns The problems, grouped by English term in glossary order.
 */
export function findGlossaryIssues(source: string, translation: string, glossary: Glossary): GlossaryIssue[] {
  const { bySource, longer } = getGlossaryIndex(glossary.terms);
  const inSource = new Map<string, TermMatch[]>();
  const matchesOf = (term: string): TermMatch[] => {
    let found = inSource.get(term);
    if (found === undefined) {
      found = findTermMatches(source, term);
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
      if (findTermMatches(translation, kept, { mode: 'verbatim' }).length === 0) {
        issues.push({ rule: 'glossary-required', source: english, message: `"${kept}" is a read-only term: keep it unchanged in the translation` });
      }
      continue;
    }
    const accepted = terms.flatMap((term) => (!term.forbidden && term.target !== undefined ? [term.target] : []));
    let forbiddenFound = false;
    for (const term of terms) {
      if (!term.forbidden || term.target === undefined) continue;
      for (const match of findTermMatches(translation, term.target, { mode: 'exact-word' })) {
        forbiddenFound = true;
        const written = translation.slice(match.index, match.index + match.length);
        const advice = accepted.length > 0 ? `; use ${quote(accepted)}` : '';
        issues.push({ rule: 'glossary-forbidden', source: english, term: written, index: match.index, message: `"${written}" is a forbidden translation of "${english}"${advice}` });
      }
    }
    if (forbiddenFound || accepted.length === 0) continue;
    if (accepted.some((target) => findTermMatches(translation, target, { mode: 'contains' }).length > 0)) continue;
    issues.push({ rule: 'glossary-required', source: english, message: `"${english}" must be translated as ${quote(accepted)} (glossary)` });
  }
  return issues;
}
