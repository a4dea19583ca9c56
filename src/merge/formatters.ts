/**
 * How a translation is written into its unit's source range, per unit kind: Markdown lines
 * inside their containers, link titles, YAML scalars and JSON string content.
 */
import { parse } from 'yaml';
import type { Unit, UnitKind } from '../extract/index.js';

/** Writes `text` for `unit`, given the full `source` the unit comes from. */
type ReplacementFormatter = (unit: Unit, text: string, source: string) => string;

/**
 * One formatter per unit kind. Each returns text whose parse (Markdown, YAML or JSON) reads
 * back as `text` in the unit's place, as long as the guard accepted `text`.
 */
export const replacementFormatters: Readonly<Record<UnitKind, ReplacementFormatter>> = {
  // Inline Markdown: continuation lines (after a hard break) need the container prefix.
  heading: (unit, text) => formatMarkdownLines(text, unit.prefix),
  paragraph: (unit, text) => formatMarkdownLines(text, unit.prefix),
  // A cell holds one line; the guard rejects line breaks and unescaped pipes.
  cell: (_unit, text) => text,
  // Alt text sits between `![` and `]`; the guard rejects text that closes it early.
  // The alt text of `![x][]` or `![x]` is also its label: keep the label as a full reference.
  alt: (unit, text) => `${formatMarkdownLines(text, unit.prefix)}${unit.label === undefined ? '' : `][${unit.label}`}`,
  // A title sits between quotes or parentheses, which the translation must not close.
  title: (unit, text, source) => formatLinkTitle(text, source.charAt(unit.start - 1)),
  // Front-matter values are YAML scalars and must read back as the same string.
  'front-matter': (unit, text, source) => formatYamlScalar(text, getQuote(source, unit.start), unit.prefix),
  // Metadata values are the content of JSON string literals.
  metadata: (_unit, text) => formatJsonStringContent(text),
  // Words inside raw HTML are text, never markup: escaped, on one line (a blank line would end the block).
  html: (_unit, text) => escapeHtml(text.replace(/\s+/g, ' ').trim()),
};

/** Escape text for HTML content and quoted attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Tell which quote, if any, opens the scalar that a front-matter unit's range lies in.
 *
 * @param source The full source text.
 * @param start The unit's start offset.
 * @returns The quote character before `start`, or `undefined` when the range holds the whole scalar.
 */
function getQuote(source: string, start: number): '"' | "'" | undefined {
  const before = source.charAt(start - 1);
  return before === '"' || before === "'" ? before : undefined;
}

/**
 * Put `prefix` before every continuation line of `text`.
 *
 * The first line is written as is (the source before the unit already holds its
 * container markup); every later line starts with `prefix`, so a line after a hard break
 * stays inside the same block quote, list item or footnote. Text without `\n` is returned
 * unchanged, and no space is added anywhere (CJK joins stay joined).
 *
 * @param text The translated unit text, lines separated by `\n`.
 * @param prefix The unit's continuation prefix (for example `> ` or three spaces).
 * @returns The text to splice into the unit's source range.
 */
function formatMarkdownLines(text: string, prefix: string): string {
  return text.split('\n').join(`\n${prefix}`);
}

/** The closing character for each title opener. */
const closers: Record<string, string> = {
  '"': '"',
  "'": "'",
  '(': ')',
};

/**
 * Escape the characters of `text` that would close a title opened by `opener`.
 *
 * A delimiter already preceded by an odd number of backslashes is left alone,
 * so text that is escaped already is not escaped twice; other characters are unchanged.
 *
 * @param text The translated title.
 * @param opener The character just before the title in the source (`"`, `'` or `(`).
 * @returns The title content to splice between the delimiters.
 */
export function formatLinkTitle(text: string, opener: string): string {
  const closer = closers[opener];
  if (closer === undefined) return text;
  const delimiters = new Set([opener, closer]);
  let result = '';
  let backslashes = 0;
  for (const character of text) {
    if (delimiters.has(character) && backslashes % 2 === 0) result += '\\';
    result += character;
    backslashes = character === '\\' ? backslashes + 1 : 0;
  }
  return result;
}

/** Characters a plain scalar may not start with (YAML indicators, quotes, spaces). */
const unsafePlainStart = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/** Sequences a plain scalar may not contain: `: `, ` #`, flow indicators, line breaks. */
const unsafePlainInside = /: |:$| #|[,[\]{}]|[\n\r\t]|\s$/;

/**
 * Format `text` as a YAML scalar (or quoted content) for a front-matter field's range.
 *
 * Parsing the result as a YAML value gives `text` back. When `quote` says the unit's range
 * lies between quotes, the result is the escaped content for that quote and carries no
 * quotes itself. Otherwise (the range holds a plain scalar) the result stays plain when a
 * plain scalar reads back as `text`, and is double-quoted when not.
 *
 * @param text The translated value.
 * @param quote The character just before the unit's range in the source, when it is a quote.
 * @param prefix The indentation continuation lines of the scalar need.
 * @returns The YAML text to splice.
 */
function formatYamlScalar(text: string, quote: '"' | "'" | undefined, prefix: string): string {
  if (quote === '"') return formatDoubleQuoted(text).slice(1, -1);
  if (quote === "'") return formatSingleQuotedContent(text, prefix);
  if (isPlainSafe(text)) return text;
  return formatDoubleQuoted(text);
}

/**
 * Write the content of a single-quoted YAML scalar: `'` doubled, and each line break as an
 * empty line (YAML folds a single line break into a space) followed by the indentation.
 *
 * @param text The value.
 * @param prefix The indentation of continuation lines.
 * @returns The content between the quotes.
 */
function formatSingleQuotedContent(text: string, prefix: string): string {
  return text.replaceAll("'", "''").split('\n').join(`\n\n${prefix}`);
}

/**
 * Tell whether `text` can be written as a plain YAML scalar and read back unchanged.
 *
 * @param text The value.
 * @returns `true` when the plain form parses back to the same string.
 */
function isPlainSafe(text: string): boolean {
  if (text === '' || unsafePlainStart.test(text) || unsafePlainInside.test(text)) return false;
  try {
    const value: unknown = parse(`v: ${text}`);
    return typeof value === 'object' && value !== null && 'v' in value && value.v === text;
  } catch {
    return false;
  }
}

/**
 * Write a double-quoted YAML scalar; JSON string escapes are valid YAML escapes.
 *
 * @param text The value.
 * @returns The scalar with its quotes.
 */
function formatDoubleQuoted(text: string): string {
  return JSON.stringify(text);
}

/**
 * Escape `text` so it can stand between the quotes of a JSON string literal.
 *
 * `JSON.parse('"' + result + '"') === text`; `/` and non-ASCII characters are
 * written as they are (the way Weblate writes i18next JSON), lone surrogates as `\uXXXX`.
 *
 * @param text The translated value.
 * @returns The literal's content, without the surrounding quotes.
 */
function formatJsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
