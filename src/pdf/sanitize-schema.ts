/**
 * What HTML a chapter may contain after Markdown and its raw HTML are turned into hast.
 */
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import { defaultSchema } from 'rehype-sanitize';

const base = defaultSchema.attributes ?? {};

/** Form-related attributes: a printed book has no forms, and `value` could carry text. */
const formAttributes = new Set(['name', 'value', 'action', 'method', 'accept', 'acceptCharset', 'encType', 'prompt']);

/**
 * The allowlist applied to every chapter (GitHub's schema, narrowed and extended).
 *
 * Invariant: no element that runs code, loads a document or a stylesheet, or styles the
 * page survives (`script`, `style`, `iframe`, `object`, `embed`, `link`, `meta`, `base`,
 * `form`, `svg`, `math`); no `on*`, `style`, `srcset` or form attribute (`name`, `value`, `action`…) survives; links keep only
 * http(s), mailto and relative targets; image sources keep only relative or http(s) URLs,
 * and `rewriteImageSources` later keeps only the relative ones inside the assets folder.
 * Ids are not prefixed here: the chapter converter prefixes footnote ids itself.
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
