/**
 * The link-target rule: a translation keeps the targets of its links and images.
 */
import type { Nodes } from 'mdast';
import { getLinkTargets } from './get-link-targets.js';
import type { ResolvedGuardOptions } from './guard-options.js';
import type { GuardResult } from './guard-result.js';

/**
 * Compare the link and image targets of a translation with its source's.
 *
 * Invariant: accepts when both have the same set of targets, or when every target only one
 * side has can be paired with a target only the other side has such that one
 * `allowTargetChange` pattern matches both (for example a localised page of the same site).
 *
 * @param source The parsed context of the source text.
 * @param translation The parsed context of the translation.
 * @param options The resolved guard options (`allowTargetChange`).
 * @returns `{ ok: true }`, or a `link-target` rejection naming the target.
 */
export function checkLinkTargets(source: Nodes, translation: Nodes, options: ResolvedGuardOptions): GuardResult {
  const before = getLinkTargets(source);
  const after = getLinkTargets(translation);
  const removed = before.filter((target) => !after.includes(target));
  const added = after.filter((target) => !before.includes(target));
  const isAllowed = (target: string, others: readonly string[]): boolean =>
    options.allowTargetChange.some((pattern) => test(pattern, target) && others.some((other) => test(pattern, other)));
  for (const target of added) {
    if (!isAllowed(target, removed)) {
      const was = removed[0] === undefined ? '' : ` instead of ${JSON.stringify(removed[0])}`;
      return { ok: false, code: 'link-target', message: `links to ${JSON.stringify(target)}${was}, which the source does not` };
    }
  }
  for (const target of removed) {
    if (!isAllowed(target, added)) return { ok: false, code: 'link-target', message: `drops the link target ${JSON.stringify(target)}` };
  }
  return { ok: true };
}

/**
 * Test a pattern against a string without the `lastIndex` state of global patterns.
 *
 * @param pattern The pattern.
 * @param value The string.
 * @returns Whether `pattern` matches `value`.
 */
function test(pattern: RegExp, value: string): boolean {
  return new RegExp(pattern.source, pattern.flags.replace('g', '').replace('y', '')).test(value);
}
