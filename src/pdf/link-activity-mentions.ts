/**
 * Turn plain-text mentions of known activities into links to them.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { LinkTargets } from './get-link-targets.js';

/** Elements whose text is never linked: links themselves, code, and headings (self-links). */
const skipped = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Wrap every `GGI-A-NN` mention of a known activity in a link to its anchor.
 *
 * Invariant: text inside links, code and headings is left alone; unknown ids stay text;
 * the text itself is never changed, only wrapped.
 *
 * @param tree The chapter's hast (changed in place).
 * @param targets Anchor tables from `getLinkTargets`.
 */
export function linkActivityMentions(tree: Root, targets: LinkTargets): void {
  if (targets.byActivityId.size === 0) return;
  const walk = (parent: Root | Element): void => {
    const next: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') next.push(...splitMentions(child, targets));
      else if (child.type === 'element') {
        if (!skipped.has(child.tagName)) walk(child);
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
