/**
 * Options of the Markdown segmenter.
 */

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
