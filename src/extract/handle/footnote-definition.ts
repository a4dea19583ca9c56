/**
 * Segment a `footnoteDefinition` container.
 */
import type { FootnoteDefinition } from 'mdast';
import type { SegmentState } from '../segment-state.js';

/**
 * Segment the blocks inside a `footnoteDefinition`, with `footnoteDefinition` pushed onto the containers.
 *
 * Invariant: the container itself (markers, indentation) is never a unit.
 *
 * @param node The `footnoteDefinition` node.
 * @param state The segmenter state; units of the children are appended to it.
 */
export function handleFootnoteDefinition(node: FootnoteDefinition, state: SegmentState): void {
  state.visitChildren(node, 'footnoteDefinition');
}
