import { XMLBuilder } from 'fast-xml-parser';

/** Badge colours by lowest percentage, first match wins, with the reason for each step. */
export const BADGE_COLORS: ReadonlyArray<{ min: number; color: string; reason: string }> = [
  { min: 100, color: '#4c1', reason: 'green: complete, nothing falls back to English' },
  { min: 75, color: '#a4a61d', reason: 'yellow-green: most of the book reads in the language' },
  { min: 50, color: '#dfb317', reason: 'yellow: at least half translated' },
  { min: 0, color: '#e05d44', reason: 'red: less than half translated' },
];

/** Approximate advance widths in pixels of Verdana 11px, for the characters badges hold. */
const NARROW = /[ijlI.,:;'|!() ]/;
const WIDE = /[mwMW%@]/;
const UPPER_OR_DIGIT = /[A-Z0-9#&_]/;

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true });

/**
 * Make a small SVG badge "<lang> | <percent>%" for a README, coloured by progress
 * (see `BADGE_COLORS`).
 * Invariant: pure and deterministic; the text goes through the XML builder, so any label is
 * escaped; the width follows the text length; `<title>` and `aria-label` give the text to
 * screen readers.
 * @param lang Language code shown on the left, e.g. `zh-Hant`.
 * @param percent Translated percentage, 0–100 (one decimal is shown when not whole).
 * @returns The SVG document, ending with a newline.
 */
export function formatBadge(lang: string, percent: number): string {
  const value = `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
  const color = BADGE_COLORS.find((step) => percent >= step.min)?.color ?? '#e05d44';
  const labelWidth = getTextWidth(lang) + 12;
  const valueWidth = getTextWidth(value) + 12;
  const width = labelWidth + valueWidth;
  const title = `${lang}: ${value} translated`;
  const svg = {
    svg: {
      '@_xmlns': 'http://www.w3.org/2000/svg',
      '@_width': width,
      '@_height': 20,
      '@_role': 'img',
      '@_aria-label': title,
      title,
      linearGradient: {
        '@_id': 's',
        '@_x2': 0,
        '@_y2': '100%',
        stop: [
          { '@_offset': 0, '@_stop-color': '#bbb', '@_stop-opacity': '.1' },
          { '@_offset': 1, '@_stop-opacity': '.1' },
        ],
      },
      clipPath: { '@_id': 'r', rect: { '@_width': width, '@_height': 20, '@_rx': 3, '@_fill': '#fff' } },
      g: [
        {
          '@_clip-path': 'url(#r)',
          rect: [
            { '@_width': labelWidth, '@_height': 20, '@_fill': '#555' },
            { '@_x': labelWidth, '@_width': valueWidth, '@_height': 20, '@_fill': color },
            { '@_width': width, '@_height': 20, '@_fill': 'url(#s)' },
          ],
        },
        {
          '@_fill': '#fff',
          '@_text-anchor': 'middle',
          '@_font-family': 'Verdana,Geneva,DejaVu Sans,sans-serif',
          '@_font-size': 11,
          text: [
            { '@_x': labelWidth / 2, '@_y': 14, '#text': lang },
            { '@_x': labelWidth + valueWidth / 2, '@_y': 14, '#text': value },
          ],
        },
      ],
    },
  };
  return `${builder.build(svg)}\n`;
}

function getTextWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    if (NARROW.test(char)) width += 4;
    else if (WIDE.test(char)) width += 10;
    else if (UPPER_OR_DIGIT.test(char)) width += 7;
    else if (char.charCodeAt(0) > 0x2e7f) width += 11;
    else width += 6.5;
  }
  return Math.ceil(width);
}
