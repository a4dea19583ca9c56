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
 * order. A block inside a container (a quote or list item, whose prefixes the parser strips
 * from the HTML) gives none, so a range never strays from the bytes it names.
 * @param node The HTML block.
 * @param state The segmenter state.
 * @returns The units.
 */
export function getHtmlUnits(node: Html, state: SegmentState): Unit[] {
  const offset = node.position?.start.offset;
  if (offset === undefined || state.containers.length > 0 || state.source.slice(offset, offset + node.value.length) !== node.value) return [];
  const units: Unit[] = [];
  const add = (start: number, end: number, text: string): void => {
    const words = text.replace(/\s+/g, ' ').trim();
    if (!hasWords.test(words)) return;
    const raw = state.source.slice(offset + start, offset + end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    units.push(createUnit(state, 'html', [offset + start + lead, offset + end - trail], words, offset));
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
