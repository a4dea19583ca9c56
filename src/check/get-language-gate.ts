/**
 * Resolve the gate of one language from the configured gates.
 */

import { defaultGate } from './default-gate.js';
import type { RuleId } from './finding.js';
import type { Gates, ResolvedGate } from './gates-schema.js';

/**
 * Merge the gates that apply to a language.
 *
 * Invariant: the default gate is overlaid by `*`, then by each prefix of the code from the
 * shortest to the full code (`zh`, `zh-Hant`, `zh-Hant-HK`), matched case-insensitively,
 * each naming only what it changes; the result names every rule.
 *
 * @param lang The language code.
 * @param gates The configured gates, or `undefined` for defaults only.
 * @returns The resolved gate.
 */
export function getLanguageGate(lang: string, gates: Gates | undefined): ResolvedGate {
  const resolved: ResolvedGate = { rules: { ...defaultGate.rules }, minTranslated: defaultGate.minTranslated };
  if (gates === undefined) return resolved;
  const byKey = new Map(Object.entries(gates).map(([key, gate]) => [key.toLowerCase(), gate]));
  const parts = lang.toLowerCase().split('-');
  const keys = ['*', ...parts.map((_, index) => parts.slice(0, index + 1).join('-'))];
  for (const key of keys) {
    const gate = byKey.get(key);
    if (gate === undefined) continue;
    for (const [rule, severity] of Object.entries(gate.rules ?? {})) {
      if (rule in resolved.rules) resolved.rules[rule as RuleId] = severity;
    }
    if (gate.minTranslated !== undefined) resolved.minTranslated = gate.minTranslated;
  }
  return resolved;
}
