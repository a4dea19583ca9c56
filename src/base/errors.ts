/**
 * The errors every layer may throw and the command line turns into exit codes: bad usage or
 * bad input (exit 2), and the named failures that are the input's or the machine's (exit 1).
 */
import type { Finding } from './findings.js';

/**
 * An error caused by bad usage or bad input (exit code 2): its message is for people and names
 * the file, line and key where it can.
 */
export class UsageError extends Error {
  /** Project-relative file the error is about, if any. */
  readonly file: string | undefined;
  /** 1-based line, if known. */
  readonly line: number | undefined;
  /** Unit key, if any. */
  readonly key: string | undefined;

  /**
   * @param message What failed, for people.
   * @param where File, line and key the error is about.
   * @param options Standard error options (`cause`).
   */
  constructor(message: string, where: { file?: string; line?: number; key?: string } = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UsageError';
    this.file = where.file;
    this.line = where.line;
    this.key = where.key;
  }
}

/**
 * Thrown before rendering when the glyph check finds characters no font of the language's
 * stack can draw. The message names the language and the first few characters with their
 * file, line and `U+` code; `findings` holds them all (rule `glyph-missing`).
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

/** Thrown when the browser that prints the PDFs cannot be started; the message says how to fix it. */
export class BrowserLaunchError extends Error {
  /**
   * @param message What failed and what to install or set.
   * @param options Standard error options (`cause`).
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'BrowserLaunchError';
  }
}

/** The failures that are the input's or the machine's, not the tool's: exit 1, a message, no stack. */
export const EXPECTED_FAILURES: ReadonlySet<string> = new Set(['GlyphMissingError', 'BrowserLaunchError']);
