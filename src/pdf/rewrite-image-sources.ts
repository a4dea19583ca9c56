/**
 * Keep only images from the assets folder and point them at the page's private origin.
 */
import type { Root } from 'hast';
import { posix } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import { bookUrls } from './book-urls.js';
import { imageTypes } from './image-types.js';


/**
 * Rewrite every `<img src>` of a chapter to a URL under `bookUrls.assets`.
 *
 * Invariant: only a relative path (no scheme, no leading `/` or `//`, no `\`) that stays
 * inside the assets folder after resolving against the chapter's folder, with an image
 * extension, is kept; any other image is replaced by its alt text, so no remote, `file:` or
 * out-of-tree source is ever requested.
 *
 * @param tree The chapter's sanitized hast (changed in place).
 * @param chapterPath The chapter's path relative to the assets folder (`handbook/`).
 */
export function rewriteImageSources(tree: Root, chapterPath: string): void {
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
