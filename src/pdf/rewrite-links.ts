/**
 * Point links inside the book at PDF anchors and drop links that lead nowhere.
 */
import type { Root } from 'hast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';
import type { LinkTargets } from './get-link-targets.js';

/** Published activity pages; the last path segment is the slug. */
const activityUrl = /^https?:\/\/(?:www\.)?ospo-alliance\.org\/ggi\/activities\/([A-Za-z0-9_-]+)\/?(?:[?#].*)?$/;

/**
 * Rewrite the `href` of every link of a chapter.
 *
 * Invariant: a link to a known activity's page or to another chapter file becomes `#anchor`;
 * `#fragment`, http(s) and mailto links stay; any other relative link loses its `href`
 * (its text stays), since it would point into the page's private origin.
 *
 * @param tree The chapter's sanitized hast (changed in place).
 * @param chapterPath The chapter's path relative to `handbook/`.
 * @param targets Anchor tables from `getLinkTargets`.
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
