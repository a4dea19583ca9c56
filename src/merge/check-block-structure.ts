/**
 * The parsed part of the block-structure rule: the translation, parsed in its unit's
 * context, has the same block structure as the source text.
 */
import type { Root } from 'mdast';
import type { Unit } from '../extract/index.js';
import { contextUrl } from './get-unit-context.js';
import { getBlockSignature } from './get-block-signature.js';
import type { GuardResult } from './guard-result.js';

/** Kinds whose value is escaped when written (YAML, JSON): their block structure cannot change. */
const escapedKinds: ReadonlySet<string> = new Set(['front-matter', 'metadata']);
/** Kinds that must parse as exactly one link or image pointing to the context URL. */
const resourceKinds: ReadonlySet<string> = new Set(['alt', 'title']);

/**
 * Compare the block structure of the translation's context with the source text's.
 *
 * Invariant: accepts only when both contexts parse to the same block signature; for a cell,
 * only when the text does not end in an escaping backslash (which would swallow the closing
 * `|`); for alt texts and titles, only when the context is still one image or link.
 *
 * @param unit The source unit.
 * @param source The parsed context of the source text.
 * @param translation The parsed context of the translation.
 * @param text The translated text.
 * @returns `{ ok: true }`, or a `block-structure` rejection saying what the text turns into.
 */
export function checkBlockStructure(unit: Unit, source: Root, translation: Root, text: string): GuardResult {
  if (escapedKinds.has(unit.kind)) return { ok: true };
  if (unit.kind === 'cell' && /(?:^|[^\\])(?:\\\\)*\\$/.test(text)) {
    return { ok: false, code: 'block-structure', message: 'ends with a backslash, which would escape the cell’s closing "|"' };
  }
  const expected = getBlockSignature(source);
  const actual = getBlockSignature(translation);
  const index = actual.findIndex((entry, position) => entry !== expected[position]);
  if (index !== -1 || actual.length !== expected.length) {
    const at = index === -1 ? actual.length : index;
    const got = actual[at] === undefined ? 'nothing' : JSON.stringify(stripDepth(actual[at]));
    const want = expected[at] === undefined ? 'nothing' : JSON.stringify(stripDepth(expected[at]));
    return { ok: false, code: 'block-structure', message: `changes the block structure: parses as ${got} where the source has ${want}` };
  }
  if (resourceKinds.has(unit.kind) && !isSingleResource(translation)) {
    return { ok: false, code: 'block-structure', message: `closes the ${unit.kind === 'alt' ? 'image description' : 'link title'} early` };
  }
  return { ok: true };
}

/**
 * Drop the depth from a signature entry, for messages.
 *
 * @param entry A signature entry, `depth:description`.
 * @returns The description.
 */
function stripDepth(entry: string): string {
  return entry.slice(entry.indexOf(':') + 1);
}

/**
 * Tell whether a context parses to one paragraph holding only a link or image to the context URL.
 *
 * @param tree The parsed context.
 * @returns `true` when the resource is intact.
 */
function isSingleResource(tree: Root): boolean {
  const [paragraph] = tree.children;
  if (tree.children.length !== 1 || paragraph?.type !== 'paragraph' || paragraph.children.length !== 1) return false;
  const [node] = paragraph.children;
  return (node?.type === 'image' || node?.type === 'link') && node.url === contextUrl;
}
