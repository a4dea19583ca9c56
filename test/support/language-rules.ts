import { createLanguageRules, type Glossary, type LanguageRules } from '../../src/check/index.js';
import { buildChineseTables, type ChineseTables } from '../../src/check/opencc.js';

let tables: ChineseTables | undefined;

/** OpenCC's tables, built once per test file (they take about a second). */
export function getTables(): ChineseTables {
  tables ??= buildChineseTables();
  return tables;
}

/**
 * One language's text rules as `createLanguageRules` builds them, with the test file's tables.
 * @param lang Folder code.
 * @param glossary The language's glossary, if any.
 * @returns The rules.
 */
export function rulesFor(lang: string, glossary?: Glossary): LanguageRules {
  const rules = createLanguageRules([{ lang, glossary }], lang.startsWith('zh') ? getTables() : undefined).get(lang);
  if (!rules) throw new Error(`no rules for ${lang}`);
  return rules;
}
