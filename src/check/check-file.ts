/**
 * Check one source file in one language: the state of each unit (missing, rejected,
 * outdated), the text rules on each translation, glyph coverage, and the locale file itself.
 */
import type { Counts, Finding } from '../base/index.js';
import { findMissingGlyphs } from '../fonts/index.js';
import type { KeyedUnit } from '../keys/index.js';
import type { MergeResult } from '../merge/index.js';
import { getStaleness, type LocaleCatalog, type StateEntry } from '../store/index.js';
import { getUnitFindings, type LanguageRules } from './language-rules.js';

/** Everything `check` needs to know about one file in one language. */
export interface FileCheckInput {
  /** Folder code. */
  lang: string;
  /** The source file (project-relative path and namespace) and its keyed units. */
  keyed: { file: { path: string; namespace: string; text: string }; units: readonly KeyedUnit[] };
  /** Its merge into the language, in memory (the guard's verdicts). */
  merged: MergeResult;
  /** The language's own catalog of the file, if it has a valid one. */
  catalog: LocaleCatalog | undefined;
  /** The staleness record. */
  state: Record<string, StateEntry> | undefined;
  /** The language's text rules (see `createLanguageRules`). */
  rules: LanguageRules;
  /** Code points its fonts cover. */
  coverage: ReadonlySet<number>;
}

/** One file's counts in one language. */
export type FileCounts = Counts & {
  /** Project-relative path of the English source file. */
  file: string;
};

/**
 * Check one file in one language: missing, outdated, rejected and token findings per unit,
 * the text rules (script, regional terms, glossary), glyph coverage, and the locale file's
 * layout and unknown keys.
 * Pure; every unit finding names the English source file, line and key.
 * @param input The file's data in the language.
 * @returns Findings (severity `error` before gates) and the file's counts.
 */
export function checkFile(input: FileCheckInput): { findings: Finding[]; counts: FileCounts } {
  const { lang, state, catalog, keyed, merged } = input;
  const { file: source, units } = keyed;
  const file = source.path;
  const findings: Finding[] = [];
  const rejected = new Map(merged.rejected.filter((r) => r.lang === lang).map((r) => [r.key, r] as const));
  const counts: FileCounts = { file, units: units.length, translated: 0, missing: 0, outdated: 0, rejected: 0 };
  const localeFile = `locales/${lang}/${source.namespace}.json`;
  if (catalog && !catalog.weblateLayout) {
    findings.push({ rule: 'locale-file', severity: 'error', lang, file: localeFile, line: 1, message: "not in Weblate's layout (4-space indent, one key per line, UTF-8 unescaped, final newline); run extract or re-save it from Weblate" });
  }
  const known = new Set(units.map((u) => u.key));
  for (const [key, line] of catalog?.lines ?? []) {
    if (!known.has(key)) findings.push({ rule: 'unknown-key', severity: 'warning', lang, file: localeFile, line, key, message: `key "${key}" is not in the English catalog; run extract to archive it` });
  }
  const printed: Array<{ file: string; line: number; key?: string; text: string; range?: readonly [number, number] }> = [];
  for (const unit of units) {
    const at = { lang, file, line: unit.line, key: unit.key };
    const translation = catalog?.values.get(unit.key);
    if (translation === undefined || translation === '') {
      counts.missing++;
      findings.push({ rule: 'missing', severity: 'error', ...at, message: `no ${lang} translation for “${abbreviate(unit.text)}”` });
      continue;
    }
    const refusal = rejected.get(unit.key);
    if (refusal) {
      counts.rejected++;
      findings.push({ rule: refusal.code === 'token' ? 'token' : 'rejected', severity: 'error', ...at, message: `translation rejected (${refusal.code}): ${refusal.message}` });
      continue;
    }
    counts.translated++;
    if (getStaleness(state?.[unit.key], unit.text, translation) === 'outdated') {
      counts.outdated++;
      findings.push({ rule: 'outdated', severity: 'error', ...at, message: `the English changed since this translation was made: “${abbreviate(unit.text)}”` });
    }
    findings.push(...getUnitFindings({ ...at, source: unit.text, translation }, input.rules));
    printed.push({ ...at, text: translation, range: [unit.start, unit.end] });
  }
  // What the edition prints beside the translations: code, untranslated units, the rest of
  // the source as written. The PDF's glyph check sees all of it, so the check does too.
  printed.push({ file, line: 1, text: blankRanges(source.text, printed) });
  // A character no font draws is one finding per file, however often the file uses it.
  findings.push(...findMissingGlyphs(lang, printed, input.coverage));
  return { findings, counts };
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The text with the given ranges turned into spaces (line breaks kept, so lines still count). */
function blankRanges(text: string, segments: ReadonlyArray<{ range?: readonly [number, number] }>): string {
  const ranges = segments.flatMap(({ range }) => (range ? [range] : [])).sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    pieces.push(text.slice(at, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
