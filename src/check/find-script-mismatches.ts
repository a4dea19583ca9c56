/**
 * Find characters of the wrong Chinese script in a translation.
 */

import { getChineseScript } from './get-chinese-script.js';
import { getOpenccConverter } from './get-opencc-converter.js';
import { getScriptSets } from './get-script-sets.js';

/** One character written in the other Chinese script. */
export interface ScriptMismatch {
  /** UTF-16 offset of the character in the text. */
  index: number;
  /** The offending character. */
  char: string;
  /** Its form in the expected script (OpenCC's conversion in context). */
  expected: string;
}

/**
 * Find Simplified-only characters in Traditional text, or Traditional-only characters in
 * Simplified text.
 *
 * Invariant: text of the language's own script never yields a mismatch; a character shared
 * by both scripts (干, 后, 里, 台, 面, 才, 只…) is never reported; non-Chinese languages
 * and bare `zh` yield nothing. The expected form comes from converting the whole text
 * (first wholly into the other script, so that mixed phrases like 頭发 are recognised, then
 * back), so 头发 gives 髮 and 发展 gives 發; when lengths differ, the character alone is converted.
 * OpenCC's converters are built only when a text has a mismatch.
 *
 * @param text The translated text.
 * @param lang Its BCP 47 code (`zh-Hant`, `zh-Hant-HK`, `zh-Hans`…).
 * @returns Every mismatching character, in text order.
 */
export function findScriptMismatches(text: string, lang: string): ScriptMismatch[] {
  const chinese = getChineseScript(lang);
  if (chinese === undefined) return [];
  const sets = getScriptSets();
  const wrong =
    chinese.script === 'Hans' ? sets.traditionalOnly : chinese.region === 'hk' ? sets.simplifiedOnlyHk : sets.simplifiedOnlyTw;
  const own = chinese.script === 'Hans' ? 'cn' : chinese.region;
  const other = chinese.script === 'Hans' ? 'tw' : 'cn';
  const found: ScriptMismatch[] = [];
  let converted: string | undefined;
  let index = 0;
  for (const char of text) {
    if (wrong.has(char)) {
      const convert = getOpenccConverter(other, own);
      converted ??= convert(getOpenccConverter(own, other)(text));
      const inContext = converted.length === text.length ? converted.slice(index, index + char.length) : '';
      const expected = inContext !== '' && inContext !== char ? inContext : convert(char);
      found.push({ index, char, expected });
    }
    index += char.length;
  }
  return found;
}
