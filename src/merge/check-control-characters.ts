/**
 * The control-character rule: a translation holds no C0 control character except line feed.
 */
import type { GuardResult } from './guard-result.js';

/** C0 controls other than `\n` (NUL, tab, carriage return, escape, …) and DEL. */
const controlPattern = /[\u0000-\u0009\u000B-\u001F\u007F]/;

/**
 * Reject text holding a control character.
 *
 * Invariant: accepts exactly the strings whose code points are all `\n` or at least U+0020
 * (other than U+007F). Tabs and carriage returns are rejected too: they change indentation
 * and line endings, which are structure.
 *
 * @param text The translated text.
 * @returns `{ ok: true }`, or a `control-character` rejection naming the code point.
 */
export function checkControlCharacters(text: string): GuardResult {
  const match = controlPattern.exec(text);
  if (match === null) return { ok: true };
  const codePoint = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return { ok: false, code: 'control-character', message: `contains the control character U+${codePoint}` };
}
