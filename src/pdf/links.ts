/**
 * Anchors and links inside a chapter tree: links to other chapters and to activities become
 * `#anchor` links, activity ids in the text become links, and every heading gets a stable id.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';

/** Anchor ids that internal links may point at. */
export interface LinkTargets {
  /** Chapter path → id of its first heading. */
  byPath: ReadonlyMap<string, string>;
  /** Activity slug → anchor id (only activities whose chapter is in the book). */
  bySlug: ReadonlyMap<string, string>;
  /** Activity id such as `GGI-A-01` → anchor id (same condition). */
  byActivityId: ReadonlyMap<string, string>;
}

/** A heading of the book, as the table of contents and the outline see it. */
export interface BookHeading {
  /** Anchor id. */
  id: string;
  /** Heading rank, 1–6. */
  rank: number;
  /** Plain text of the heading. */
  text: string;
}

/** Published activity pages; the last path segment is the slug. */
const activityUrl = /^https?:\/\/(?:www\.)?ospo-alliance\.org\/ggi\/activities\/([A-Za-z0-9_-]+)\/?(?:[?#].*)?$/;

/**
 * Rewrite the `href` of every link of a chapter: a link to a known activity's page or to
 * another chapter file becomes `#anchor`; `#fragment`, http(s) and mailto links stay; any other
 * relative link loses its `href` (its text stays), since it would point into the page's
 * private origin.
 *
 * @param chapterPath The chapter's path relative to `handbook/`.
 */
export function rewriteLinks(tree: Root, chapterPath: string, targets: LinkTargets): void {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a') return;
    const href = node.properties['href'];
    if (typeof href !== 'string') return;
    const slug = activityUrl.exec(href)?.[1];
    if (slug !== undefined) {
      const anchor = targets.bySlug.get(slug);
      if (anchor !== undefined) node.properties['href'] = `#${anchor}`;
      return;
    }
    if (href.startsWith('#') || /^(https?|mailto):/i.test(href)) return;
    const file = href.replace(/[?#].*$/, '');
    const resolved = posix.normalize(posix.join(posix.dirname(chapterPath), decodeURI(file)));
    const anchor = targets.byPath.get(resolved);
    if (anchor !== undefined) node.properties['href'] = `#${anchor}`;
    else delete node.properties['href'];
  });
}

/** Elements whose text is never linked: links themselves, code, and headings (self-links). */
const unlinkedElements = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Wrap every `GGI-A-NN` mention of a known activity in a link to its anchor; the text itself
 * is never changed, only wrapped, and unknown ids stay text.
 */
export function linkActivityMentions(tree: Root, targets: LinkTargets): void {
  if (targets.byActivityId.size === 0) return;
  const walk = (parent: Root | Element): void => {
    const next: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') next.push(...splitMentions(child, targets));
      else if (child.type === 'element') {
        if (!unlinkedElements.has(child.tagName)) walk(child);
        next.push(child);
      } else if (child.type !== 'doctype') next.push(child);
    }
    parent.children = next;
  };
  walk(tree);
}

function splitMentions(node: Text, targets: LinkTargets): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(/\bGGI-A-\d+\b/g)) {
    const anchor = targets.byActivityId.get(match[0]);
    if (anchor === undefined) continue;
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `#${anchor}`, className: ['activity-ref'] },
      children: [{ type: 'text', value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/**
 * Set the `id` of every heading of a chapter tree, in document order, and list the headings.
 * The first heading gets `chapterId`, the n-th later one `<chapterId>-<n>`: ids depend on
 * position only, so they are equal across languages as long as the structure is (which the
 * merge guard keeps). Author-supplied ids are replaced.
 */
export function assignHeadingIds(tree: Root, chapterId: string): BookHeading[] {
  const headings: BookHeading[] = [];
  const visitNodes = (nodes: ElementContent[] | Root['children']): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const rank = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (rank !== undefined) {
        const id = headings.length === 0 ? chapterId : `${chapterId}-${headings.length}`;
        node.properties['id'] = id;
        headings.push({ id, rank: Number(rank), text: textOf(node).trim().replace(/\s+/g, ' ') });
      } else {
        visitNodes(node.children);
      }
    }
  };
  visitNodes(tree.children);
  return headings;
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
