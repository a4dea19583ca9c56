/**
 * Build a unit from a source range and the segmenter's state.
 */
import type { Range } from './get-content-range.js';
import { getLineColumn } from './get-line-column.js';
import { getPrefix } from './get-prefix.js';
import type { SegmentState } from './segment-state.js';
import type { Unit, UnitKind } from './unit.js';

/**
 * Create a unit for `range`, with its position, prefix, containers, section and note.
 *
 * Invariant: `raw === state.source.slice(range[0], range[1])`; `containers` is a copy.
 *
 * @param state The segmenter state (source, containers, section, note).
 * @param kind What construct the unit is.
 * @param range The unit's source range.
 * @param text The text translators see.
 * @param blockStart Offset where the unit's block starts; its line gives the prefix.
 * @returns The new unit (not yet added to the state).
 */
export function createUnit(
  state: SegmentState,
  kind: UnitKind,
  range: Range,
  text: string,
  blockStart: number,
): Unit {
  const [start, end] = range;
  const { line, column } = getLineColumn(state.lineStarts, start);
  const unit: Unit = {
    kind,
    text,
    raw: state.source.slice(start, end),
    start,
    end,
    line,
    column,
    prefix: getPrefix(state.source, blockStart),
    containers: [...state.containers],
    section: state.section,
  };
  if (state.note !== undefined) unit.note = state.note;
  return unit;
}
