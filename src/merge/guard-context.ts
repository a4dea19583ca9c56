/**
 * The guard's parse in context: a unit's text placed in a small Markdown document with the
 * unit's containers and construct, parsed, and compared with the source text's parse (block
 * structure first, then the inline rules).
 */
import type { Root } from 'mdast';
import { parseMarkdown, type Unit } from '../extract/index.js';
import { guardInlineRules } from './guard-inline.js';
import type { GuardResult, ResolvedGuardOptions } from './guard-options.js';
import { contextContainers, contextUrl, kindContexts } from './guard-rules.js';
import { getBlockSignature } from './signature.js';

/**
 * The rules that need a parse, with the source text and the translation each parsed in the
 * unit's context: block structure, then the inline rules.
 *
 * @param unit The source unit.
 * @param translation A translation that passed `guardWithoutParser` undecided.
 * @param options Resolved guard options.
 * @returns The verdict.
 */
export function guardInContext(unit: Unit, translation: string, options: ResolvedGuardOptions): GuardResult {
  const source = parseMarkdown(getUnitContext(unit, unit.text));
  const target = parseMarkdown(getUnitContext(unit, translation));
  const structure = guardBlockStructure(unit, source, target, translation);
  return structure.ok ? guardInlineRules(source, target, options) : structure;
}

/**
 * Build the Markdown document that holds `text` the way `unit` sits in its file: inside the
 * unit's containers (list item, quote, footnote) and its kind's construct (heading, table).
 * With `text = unit.text` it parses to the unit's construct inside its containers, so any
 * block structure a translation adds shows in the parse.
 *
 * @param unit The unit whose kind and containers give the context.
 * @param text The text to place (the source text or a translation).
 * @returns The Markdown document.
 * @throws When `unit.containers` names a container `contextContainers` does not know.
 */
function getUnitContext(unit: Unit, text: string): string {
  let lines = kindContexts[unit.kind](text).split('\n');
  for (const name of [...unit.containers].reverse()) {
    const container = contextContainers[name];
    if (container === undefined) {
      throw new Error(`Unexpected container \`${name}\` for the unit at line ${unit.line}, expected one of ${Object.keys(contextContainers).join(', ')}`);
    }
    lines = lines.map((line, index) => (index === 0 ? container.first : container.rest) + line);
  }
  return lines.join('\n');
}

/** Kinds whose value is escaped when written (YAML, JSON): their block structure cannot change. */
const escapedKinds: ReadonlySet<string> = new Set(['front-matter', 'metadata']);
/** Kinds that must parse as exactly one link or image pointing to the context URL. */
const resourceKinds: ReadonlySet<string> = new Set(['alt', 'title']);

/**
 * Compare the block structure of the translation's context with the source text's: both must
 * parse to the same block signature; a cell's text must not end in an escaping backslash
 * (which would swallow the closing `|`); an alt text or title must leave one image or link.
 *
 * @param unit The source unit.
 * @param source The parsed context of the source text.
 * @param translation The parsed context of the translation.
 * @param text The translated text.
 * @returns `{ ok: true }`, or a `block-structure` rejection saying what the text turns into.
 */
function guardBlockStructure(unit: Unit, source: Root, translation: Root, text: string): GuardResult {
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
