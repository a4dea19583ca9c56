/**
 * Decide whether a PDF's fonts are right for its language.
 */
import { getFontStack, type FontStack } from '../fonts/index.js';
import type { PdfFont } from './read-pdf-fonts.js';

/** Result of the font check. */
export type PdfFontCheck = { ok: true; problems: [] } | { ok: false; problems: string[] };

/**
 * Check the embedded fonts of a PDF against the language's stack.
 *
 * Invariant: passes only when every font is an embedded TrueType (simple or CIDFontType2,
 * never Type 3) whose PostScript family belongs to the stack, and the region face
 * (`stack.faces[0]`) is present. So a zh-Hant PDF with an SC, JP or KR face, or with a system
 * fallback face (DejaVu, Liberation, Noto Sans CJK, Droid…), fails, and so does one without
 * Noto Sans TC; likewise for zh-Hans and Latin languages.
 *
 * @param lang BCP 47 code of the PDF's language.
 * @param fonts Fonts from `readPdfFonts`.
 * @param stack The language's stack; defaults to `getFontStack(lang)`.
 * @returns `ok` and a sentence per problem.
 */
export function checkPdfFonts(lang: string, fonts: readonly PdfFont[], stack: FontStack = getFontStack(lang)): PdfFontCheck {
  const allowed = new Set(stack.faces.map((face) => face.postScriptFamily));
  const problems: string[] = [];
  const families = new Set<string>();
  for (const font of fonts) {
    const name = font.baseFont.replace(/^[A-Z]{6}\+/, '');
    const family = name.split(/[-,]/)[0] ?? '';
    families.add(family);
    const label = name === '' ? `an unnamed ${font.subtype} font` : `\`${name}\``;
    if (font.kind === 'type3') problems.push(`${label} is a Type 3 font, expected embedded TrueType`);
    else if (font.kind !== 'truetype') problems.push(`${label} is ${font.subtype}/${font.descendantSubtype ?? font.fontFile}, expected embedded TrueType`);
    if (allowed.has(family)) continue;
    const fallback = stack.fallbackFaces.find((fragment) => name.toLowerCase().includes(fragment.toLowerCase()));
    problems.push(
      fallback !== undefined
        ? `${label} is a system fallback face (${fallback}); a glyph was drawn outside the ${lang} fonts`
        : `${label} is not in the ${lang} stack (${[...allowed].join(', ')}); wrong-region or fallback face`,
    );
  }
  const region = stack.faces[0];
  if (region !== undefined && !families.has(region.postScriptFamily)) {
    problems.push(`the region face ${region.family} (${region.postScriptFamily}) is missing from the ${lang} PDF`);
  }
  return problems.length === 0 ? { ok: true, problems: [] } : { ok: false, problems };
}
