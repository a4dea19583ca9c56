/**
 * The handler for blocks that are never translated.
 */
import type { RootContent } from 'mdast';
import type { SegmentState } from '../segment-state.js';

/**
 * Add nothing: the block stays byte-identical in every language.
 *
 * Invariant: pure; neither the state nor the node changes.
 *
 * @param _node The block (code, HTML, thematic break).
 * @param _state The segmenter state, unused.
 */
export function ignore(_node: RootContent, _state: SegmentState): void {
  // Nothing to translate in this block.
}
