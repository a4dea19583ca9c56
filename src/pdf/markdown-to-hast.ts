/**
 * Turn one chapter's Markdown into sanitized hast.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from './sanitize-schema.js';

/** mdast node types of front matter (remark-frontmatter). */
const frontMatterTypes = new Set(['yaml', 'toml']);

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkCjkFriendly);

/**
 * Parse a chapter and convert it to hast, with raw HTML parsed and then sanitized.
 *
 * Invariant: front matter never reaches the output; every footnote id and reference is
 * prefixed with `idPrefix`, so footnotes of different chapters never collide; the tree
 * holds only what `sanitizeSchema` allows; the hidden English "Footnotes" label and the `↩` back-references (a
 * glyph the text faces lack, and of no use on paper) are removed.
 *
 * @param markdown The chapter's (translated) Markdown.
 * @param idPrefix Prefix for footnote ids, unique per chapter, e.g. `c3-`.
 * @returns The chapter as a hast root.
 */
export function markdownToHast(markdown: string, idPrefix: string): HastRoot {
  const mdast = parser.parse(markdown);
  const body: MdastRoot = { ...mdast, children: mdast.children.filter((node) => !frontMatterTypes.has(String(node.type))) };
  const converter = unified()
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: idPrefix })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema);
  const hast = converter.runSync(body);
  if (!isHastRoot(hast)) throw new Error('Chapter conversion did not give a hast root');
  removeFootnoteLabel(hast);
  removeFootnoteBackReferences(hast);
  return hast;
}

/** Drop the visually hidden `<h2 class="sr-only">Footnotes</h2>` so it stays out of the outline. */
function removeFootnoteLabel(tree: HastRoot): void {
  for (const node of tree.children) {
    if (node.type !== 'element' || node.tagName !== 'section') continue;
    node.children = node.children.filter(
      (child) =>
        !(
          child.type === 'element' &&
          child.tagName === 'h2' &&
          Array.isArray(child.properties['className']) &&
          child.properties['className'].includes('sr-only')
        ),
    );
  }
}

function isHastRoot(node: { type: string }): node is HastRoot {
  return node.type === 'root';
}

/** Drop `<a data-footnote-backref>` links (and the space before them). */
function removeFootnoteBackReferences(tree: HastRoot): void {
  visit(tree, 'element', (node) => {
    const kept = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'a' && 'dataFootnoteBackref' in child.properties));
    if (kept.length === node.children.length) return;
    const last = kept.at(-1);
    if (last?.type === 'text') last.value = last.value.trimEnd();
    node.children = kept;
  });
}
