/**
 * The protected-token rule: every protected token survives translation, as often as in the source.
 */
import type { Nodes } from 'mdast';
import { countOccurrences } from './count-occurrences.js';
import { getProtectedTokens } from './get-protected-tokens.js';
import type { ResolvedGuardOptions } from './guard-options.js';
import type { GuardResult } from './guard-result.js';

/**
 * Compare the protected tokens of a translation with its source's.
 *
 * Invariant: accepts exactly when both hold the same multiset of tokens: none dropped or
 * altered (an altered token is a dropped one plus an added one), none repeated, none added.
 *
 * @param source The parsed context of the source text.
 * @param translation The parsed context of the translation.
 * @param options The resolved guard options.
 * @returns `{ ok: true }`, or a `token` rejection naming the token.
 */
export function checkProtectedTokens(source: Nodes, translation: Nodes, options: ResolvedGuardOptions): GuardResult {
  const expected = countOccurrences(getProtectedTokens(source, options));
  const actual = countOccurrences(getProtectedTokens(translation, options));
  for (const [token, count] of expected) {
    const found = actual.get(token) ?? 0;
    const what = token.startsWith('`') ? 'inline code' : 'protected token';
    if (found === 0) return { ok: false, code: 'token', message: `drops ${what} ${JSON.stringify(token)}` };
    if (found !== count) {
      const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);
      return { ok: false, code: 'token', message: `has ${what} ${JSON.stringify(token)} ${times(found)}, the source ${times(count)}` };
    }
  }
  for (const token of actual.keys()) {
    if (!expected.has(token)) {
      const what = token.startsWith('`') ? 'inline code' : 'protected token';
      return { ok: false, code: 'token', message: `adds ${what} ${JSON.stringify(token)} that the source does not have` };
    }
  }
  return { ok: true };
}
