/**
 * The structure of a whole merged file, as comparable text.
 */
import type { Root } from 'mdast';
import { parse } from 'yaml';
import { parseMarkdown } from '../extract/index.js';
import { getBlockSignature } from './get-block-signature.js';

/** The formats a merged file can have. */
export type FileFormat = 'markdown' | 'json';

/**
 * Compute the structure signature of a file: for Markdown, the block signature plus the
 * shape of each front-matter block; for JSON, the shape of the document.
 *
 * Invariant: a shape keeps every key, array length and value type but no string content,
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
