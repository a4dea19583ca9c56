/**
 * List the fonts of a PDF and how each is embedded.
 */
import { PDFArray, PDFDict, PDFName, type PDFDocument } from 'pdf-lib';

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
 * List every top-level font dictionary of a PDF.
 *
 * Invariant: each `/Type /Font` dictionary that is not a CID descendant is listed once, in
 * object order; a `Type0` font reports its descendant's subtype and font program.
 *
 * @param pdf The loaded document.
 * @returns The fonts.
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
