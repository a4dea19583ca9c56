/**
 * The block handlers of the Markdown segmenter, keyed by mdast node type.
 */
import type { RootContent } from 'mdast';
import type { SegmentState } from '../segment-state.js';
import { handleBlockquote } from './blockquote.js';
import { handleDefinition } from './definition.js';
import { handleFootnoteDefinition } from './footnote-definition.js';
import { handleHeading } from './heading.js';
import { ignore } from './ignore.js';
import { handleListItem } from './list-item.js';
import { handleList } from './list.js';
import { handleParagraph } from './paragraph.js';
import { handleTable } from './table.js';
import { handleYaml } from './yaml.js';

/** A handler for one block node type. */
export type BlockHandler<T extends RootContent> = (node: T, state: SegmentState) => void;

/** The block node types the segmenter handles. */
export type BlockType =
  | 'blockquote' | 'code' | 'definition' | 'footnoteDefinition' | 'heading' | 'html'
  | 'list' | 'listItem' | 'paragraph' | 'table' | 'thematicBreak' | 'yaml';

/**
 * What each block node type contributes to the units. Invariant: one entry per block type
 * the parser produces with GFM and YAML front matter; other types make the dispatcher throw.
 */
export const blockHandlers: { readonly [K in BlockType]: BlockHandler<Extract<RootContent, { type: K }>> } = {
  blockquote: handleBlockquote, // container: its paragraphs are units, `>` is structure
  code: ignore, // code is never translated
  definition: handleDefinition, // only the title is text; label and URL are structure
  footnoteDefinition: handleFootnoteDefinition, // container: its paragraphs are units
  heading: handleHeading, // one unit, and it names the section
  html: ignore, // raw HTML and comments stay as written; directives are read by the walker
  list: handleList, // container of list items
  listItem: handleListItem, // container: marker and checkbox are structure
  paragraph: handleParagraph, // one unit, or alt/title units when only images
  table: handleTable, // one unit per non-empty cell
  thematicBreak: ignore, // no text
  yaml: handleYaml, // configured front-matter fields only
};
