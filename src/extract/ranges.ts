/**
 * Source ranges inside a block: its trimmed inline content, an image's alt text, and the
 * title of a link, image or definition. The merge stage splices translations into them.
 */
import type { Nodes } from 'mdast';

/** A `[start, end)` source range. */
export type Range = readonly [start: number, end: number];

/**
 * Compute the range from the first child's start to the last child's end, without
 * surrounding whitespace. This drops heading markers, a task checkbox and table pipes.
 *
 * @param source The full source text.
 * @param children The block's inline children, in order.
 * @returns The content range, or `undefined` when the content is empty or has no position.
 */
export function getContentRange(source: string, children: readonly Nodes[]): Range | undefined {
  const first = children[0]?.position?.start.offset;
  const last = children[children.length - 1]?.position?.end.offset;
  if (first === undefined || last === undefined) return undefined;
  let start = first;
  let end = last;
  while (start < end && isWhitespace(source.charCodeAt(start))) start++;
  while (end > start && isWhitespace(source.charCodeAt(end - 1))) end--;
  return start < end ? [start, end] : undefined;
}

/**
 * Tell whether a UTF-16 code unit is Markdown whitespace (space, tab, line ending).
 *
 * @param code A code unit.
 * @returns `true` for space, tab, `\n` and `\r`.
 */
function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Find the raw alt text of an image (`![alt](…)` or `![alt][ref]`): from after `![` to
 * the matching `]`, honouring backslash escapes and nested brackets.
 *
 * @param source The full source text.
 * @param imageStart Offset of the image's `!`.
 * @param imageEnd End offset of the image node.
 * @returns The alt range, or `undefined` when the alt text is empty.
 */
export function getAltRange(source: string, imageStart: number, imageEnd: number): Range | undefined {
  const start = imageStart + 2;
  let depth = 1;
  let index = start;
  while (index < imageEnd) {
    const character = source[index];
    if (character === '\\') index++;
    else if (character === '[') depth++;
    else if (character === ']' && --depth === 0) break;
    index++;
  }
  return index > start && index < imageEnd ? [start, index] : undefined;
}

/** Title delimiters: opening character → closing character. */
const closingDelimiter: Readonly<Record<string, string>> = { '"': '"', "'": "'", '(': ')' };

/**
 * Find the raw title (between its delimiters) after a destination, as in
 * `(url "Title")` or `[ref]: url 'Title'`. The range excludes the delimiters.
 *
 * @param source The full source text.
 * @param from Offset where the destination may start (after `(` or `]:`).
 * @param to Offset where the construct ends (the closing `)` or the definition's end).
 * @returns The title range, or `undefined` when there is no non-empty title.
 */
export function getTitleRange(source: string, from: number, to: number): Range | undefined {
  let index = skipSpace(source, from, to);
  if (source[index] === '<') {
    while (index < to && source[index] !== '>') index += source[index] === '\\' ? 2 : 1;
    index++;
  } else {
    let depth = 0;
    while (index < to && !/\s/.test(source[index] ?? ' ')) {
      const character = source[index];
      if (character === '\\') index++;
      else if (character === '(') depth++;
      else if (character === ')' && depth-- === 0) break;
      index++;
    }
  }
  index = skipSpace(source, index, to);
  const close = closingDelimiter[source[index] ?? ''];
  let end = to;
  while (end > index && /\s/.test(source[end - 1] ?? '')) end--;
  if (close === undefined || source[end - 1] !== close || end - 1 <= index + 1) return undefined;
  return [index + 1, end - 1];
}

/**
 * Skip whitespace, and the quote markers (`>`) that follow a line ending.
 *
 * @param source The full source text.
 * @param from Offset to start at.
 * @param to Offset not to pass.
 * @returns The first offset that is not skipped.
 */
function skipSpace(source: string, from: number, to: number): number {
  let index = from;
  let afterNewline = false;
  while (index < to) {
    const character = source[index];
    if (character === '\n') afterNewline = true;
    else if (!(character === ' ' || character === '\t' || character === '\r' || (afterNewline && character === '>'))) break;
    index++;
  }
  return index;
}

/**
 * Lines whose syntax is bound to their own line, which a unit must leave out: joined with the
 * prose into one line, a faithful translation would move them into the text.
 */
const LINE_MARKERS: ReadonlyArray<{ pattern: RegExp; first: boolean; last: boolean; reason: string }> = [
  { pattern: /^\[!(?:note|tip|important|warning|caution)\][ \t]*$/i, first: true, last: false, reason: 'a GFM alert marker is the first line of its quote' },
  { pattern: /^:{3,}/, first: true, last: true, reason: 'a fenced div or admonition fence (pandoc, MyST, Docusaurus) is a line of its own' },
  { pattern: /^\{:[^}]*\}[ \t]*$/, first: true, last: true, reason: 'a kramdown attribute list ({: .class}, {:toc}) stands on its own line beside its block' },
];

/** Continuation markup at the start of a line inside a container (quote markers, indentation). */
const LINE_PREFIX = /^[ \t>]*/;

/**
 * Leave out of a paragraph's range its first and last lines that hold line-bound syntax (see
 * `LINE_MARKERS`), so that they keep their own lines in every translation.
 * @param source The full source text.
 * @param range The paragraph's content range.
 * @returns The range of the prose between them, or `undefined` when only such lines remain.
 */
export function trimLineMarkers(source: string, range: Range): Range | undefined {
  let [start, end] = range;
  const isMarker = (line: string, side: 'first' | 'last'): boolean =>
    LINE_MARKERS.some((marker) => marker[side] && marker.pattern.test(line.replace(LINE_PREFIX, '')));
  for (let lineEnd = source.indexOf('\n', start); lineEnd !== -1 && lineEnd < end; lineEnd = source.indexOf('\n', start)) {
    if (!isMarker(source.slice(start, lineEnd), 'first')) break;
    start = lineEnd + 1;
    while (start < end && /[ \t>]/.test(source[start] ?? '')) start++;
  }
  for (let lineStart = source.lastIndexOf('\n', end - 1) + 1; lineStart > start; lineStart = source.lastIndexOf('\n', end - 1) + 1) {
    if (!isMarker(source.slice(lineStart, end), 'last')) break;
    end = lineStart - 1;
    while (end > start && isWhitespace(source.charCodeAt(end - 1))) end--;
  }
  const rest = source.slice(start, end);
  return start < end && !(isMarker(rest, 'first') && !rest.includes('\n')) ? [start, end] : undefined;
}

/**
 * The ranges of the lines of a pandoc title block (`% title`, `% author`, `% date` at the very
 * start of a document), each line's text after its `%`, or `undefined` when the paragraph is
 * not one.
 * @param source The full source text.
 * @param range The paragraph's content range.
 * @returns One range per line.
 */
export function getTitleBlockLines(source: string, range: Range): Range[] | undefined {
  if (range[0] !== 0) return undefined;
  const ranges: Range[] = [];
  let lineStart = 0;
  while (lineStart < range[1]) {
    const next = source.indexOf('\n', lineStart);
    const lineEnd = next === -1 || next > range[1] ? range[1] : next;
    const line = source.slice(lineStart, lineEnd);
    if (!/^%[ \t]/.test(line)) return undefined;
    let start = lineStart + 1;
    while (start < lineEnd && isWhitespace(source.charCodeAt(start))) start++;
    let end = lineEnd;
    while (end > start && isWhitespace(source.charCodeAt(end - 1))) end--;
    if (end > start) ranges.push([start, end]);
    lineStart = lineEnd + 1;
  }
  return ranges;
}
