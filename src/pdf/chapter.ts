/**
 * One chapter's Markdown as safe hast: parsed with its raw HTML, narrowed to an allowlist,
 * footnote furniture removed, and images kept only from the assets folder.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { posix } from 'node:path';
import rehypeRaw from 'rehype-raw';
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { bookUrls, imageTypes } from './origin.js';

const base = defaultSchema.attributes ?? {};

/** Form-related attributes: a printed book has no forms, and `value` could carry text. */
const formAttributes = new Set(['name', 'value', 'action', 'method', 'accept', 'acceptCharset', 'encType', 'prompt']);

/**
 * The allowlist applied to every chapter (GitHub's schema, narrowed and extended): nothing
 * that runs code, loads a document or stylesheet, or styles the page survives, nor any `on*`,
 * `style`, `srcset` or form attribute; links keep only http(s), mailto and relative targets;
 * image sources keep relative or http(s) URLs, and `rewriteImageSources` then keeps only the
 * relative ones inside the assets folder. Ids are not prefixed here: `markdownToHast` prefixes
 * footnote ids itself.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Author text of these elements must not leak into the page as text either.
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'object', 'svg', 'math'],
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter(
      // `picture`/`source` could fetch through `srcset`.
      (tag) => tag !== 'picture' && tag !== 'source',
    ),
    // `<cite>` ends quotations in the handbook; the others are harmless phrasing and figure markup.
    'cite',
    'abbr',
    'mark',
    'small',
    'u',
    'figure',
    'figcaption',
    'caption',
  ],
  attributes: {
    ...base,
    '*': (base['*'] ?? []).filter((attribute) => typeof attribute !== 'string' || !formAttributes.has(attribute)),
    // remark-rehype writes `data-footnotes` and a `footnotes` class on the footnote section.
    section: ['dataFootnotes', ['className', 'footnotes']],
    // Heading class lets the footnote label be recognised and removed.
    h2: [['className', 'sr-only']],
    source: [],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  clobber: [],
  clobberPrefix: '',
};

/** mdast node types of front matter (remark-frontmatter), which never reach the page. */
const frontMatterTypes = new Set(['yaml', 'toml']);

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkCjkFriendly);

/**
 * Parse a chapter and convert it to hast, with raw HTML parsed and then sanitized by
 * `sanitizeSchema`. Front matter is dropped; footnote ids and references get `idPrefix` so
 * footnotes of different chapters never collide; the hidden English "Footnotes" label and the
 * `↩` back-references (a glyph the text faces lack, and of no use on paper) are removed.
 *
 * @param idPrefix Prefix for footnote ids, unique per chapter, e.g. `c3-`.
 */
export function markdownToHast(markdown: string, idPrefix: string): HastRoot {
  const mdast = parser.parse(markdown);
  const body: MdastRoot = { ...mdast, children: mdast.children.filter((node) => !frontMatterTypes.has(String(node.type))) };
  const converter = unified()
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: idPrefix })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema);
  const hast = converter.runSync(body);
  if (hast.type !== 'root') throw new Error('Chapter conversion did not give a hast root');
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

/**
 * Point every `<img src>` of a chapter at `bookUrls.assets`. Only a relative path (no scheme,
 * no leading `/` or `//`, no `\`) that stays inside the assets folder and has an image
 * extension is kept; any other image becomes its alt text, so no remote, `file:` or
 * out-of-tree source is ever requested.
 *
 * @param chapterPath The chapter's path relative to the assets folder (`handbook/`).
 */
export function rewriteImageSources(tree: HastRoot, chapterPath: string): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'img' || parent === undefined || index === undefined) return;
    const src = node.properties['src'];
    const relative = typeof src === 'string' ? resolveAsset(src, chapterPath) : undefined;
    if (relative !== undefined) {
      node.properties['src'] = bookUrls.assets + relative.split('/').map(encodeURIComponent).join('/');
      delete node.properties['srcSet'];
      return;
    }
    const alt = node.properties['alt'];
    parent.children.splice(index, 1, { type: 'text', value: typeof alt === 'string' ? alt : '' });
    return [SKIP, index];
  });
}

/** The asset path relative to the assets folder, or undefined when not allowed. */
function resolveAsset(src: string, chapterPath: string): string | undefined {
  if (src === '' || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.includes('\\')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(src.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  const resolved = posix.normalize(posix.join(posix.dirname(chapterPath), path));
  if (resolved.startsWith('../') || resolved === '..' || resolved.startsWith('/')) return undefined;
  return posix.extname(resolved).toLowerCase() in imageTypes ? resolved : undefined;
}
