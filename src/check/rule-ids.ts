/**
 * The list of every rule id, in report order, with the reason each rule exists.
 */

import type { RuleId } from './finding.js';

/**
 * Every rule the check stage knows, with a one-line reason.
 *
 * Invariant: holds each `RuleId` exactly once; formatters that list rules per language
 * (JUnit) and the gate schema take their order and names from here.
 */
export const ruleIds: readonly { readonly id: RuleId; readonly reason: string }[] = [
  { id: 'missing', reason: 'a unit has no translation and falls back to English' },
  { id: 'outdated', reason: 'the English changed after the translation was made' },
  { id: 'rejected', reason: 'the merge guard refused the translation (it broke Markdown structure)' },
  { id: 'token', reason: 'a protected token was dropped or changed' },
  { id: 'glossary-required', reason: 'a glossary term in the English lacks its required or read-only rendering' },
  { id: 'glossary-forbidden', reason: 'the translation uses a term the glossary forbids' },
  { id: 'simplified-in-traditional', reason: 'a character of the other Chinese script slipped in' },
  { id: 'regional-term', reason: 'vocabulary of the other Chinese region (mainland terms in Taiwan text)' },
  { id: 'glyph-missing', reason: 'the locale font cannot draw a character (tofu in the PDF)' },
  { id: 'locale-file', reason: 'a locale or glossary file is malformed or not in Weblate layout' },
  { id: 'min-translated', reason: 'a language is less translated than its gate requires' },
  { id: 'unknown-key', reason: 'a locale file holds a key the English catalog no longer has (extract archives it)' },
];
