/**
 * Which Chinese script and region a language code asks for.
 */

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
 * Invariant: an explicit script subtag wins; otherwise `zh-Hant*` and `zh-TW`/`zh-HK`/`zh-MO` are Traditional (Hong Kong forms for
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
