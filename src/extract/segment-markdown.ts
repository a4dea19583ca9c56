/**
 * The segment stage for Markdown: source text in, translatable units out.
 */
import type { Root } from 'mdast';
import { checkFieldPatterns } from './check-field-patterns.js';
import { getLineStarts } from './get-line-starts.js';
import { parseMarkdown } from './parse-markdown.js';
import type { ResolvedSegmentOptions, SegmentOptions } from './segment-options.js';
import type { SegmentState } from './segment-state.js';
import type { Unit } from './unit.js';
import { visitChildren } from './visit-children.js';

/**
 * Split a Markdown document into translatable units: headings, paragraphs (also in
 * lists, task items, quotes and footnotes), table cells, image alt texts and titles,
 * link definition titles and configured front-matter fields.
 *
 * Invariant: units are in document order, do not overlap, and
 * `source.slice(unit.start, unit.end) === unit.raw`. Code, HTML, URLs, markers and
 * checkboxes are never inside a unit's own text except as inline Markdown of a paragraph.
 *
 * @param source The Markdown text of one file.
 * @param options Which front-matter fields to translate (default: none).
 * @param tree The parse of `source`, when the caller has it (it must come from `parseMarkdown`).
 * @returns The units of `source`.
 * @throws {Error} When a front-matter field pattern is malformed.
 */
export function segmentMarkdown(source: string, options?: SegmentOptions, tree?: Root): Unit[] {
  checkFieldPatterns(options?.frontMatterFields ?? [], 'frontMatterFields');
  const resolved: ResolvedSegmentOptions = { frontMatterFields: [...(options?.frontMatterFields ?? [])] };
  const state: SegmentState = {
    source,
    lineStarts: getLineStarts(source),
    options: resolved,
    units: [],
    containers: [],
    section: 's',
    note: undefined,
    visitChildren: (parent, container) => visitChildren(state, parent, container),
  };
  visitChildren(state, tree ?? parseMarkdown(source));
  return state.units;
}
