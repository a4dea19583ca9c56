/**
 * The link and image targets a parsed unit points to.
 */
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';

/** A reference link written `[text][label]`; its definition lives outside the unit, so it parses as text. */
const referencePattern = /\]\[([^\]]+)\]/g;

/**
 * List the targets of `tree`: the URL of every link, image and definition, and the label
 * (`[label]`, lower-cased) of every reference link or image.
 *
 * Invariant: a unit parsed alone has no definitions, so `[text][label]` stays text; its
 * label is read from the text run, so a changed label counts as a changed target.
 *
 * @param tree The parsed unit context.
 * @returns The distinct targets, in first-occurrence order.
 */
export function getLinkTargets(tree: Nodes): string[] {
  const targets = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') targets.add(node.url);
    else if (node.type === 'linkReference' || node.type === 'imageReference') targets.add(`[${node.identifier.toLowerCase()}]`);
    else if (node.type === 'text') for (const match of node.value.matchAll(referencePattern)) targets.add(`[${(match[1] ?? '').toLowerCase()}]`);
  });
  return [...targets];
}
