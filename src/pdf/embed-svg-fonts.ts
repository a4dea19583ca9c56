/**
 * Make an SVG image draw its text with the book's fonts.
 */
import type { FontFile } from '../fonts/index.js';
import { formatFontFaceCss } from '../fonts/index.js';

/**
 * Add a stylesheet to an SVG that embeds, as `data:` URLs, the stack's font files its text
 * needs and forces the stack's `font-family` on all SVG text.
 *
 * Invariant: an SVG shown through `<img>` can load no outside resource, so without this its
 * text would be drawn with a system face (DejaVu…), which the PDF font check rejects; with
 * it, the text uses exactly the book's faces. Only files whose `unicode-range` meets a code
 * point of the SVG's text are embedded; an SVG without a root `<svg>` tag is returned as is.
 *
 * @param svg The SVG source.
 * @param files The stack's font files.
 * @param fontFamily The stack's CSS `font-family` value.
 * @param read Reads a font file's bytes.
 * @returns The SVG source with the stylesheet as the root element's first child.
 */
export async function embedSvgFonts(
  svg: string,
  files: readonly FontFile[],
  fontFamily: string,
  read: (path: string) => Promise<Buffer>,
): Promise<string> {
  const open = /<svg\b[^>]*>/i.exec(svg);
  if (open === null) return svg;
  const text = svg.replace(/<!\[CDATA\[|\]\]>/g, '').replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
  const codePoints = new Set([...text].map((char) => char.codePointAt(0) ?? 0));
  const needed = files.filter(
    (file) =>
      file.unicodeRange.length === 0 ||
      file.unicodeRange.some(([start, end]) => [...codePoints].some((codePoint) => codePoint >= start && codePoint <= end)),
  );
  const data = new Map<string, string>();
  for (const file of needed) data.set(file.path, (await read(file.path)).toString('base64'));
  const css = [
    formatFontFaceCss(needed, (file) => `data:font/woff2;base64,${data.get(file.path) ?? ''}`),
    `text, tspan, textPath { font-family: ${fontFamily} !important; }`,
  ].join('\n');
  const at = open.index + open[0].length;
  return `${svg.slice(0, at)}<style><![CDATA[\n${css.replaceAll(']]>', '')}\n]]></style>${svg.slice(at)}`;
}
