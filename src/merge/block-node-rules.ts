/**
 * What counts as block structure: how each mdast block node appears in a structure signature.
 */
import type { Nodes } from 'mdast';

/** How one block node type is described, and whether its children are block structure too. */
export interface BlockNodeRule {
  /** The node's entry in the signature, with the attributes that shape the output. */
  describe: (node: Nodes) => string;
  /** Whether the children are blocks (walked) or inline content (not part of the structure). */
  hasBlockChildren: boolean;
}

/**
 * One rule per block node type the parser produces. A type missing here is an error, so a
 * new parser extension cannot slip past the structure check unnoticed.
 */
export const blockNodeRules: Readonly<Record<string, BlockNodeRule>> = {
  // The document; its children are the top-level blocks.
  root: { describe: () => 'root', hasBlockChildren: true },
  // A paragraph's children are inline; translations change them freely.
  paragraph: { describe: () => 'paragraph', hasBlockChildren: false },
  // The level is structure (it shapes the outline and the PDF bookmarks).
  heading: { describe: (node) => `heading(${'depth' in node ? String(node.depth) : '?'})`, hasBlockChildren: false },
  // A horizontal rule.
  thematicBreak: { describe: () => 'thematicBreak', hasBlockChildren: false },
  // A quote holds blocks.
  blockquote: { describe: () => 'blockquote', hasBlockChildren: true },
  // Ordered or not, the start number and tight/loose rendering are list shape.
  list: { describe: (node) => `list(${describeList(node)})`, hasBlockChildren: true },
  // A task checkbox and tight/loose rendering are item shape.
  listItem: { describe: (node) => `listItem(${describeListItem(node)})`, hasBlockChildren: true },
  // Code blocks are never translated; a new one means a fence or indent leaked in.
  code: { describe: () => 'code', hasBlockChildren: false },
  // Block-level HTML (inline HTML inside a paragraph is not reached).
  html: { describe: () => 'html', hasBlockChildren: false },
  // Link reference definitions are not translated.
  definition: { describe: () => 'definition', hasBlockChildren: false },
  // A footnote definition holds blocks.
  footnoteDefinition: { describe: () => 'footnoteDefinition', hasBlockChildren: true },
  // Column count and alignment are table shape.
  table: { describe: (node) => `table(${'align' in node ? (node.align ?? []).map((align) => align ?? 'none').join(',') : ''})`, hasBlockChildren: true },
  // The cell count of every row is table shape.
  tableRow: { describe: (node) => `tableRow(${'children' in node ? node.children.length : 0})`, hasBlockChildren: true },
  // A cell's children are inline.
  tableCell: { describe: () => 'tableCell', hasBlockChildren: false },
  // Front matter; its values are compared separately.
  yaml: { describe: () => 'yaml', hasBlockChildren: false },
};

/**
 * Describe the shape of a list node.
 *
 * @param node The list node.
 * @returns Its ordered flag, start number and spread flag.
 */
function describeList(node: Nodes): string {
  if (node.type !== 'list') return '';
  return `${node.ordered === true ? 'ordered' : 'bullet'},start=${String(node.start ?? '')},spread=${String(node.spread ?? false)}`;
}

/**
 * Describe the shape of a list item node.
 *
 * @param node The list item node.
 * @returns Its checkbox state and spread flag.
 */
function describeListItem(node: Nodes): string {
  if (node.type !== 'listItem') return '';
  return `checked=${String(node.checked ?? 'none')},spread=${String(node.spread ?? false)}`;
}
