/**
 * The one Markdown parser setup shared by the segment and merge stages.
 */
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkCjkFriendly)
  .freeze();

/**
 * Parse Markdown into an mdast tree with GFM, YAML front matter and CJK-friendly emphasis.
 *
 * Invariant: every node carries a `position` whose offsets index `source` (UTF-16), so
 * `source.slice(start, end)` is the node's exact source text. No transforms run.
 *
 * @param source The Markdown text of one file.
 * @returns The mdast root of `source`.
 */
export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}
