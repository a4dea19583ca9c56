/**
 * The protected tokens a parsed unit holds.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ResolvedGuardOptions } from './guard-options.js';

/**
 * List the protected tokens of `tree`: matches of the `protect` patterns in each text run,
 * footnote references, and (when protected) inline code spans written with one backtick.
 *
 * Invariant: link and image targets are not read (the link-target rule owns them); a URL
 * that readers see as text (a bare URL or an autolink) is a text run and is read.
 *
 * @param tree The parsed unit context.
 * @param options The resolved guard options (`protect`, `protectInlineCode`).
 * @returns Every token, in document order, with repeats.
 */
export function getProtectedTokens(tree: Nodes, options: ResolvedGuardOptions): string[] {
  const tokens: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text') {
      for (const pattern of options.protect) {
        const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
        for (const match of node.value.matchAll(global)) if (match[0] !== '') tokens.push(match[0]);
      }
    } else if (node.type === 'inlineCode' && options.protectInlineCode) {
      tokens.push(`\`${node.value}\``);
    } else if (node.type === 'footnoteReference') {
      tokens.push(`[^${node.label ?? node.identifier}]`);
    }
  });
  return tokens;
}
