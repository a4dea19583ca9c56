/**
 * Segment a `listItem` container.
 */
import type { ListItem } from 'mdast';
import type { SegmentState } from '../segment-state.js';

/**
 * Segment the blocks inside a `listItem`, with `listItem` pushed onto the containers.
 *
 * Invariant: the container itself (markers, indentation) is never a unit.
 *
 * @param node The `listItem` node.
 * @param state The segmenter state; units of the children are appended to it.
 */
export function handleListItem(node: ListItem, state: SegmentState): void {
  state.visitChildren(node, 'listItem');
}
