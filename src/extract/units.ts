/**
 * What a translatable unit is (one heading, paragraph, table cell, alt text, title,
 * front-matter field or metadata field, with the source range the merge stage splices),
 * the segmenter state units are made from, and where a unit sits: line, column, prefix.
 */
import type { Parent } from 'mdast';
import type { Range } from './ranges.js';

/** The construct a unit comes from. */
export type UnitKind =
  | 'heading'
  | 'paragraph'
  | 'cell'
  | 'alt'
  | 'title'
  | 'html'
  | 'front-matter'
  | 'metadata';

/**
 * One translatable unit of a source file: `source.slice(start, end) === raw`, and `text`
 * is `raw` with soft line breaks joined (one space, or nothing between two CJK characters)
 * and the container prefixes of continuation lines removed. Offsets are JavaScript string
 * (UTF-16) offsets.
 */
export interface Unit {
  /** What kind of construct the unit is. */
  kind: UnitKind;
  /** The text translators see: the author's inline Markdown, on one line unless a hard break is kept. */
  text: string;
  /** The exact source text in `[start, end)`. */
  raw: string;
  /** Start offset in the source file (inclusive). */
  start: number;
  /** End offset in the source file (exclusive). */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`. */
  column: number;
  /**
   * Prefix written before every continuation line of a spliced translation
   * (for example `> ` inside a quote, spaces inside a list item). Empty at top level.
   */
  prefix: string;
  /** Containers from outermost to innermost: `list`, `listItem`, `blockquote`, `footnoteDefinition`, `table`. */
  containers: string[];
  /** Slug of the nearest preceding heading (or the heading's own slug), used to name keys. */
  section: string;
  /** Translator note from an `<!-- i18n:note … -->` directive, if any. */
  note?: string;
  /** For front-matter and metadata units: the field path, e.g. `title` or `goals.0.name`. */
  field?: string;
  /**
   * For the alt text of a collapsed or shortcut image reference (`![x][]`, `![x]`), the
   * reference label it also is, as written: the merge writes a translation as the full
   * reference `![translation][label]`, so the image keeps its definition.
   */
  label?: string;
}

/** The units of one source file, in document order. */
export interface SegmentedFile {
  /** Path relative to the project root, with `/` separators, e.g. `handbook/10_intro.md`. */
  path: string;
  /** Namespace: the path relative to the handbook folder without extension, e.g. `10_intro`. */
  namespace: string;
  /** The full source text. */
  source: string;
  /** The units in document order. */
  units: Unit[];
}

/** Options for `segmentMarkdown`. Accepted as `SegmentOptions | undefined` and copied, never changed. */
export interface SegmentOptions {
  /**
   * YAML front-matter fields that are translatable, as dot paths with `*` wildcards
   * (`title`, `authors.*.name`). Only string scalars become units.
   *
   * @default []
   */
  frontMatterFields?: readonly string[];
}

/** `SegmentOptions` with every default filled in. */
export interface ResolvedSegmentOptions {
  /** See `SegmentOptions.frontMatterFields`. */
  frontMatterFields: readonly string[];
}

/**
 * What block handlers read and add to while walking one document. `units` only grows, in
 * document order; `containers`, `section` and `note` describe the block being handled.
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

/**
 * Create a unit for `range`, with its position, prefix, a copy of the containers, the
 * section and the note.
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

/**
 * Compute the prefix to write before each continuation line of a unit whose block
 * starts at `blockStart`: the source line up to that offset, keeping block-quote
 * markers (`>`) and tabs and turning every other character into a space. Before the
 * first character of a block only container markup can stand (`>`, indentation, list markers, a task checkbox), so
 * every `>` there is a block-quote marker.
 *
 * @param source The full source text.
 * @param blockStart Offset where the unit's block content starts.
 * @param keepQuotes Whether `>` is kept (Markdown) or blanked too (YAML).
 * @returns The continuation prefix, empty at the start of a line.
 */
export function getPrefix(source: string, blockStart: number, keepQuotes = true): string {
  const lineStart = source.lastIndexOf('\n', blockStart - 1) + 1;
  let prefix = '';
  for (const character of source.slice(lineStart, blockStart)) {
    if (character === '\t' || (keepQuotes && character === '>')) prefix += character;
    else prefix += ' ';
  }
  return prefix;
}

/**
 * Compute the offset of the first character of every line. A line ends at `\n` (a
 * preceding `\r` belongs to the line it ends).
 *
 * @param source The text to index.
 * @returns One start offset per line, in order.
 */
export function getLineStarts(source: string): number[] {
  const starts = [0];
  let index = source.indexOf('\n');
  while (index !== -1) {
    starts.push(index + 1);
    index = source.indexOf('\n', index + 1);
  }
  return starts;
}

/** A 1-based position in a text. */
interface LineColumn {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
}

/**
 * Find the line and column of an offset by binary search over line starts.
 *
 * @param lineStarts Line start offsets from `getLineStarts` of the same text.
 * @param offset An offset in `[0, text.length]`.
 * @returns The 1-based line and column of `offset`.
 */
export function getLineColumn(lineStarts: readonly number[], offset: number): LineColumn {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}
