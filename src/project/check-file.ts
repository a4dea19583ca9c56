import type { Finding } from '../check/finding.js';
import { getUnitFindings } from '../check/get-unit-findings.js';
import type { Glossary } from '../check/glossary-term.js';
import { findMissingGlyphs } from '../fonts/find-missing-glyphs.js';
import { getStaleness, type StateEntry } from '../store/staleness.js';
import type { MergeResult } from '../merge/merge-options.js';
import type { LocaleCatalog } from '../store/parse-locale-json.js';
import type { KeyedFile } from './key-file.js';
import type { StatusRow } from '../weblate/language-status.js';
import type { Memo } from '../merge/merge-options.js';
import { hashText } from '../store/hash-text.js';

/** Everything `check` needs to know about one file in one language. */
export interface FileCheckInput {
  /** Folder code. */
  lang: string;
  /** The keyed source file. */
  keyed: KeyedFile;
  /** Its merge into the language, in memory (the guard's verdicts). */
  merged: MergeResult;
  /** The language's own catalog of the file, if it has a valid one. */
  catalog: LocaleCatalog | undefined;
  /** The staleness record. */
  state: Record<string, StateEntry> | undefined;
  /** The glossary, if any. */
  glossary?: Glossary | undefined;
  /** Code points its fonts cover. */
  coverage: ReadonlySet<number>;
  /**
   * A memo of the text-rule and glyph findings of a translated unit, by hash of everything they
   * depend on, so an unchanged translation is not checked again. Default: none.
   */
  memo?: Memo<UnitRuleFinding[]> | undefined;
  /** Identifies the glossary and fonts the memo's entries were made with. */
  memoSalt?: string;
}

/** What the memo keeps of a unit's finding: everything but where it is. */
export type UnitRuleFinding = Pick<Finding, 'rule' | 'severity' | 'message'>;

/**
 * Check one file in one language: missing, outdated, rejected and token findings per unit,
 * the text rules (script, regional terms, glossary), glyph coverage, and the locale file's
 * layout and unknown keys.
 * Invariant: pure; every unit finding names the English source file, line and key.
 * @param input The file's data in the language.
 * @returns Findings (severity `error` before gates) and the file's counts.
 */
export function checkFile(input: FileCheckInput): { findings: Finding[]; counts: StatusRow } {
  const { lang, state, catalog, keyed, merged } = input;
  const { file: source, units } = keyed;
  const file = source.path;
  const findings: Finding[] = [];
  const rejected = new Map(merged.rejected.filter((r) => r.lang === lang).map((r) => [r.key, r] as const));
  const counts: StatusRow = { file, units: units.length, translated: 0, missing: 0, outdated: 0, rejected: 0 };
  const localeFile = `locales/${lang}/${source.namespace}.json`;
  if (catalog && !catalog.weblateLayout) {
    findings.push({ rule: 'locale-file', severity: 'error', lang, file: localeFile, line: 1, message: "not in Weblate's layout (4-space indent, one key per line, UTF-8 unescaped, final newline); run extract or re-save it from Weblate" });
  }
  const known = new Set(units.map((u) => u.key));
  for (const [key, line] of catalog?.lines ?? []) {
    if (!known.has(key)) findings.push({ rule: 'unknown-key', severity: 'warning', lang, file: localeFile, line, key, message: `key "${key}" is not in the English catalog; run extract to archive it` });
  }
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
    const memoKey = input.memo ? hashText(JSON.stringify([input.memoSalt ?? '', lang, unit.text, translation])) : '';
    let found = input.memo?.get(memoKey);
    if (!found) {
      found = [
        ...getUnitFindings({ ...at, source: unit.text, translation, glossary: input.glossary }),
        ...findMissingGlyphs(lang, [{ ...at, text: translation }], input.coverage),
      ].map(({ rule, severity, message }) => ({ rule, severity, message }));
      input.memo?.set(memoKey, found);
    }
    findings.push(...found.map((finding) => ({ ...finding, ...at })));
  }
  return { findings, counts };
}

function abbreviate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
