/**
 * The state the block handlers of the Markdown segmenter share during one run.
 */
import type { Parent } from 'mdast';
import type { ResolvedSegmentOptions } from './segment-options.js';
import type { Unit } from './unit.js';

/**
 * What block handlers read and add to while walking one document.
 *
 * Invariant: `units` only grows, in document order; `containers`, `section` and `note`
 * describe the position of the block being handled.
 */
export interface SegmentState {
  /** The full source text. */
  readonly source: string;
  /** Line start offsets of `source`. */
  readonly lineStarts: readonly number[];
  /** The options, defaults filled in. */
  readonly options: ResolvedSegmentOptions;
  /** Units found so far. */
  readonly units: Unit[];
  /** Ancestor container types, outermost first. */
  readonly containers: string[];
  /** Slug of the nearest preceding heading. */
  section: string;
  /** The translator note in force, if any. */
  note: string | undefined;
  /**
   * Handle the block children of `parent`, applying directives between siblings.
   *
   * @param parent A root or container node.
   * @param container The container type to push while its children are handled.
   */
  visitChildren: (parent: Parent, container?: string) => void;
}
