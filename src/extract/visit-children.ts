/**
 * Walk the block children of a node, applying translation directives.
 */
import type { Parent } from 'mdast';
import { getDirective } from './get-directive.js';
import { getPlainText } from './get-plain-text.js';
import { getSlug } from './get-slug.js';
import { handleBlock } from './handle-block.js';
import type { SegmentState } from './segment-state.js';

/**
 * Handle each block child of `parent` in order. An `<!-- i18n:skip -->` comment makes the
 * next sibling produce no units; an `<!-- i18n:note … -->` comment sets the note of every
 * unit of the next sibling. Directives apply to the next non-directive sibling only.
 *
 * Invariant: `state.containers` and `state.note` are the same after the call as before;
 * a skipped heading still starts its section, so later section names do not depend on it.
 *
 * @param state The segmenter state.
 * @param parent The root or a container node.
 * @param container The container type to push while the children are handled.
 */
export function visitChildren(state: SegmentState, parent: Parent, container?: string): void {
  if (container !== undefined) state.containers.push(container);
  const outerNote = state.note;
  let skip = false;
  let note: string | undefined;
  for (const child of parent.children) {
    const directive = child.type === 'html' ? getDirective(child.value) : undefined;
    if (directive !== undefined) {
      if (directive.type === 'skip') skip = true;
      else note = directive.note;
      continue;
    }
    if (skip) {
      if (child.type === 'heading') state.section = getSlug(getPlainText(child));
    } else {
      state.note = note ?? outerNote;
      handleBlock(child, state);
      state.note = outerNote;
    }
    skip = false;
    note = undefined;
  }
  if (container !== undefined) state.containers.pop();
}
