/**
 * The order findings are listed in.
 */

import type { Finding } from './finding.js';
import { ruleIds } from './rule-ids.js';

const ruleOrder = new Map(ruleIds.map((rule, index) => [rule.id, index]));

/**
 * Compare two texts by UTF-16 code units, as `<` does: the order of files and keys.
 * Invariant: a total order, the same as `Array.prototype.sort`'s default.
 * @param a A text.
 * @param b Another.
 * @returns Negative, zero or positive.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sort findings by file, line, rule (in `ruleIds` order), key and message.
 *
 * Invariant: returns a new array and leaves the input alone; equal findings keep their order.
 *
 * @param findings The findings.
 * @returns The sorted copy.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0) ||
      compareText(a.key ?? '', b.key ?? '') ||
      compareText(a.message, b.message),
  );
}
