/**
 * What each mdast block type contributes to the units: the handler map keyed by `type`, its
 * dispatcher, and the handlers (headings, paragraphs and their images, tables, definitions).
 */
import type {
  Definition, Heading, Image, ImageReference, Paragraph, Parent, PhrasingContent, RootContent, Table,
} from 'mdast';
import { getFrontMatterUnits } from './fields.js';
import { getHtmlUnits } from './html.js';
import { getAltRange, getContentRange, getTitleBlockLines, getTitleRange, trimLineMarkers } from './ranges.js';
import { getHardBreaks, getPlainText, getSlug, getUnitText, hasTranslatableText } from './text.js';
import { createUnit, type SegmentState, type Unit } from './units.js';

/** A handler for one block node type; it appends units to the state. */
type BlockHandler<T extends RootContent> = (node: T, state: SegmentState) => void;

/** The block node types the parser produces with GFM and YAML front matter. */
type BlockType =
  | 'blockquote' | 'code' | 'definition' | 'footnoteDefinition' | 'heading' | 'html'
  | 'list' | 'listItem' | 'paragraph' | 'table' | 'thematicBreak' | 'yaml';

/** One handler per block type; any other type makes the dispatcher throw. */
const blockHandlers: { readonly [K in BlockType]: BlockHandler<Extract<RootContent, { type: K }>> } = {
  blockquote: visitContainer, // its paragraphs are units, `>` is structure
  code: ignore, // code is never translated
  definition: handleDefinition, // only the title is text; label and URL are structure
  footnoteDefinition: visitContainer, // its paragraphs are units
  heading: handleHeading, // one unit, and it names the section
  html: (node, state) => {
    state.units.push(...getHtmlUnits(node, state)); // its words; tags, comments and code stay as written (directives are read by the walker)
  },
  list: visitContainer, // holds list items
  listItem: visitContainer, // marker and checkbox are structure
  paragraph: handleParagraph, // one unit, or alt/title units when only images
  table: handleTable, // one unit per non-empty cell
  thematicBreak: ignore, // no text
  yaml: (node, state) => {
    state.units.push(...getFrontMatterUnits(node, state)); // configured front-matter fields only
  },
};

/**
 * Run the handler registered for the block's type. Any other type is a bug (a parser
 * extension was added without a handler), so it throws rather than dropping text.
 *
 * @param node A block node: a child of the root or of a container.
 * @param state The segmenter state; the handler appends units to it.
 * @throws {Error} When `node.type` has no handler.
 */
export function handleBlock(node: RootContent, state: SegmentState): void {
  if (!Object.hasOwn(blockHandlers, node.type)) {
    const line = node.position?.start.line ?? '?';
    throw new Error(`Cannot segment node type \`${node.type}\` at line ${line}: expected one of ${Object.keys(blockHandlers).join(', ')}`);
  }
  const handler = (blockHandlers as Readonly<Record<string, BlockHandler<RootContent>>>)[node.type];
  handler?.(node, state);
}

/**
 * Segment the blocks inside a container, with its type pushed onto the containers; the
 * container's own markers and indentation are never a unit.
 *
 * @param node A `blockquote`, `list`, `listItem` or `footnoteDefinition` node.
 * @param state The segmenter state; units of the children are appended to it.
 */
function visitContainer(node: Parent, state: SegmentState): void {
  state.visitChildren(node, node.type);
}

/**
 * Add nothing: the block stays byte-identical in every language.
 *
 * @param _node The block (code, HTML, thematic break).
 * @param _state The segmenter state, unused.
 */
function ignore(_node: RootContent, _state: SegmentState): void {
  // Nothing to translate in this block.
}

/**
 * Start a new section and add a `heading` unit for the heading's content: without the
 * ATX `#` markers and closing sequence, or the setext content lines without underline.
 * The section changes even when the heading has nothing to translate.
 *
 * @param node The heading.
 * @param state The segmenter state; its section is updated and units are appended.
 */
function handleHeading(node: Heading, state: SegmentState): void {
  state.section = getSlug(getPlainText(node));
  const range = getContentRange(state.source, node.children);
  if (range === undefined || !hasTranslatableText(node.children)) return;
  const text = getUnitText(state.source, range[0], range[1], getHardBreaks(state.source, node.children));
  state.units.push(createUnit(state, 'heading', range, text, range[0]));
}

/**
 * Add the units of a paragraph: one `paragraph` unit for its inline content, or, when it
 * holds only images, their `alt` and `title` units. A task item's checkbox is never part
 * of the unit (the content range starts after it).
 *
 * @param node The paragraph.
 * @param state The segmenter state; units are appended to it.
 */
function handleParagraph(node: Paragraph, state: SegmentState): void {
  const content = getContentRange(state.source, node.children);
  if (content === undefined) return;
  const titleLines = getTitleBlockLines(state.source, content);
  if (titleLines !== undefined) {
    for (const line of titleLines) state.units.push(createUnit(state, 'paragraph', line, getUnitText(state.source, line[0], line[1]), line[0]));
    return;
  }
  const range = trimLineMarkers(state.source, content);
  if (range === undefined) return;
  const images = getParagraphImages(node.children);
  if (images !== undefined) {
    state.units.push(...getImageUnits(state, images, range[0]));
    return;
  }
  if (!hasTranslatableText(node.children)) return;
  const text = getUnitText(state.source, range[0], range[1], getHardBreaks(state.source, node.children));
  state.units.push(createUnit(state, 'paragraph', range, text, range[0]));
}

/**
 * Collect the images of a paragraph made only of images (possibly wrapped in links, as
 * badges are) separated by whitespace.
 *
 * @param children The paragraph's children.
 * @returns The images in order, or `undefined` when the paragraph is not image-only.
 */
function getParagraphImages(children: readonly PhrasingContent[]): Array<Image | ImageReference> | undefined {
  const images: Array<Image | ImageReference> = [];
  for (const child of children) {
    if (child.type === 'image' || child.type === 'imageReference') images.push(child);
    else if (child.type === 'link' || child.type === 'linkReference') {
      const inner = getParagraphImages(child.children);
      if (inner === undefined || inner.length === 0) return undefined;
      images.push(...inner);
    } else if (!(child.type === 'text' && child.value.trim() === '')) return undefined;
  }
  return images.length > 0 ? images : undefined;
}

/**
 * Create an `alt` unit for each non-empty alt text and a `title` unit for each non-empty
 * inline title (`![alt](src "title")`), in source order. Reference images get no title
 * unit here: their title belongs to the definition.
 *
 * @param state The segmenter state.
 * @param images The images of one image-only paragraph.
 * @param blockStart Offset where the paragraph starts, for the prefix.
 * @returns The units, in order.
 */
function getImageUnits(state: SegmentState, images: ReadonlyArray<Image | ImageReference>, blockStart: number): Unit[] {
  const { source } = state;
  const units: Unit[] = [];
  for (const image of images) {
    const start = image.position?.start.offset;
    const end = image.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const alt = getAltRange(source, start, end);
    if (alt !== undefined && alt[1] > alt[0]) {
      const labelled = image.type === 'imageReference' && image.referenceType !== 'full';
      // A collapsed reference's unit also covers `][`, so that `![x][]` can become `![y][x]`.
      const collapsed = labelled && image.referenceType === 'collapsed' && source.startsWith('][]', alt[1]);
      const unit = createUnit(state, 'alt', collapsed ? [alt[0], alt[1] + 2] : alt, getUnitText(source, alt[0], alt[1]), blockStart);
      if (labelled) unit.label = source.slice(alt[0], alt[1]);
      units.push(unit);
    }
    const afterAlt = alt === undefined ? start + 3 : alt[1] + 1;
    if (image.type !== 'image' || !image.title || source[afterAlt] !== '(') continue;
    const title = getTitleRange(source, afterAlt + 1, end - 1);
    if (title !== undefined) {
      units.push(createUnit(state, 'title', title, getUnitText(source, title[0], title[1]), blockStart));
    }
  }
  return units;
}

/**
 * Add a `cell` unit for every table cell with translatable content, row by row. A cell's
 * range excludes its pipes and surrounding spaces; its units carry the `table` container.
 *
 * @param node The table.
 * @param state The segmenter state; units are appended to it.
 */
function handleTable(node: Table, state: SegmentState): void {
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

/**
 * Add a `title` unit for the title of a definition (`[x]: url "Title"`); the label and
 * destination are never units.
 *
 * @param node The definition.
 * @param state The segmenter state; units are appended to it.
 */
function handleDefinition(node: Definition, state: SegmentState): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (!node.title || start === undefined || end === undefined) return;
  const colon = state.source.indexOf(']:', start);
  if (colon === -1 || colon >= end) return;
  const title = getTitleRange(state.source, colon + 2, end);
  if (title === undefined) return;
  state.units.push(createUnit(state, 'title', title, getUnitText(state.source, title[0], title[1]), start));
}
