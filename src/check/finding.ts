/**
 * A finding of the check stage, in the shape of the JSON report (design §9).
 */

/** Rule ids. These are a public contract: add rules, never rename them. */
export type RuleId =
  | 'missing'
  | 'outdated'
  | 'rejected'
  | 'token'
  | 'glossary-required'
  | 'glossary-forbidden'
  | 'simplified-in-traditional'
  | 'regional-term'
  | 'glyph-missing'
  | 'locale-file'
  | 'min-translated'
  | 'unknown-key';

/** How serious a finding is; gates decide which severities fail the build. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding. `file`/`line` point at the English source when the finding concerns a
 * unit, or at the locale file when it concerns the file itself.
 */
export interface Finding {
  /** The rule that fired. */
  rule: RuleId;
  /** Severity after the language's gate is applied. */
  severity: Severity;
  /** BCP 47 folder code of the language, e.g. `zh-Hant`. */
  lang: string;
  /** Project-relative path with `/` separators. */
  file: string;
  /** 1-based line. */
  line: number;
  /** The unit key, when the finding concerns a unit. */
  key?: string;
  /** A sentence for people. */
  message: string;
}

/** Per-language counts in the JSON report. */
export interface LanguageSummary {
  units: number;
  translated: number;
  missing: number;
  outdated: number;
  rejected: number;
}

/** The whole report, exactly what `check --format json` prints. */
export interface Report {
  languages: Record<string, LanguageSummary>;
  findings: Finding[];
}
