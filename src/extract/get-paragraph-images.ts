/**
 * The images of a paragraph that holds nothing but images.
 */
import type { Image, ImageReference, PhrasingContent } from 'mdast';

/**
 * Collect the images of a paragraph made only of images (possibly wrapped in links, as
 * badges are) separated by whitespace.
 *
 * Invariant: returns `undefined` as soon as any other content (a word, code, HTML) is present.
 *
 * @param children The paragraph's children.
 * @returns The images in order, or `undefined` when the paragraph is not image-only.
 */
export function getParagraphImages(
  children: readonly PhrasingContent[],
): Array<Image | ImageReference> | undefined {
  const images: Array<Image | ImageReference> = [];
  for (const child of children) {
    if (child.type === 'image' || child.type === 'imageReference') images.push(child);
    else if (child.type === 'link' || child.type === 'linkReference') {
      const inner = getParagraphImages(child.children);
      if (inner === undefined || inner.length === 0) return undefined;
      images.push(...inner);
    } else if (!(child.type === 'text' && child.value.trim() === '')) return undefined;
  }
  return images.length > 0 ? images : undefined;
}
