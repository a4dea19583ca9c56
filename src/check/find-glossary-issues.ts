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

/** Matches of `source` in the English that no longer English term covers. */
function findOwnMatches(english: string, source: string, sources: readonly string[]): TermMatch[] {
  const longer = sources
    .filter((other) => other.length > source.length)
    .flatMap((other) => findTermMatches(english, other));
  return findTermMatches(english, source).filter(
    (match) => !longer.some((cover) => cover.index <= match.index && cover.index + cover.length >= match.index + match.length),
  );
}

/**
 * Find the glossary problems of a translation.
 *
 * Invariant: only terms whose English occurs in `source` (whole words, plurals included,
 * not only inside a longer glossary term) are checked. A read-only term must appear
 * verbatim; otherwise one accepted target must appear; a forbidden target of a term in the
 * English is reported with its position, and then the same term's missing target is not
 * reported again.
 *
 * @param source The English unit text.
 * @param translation The translated unit text.
 * @param glossary The language's glossary.
 * @returns The problems, grouped by English term in glossary order.
 */
export function findGlossaryIssues(source: string, translation: string, glossary: Glossary): GlossaryIssue[] {
  const bySource = new Map<string, GlossaryTerm[]>();
  for (const term of glossary.terms) {
    const key = term.source.toLowerCase();
    bySource.set(key, [...(bySource.get(key) ?? []), term]);
  }
  const sources = [...bySource.keys()];
  const issues: GlossaryIssue[] = [];
  for (const [key, terms] of bySource) {
    if (findOwnMatches(source, key, sources).length === 0) continue;
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
