/**
 * Structure signatures: the block structure of a Markdown document (per mdast node type, see
 * `blockNodeRules`) and the shape of front matter and JSON, as comparable text; and what the
 * merge keeps of a source file's parse (its signature and the inline content of its leaf blocks).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { parse } from 'yaml';
import { getContentRange, parseMarkdown } from '../extract/index.js';

/** How one block node type is described, and whether its children are block structure too. */
interface BlockNodeRule {
  /** The node's entry in the signature, with the attributes that shape the output. */
  describe: (node: Nodes) => string;
  /** Whether the children are blocks (walked) or inline content (not part of the structure). */
  hasBlockChildren: boolean;
}

/**
 * One rule per block node type the parser produces. A type missing here is an error, so a
 * new parser extension cannot slip past the structure check unnoticed.
 */
const blockNodeRules: Readonly<Record<string, BlockNodeRule>> = {
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

/**
 * List the block nodes of `tree` in document order, each with its depth and shape.
 *
 * Two documents have equal signatures exactly when they have the same sequence
 * of block nodes (type, nesting depth, heading level, list and table shape); inline content
 * (text, emphasis, links, inline HTML) does not count.
 *
 * @param tree The mdast tree (usually a root).
 * @returns One entry per block node, `depth:description`, e.g. `2:listItem(checked=false,spread=false)`.
 * @throws When the tree holds a block node type that `blockNodeRules` does not know.
 */
export function getBlockSignature(tree: Nodes): string[] {
  const signature: string[] = [];
  walk(tree, 0, signature);
  return signature;
}

/**
 * Append the signature entries of `node` and its block descendants.
 *
 * @param node The block node.
 * @param depth Its nesting depth (the root is 0).
 * @param signature The list to append to.
 */
function walk(node: Nodes, depth: number, signature: string[]): void {
  const rule = blockNodeRules[node.type];
  if (rule === undefined) {
    throw new Error(`Unexpected block node type \`${node.type}\` in the structure check, expected one of ${Object.keys(blockNodeRules).join(', ')}`);
  }
  signature.push(`${depth}:${rule.describe(node)}`);
  if (!rule.hasBlockChildren || !('children' in node)) return;
  for (const child of node.children) walk(child, depth + 1, signature);
}

/** The formats a merged file can have. */
export type FileFormat = 'markdown' | 'json';

/**
 * Compute the structure signature of a file: for Markdown, the block signature plus the
 * shape of each front-matter block; for JSON, the shape of the document.
 *
 * A shape keeps every key, array length and value type but no string content,
 * so translating values never changes it, while a quote or escape that breaks out of a
 * value does. A document that does not parse gets an `invalid` entry.
 *
 * @param text The file's text.
 * @param format How to parse it.
 * @returns The signature entries.
 */
export function getFileSignature(text: string, format: FileFormat): string[] {
  if (format === 'json') return [getShape(() => JSON.parse(text))];
  return getTreeSignature(parseMarkdown(text));
}

/**
 * The structure signature of a parsed Markdown file (see `getFileSignature`).
 * @param tree The parsed file.
 * @returns The signature entries.
 */
export function getTreeSignature(tree: Root): string[] {
  const signature = getBlockSignature(tree);
  for (const node of tree.children) {
    if (node.type === 'yaml') signature.push(`yaml:${getShape(() => parse(node.value))}`);
  }
  return signature;
}

/**
 * Describe the shape of a parsed value.
 *
 * @param read Parses the value; may throw.
 * @returns The value as JSON with every string emptied, or `invalid` when `read` throws.
 */
function getShape(read: () => unknown): string {
  try {
    return JSON.stringify(read(), (_key, value: unknown) => (typeof value === 'string' ? '' : value)) ?? 'undefined';
  } catch {
    return 'invalid';
  }
}

/** Leaf blocks whose inline content a unit of kind paragraph, heading or cell holds. */
const leafTypes: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Index the leaf blocks (paragraphs, headings, table cells) of a tree by the range of their
 * inline content, trimmed as the segmenter trims a unit's range (see `getContentRange`).
 *
 * The value for `"start:end"` is a root holding that block alone, with exactly the
 * children the parser gave it, so rules judge the content as the file renders it; a range
 * no leaf block has is absent.
 *
 * @param tree The parsed file.
 * @param text The file's text (for trimming).
 * @returns Leaf content by `"start:end"`.
 */
export function indexBlockContent(tree: Root, text: string): Map<string, Root> {
  const index = new Map<string, Root>();
  const walk = (node: Nodes): void => {
    if (leafTypes.has(node.type) && 'children' in node) {
      const range = getContentRange(text, node.children as Nodes[]);
      if (range) index.set(`${range[0]}:${range[1]}`, { type: 'root', children: [node as RootContent] });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return index;
}

/** A source file's structure signature and, for Markdown, the inline content of its leaf blocks. */
export interface SourceStructure {
  /** The structure signature, one entry per line (see `getFileSignature`). */
  signature: string;
  /** Leaf block content by `"start:end"` (see `indexBlockContent`), without positions; none for JSON. */
  blocks: Record<string, Root> | undefined;
}

/**
 * Compute a source file's structure, once per file however many languages merge it. The
 * result is plain JSON (no positions).
 *
 * @param text The source text.
 * @param format Its format.
 * @param tree Its parse, when the caller has it already (Markdown only).
 * @returns The structure.
 */
export function getSourceStructure(text: string, format: FileFormat, tree?: Root): SourceStructure {
  if (format === 'json') return { signature: getFileSignature(text, format).join('\n'), blocks: undefined };
  const parsed = tree ?? parseMarkdown(text);
  const blocks: Record<string, Root> = {};
  for (const [range, content] of indexBlockContent(parsed, text)) blocks[range] = stripPositions(content) as Root;
  return { signature: getTreeSignature(parsed).join('\n'), blocks };
}

/** A copy of a tree without `position` fields. */
function stripPositions(node: Nodes): Nodes {
  const { position: _position, ...rest } = node;
  if ('children' in rest) return { ...rest, children: (rest.children as Nodes[]).map(stripPositions) } as Nodes;
  return rest as Nodes;
}
