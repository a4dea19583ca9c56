/**
 * Dispatch a block node to its handler.
 */
import type { RootContent } from 'mdast';
import { blockHandlers, type BlockHandler } from './handle/index.js';
import type { SegmentState } from './segment-state.js';

/**
 * Run the handler registered for the block's type.
 *
 * Invariant: every block type the parser can produce has a handler; any other type is a
 * bug (a parser extension was added without a handler) and throws.
 *
 * @param node A block node: a child of the root or of a container.
 * @param state The segmenter state; the handler appends units to it.
 * @throws {Error} When `node.type` has no handler.
 */
export function handleBlock(node: RootContent, state: SegmentState): void {
  if (!Object.hasOwn(blockHandlers, node.type)) {
    const line = node.position?.start.line ?? '?';
    throw new Error(`Cannot segment node type \`${node.type}\` at line ${line}: expected one of ${Object.keys(blockHandlers).join(', ')}`);
  }
  const handler = (blockHandlers as Readonly<Record<string, BlockHandler<RootContent>>>)[node.type];
  handler?.(node, state);
}
