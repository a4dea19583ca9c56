/**
 * What a translatable unit is: one heading, paragraph, table cell, alt text, title,
 * front-matter field or metadata field, with the source range the merge stage splices.
 */

/** The construct a unit comes from. */
export type UnitKind =
  | 'heading'
  | 'paragraph'
  | 'cell'
  | 'alt'
  | 'title'
  | 'front-matter'
  | 'metadata';

/**
 * One translatable unit of a source file.
 *
 * Invariant: `source.slice(start, end) === raw`, and `text` is `raw` with soft line
 * breaks joined (one space, or nothing between two CJK characters) and the container
 * prefixes of continuation lines removed. Offsets are JavaScript string (UTF-16) offsets.
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
