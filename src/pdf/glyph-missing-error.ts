/**
 * The error that stops a language whose text has characters its fonts cannot draw.
 */
import type { Finding } from '../check/finding.js';

/**
 * Thrown before rendering when the glyph check finds uncovered characters.
 *
 * Invariant: `findings` is non-empty and every finding has rule `glyph-missing`; the message
 * names the language and the first few characters with their file, line and `U+` code.
 */
export class GlyphMissingError extends Error {
  /** The language that was stopped. */
  readonly lang: string;
  /** One finding per uncovered character occurrence. */
  readonly findings: Finding[];

  /**
   * @param lang The language that was stopped.
   * @param findings The `glyph-missing` findings (non-empty).
   */
  constructor(lang: string, findings: Finding[]) {
    const shown = findings.slice(0, 5).map((finding) => `  ${finding.message}`);
    const more = findings.length > 5 ? [`  … and ${findings.length - 5} more`] : [];
    super([`glyph-missing: cannot render ${lang}, ${findings.length} character(s) have no glyph:`, ...shown, ...more].join('\n'));
    this.name = 'GlyphMissingError';
    this.lang = lang;
    this.findings = findings;
  }
}
