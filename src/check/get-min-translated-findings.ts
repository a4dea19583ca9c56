/**
 * The `min-translated` findings of languages below their gate's translated share.
 */

import type { Finding, LanguageSummary } from './finding.js';
import type { Gates } from './gates-schema.js';
import { getLanguageGate } from './get-language-gate.js';
import { getTranslatedPercent } from './get-translated-percent.js';

/**
 * List one `min-translated` finding (on `locales/<lang>`, line 1, severity `error` before
 * gates) for each language whose translated share is below its gate's `minTranslated`.
 * Invariant: pure; in the order of `languages`.
 * @param languages Per-language counts.
 * @param gates The configured gates, or `undefined` for the default gate.
 * @returns The findings, not yet weighed.
 */
export function getMinTranslatedFindings(languages: Record<string, LanguageSummary>, gates: Gates | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const [lang, summary] of Object.entries(languages)) {
    const { minTranslated } = getLanguageGate(lang, gates);
    const percent = getTranslatedPercent(summary);
    if (percent >= minTranslated) continue;
    findings.push({
      rule: 'min-translated',
      severity: 'error',
      lang,
      file: `locales/${lang}`,
      line: 1,
      message: `${lang} is ${percent.toFixed(1)}% translated; its gate requires at least ${minTranslated}%`,
    });
  }
  return findings;
}
