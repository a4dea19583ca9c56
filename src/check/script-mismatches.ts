/**
 * Which Chinese script and region a language code asks for.
 */
import type { ChineseTables } from './opencc.js';

/** The script and conventions a Chinese locale is written in. */
export interface ChineseScript {
  /** `Hant` for Traditional characters, `Hans` for Simplified. */
  script: 'Hant' | 'Hans';
  /** Whose character forms and vocabulary apply: Taiwan, Hong Kong/Macau or the mainland. */
  region: 'tw' | 'hk' | 'cn';
}

/** Region subtags written in Traditional characters. */
const traditionalRegions = new Set(['TW', 'HK', 'MO']);

/** Region subtags using Hong Kong character forms. */
const hongKongRegions = new Set(['HK', 'MO']);

/**
 * Read the Chinese script of a BCP 47 language code.
 *
 * an explicit script subtag wins; otherwise `zh-Hant*` and `zh-TW`/`zh-HK`/`zh-MO` are Traditional (Hong Kong forms for
 * HK and MO, Taiwan forms otherwise); `zh-Hans*`, `zh-CN` and `zh-SG` are Simplified; bare
 * `zh` and every non-Chinese code give `undefined`, so no script rule runs on them.
 *
 * @param lang A BCP 47 code with hyphens, e.g. `zh-Hant` (case-insensitive).
 * @returns The script and region, or `undefined` when the code names no Chinese script.
 */
export function getChineseScript(lang: string): ChineseScript | undefined {
  const [language, ...subtags] = lang.split(/[-_]/);
  if (language === undefined || language.toLowerCase() !== 'zh') return undefined;
  const upper = subtags.map((subtag) => subtag.toUpperCase());
  const region = upper.find((subtag) => subtag.length === 2);
  const isHongKong = region !== undefined && hongKongRegions.has(region);
  const traditional = { script: 'Hant', region: isHongKong ? 'hk' : 'tw' } as const;
  const simplified = { script: 'Hans', region: 'cn' } as const;
  if (upper.includes('HANT')) return traditional;
  if (upper.includes('HANS')) return simplified;
  if (region !== undefined && traditionalRegions.has(region)) return traditional;
  if (region === 'CN' || region === 'SG') return simplified;
  return undefined;
}

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
 * Find the characters of a text written in the other Chinese script, with the form the
 * expected script uses (OpenCC's conversion of the text in context, else of the character
 * alone). Non-Chinese languages yield nothing; the converters run only when a text has a mismatch.
 * @param text The translated text.
 * @param chinese The language's script and region (see `getChineseScript`).
 * @param tables OpenCC's tables of the run.
 * @returns Every mismatched character, in text order.
 */
export function findScriptMismatches(text: string, chinese: ChineseScript, tables: ChineseTables): ScriptMismatch[] {
  const { sets } = tables;
  const wrong =
    chinese.script === 'Hans' ? sets.traditionalOnly : chinese.region === 'hk' ? sets.simplifiedOnlyHk : sets.simplifiedOnlyTw;
  const own = chinese.script === 'Hans' ? 'cn' : chinese.region;
  const other = chinese.script === 'Hans' ? 'tw' : 'cn';
  const found: ScriptMismatch[] = [];
  let converted: string | undefined;
  let index = 0;
  for (const char of text) {
    if (wrong.has(char)) {
      const convert = tables.convert(other, own);
      converted ??= convert(tables.convert(own, other)(text));
      const inContext = converted.length === text.length ? converted.slice(index, index + char.length) : '';
      const expected = inContext !== '' && inContext !== char ? inContext : convert(char);
      found.push({ index, char, expected });
    }
    index += char.length;
  }
  return found;
}
