/**
 * The order findings are listed in.
 */

import type { Finding } from './finding.js';
import { ruleIds } from './rule-ids.js';

const ruleOrder = new Map(ruleIds.map((rule, index) => [rule.id, index]));

/**
 * Sort findings by file, line, rule (in `ruleIds` order), key and message.
 *
 * Invariant: returns a new array and leaves the input alone; equal findings keep their order.
 *
 * @param findings The findings.
 * @returns The sorted copy.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...findings].sort(
    (a, b) =>
      byText(a.file, b.file) ||
      a.line - b.line ||
      (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0) ||
      byText(a.key ?? '', b.key ?? '') ||
      byText(a.message, b.message),
  );
}
