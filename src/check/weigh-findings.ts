/**
 * Weigh findings with the configured gates, a batch at a time.
 */

import type { Finding } from './finding.js';
import type { Gates } from './gates-schema.js';
import { getLanguageGate } from './get-language-gate.js';

/**
 * Make a function that weighs findings with the gates: each finding's severity becomes its
 * language gate's weight for its rule, and findings weighed `off` are dropped.
 * Invariant: pure but for a cache of resolved gates; the findings given are never changed
 * (weighed ones are copies), and their order is kept.
 * @param gates The configured gates, or `undefined` for the default gate.
 * @returns The weigher.
 */
export function createFindingWeigher(gates: Gates | undefined): (findings: readonly Finding[]) => Finding[] {
  const resolved = new Map<string, ReturnType<typeof getLanguageGate>>();
  return (findings) => {
    const weighed: Finding[] = [];
    for (const finding of findings) {
      const gate = resolved.get(finding.lang) ?? getLanguageGate(finding.lang, gates);
      resolved.set(finding.lang, gate);
      const severity = gate.rules[finding.rule];
      if (severity !== 'off') weighed.push({ ...finding, severity });
    }
    return weighed;
  };
}
