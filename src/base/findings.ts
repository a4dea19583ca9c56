/**
 * The shared vocabulary of the stages and commands: the rule table, findings and counts.
 * The JSON report (design §9) is made of these shapes.
 */

/** How serious a finding is; gates decide which severities fail the build. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Every rule of the check, in report order: its id (a public contract: add rules, never rename
 * them), its severity where no gate says otherwise, and what it means. Adding a rule edits
 * this table and one rule module of `src/check`.
 */
export const RULES = [
  { id: 'missing', severity: 'warning', means: 'a unit has no translation and falls back to English' },
  { id: 'outdated', severity: 'warning', means: 'the English changed after the translation was made; the old translation is still shown' },
  { id: 'rejected', severity: 'error', means: 'the merge guard refused the translation (it broke the Markdown structure) and it was not merged' },
  { id: 'token', severity: 'error', means: 'a protected token (activity id, URL) was dropped or changed' },
  { id: 'glossary-required', severity: 'error', means: 'a glossary term in the English lacks its required or read-only rendering' },
  { id: 'glossary-forbidden', severity: 'error', means: 'the translation uses a term the glossary forbids' },
  { id: 'simplified-in-traditional', severity: 'error', means: 'a character of the other Chinese script slipped in' },
  { id: 'regional-term', severity: 'error', means: "vocabulary of the other Chinese region (mainland terms in Taiwan's text)" },
  { id: 'glyph-missing', severity: 'error', means: 'no font of the language can draw a character (tofu in the PDF)' },
  { id: 'locale-file', severity: 'error', means: "a locale or glossary file is malformed or not in Weblate's layout" },
  { id: 'min-translated', severity: 'error', means: 'a language is less translated than its gate requires' },
  { id: 'unknown-key', severity: 'warning', means: 'a locale file holds a key the English catalog no longer has (extract archives it)' },
] as const satisfies ReadonlyArray<{ id: string; severity: Severity; means: string }>;

/** A rule id. */
export type RuleId = (typeof RULES)[number]['id'];

/**
 * One finding. For a unit, `file`/`line` point at the line a reviewer would change (the
 * English source for a missing translation); for a locale file's own problem, at that file.
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

/** How far a language (or one of its files) is translated: the counts of the JSON report. */
export interface Counts {
  /** Units in English. */
  units: number;
  /** Units with a translation that is merged (current, or outdated but still used). */
  translated: number;
  /** Units with no translation. */
  missing: number;
  /** Translations whose English changed since they were made. */
  outdated: number;
  /** Translations the merge guard rejected (they fall back to English). */
  rejected: number;
}

/** The whole report, exactly what `check --format json` prints. */
export interface Report {
  /** Per language, its counts. */
  languages: Record<string, Counts>;
  /** The findings, weighed by the gates, in report order. */
  findings: Finding[];
}

/** Counts of nothing yet. */
export function emptyCounts(): Counts {
  return { units: 0, translated: 0, missing: 0, outdated: 0, rejected: 0 };
}

/**
 * Add counts into a running total.
 * @param total The total, changed in place.
 * @param counts The counts to add.
 */
export function addCounts(total: Counts, counts: Counts): void {
  total.units += counts.units;
  total.translated += counts.translated;
  total.missing += counts.missing;
  total.outdated += counts.outdated;
  total.rejected += counts.rejected;
}
