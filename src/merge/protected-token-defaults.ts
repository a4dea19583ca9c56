/**
 * The protected tokens every translation must keep, unless the project configures others.
 */

/** One protected-token rule: a pattern and why text matching it must survive translation. */
export interface ProtectedTokenRule {
  /** What a protected token looks like; matched within each run of text. */
  pattern: RegExp;
  /** Why the token must survive. */
  reason: string;
}

/**
 * The default protected tokens. Inline code is protected separately (`protectInlineCode`)
 * and link targets by the link-target rule, because both are read from the parsed tree.
 */
export const protectedTokenDefaults: readonly ProtectedTokenRule[] = [
  {
    pattern: /GGI-A-\d+/,
    reason: 'an activity id names another activity; a changed id sends readers to the wrong one',
  },
  {
    pattern: /https?:\/\/[^\s<>]*[^\s<>.,;:!?'")\]}*_~。，、；：！？）」』】]/,
    reason: 'a bare URL or autolink is an address readers follow (trailing punctuation is not part of it)',
  },
  {
    pattern: /\[\^[^\]\s]+\]/,
    reason: 'a footnote reference must match its definition, which is not translated',
  },
];
