/**
 * SVG progress badges, one per language: how a badge is drawn and where it is written.
 */
import { join, resolve } from 'node:path';
import { XMLBuilder } from 'fast-xml-parser';
import { UsageError } from '../base/index.js';
import { isLanguageCode } from '../config/index.js';
import { PROJECT_PATHS, writeFileAtomic } from '../store/index.js';
import type { LanguageStatus } from './status.js';

/** Badge colours by lowest percentage, first match wins, with the reason for each step. */
export const BADGE_COLORS: ReadonlyArray<{ min: number; color: string; reason: string }> = [
  { min: 100, color: '#4c1', reason: 'green: complete, nothing falls back to English' },
  { min: 75, color: '#a4a61d', reason: 'yellow-green: most of the book reads in the language' },
  { min: 50, color: '#dfb317', reason: 'yellow: at least half translated' },
  { min: 0, color: '#e05d44', reason: 'red: less than half translated' },
];

/** Approximate advance widths in pixels of Verdana 11px, first match wins; any other character is 6.5. */
const CHAR_WIDTHS: ReadonlyArray<{ chars: RegExp; width: number; reason: string }> = [
  { chars: /[ijlI.,:;'|!() ]/, width: 4, reason: 'narrow letters, punctuation and the space' },
  { chars: /[mwMW%@]/, width: 10, reason: 'the widest letters and signs' },
  { chars: /[A-Z0-9#&_]/, width: 7, reason: 'other capitals, digits and signs of that width' },
  { chars: /^[\u2e80-\uffff]/, width: 11, reason: 'CJK and everything above U+2E7F (astral characters start with a surrogate) is full width' },
];

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: true });

/**
 * Make a small SVG badge "<lang> | <percent>%" for a README, coloured by progress
 * (see `BADGE_COLORS`).
 * Pure and deterministic; the text goes through the XML builder, so any label is
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

/** The width in pixels a text takes in the badge, rounded up. */
function getTextWidth(text: string): number {
  let width = 0;
  for (const char of text) width += CHAR_WIDTHS.find((step) => step.chars.test(char))?.width ?? 6.5;
  return Math.ceil(width);
}

/** One badge written (or left alone because it was up to date). */
export interface BadgeResult {
  /** Language folder code. */
  lang: string;
  /** Project-relative path, e.g. `build/status/zh-Hant.svg`. */
  file: string;
  /** False when the file already held exactly this badge. */
  written: boolean;
}

/**
 * Write one SVG progress badge per language to `build/status/<lang>.svg`.
 * Every language code is checked before the first write, so a bad code (such as
 * `../x`) writes nothing and can never name a path outside `build/status/`; each file is
 * written atomically and only when it changed.
 * @param rootDir Project root.
 * @param statuses One status per language (its `lang` and `percent` are used).
 * @returns One result per language, in the given order.
 * @throws UsageError for a language code that is not a BCP 47 folder code.
 */
export async function writeBadges(rootDir: string, statuses: readonly LanguageStatus[]): Promise<BadgeResult[]> {
  for (const status of statuses) {
    if (!isLanguageCode(status.lang)) {
      throw new UsageError(`status badge: "${status.lang}" is not a BCP 47 folder code such as de, pt-BR or zh-Hant`);
    }
  }
  const root = resolve(rootDir);
  const results: BadgeResult[] = [];
  for (const status of statuses) {
    const file = `${PROJECT_PATHS.build}/status/${status.lang}.svg`;
    const written = await writeFileAtomic(join(root, file), formatBadge(status.lang, status.percent));
    results.push({ lang: status.lang, file, written });
  }
  return results;
}
