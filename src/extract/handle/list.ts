/**
 * Segment a `list` container.
 */
import type { List } from 'mdast';
import type { SegmentState } from '../segment-state.js';

/**
 * Segment the blocks inside a `list`, with `list` pushed onto the containers.
 *
 * Invariant: the container itself (markers, indentation) is never a unit.
 *
 * @param node The `list` node.
 * @param state The segmenter state; units of the children are appended to it.
 */
export function handleList(node: List, state: SegmentState): void {
  state.visitChildren(node, 'list');
}
