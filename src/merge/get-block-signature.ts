/**
 * The block structure of a parsed Markdown document, as comparable text.
 */
import type { Nodes } from 'mdast';
import { blockNodeRules } from './block-node-rules.js';

/**
 * List the block nodes of `tree` in document order, each with its depth and shape.
 *
 * Invariant: two documents have equal signatures exactly when they have the same sequence
 * of block nodes (type, nesting depth, heading level, list and table shape); inline content
 * (text, emphasis, links, inline HTML) does not count.
 *
 * @param tree The mdast tree (usually a root).
 * @returns One entry per block node, `depth:description`, e.g. `2:listItem(checked=false,spread=false)`.
 * @throws When the tree holds a block node type that `blockNodeRules` does not know.
 */
export function getBlockSignature(tree: Nodes): string[] {
  const signature: string[] = [];
  walk(tree, 0, signature);
  return signature;
}

/**
 * Append the signature entries of `node` and its block descendants.
 *
 * @param node The block node.
 * @param depth Its nesting depth (the root is 0).
 * @param signature The list to append to.
 */
function walk(node: Nodes, depth: number, signature: string[]): void {
  const rule = blockNodeRules[node.type];
  if (rule === undefined) {
    throw new Error(`Unexpected block node type \`${node.type}\` in the structure check, expected one of ${Object.keys(blockNodeRules).join(', ')}`);
  }
  signature.push(`${depth}:${rule.describe(node)}`);
  if (!rule.hasBlockChildren || !('children' in node)) return;
  for (const child of node.children) walk(child, depth + 1, signature);
}
