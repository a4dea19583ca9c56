/**
 * The fonts of a rendered PDF: how each is embedded, and whether they are right for the
 * book's language.
 */
import type { PDFDocument } from 'pdf-lib';
import { PDFArray, PDFDict, PDFName } from 'pdf-lib';
import { getFontStack, type FontStack } from '../fonts/index.js';

/** One font dictionary of a PDF. */
export interface PdfFont {
  /** `/BaseFont` with the subset tag (`ABCDEF+NotoSansTCThin-Regular`); empty for unnamed Type 3. */
  baseFont: string;
  /** `/Subtype` of the font dictionary: `Type0`, `TrueType`, `Type1`, `Type3`… */
  subtype: string;
  /** `/Subtype` of the descendant font of a `Type0` font, e.g. `CIDFontType2`. */
  descendantSubtype?: string;
  /** Which font program the descriptor embeds, or `none`. */
  fontFile: 'FontFile' | 'FontFile2' | 'FontFile3' | 'none';
  /** `truetype` for embedded TrueType (simple or CID), `type3` for Type 3, else `other`. */
  kind: 'truetype' | 'type3' | 'other';
}

/**
 * List every `/Type /Font` dictionary of a PDF that is not a CID descendant, once, in object
 * order; a `Type0` font reports its descendant's subtype and font program.
 */
export function readPdfFonts(pdf: PDFDocument): PdfFont[] {
  const fonts: PdfFont[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || nameOf(object, 'Type') !== 'Font') continue;
    const subtype = nameOf(object, 'Subtype');
    if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2') continue;
    let descriptorOwner = object;
    let descendantSubtype: string | undefined;
    if (subtype === 'Type0') {
      const descendants = object.lookup(PDFName.of('DescendantFonts'));
      const descendant = descendants instanceof PDFArray ? descendants.lookup(0) : undefined;
      if (descendant instanceof PDFDict) {
        descriptorOwner = descendant;
        descendantSubtype = nameOf(descendant, 'Subtype');
      }
    }
    const fontFile = fontFileOf(descriptorOwner);
    const trueType =
      fontFile === 'FontFile2' && (subtype === 'TrueType' || (subtype === 'Type0' && descendantSubtype === 'CIDFontType2'));
    const font: PdfFont = {
      baseFont: nameOf(object, 'BaseFont') ?? '',
      subtype: subtype ?? '',
      fontFile,
      kind: trueType ? 'truetype' : subtype === 'Type3' ? 'type3' : 'other',
    };
    if (descendantSubtype !== undefined) font.descendantSubtype = descendantSubtype;
    fonts.push(font);
  }
  return fonts;
}

function nameOf(dict: PDFDict, key: string): string | undefined {
  const value = dict.lookup(PDFName.of(key));
  return value instanceof PDFName ? value.decodeText() : undefined;
}

function fontFileOf(dict: PDFDict): PdfFont['fontFile'] {
  const descriptor = dict.lookup(PDFName.of('FontDescriptor'));
  if (!(descriptor instanceof PDFDict)) return 'none';
  for (const key of ['FontFile2', 'FontFile3', 'FontFile'] as const) {
    if (descriptor.get(PDFName.of(key)) !== undefined) return key;
  }
  return 'none';
}

/** Result of the font check. */
export type PdfFontCheck = { ok: true; problems: [] } | { ok: false; problems: string[] };

/**
 * Check the embedded fonts of a PDF against the language's stack: every font must be an
 * embedded TrueType (simple or CIDFontType2, never Type 3) whose PostScript family belongs to
 * the stack, and the region face (`stack.faces[0]`) must be present. So a zh-Hant PDF with an
 * SC, JP or KR face, with a system fallback face (DejaVu, Noto Sans CJK…), or without Noto Sans
 * TC fails; likewise for zh-Hans and Latin languages.
 *
 * @param lang BCP 47 code of the PDF's language.
 * @param stack The language's stack; defaults to `getFontStack(lang)`.
 * @returns `ok` and a sentence per problem.
 */
export function verifyPdfFonts(lang: string, fonts: readonly PdfFont[], stack: FontStack = getFontStack(lang)): PdfFontCheck {
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
