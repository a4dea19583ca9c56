/**
 * The guard's contract: its options with their defaults, and the verdict it answers.
 */
import { protectedTokenDefaults } from './guard-rules.js';

/** Options for `guardTranslation`. Accepted as `GuardOptions | undefined` and copied, never changed. */
export interface GuardOptions {
  /**
   * Protected tokens: every match in the source text must appear in the translation the
   * same number of times, and the translation must not add matches. Replaces the defaults;
   * spread `protectedTokenDefaults` to extend them.
   *
   * @default protectedTokenDefaults patterns: `GGI-A-\d+`, URLs, footnote references `[^x]`
   */
  protect?: readonly RegExp[];
  /**
   * Whether every inline code span of the source must appear unchanged in the translation.
   *
   * @default true
   */
  protectInlineCode?: boolean;
  /**
   * Link and image targets a translation may change: a change is allowed when one of
   * these patterns matches both the source target and the translated one.
   *
   * @default []
   */
  allowTargetChange?: readonly RegExp[];
}

/** `GuardOptions` with every default filled in. */
export interface ResolvedGuardOptions {
  /** See `GuardOptions.protect`. */
  protect: readonly RegExp[];
  /** See `GuardOptions.protectInlineCode`. */
  protectInlineCode: boolean;
  /** See `GuardOptions.allowTargetChange`. */
  allowTargetChange: readonly RegExp[];
}

/**
 * Fill in the defaults of the guard options, in a new object (`options` is not changed).
 *
 * @param options The caller's options, or `undefined` for all defaults.
 * @returns The options with every field set.
 * @throws When a field has the wrong type, naming the option and what was expected.
 */
export function getGuardOptions(options: GuardOptions | undefined): ResolvedGuardOptions {
  const protect = options?.protect ?? protectedTokenDefaults.map((rule) => rule.pattern);
  const allowTargetChange = options?.allowTargetChange ?? [];
  validatePatterns(protect, 'protect');
  validatePatterns(allowTargetChange, 'allowTargetChange');
  const protectInlineCode = options?.protectInlineCode ?? true;
  if (typeof protectInlineCode !== 'boolean') {
    throw new TypeError(`Unexpected value \`${String(protectInlineCode)}\` for \`protectInlineCode\`, expected a boolean`);
  }
  return { protect: [...protect], protectInlineCode, allowTargetChange: [...allowTargetChange] };
}

/**
 * Check that an option holds a list of regular expressions.
 *
 * @param value The option's value.
 * @param name The option's name, for the message.
 * @throws When `value` is not an array of `RegExp`.
 */
function validatePatterns(value: unknown, name: string): void {
  if (!Array.isArray(value) || !value.every((item) => item instanceof RegExp)) {
    throw new TypeError(`Unexpected value \`${String(value)}\` for \`${name}\`, expected an array of RegExp`);
  }
}

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
