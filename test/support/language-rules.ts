import type { Glossary, LanguageRules } from '../../src/check/index.js';
import { prepareGlossary } from '../../src/check/glossary-rules.js';
import { buildChineseTables, type ChineseTables } from '../../src/check/opencc.js';
import { buildRegionalPhrases } from '../../src/check/regional-phrases.js';
import { createRegionalMatcher } from '../../src/check/regional-terms.js';
import { getChineseScript } from '../../src/check/script-mismatches.js';

let tables: ChineseTables | undefined;

/**
 * One language's text rules, as `createLanguageRules` builds them, with OpenCC's tables built
 * once per test file (they take about a second).
 * @param lang Folder code.
 * @param glossary The language's glossary, if any.
 * @returns The rules.
 */
export function rulesFor(lang: string, glossary?: Glossary): LanguageRules {
  const chinese = getChineseScript(lang);
  if (chinese) tables ??= buildChineseTables();
  return {
    lang,
    chinese,
    tables: chinese ? tables : undefined,
    regional: chinese && tables ? createRegionalMatcher(buildRegionalPhrases(chinese.region, glossary, tables)) : undefined,
    glossary: glossary ? prepareGlossary(glossary) : undefined,
  };
}

/** OpenCC's tables of the test file. */
export function getTables(): ChineseTables {
  tables ??= buildChineseTables();
  return tables;
}
