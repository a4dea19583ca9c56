/**
 * Segment a GFM table.
 */
import type { Table } from 'mdast';
import { createUnit } from '../create-unit.js';
import { getContentRange } from '../get-content-range.js';
import { hasTranslatableText } from '../has-translatable-text.js';
import type { SegmentState } from '../segment-state.js';

/**
 * Add a `cell` unit for every table cell with translatable content, row by row.
 *
 * Invariant: a cell's range excludes its pipes and surrounding spaces; empty cells and
 * cells of only code, URLs or punctuation add nothing; units carry the `table` container.
 *
 * @param node The table.
 * @param state The segmenter state; units are appended to it.
 */
export function handleTable(node: Table, state: SegmentState): void {
  state.containers.push('table');
  for (const row of node.children) {
    const rowStart = row.position?.start.offset ?? 0;
    for (const cell of row.children) {
      const range = getContentRange(state.source, cell.children);
      if (range === undefined || !hasTranslatableText(cell.children)) continue;
      state.units.push(createUnit(state, 'cell', range, state.source.slice(range[0], range[1]), rowStart));
    }
  }
  state.containers.pop();
}
