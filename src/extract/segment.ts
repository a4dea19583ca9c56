/**
 * The Markdown segmenter: the one parser setup shared with the merge stage, and the walk
 * over block siblings that applies `i18n:` directives and hands each block to its handler.
 */
import type { Parent, Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { handleBlock } from './blocks.js';
import { validateFieldPatterns } from './fields.js';
import { getPlainText, getSlug } from './text.js';
import { getLineStarts, type ResolvedSegmentOptions, type SegmentOptions, type SegmentState, type Unit } from './units.js';

/** The parser configuration, built once; it keeps no state between parses. */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkCjkFriendly)
  .freeze();

/**
 * Parse Markdown into an mdast tree with GFM, YAML front matter and CJK-friendly emphasis.
 * Every node carries a `position` whose offsets index `source` (UTF-16), so
 * `source.slice(start, end)` is the node's exact source text; no transforms run.
 *
 * @param source The Markdown text of one file.
 * @returns The mdast root of `source`.
 */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}

/**
 * Split a Markdown document into translatable units: headings, paragraphs (also in
 * lists, task items, quotes and footnotes), table cells, image alt texts and titles,
 * link definition titles and configured front-matter fields.
 *
 * Units are in document order, do not overlap, and
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
  validateFieldPatterns(options?.frontMatterFields ?? [], 'frontMatterFields');
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

/**
 * Handle each block child of `parent` in order. An `<!-- i18n:skip -->` comment makes the
 * next sibling produce no units; an `<!-- i18n:note … -->` comment sets the note of every
 * unit of the next sibling. Directives apply to the next non-directive sibling only.
 * A skipped heading still starts its section, so later section names do not depend on it.
 *
 * @param state The segmenter state; its containers and note are restored on return.
 * @param parent The root or a container node.
 * @param container The container type to push while the children are handled.
 */
function visitChildren(state: SegmentState, parent: Parent, container?: string): void {
  if (container !== undefined) state.containers.push(container);
  const outerNote = state.note;
  let skip = false;
  let note: string | undefined;
  for (const child of parent.children) {
    const directive = child.type === 'html' ? getDirective(child.value) : undefined;
    if (directive !== undefined) {
      if (directive.type === 'skip') skip = true;
      else note = directive.note;
      continue;
    }
    if (skip) {
      if (child.type === 'heading') state.section = getSlug(getPlainText(child));
    } else {
      state.note = note ?? outerNote;
      handleBlock(child, state);
      state.note = outerNote;
    }
    skip = false;
    note = undefined;
  }
  if (container !== undefined) state.containers.pop();
}

/** A directive that applies to the next block sibling. */
type Directive = { type: 'skip' } | { type: 'note'; note: string };

/** `<!-- i18n:skip -->`: leave the next block untranslated. */
const skipPattern = /^<!--\s*i18n:skip\s*-->\s*$/;
/** `<!-- i18n:note TEXT -->`: show TEXT to translators of the next block. */
const notePattern = /^<!--\s*i18n:note\s+([\s\S]*?)\s*-->\s*$/;

/**
 * Read a directive from the value of an HTML node that is exactly one such comment; the
 * note is trimmed and its inner whitespace runs collapse to one space.
 *
 * @param html The raw value of an mdast `html` node.
 * @returns The directive, or `undefined` when the HTML is not a directive.
 */
function getDirective(html: string): Directive | undefined {
  if (skipPattern.test(html)) return { type: 'skip' };
  const note = notePattern.exec(html)?.[1];
  if (note !== undefined && note !== '') return { type: 'note', note: note.replace(/\s+/g, ' ') };
  return undefined;
}
