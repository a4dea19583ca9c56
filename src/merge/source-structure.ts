/**
 * What the merge needs of a source file's parse, computed once per file however many languages merge it.
 */
import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from '../extract/index.js';
import { getFileSignature, getTreeSignature, type FileFormat } from './get-file-signature.js';
import { indexBlockContent } from './index-block-content.js';

/** A source file's structure signature and, for Markdown, the inline content of its leaf blocks. */
export interface SourceStructure {
  /** The structure signature, one entry per line (see `getFileSignature`). */
  signature: string;
  /** Leaf block content by `"start:end"` (see `indexBlockContent`), without positions; none for JSON. */
  blocks: Record<string, Root> | undefined;
}

/**
 * Compute a source file's structure.
 *
 * Invariant: a pure function of the text and format; the result is plain JSON (no
 * positions).
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
