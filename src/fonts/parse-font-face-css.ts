/**
 * Parse the `@font-face` rules of a fontsource stylesheet.
 */

/** One `@font-face` rule of a fontsource stylesheet. */
export interface FontFaceRule {
  /** CSS family name without quotes. */
  family: string;
  /** `normal` or `italic`. */
  style: string;
  /** Numeric weight. */
  weight: number;
  /** The woff2 source URL exactly as written, e.g. `./files/noto-sans-tc-0-400-normal.woff2`. */
  url: string;
  /** Inclusive code point ranges; empty means the whole Unicode range. */
  unicodeRange: Array<[number, number]>;
}

/**
 * Parse fontsource-style `@font-face` rules, keeping the woff2 source of each.
 *
 * Invariant: rules without a woff2 source are skipped; `unicode-range` wildcards
 * (`U+4??`) become ranges.
 *
 * @param css Stylesheet text.
 * @returns The rules in stylesheet order.
 */
export function parseFontFaceCss(css: string): FontFaceRule[] {
  const rules: FontFaceRule[] = [];
  for (const match of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = match[1] ?? '';
    const declarations = new Map<string, string>();
    for (const part of body.split(';')) {
      const colon = part.indexOf(':');
      if (colon > 0) declarations.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim());
    }
    const url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(declarations.get('src') ?? '')?.[1];
    if (url === undefined) continue;
    rules.push({
      family: (declarations.get('font-family') ?? '').replace(/^['"]|['"]$/g, ''),
      style: declarations.get('font-style') ?? 'normal',
      weight: Number.parseInt(declarations.get('font-weight') ?? '400', 10),
      url,
      unicodeRange: parseUnicodeRange(declarations.get('unicode-range') ?? ''),
    });
  }
  return rules;
}

/** One `unicode-range` item: `U+` then a start, with `?` wildcards, and an optional `-end`. */
const RANGE_ITEM = /u\+([0-9a-f?]+)(?:-([0-9a-f]+))?/giu;

/** Parse `U+0-FF,U+4??,U+20AC` into inclusive ranges (one regular expression pass: CJK faces list thousands). */
function parseUnicodeRange(value: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [, from = '', to] of value.matchAll(RANGE_ITEM)) {
    const wildcard = from.includes('?');
    const start = Number.parseInt(wildcard ? from.replaceAll('?', '0') : from, 16);
    const end = Number.parseInt(to ?? (wildcard ? from.replaceAll('?', 'f') : from), 16);
    ranges.push([start, end]);
  }
  return ranges;
}
