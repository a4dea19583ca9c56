/**
 * The words inside a block of raw HTML (`<details>`/`<summary>`, `<figure>`/`<figcaption>`,
 * table cells, pull quotes, and the `alt` and `title` attributes that describe an image or
 * expand an abbreviation): each becomes an `html` unit, read with parse5 and its source
 * positions, while tags, other attributes and code stay as written.
 */
import type { Html } from 'mdast';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { createUnit, type SegmentState, type Unit } from './units.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content is not words for readers. */
const skippedElements: ReadonlySet<string> = new Set([
  'script', // program code
  'style', // CSS
  'pre', // preformatted code
  'code', // code
  'kbd', // keys to press, written as they are
  'samp', // program output
  'textarea', // form content
  'svg', // drawing markup (its text would need the figure's own rules)
  'math', // formulas
]);

/** Attributes that hold words for readers, by element. */
const textAttributes: Readonly<Record<string, readonly string[]>> = {
  img: ['alt', 'title'], // the image's description and tooltip
  area: ['alt'], // an image map region's description
  abbr: ['title'], // the expansion of an abbreviation
};

/** A letter or number: a text without one (a lone `|` or `—`) is not offered. */
const hasWords = /[\p{L}\p{N}]/u;

/**
 * The `html` units of one HTML block: its text runs and descriptive attributes, in source
 * order. Inside a quote or list item the parser strips the container's prefix from each line
 * of the HTML; offsets are mapped back line by line, and a block whose lines cannot be found
 * in the source as they are gives no unit, so a range never strays from the bytes it names.
 * @param node The HTML block.
 * @param state The segmenter state.
 * @returns The units.
 */
export function getHtmlUnits(node: Html, state: SegmentState): Unit[] {
  const toSource = mapToSource(node, state.source);
  if (toSource === undefined) return [];
  const blockStart = node.position?.start.offset ?? 0;
  const units: Unit[] = [];
  const add = (start: number, end: number, text: string): void => {
    const words = text.replace(/\s+/g, ' ').trim();
    if (!hasWords.test(words)) return;
    const raw = node.value.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (start + lead >= end - trail) return;
    units.push(createUnit(state, 'html', [toSource(start + lead), toSource(end - trail - 1) + 1], words, blockStart));
  };
  const visit = (parent: Node): void => {
    for (const child of 'childNodes' in parent ? parent.childNodes : []) {
      const where = child.sourceCodeLocation;
      if (child.nodeName === '#text' && 'value' in child && where) add(where.startOffset, where.endOffset, child.value);
      if (!('tagName' in child)) continue;
      addAttributes(child, add, node.value);
      if (!skippedElements.has(child.tagName)) visit(child);
    }
  };
  visit(parseFragment(node.value, { sourceCodeLocationInfo: true }));
  return units;
}

/**
 * Map offsets in an HTML node's value to offsets in the source: its lines are the source's
 * lines from the node's first, each without the container prefix before it.
 * @returns The mapping, or `undefined` when a line is not found where it should be.
 */
function mapToSource(node: Html, source: string): ((offset: number) => number) | undefined {
  const start = node.position?.start.offset;
  if (start === undefined) return undefined;
  const valueStarts: number[] = [];
  const sourceStarts: number[] = [];
  let sourceLine = source.lastIndexOf('\n', start - 1) + 1;
  let valueLine = 0;
  for (const line of node.value.split('\n')) {
    const lineEnd = source.indexOf('\n', sourceLine);
    const text = source.slice(sourceLine, lineEnd === -1 ? source.length : lineEnd);
    const at = valueStarts.length === 0 ? start - sourceLine : text.length - line.length;
    if (at < 0 || text.slice(at, at + line.length) !== line) return undefined;
    valueStarts.push(valueLine);
    sourceStarts.push(sourceLine + at);
    valueLine += line.length + 1;
    sourceLine = lineEnd + 1;
  }
  return (offset) => {
    let index = valueStarts.length - 1;
    while (index > 0 && (valueStarts[index] ?? 0) > offset) index--;
    return (sourceStarts[index] ?? 0) + offset - (valueStarts[index] ?? 0);
  };
}

/** Add the descriptive attributes of an element whose values are quoted. */
function addAttributes(element: Element, add: (start: number, end: number, text: string) => void, html: string): void {
  for (const name of textAttributes[element.tagName] ?? []) {
    const attribute = element.attrs.find((item) => item.name === name);
    const where = element.sourceCodeLocation?.attrs?.[name];
    if (!attribute || !where) continue;
    const written = html.slice(where.startOffset, where.endOffset);
    const quote = /=\s*(["'])/.exec(written);
    if (!quote?.[1] || !written.endsWith(quote[1])) continue;
    const start = where.startOffset + quote.index + quote[0].length;
    add(start, where.endOffset - 1, attribute.value);
  }
}
