/**
 * Segment a `blockquote` container.
 */
import type { Blockquote } from 'mdast';
import type { SegmentState } from '../segment-state.js';

/**
 * Segment the blocks inside a `blockquote`, with `blockquote` pushed onto the containers.
 *
 * Invariant: the container itself (markers, indentation) is never a unit.
 *
 * @param node The `blockquote` node.
 * @param state The segmenter state; units of the children are appended to it.
 */
export function handleBlockquote(node: Blockquote, state: SegmentState): void {
  state.visitChildren(node, 'blockquote');
}
