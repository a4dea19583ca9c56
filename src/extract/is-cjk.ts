/**
 * Whether a character is CJK, for joining soft line breaks without a space.
 */

/**
 * Han, Hiragana, Katakana, Hangul, CJK symbols and punctuation (U+3000–U+303F),
 * and halfwidth and fullwidth forms (U+FF00–U+FFEF).
 */
const cjkPattern = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]$/u;

/**
 * Tell whether one character (a full code point) is CJK.
 *
 * Invariant: an empty or multi-character string is never CJK.
 *
 * @param character One code point, possibly a surrogate pair.
 * @returns `true` when `character` is CJK.
 */
export function isCjk(character: string): boolean {
  return cjkPattern.test(character);
}
