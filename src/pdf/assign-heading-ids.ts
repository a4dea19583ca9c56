/**
 * Give every heading of a chapter a stable id and list the headings.
 */
import type { Element, ElementContent, Root } from 'hast';

/** A heading of the book, as the table of contents and the outline see it. */
export interface BookHeading {
  /** Anchor id. */
  id: string;
  /** Heading rank, 1–6. */
  rank: number;
  /** Plain text of the heading. */
  text: string;
}

/**
 * Set the `id` of every heading of a chapter tree, in document order.
 *
 * Invariant: the first heading gets `chapterId`; the n-th later heading gets
 * `<chapterId>-<n>`. Ids depend on position only, so they are equal across languages as long
 * as the structure is (which the merge guard keeps). Author-supplied ids are replaced.
 *
 * @param tree The chapter's hast (changed in place).
 * @param chapterId The chapter's anchor, from `getLinkTargets`.
 * @returns The headings in document order.
 */
export function assignHeadingIds(tree: Root, chapterId: string): BookHeading[] {
  const headings: BookHeading[] = [];
  const visit = (nodes: ElementContent[] | Root['children']): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const rank = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (rank !== undefined) {
        const id = headings.length === 0 ? chapterId : `${chapterId}-${headings.length}`;
        node.properties['id'] = id;
        headings.push({ id, rank: Number(rank), text: textOf(node).trim().replace(/\s+/g, ' ') });
      } else {
        visit(node.children);
      }
    }
  };
  visit(tree.children);
  return headings;
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
