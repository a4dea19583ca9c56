/**
 * What the translation guard answers.
 */

/**
 * Why a translation was rejected. These codes are a public contract (reports and tests use
 * them): add codes, never rename them.
 */
export type GuardCode =
  | 'not-string'
  | 'control-character'
  | 'empty'
  | 'block-structure'
  | 'raw-html'
  | 'html-comment'
  | 'token'
  | 'link-target';

/**
 * The guard's verdict on one translation: accepted, or rejected with a code and a sentence
 * for people that names what was wrong (for example `drops protected token "GGI-A-18"`).
 */
export type GuardResult = { ok: true } | { ok: false; code: GuardCode; message: string };
